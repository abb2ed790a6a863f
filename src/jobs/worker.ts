import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/connection.js';
import type { IsoDate } from '../lib/dates.js';
import { runScheduledJobs, type ExtraJobs } from './handlers.js';

/** Polls the job table; any number of processes may run one. Returns a stop function. */
export function startWorker(
  db: Db,
  today: () => IsoDate,
  everySeconds: number,
  log: FastifyBaseLogger,
  extra?: ExtraJobs,
): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return; // the previous run is still going: never two runs in one process
    running = runScheduledJobs(db, today(), extra)
      .then((r) => {
        if (r.done || r.failed) log.info(r, 'jobs run');
      })
      .catch((err: unknown) => log.error({ err }, 'job worker failed'))
      .finally(() => {
        running = null;
      });
  };
  tick();
  const timer = setInterval(tick, everySeconds * 1000);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
