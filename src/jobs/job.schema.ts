import { sql } from 'drizzle-orm';
import { bigserial, check, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The outbox: work to do on or after a date, written in the transaction that makes it
 * necessary. Workers in any number of processes take a job with FOR UPDATE SKIP LOCKED and
 * finish it in the same transaction as its effect, so it happens once; a crash rolls both back.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    // the same job is never queued twice (e.g. "suspension-end:<certificate>:<until>")
    dedupeKey: text('dedupe_key').notNull().unique(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['pending', 'done', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [
    check('jobs_status_check', sql`${t.status} in ('pending', 'done', 'failed')`),
    index('jobs_pending_idx')
      .on(t.dueOn, t.id)
      .where(sql`${t.status} = 'pending'`),
  ],
);
