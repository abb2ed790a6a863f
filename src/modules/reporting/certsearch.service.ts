import { and, desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { addMonths, type IsoDate } from '../../lib/dates.js';
import { certificates } from '../certificates/certificate.schema.js';
import { clients } from '../clients/client.schema.js';
import { loadParameters } from '../parameters/parameter.service.js';
import {
  certSearchRecord,
  certSearchSheets,
  templateRow,
  validateCertSearch,
  type CertSearchFailure,
  type CertSearchRecord,
} from './certsearch.rules.js';
import { REPORT_ENTITY } from './cnca.service.js';
import { regulatoryReports } from './reporting.schema.js';
import { workbookBuffer } from '../../lib/spreadsheet-text.js';

/** Every certificate that may be published, as CertSearch records, with what the format would refuse. */
export async function certSearchRecords(db: Db, config: Config) {
  const rows = await db
    .select({ c: certificates, client: { uscc: clients.uscc, name: clients.name, province: clients.province, postcode: clients.postcode } })
    .from(certificates)
    .innerJoin(clients, eq(clients.id, certificates.clientId))
    // an organisation or a certificate marked confidential is kept out
    .where(and(eq(clients.confidential, false), eq(certificates.confidential, false)))
    .orderBy(certificates.certificateNo);
  const ab = { name: config.ACCREDITATION_BODY_NAME, acronym: config.ACCREDITATION_BODY_ACRONYM };
  const records: CertSearchRecord[] = [];
  const failures: { certificateNo: string; clientId: string; failures: CertSearchFailure[] }[] = [];
  for (const { c, client } of rows) {
    const record = certSearchRecord({ ...c, certificateId: c.id, client: { ...client, uscc: client.uscc.trim() } }, ab);
    const problems = validateCertSearch(record);
    if (problems.length > 0) failures.push({ certificateNo: c.certificateNo, clientId: c.clientId, failures: problems });
    else records.push(record);
  }
  return { records, failures };
}

export async function certSearchWorkbook(records: CertSearchRecord[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CertDesk';
  for (const def of [certSearchSheets.entities, certSearchSheets.certifications]) {
    const sheet = workbook.addWorksheet(def.name);
    sheet.addRow(def.columns.map(([header]) => header)).font = { bold: true };
    const seen = new Set<string>();
    for (const r of records) {
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
export async function exportCertSearch(db: Db, config: Config, actor: Actor, format: 'json' | 'xlsx', today: IsoDate) {
  const { records, failures } = await certSearchRecords(db, config);
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

/** IAF MD 28: the register is refreshed at least every `certsearch.refreshIntervalMonths`. */
export async function certSearchDuty(db: Db, today: IsoDate) {
  const params = await loadParameters(db);
  const [last] = await db
    .select({ on: regulatoryReports.generatedOn, by: regulatoryReports.generatedBy })
    .from(regulatoryReports)
    .where(eq(regulatoryReports.kind, 'certsearch'))
    .orderBy(desc(regulatoryReports.generatedAt))
    .limit(1);
  const lastOn = last?.on ?? null;
  const dueOn = lastOn ? addMonths(lastOn, params['certsearch.refreshIntervalMonths']) : today;
  return { lastExportOn: lastOn, lastExportBy: last?.by ?? null, dueOn, overdue: dueOn < today || lastOn === null };
}
