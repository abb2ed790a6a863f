import { and, desc, eq, isNotNull } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import type { IsoDate } from '../../lib/dates.js';
import type { JobHandler } from '../../jobs/outbox.js';
import { accreditationsByField } from '../accreditations/accreditation.service.js';
import { dueItems } from '../due-list/due-item.schema.js';
import { replaceDueItems } from '../due-list/due-list.repo.js';
import { certificates } from '../certificates/certificate.schema.js';
import { clients } from '../clients/client.schema.js';
import { loadParameters } from '../parameters/parameter.service.js';
import {
  certSearchDueOn,
  certSearchRecord,
  certSearchSheets,
  siteRows,
  templateRow,
  validateCertSearch,
  type CertSearchFailure,
  type CertSearchRecord,
} from './certsearch.rules.js';
import { markReportSent, REPORT_ENTITY } from './cnca.service.js';
import { regulatoryReports } from './reporting.schema.js';
import { workbookBuffer } from '../../lib/spreadsheet-text.js';

/** Every certificate that may be published, as CertSearch records, with what the format would refuse. */
export async function certSearchRecords(db: Db) {
  const rows = await db
    .select({ c: certificates, client: { uscc: clients.uscc, name: clients.name, province: clients.province, postcode: clients.postcode } })
    .from(certificates)
    .innerJoin(clients, eq(clients.id, certificates.clientId))
    // an organisation or a certificate marked confidential is kept out
    .where(and(eq(clients.confidential, false), eq(certificates.confidential, false)))
    .orderBy(certificates.certificateNo);
  // a certificate carries its field's accreditation (认可信息); a field without one goes out Unaccredited
  const accredited = await accreditationsByField(db);
  const records: CertSearchRecord[] = [];
  const failures: { certificateNo: string; clientId: string; failures: CertSearchFailure[] }[] = [];
  for (const { c, client } of rows) {
    const a = accredited[c.field];
    const record = certSearchRecord(
      { ...c, certificateId: c.id, client: { ...client, uscc: client.uscc.trim() } },
      a ? { name: a.bodyNameEn, acronym: a.bodyAcronym } : null,
    );
    const problems = validateCertSearch(record);
    if (problems.length > 0) failures.push({ certificateNo: c.certificateNo, clientId: c.clientId, failures: problems });
    else records.push(record);
  }
  return { records, failures, accreditedFields: Object.keys(accredited) };
}

export async function certSearchWorkbook(records: CertSearchRecord[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CertDesk';
  for (const def of [certSearchSheets.entities, certSearchSheets.certifications, certSearchSheets.sites]) {
    const sheet = workbook.addWorksheet(def.name);
    sheet.addRow(def.columns.map(([header]) => header)).font = { bold: true };
    const seen = new Set<string>();
    for (const r of records) {
      if (def === certSearchSheets.sites) {
        sheet.addRows(siteRows(r, def.columns));
        continue;
      }
      // one row per organisation on the entity sheet
      if (def === certSearchSheets.entities) {
        if (seen.has(r.certified_entity.certified_entity_unique_id)) continue;
        seen.add(r.certified_entity.certified_entity_unique_id);
      }
      sheet.addRow(templateRow(r, def.columns));
    }
    def.columns.forEach((_, i) => (sheet.getColumn(i + 1).width = 24));
  }
  return workbookBuffer(workbook);
}

/** Exports only the records that pass; the refused ones are reported, and the export is kept in the history. */
export async function exportCertSearch(db: Db, actor: Actor, format: 'json' | 'xlsx', today: IsoDate) {
  const { records, failures } = await certSearchRecords(db);
  const file = format === 'json' ? Buffer.from(JSON.stringify({ certifications: records }, null, 2)) : await certSearchWorkbook(records);
  const stamp = today.replaceAll('-', '');
  const fileName = `certsearch-${stamp}.${format}`;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(regulatoryReports)
      .values({
        kind: 'certsearch',
        period: null,
        fileName,
        contentType: format === 'json' ? 'application/json' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        content: file,
        counts: { records: records.length, refused: failures.length },
        issues: failures.length,
        generatedBy: actor.name,
        generatedOn: today,
      })
      .returning({ id: regulatoryReports.id });
    await recordChange(tx, actor, {
      entity: REPORT_ENTITY,
      entityId: row!.id,
      action: 'export-certsearch',
      changes: [{ field: 'records', old: null, new: records.length }],
    });
  });
  return { file, fileName, records: records.length, refused: failures.length };
}

