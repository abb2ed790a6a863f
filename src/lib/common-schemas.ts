import { z } from 'zod';

/** Why a decision or a change was made: every status change and reschedule must say it. */
export const reasonSchema = z.string().trim().min(2, { message: 'REQUIRED' }).max(2000, { message: 'TOO_LONG' });

/** Optimistic concurrency: the row version the caller read. */
export const versionSchema = z.number().int().positive().describe('the version read; a stale one gets 409');
