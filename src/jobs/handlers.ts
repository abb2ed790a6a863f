import type { Db } from '../db/connection.js';
import type { IsoDate } from '../lib/dates.js';
import { certificateJobHandlers } from '../modules/certificates/certificate.service.js';
import { PARAMETERS_CHANGED } from '../modules/parameters/parameter.service.js';
import { JOB_OVERDUE_SCAN, scanOverdueSurveillance } from '../modules/programmes/proposal.service.js';
import { resyncAfterParameterChange } from '../modules/programmes/programme.sync.js';
import { ensureCncaDueItems, JOB_CNCA_DUE } from '../modules/reporting/cnca.service.js';
import { ensureClassificationDueItems, JOB_CLASSIFICATION_DUE } from '../modules/classification/classification.service.js';
import { clientImportKind } from '../modules/clients/client.import.js';
import { riskImportKind } from '../modules/risk/risk.service.js';
import type { ImportKind } from '../modules/imports/import.runner.js';
import { enqueueJob, runDueJobs, type JobHandler } from './outbox.js';

/** Every kind of job, and the module function that does it. */
export const jobHandlers: Record<string, JobHandler> = {
  ...certificateJobHandlers,
  [JOB_OVERDUE_SCAN]: scanOverdueSurveillance,
  [PARAMETERS_CHANGED]: resyncAfterParameterChange,
  [JOB_CNCA_DUE]: ensureCncaDueItems,
  [JOB_CLASSIFICATION_DUE]: ensureClassificationDueItems,
};

/** Every kind of import the import worker runs. */
export const importKinds = (today: () => IsoDate): ImportKind[] => [clientImportKind, riskImportKind(today)];

/** Jobs that run once a day whatever else happens. */
const dailyJobs = [JOB_OVERDUE_SCAN, JOB_CNCA_DUE, JOB_CLASSIFICATION_DUE];

/** Queues today's daily jobs (once: the key holds the date) and runs everything due. */
export async function runScheduledJobs(db: Db, today: IsoDate) {
  for (const kind of dailyJobs) await enqueueJob(db, { kind, dedupeKey: `${kind}:${today}`, dueOn: today, payload: {} });
  return runDueJobs(db, today, jobHandlers);
}
