import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import type { IsoDate } from '../lib/dates.js';
import { jobs } from './job.schema.js';

/** A job that fails this many times is set aside as failed, for a person to look at. */
export const JOB_MAX_ATTEMPTS = 5;

export type Job = typeof jobs.$inferSelect;

/** Queues a job in the caller's transaction; a job with the same key is queued once. */
export async function enqueueJob(
  tx: Db,
  job: { kind: string; dedupeKey: string; dueOn: IsoDate; payload: Record<string, unknown> },
): Promise<void> {
  await tx.insert(jobs).values(job).onConflictDoNothing({ target: jobs.dedupeKey });
}

export type JobHandler = (tx: Db, job: Job, today: IsoDate) => Promise<void>;

/**
 * Runs the jobs due by `today`, one transaction each: the job is locked (SKIP LOCKED, so
 * other processes take other jobs), its handler runs, and it is marked done — all or nothing.
 */
export async function runDueJobs(
  db: Db,
  today: IsoDate,
  handlers: Record<string, JobHandler>,
  limit = 100,
): Promise<{ done: number; failed: number }> {
  let done = 0;
  let failed = 0;
  const skipped = new Set<number>();
  while (done + failed < limit) {
    let attempted: Job | undefined;
    try {
      const ran = await db.transaction(async (tx) => {
        const [job] = await tx
          .select()
          .from(jobs)
          .where(and(eq(jobs.status, 'pending'), lte(jobs.dueOn, today), skipped.size ? sql`${jobs.id} not in ${[...skipped]}` : undefined))
          .orderBy(asc(jobs.dueOn), asc(jobs.id))
          .limit(1)
          .for('update', { skipLocked: true });
        if (!job) return false;
        attempted = job;
        const handler = handlers[job.kind];
        if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
        await handler(tx, job, today);
        await tx
          .update(jobs)
          .set({ status: 'done', doneAt: sql`now()`, attempts: job.attempts + 1 })
          .where(eq(jobs.id, job.id));
        return true;
      });
      if (!ran) break;
      done += 1;
    } catch (err) {
      if (!attempted) throw err;
      const job = attempted;
      failed += 1;
      skipped.add(job.id); // not again in this run
      await db
        .update(jobs)
        .set({
          attempts: job.attempts + 1,
          lastError: String((err as Error).message).slice(0, 1000),
          status: job.attempts + 1 >= JOB_MAX_ATTEMPTS ? 'failed' : 'pending',
        })
        .where(eq(jobs.id, job.id));
    }
  }
  return { done, failed };
}
