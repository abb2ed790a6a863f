import type { Db } from '../db/connection.js';
import type { IsoDate } from '../lib/dates.js';
import type { RecountDeadlines } from '../modules/calendar/calendar.service.js';
import { certificateJobHandlers, recountRevocationDeadlines } from '../modules/certificates/certificate.service.js';
import { PARAMETERS_CHANGED } from '../modules/parameters/parameter.service.js';
import { JOB_OVERDUE_SCAN, scanOverdueSurveillance } from '../modules/programmes/proposal.service.js';
import { resyncAfterParameterChange } from '../modules/programmes/programme.sync.js';
import { ensureCncaDueItems, JOB_CNCA_DUE } from '../modules/reporting/cnca.service.js';
import { ensureCertSearchDueItem, JOB_CERTSEARCH_DUE } from '../modules/reporting/certsearch.service.js';
import { ensureClassificationDueItems, JOB_CLASSIFICATION_DUE } from '../modules/classification/classification.service.js';
import { recountIncidentReportDeadlines } from '../modules/risk/incident.service.js';
import { clientImportKind } from '../modules/clients/client.import.js';
import { riskImportKind } from '../modules/risk/risk.service.js';
import type { ImportKind } from '../modules/imports/import.runner.js';
import { enqueueJob, runDueJobs, type JobHandler } from './outbox.js';

/** Every deadline counted in working days: revocation decisions (SPEC §3), incident reports (§5). */
export const recountWorkingDayDeadlines: RecountDeadlines = async (tx) => {
  await recountRevocationDeadlines(tx);
  await recountIncidentReportDeadlines(tx);
};

/** Every kind of job, and the module function that does it. */
export const jobHandlers: Record<string, JobHandler> = {
  ...certificateJobHandlers,
  [JOB_OVERDUE_SCAN]: scanOverdueSurveillance,
  [PARAMETERS_CHANGED]: resyncAfterParameterChange,
  [JOB_CNCA_DUE]: ensureCncaDueItems,
  [JOB_CERTSEARCH_DUE]: ensureCertSearchDueItem,
  [JOB_CLASSIFICATION_DUE]: ensureClassificationDueItems,
  // queued by holiday-year changes before the recount ran in their own transaction: still run once
  'calendar.years-changed': recountWorkingDayDeadlines,
};

/** Every kind of import the import worker runs. */
export const importKinds = (today: () => IsoDate): ImportKind[] => [clientImportKind, riskImportKind(today)];

/** Jobs that run once a day whatever else happens. */
const dailyJobs = [JOB_OVERDUE_SCAN, JOB_CNCA_DUE, JOB_CERTSEARCH_DUE, JOB_CLASSIFICATION_DUE];

/** Jobs a running server adds to these (the daily backup needs the process's database and directory). */
export interface ExtraJobs {
  handlers: Record<string, JobHandler>;
  daily: string[];
}

/** Queues today's daily jobs (once: the key holds the date) and runs everything due. */
export async function runScheduledJobs(db: Db, today: IsoDate, extra: ExtraJobs = { handlers: {}, daily: [] }) {
  for (const kind of [...dailyJobs, ...extra.daily])
    await enqueueJob(db, { kind, dedupeKey: `${kind}:${today}`, dueOn: today, payload: {} });
  return runDueJobs(db, today, { ...jobHandlers, ...extra.handlers });
}