const CERTSEARCH_DUE_SOURCE = 'certsearch';
export const JOB_CERTSEARCH_DUE = 'reporting.certsearch-due';
/** The one due-list row of the CB's CertSearch duty (due_items.source_id is a uuid). */
const CERTSEARCH_DUE_KEY = '00000000-0000-4000-8000-00000000c5e1';

/** The last export marked uploaded to CertSearch, and by whom. */
async function lastUpload(db: Db) {
  const [last] = await db
    .select({ on: regulatoryReports.submittedOn, by: regulatoryReports.submittedBy })
    .from(regulatoryReports)
    .where(and(eq(regulatoryReports.kind, 'certsearch'), isNotNull(regulatoryReports.submittedOn)))
    .orderBy(desc(regulatoryReports.submittedOn), desc(regulatoryReports.generatedAt))
    .limit(1);
  return last ? { on: last.on!, by: last.by } : null;
}

/** The last upload, and the day the next is owed; never uploaded, since the due-list's row first said so. */
async function owed(db: Db, today: IsoDate) {
  const params = await loadParameters(db);
  const last = await lastUpload(db);
  const [open] = await db
    .select({ dueOn: dueItems.dueOn })
    .from(dueItems)
    .where(and(eq(dueItems.source, CERTSEARCH_DUE_SOURCE), eq(dueItems.sourceId, CERTSEARCH_DUE_KEY)));
  return { last, dueOn: certSearchDueOn(last?.on ?? null, params['certsearch.refreshIntervalMonths'], open?.dueOn ?? today) };
}

/**
 * IAF MD 28: the CB's data on CertSearch is refreshed at least every `certsearch.refreshIntervalMonths`,
 * counted from the last upload staff marked done; never uploaded, owed since the due-list first said so
 * (today, before the daily job has written it) — the page and the due-list give the same day.
 */
export async function certSearchDuty(db: Db, today: IsoDate) {
  const { last, dueOn } = await owed(db, today);
  return { lastUploadOn: last?.on ?? null, lastUploadBy: last?.by ?? null, dueOn, overdue: last === null || dueOn < today };
}

/**
 * The duty on general administration's due-list: one client-less row, from the last upload (opens)
 * to the day the next is owed (due); an install that has never uploaded owes it from the day the
 * row was first written. No certificate at all, nothing to upload.
 */
async function writeCertSearchDueItem(tx: Db, today: IsoDate): Promise<void> {
  const [anyCertificate] = await tx.select({ id: certificates.id }).from(certificates).limit(1);
  if (!anyCertificate) return replaceDueItems(tx, CERTSEARCH_DUE_SOURCE, CERTSEARCH_DUE_KEY, []);
  const { last, dueOn } = await owed(tx, today);
  await replaceDueItems(tx, CERTSEARCH_DUE_SOURCE, CERTSEARCH_DUE_KEY, [
    {
      kind: 'certsearch_refresh',
      sequence: null,
      department: 'general_admin',
      clientId: null,
      branchId: null,
      certificateId: null,
      auditId: null,
      dueOn,
      targetOn: dueOn,
      opensOn: last?.on ?? dueOn,
      plannedOn: null,
      basis: 'CERTSEARCH_REFRESH',
    },
  ]);
}

/** Daily (like the CNCA report's): keeps the CertSearch duty on the due-list, also after the interval parameter changed. */
export const ensureCertSearchDueItem: JobHandler = async (tx, _job, today) => writeCertSearchDueItem(tx, today);

/**
 * Staff uploaded this export to IAF CertSearch: the duty is done today, and its due-list row moves
 * on to the next upload owed, in the same transaction.
 */
export function markCertSearchUploaded(db: Db, actor: Actor, id: string, version: number, today: IsoDate) {
  return markReportSent(db, actor, id, version, today, {
    kind: 'certsearch',
    alreadySent: 'REPORT.ALREADY_UPLOADED',
    action: 'upload-certsearch',
    then: (tx) => writeCertSearchDueItem(tx, today),
  });
}
