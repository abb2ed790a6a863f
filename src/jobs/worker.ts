import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/connection.js';
import type { IsoDate } from '../lib/dates.js';
import { kickImports, type ImportOptions } from '../modules/imports/import.runner.js';
import { deliverDueMail, type Mailer, type MailSettings } from '../modules/notices/mail.delivery.js';
import { importKinds, runScheduledJobs, type ExtraJobs } from './handlers.js';

/**
 * Polls the job table, then sends the due notice e-mails (outside any transaction), and the
 * imports waiting for work (a crashed worker's among them); any number of processes may run one.
 * Returns a stop function.
 */
export function startWorker(
  db: Db,
  today: () => IsoDate,
  everySeconds: number,
  log: FastifyBaseLogger,
  { mail, extra, imports = {} }: { mail: { mailer: Mailer | null; settings: MailSettings }; extra?: ExtraJobs; imports?: ImportOptions },
): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    void kickImports(db, importKinds(today), imports, (err) => log.error({ err }, 'import worker failed'));
    if (running) return; // the previous run is still going: never two runs in one process
    running = runScheduledJobs(db, today(), extra)
      .then((r) => {
        if (r.done || r.failed) log.info(r, 'jobs run');
        return deliverDueMail(db, mail.mailer, mail.settings, new Date());
      })
      .then((m) => {
        if (m.sent || m.failed || m.mailOff || m.notNeeded) log.info(m, 'notice mail');
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
