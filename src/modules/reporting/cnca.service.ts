import { and, between, desc, eq, getTableColumns, inArray, ne, notInArray, sql, type SQL } from 'drizzle-orm';
import { byteaOf } from '../../db/sql-helpers.js';
import ExcelJS from 'exceljs';
import { recordChange, systemActor, type Actor } from '../../audit-log/audit-log.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { addDays, addMonths, dayOfFollowingMonth, type IsoDate } from '../../lib/dates.js';
import { AppError, type ErrorCode } from '../../lib/errors.js';
import type { JobHandler } from '../../jobs/outbox.js';
import { users } from '../auth/auth.schema.js';
import { branches } from '../branches/branch.schema.js';
import { certificateEvents, certificates } from '../certificates/certificate.schema.js';
import { clients } from '../clients/client.schema.js';
import { replaceDueItems } from '../due-list/due-list.repo.js';
import { loadParameters } from '../parameters/parameter.service.js';
import { accreditationsByField } from '../accreditations/accreditation.service.js';
import { maintainedAuditTypes } from '../programmes/programme.rules.js';
import { auditorRegistrations, auditProgrammes, audits, auditTeamMembers } from '../programmes/programme.schema.js';
import { cncaSheets, type CncaSheetKey } from './cnca-sheets.js';
import {
  auditPlanRows,
  auditResultRows,
  certificateRows,
  completeSheet,
  reportTypes,
  type CbProfile,
  type CncaIssue,
  type ReportAudit,
  type ReportCertificate,
  type ReportClient,
} from './cnca.rules.js';
import { regulatoryReports } from './reporting.schema.js';
import { workbookBuffer } from '../../lib/spreadsheet-text.js';

export const REPORT_ENTITY = 'regulatory_report';
export const CNCA_DUE_SOURCE = 'cnca_report';
export const JOB_CNCA_DUE = 'reporting.cnca-due';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The CB as the report names it: its approval number, and the accreditation each field holds (认可信息). */
export async function cbProfile(db: Db, config: Config): Promise<CbProfile> {
  return { approvalNo: config.CB_APPROVAL_NO, accreditations: await accreditationsByField(db) };
}

/** 2026-11 → 2026-11-01 … 2026-11-30 */
export function monthRange(period: string): { from: IsoDate; to: IsoDate } {
  const from = `${period}-01`;
  return { from, to: addDays(addMonths(from, 1), -1) };
}

const clientColumns = {
  id: clients.id,
  name: clients.name,
  formerNames: clients.formerNames,
  uscc: clients.uscc,
  address: clients.address,
  postcode: clients.postcode,
  phone: clients.phone,
  contractNo: clients.contractNo,
  technicalAreaCodes: clients.technicalAreaCodes,
  legalRepresentative: clients.legalRepresentative,
  organisationType: clients.organisationType,
  registeredCapital: clients.registeredCapital,
  registeredCapitalCurrency: clients.registeredCapitalCurrency,
  employeeCount: clients.employeeCount,
  industryCodes: clients.industryCodes,
  initialAuditFee: clients.initialAuditFee,
  surveillanceFee: clients.surveillanceFee,
  branchName: branches.nameZh,
  branchCode: branches.code,
};
const toClient = (c: { uscc: string } & Omit<ReportClient, 'uscc'>): ReportClient => ({ ...c, uscc: c.uscc.trim() });

/** Audits with their client, the programme's field and standard, and their team with registrations. */
async function loadAudits(
  db: Db,
  where: SQL,
): Promise<(ReportAudit & { certificateId: string | null; certificateNo: string | null; programmeId: string })[]> {
  const rows = await db
    .select({
      a: audits,
      field: auditProgrammes.field,
      programmeId: auditProgrammes.id,
      standard: certificates.standard,
      certificateId: certificates.id,
      certificateNo: certificates.certificateNo,
      client: clientColumns,
    })
    .from(audits)
    .innerJoin(auditProgrammes, eq(auditProgrammes.id, audits.programmeId))
    .leftJoin(certificates, eq(certificates.id, auditProgrammes.certificateId))
    .innerJoin(clients, eq(clients.id, audits.clientId))
    .innerJoin(branches, eq(branches.id, clients.branchId))
    .where(where)
    .orderBy(audits.plannedStart, audits.id);
  if (rows.length === 0) return [];
  const members = await db
    .select({
      auditId: auditTeamMembers.auditId,
      userId: auditTeamMembers.userId,
      role: auditTeamMembers.role,
      name: users.displayName,
      field: auditorRegistrations.field,
      kind: auditorRegistrations.kind,
      registrationNo: auditorRegistrations.registrationNo,
      identityType: auditorRegistrations.identityType,
      identityNo: auditorRegistrations.identityNo,
      fullTime: auditorRegistrations.fullTime,
    })
    .from(auditTeamMembers)
    .innerJoin(users, eq(users.id, auditTeamMembers.userId))
    .leftJoin(auditorRegistrations, eq(auditorRegistrations.userId, auditTeamMembers.userId))
    .where(
      inArray(
        auditTeamMembers.auditId,
        rows.map((r) => r.a.id),
      ),
    );
  return rows.map((r) => {
    // one row per person, with the registration for the programme's field when there is one
    const byUser = new Map<string, ReportAudit['team'][number]>();
    for (const m of members.filter((x) => x.auditId === r.a.id)) {
      const registration =
        m.kind && m.field === r.field
          ? {
              kind: m.kind,
              registrationNo: m.registrationNo!,
              identityType: m.identityType,
              identityNo: m.identityNo,
              fullTime: m.fullTime,
            }
          : null;
      const known = byUser.get(m.userId);
      if (!known || (!known.registration && registration))
        byUser.set(m.userId, { userId: m.userId, name: m.name, role: m.role, registration });
    }
    const team = [...byUser.values()].sort((x, y) => Number(y.role === 'team_leader') - Number(x.role === 'team_leader'));
    return {
      id: r.a.id,
      programmeId: r.programmeId,
      type: r.a.type,
      plannedStart: r.a.plannedStart,
      plannedEnd: r.a.plannedEnd,
      actualStart: r.a.actualStart,
      actualEnd: r.a.actualEnd,
      sites: r.a.sites,
      field: r.field,
      standard: r.standard,
      certificateId: r.certificateId,
      certificateNo: r.certificateNo,
      client: toClient(r.client),
      team,
    };
  });
}

const reportableEvents = ['grant', 'suspend', 'restore', 'revoke', 'withdraw', 'expire', 'reissue', 'recertify', 'maintain'] as const;
const reportTypeOf: Record<(typeof reportableEvents)[number], ReportCertificate['reportType']> = {
  grant: reportTypes.grant,
  reissue: reportTypes.reissue,
  recertify: reportTypes.reissue,
  suspend: reportTypes.status,
  restore: reportTypes.status,
  revoke: reportTypes.status,
  withdraw: reportTypes.status,
  expire: reportTypes.status,
  // 保持认证资格 after a surveillance: the certificate is reported as surveilled in the month of the decision
  maintain: reportTypes.surveillance,
};

/**
 * 认证决定人员名单 names people. A step the system took (an expiry, a revocation at the end of an
 * unrestored suspension) follows a person's decision: the latest one on the certificate before it.
 */
async function decidersOf(db: Db, events: { id: number; certificateId: string; decidedBy: string }[]): Promise<Map<number, string>> {
  const byPerson = new Map(events.filter((e) => e.decidedBy !== systemActor.name).map((e) => [e.id, e.decidedBy]));
  const bySystem = events.filter((e) => e.decidedBy === systemActor.name);
  if (bySystem.length === 0) return byPerson;
  const earlier = await db
    .select({ id: certificateEvents.id, certificateId: certificateEvents.certificateId, decidedBy: certificateEvents.decidedBy })
    .from(certificateEvents)
    .where(
      and(
        inArray(
          certificateEvents.certificateId,
          bySystem.map((e) => e.certificateId),
        ),
        ne(certificateEvents.decidedBy, systemActor.name),
      ),
    )
    .orderBy(certificateEvents.id);
  for (const e of bySystem) {
    const person = earlier.filter((x) => x.certificateId === e.certificateId && x.id < e.id).at(-1);
    if (person) byPerson.set(e.id, person.decidedBy);
  }
  return byPerson;
}

/** Certificates issued, changed, changing status or kept after a surveillance in the month. */
async function loadCertificates(db: Db, from: IsoDate, to: IsoDate): Promise<ReportCertificate[]> {
  const events = await db
    .select()
    .from(certificateEvents)
    .where(and(between(certificateEvents.effectiveOn, from, to), inArray(certificateEvents.kind, [...reportableEvents])))
    .orderBy(certificateEvents.id);
  const lastEvent = new Map<string, (typeof events)[number]>();
  for (const e of events) lastEvent.set(e.certificateId, e);
  const deciders = await decidersOf(db, [...lastEvent.values()]);
  const ids = [...lastEvent.keys()];
  if (ids.length === 0) return [];
  const rows = await db
    .select({ c: certificates, client: clientColumns })
    .from(certificates)
    .innerJoin(clients, eq(clients.id, certificates.clientId))
    .innerJoin(branches, eq(branches.id, clients.branchId))
    .where(inArray(certificates.id, ids))
    .orderBy(certificates.certificateNo);
  // the current cycle's number and surveillances; the last audit held may belong to the cycle before (a recertification)
  const programmes = await db
    .select({
      certificateId: auditProgrammes.certificateId,
      cycleNo: sql<number>`max(${auditProgrammes.cycleNo})::int`,
      surveillances: sql<number>`count(${audits.id}) filter (where ${audits.type} = 'surveillance' and ${audits.status} = 'held' and ${audits.actualEnd} <= ${to}::date and ${auditProgrammes.cycleNo} = (select max(p.cycle_no) from audit_programmes p where p.certificate_id = ${auditProgrammes.certificateId}))::int`,
      lastAuditId: sql<
        string | null
      >`(array_agg(${audits.id} order by ${audits.actualEnd} desc) filter (where ${audits.status} = 'held' and ${audits.type} not in ('document_review', 'random_survey') and ${audits.actualEnd} <= ${to}::date))[1]`,
    })
    .from(auditProgrammes)
    .leftJoin(audits, eq(audits.programmeId, auditProgrammes.id))
    .where(inArray(auditProgrammes.certificateId, ids))
    .groupBy(auditProgrammes.certificateId);
  // a surveillance decided in a later month than it was held reports that audit, not one held since
  const decidedAuditOf = (e: (typeof events)[number]) =>
    e.kind === 'maintain' && typeof e.details.auditId === 'string' ? e.details.auditId : null;
  const lastAuditIds = [...programmes.map((p) => p.lastAuditId), ...[...lastEvent.values()].map(decidedAuditOf)].filter(
    (id): id is string => id !== null,
  );
  const lastAudits = new Map((lastAuditIds.length ? await loadAudits(db, inArray(audits.id, lastAuditIds)) : []).map((a) => [a.id, a]));
  const programmeOf = new Map(programmes.map((p) => [p.certificateId!, p]));
  return rows.map(({ c, client }) => {
    // every certificate reported has its event in the month
    const event = lastEvent.get(c.id)!;
    const p = programmeOf.get(c.id);
    return {
      ...c,
      sites: c.sites.map((s) => ({ name: s.name, address: s.address })),
      client: toClient(client),
      cycleNo: p?.cycleNo ?? 1,
      surveillancesHeld: p?.surveillances ?? 0,
      lastAudit: lastAudits.get(decidedAuditOf(event) ?? p?.lastAuditId ?? '') ?? null,
      reportType: reportTypeOf[event.kind as (typeof reportableEvents)[number]],
      event: { kind: event.kind, effectiveOn: event.effectiveOn, ground: event.ground, decidedBy: deciders.get(event.id) ?? null },
    };
  });
}

export interface CncaMonth {
  period: string;
  sheets: Record<CncaSheetKey, { sheet: string; headers: string[]; codes: string[]; cells: string[][] }>;
  issues: CncaIssue[];
}

/**
 * A surveillance held in the month whose certification decision is not taken yet: its certificate
 * is reported (03) in the month of the decision to maintain it, or as the suspension, revocation or
 * level change that followed. Listed so the decision is taken before the report is due.
 */
async function undecidedSurveillances(db: Db, held: Awaited<ReturnType<typeof loadAudits>>): Promise<CncaIssue[]> {
  const surveilled = held.filter((a) => a.certificateId && maintainedAuditTypes.includes(a.type));
  if (surveilled.length === 0) return [];
  const events = await db
    .select({
      certificateId: certificateEvents.certificateId,
      kind: certificateEvents.kind,
      on: certificateEvents.effectiveOn,
      details: certificateEvents.details,
    })
    .from(certificateEvents)
    .where(
      and(
        inArray(
          certificateEvents.certificateId,
          surveilled.map((a) => a.certificateId!),
        ),
        inArray(certificateEvents.kind, ['maintain', 'suspend', 'revoke', 'withdraw', 'expire', 'reissue', 'recertify']),
      ),
    );
  return surveilled
    .filter(
      (a) =>
        !events.some(
          (e) => e.certificateId === a.certificateId && (e.kind === 'maintain' ? e.details.auditId === a.id : e.on >= a.actualEnd!),
        ),
    )
    .map((a) => ({
      sheet: 'certificates',
      header: cncaSheets.certificates.columns.find((c) => c.code === 'CHK_P_LIST')!.header,
      problem: 'NO_DECISION',
      record: { kind: 'audit', id: a.client.id, label: `${a.certificateNo ?? a.client.name} ${a.actualEnd}` },
    }));
}

/** a document review and a random survey of the client's customers (随机调查) send no team on site: no audit to report */
const notAudited = ['document_review', 'random_survey'] as const;

/** Everything the month's report holds, and what is missing, from CertDesk's own records. */
export async function buildCncaMonth(db: Db, cb: CbProfile, period: string): Promise<CncaMonth> {
  const { from, to } = monthRange(period);
  const planned = await loadAudits(
    db,
    and(between(audits.plannedStart, from, to), ne(audits.status, 'cancelled'), notInArray(audits.type, [...notAudited]))!,
  );
  const held = await loadAudits(
    db,
    and(eq(audits.status, 'held'), between(audits.actualEnd, from, to), notInArray(audits.type, [...notAudited]))!,
  );
  // an initial audit is reported with its certificate, once granted
  const heldWithCertificate = held.flatMap((audit) => (audit.certificateNo ? [{ audit, certificateNo: audit.certificateNo }] : []));
  const certs = await loadCertificates(db, from, to);

  const parts = {
    auditPlans: auditPlanRows(cb, planned),
    certificates: { rows: certificateRows(cb, certs, { from, to }), issues: [] as CncaIssue[] },
    auditResults: auditResultRows(cb, heldWithCertificate),
    energyPerformance: { rows: [], issues: [] as CncaIssue[] },
  };
  parts.certificates.issues.push(...(await undecidedSurveillances(db, held)));
  // CertDesk holds no energy data: an energy-management certificate in the month cannot be reported in full
  for (const c of certs.filter((c) => c.field === 'EnMS')) {
    parts.energyPerformance.issues.push({
      sheet: 'energyPerformance',
      header: null,
      problem: 'NO_ENERGY_DATA',
      record: { kind: 'certificate', id: c.client.id, label: c.certificateNo },
    });
  }
  const issues: CncaIssue[] = [];
  const sheets = {} as CncaMonth['sheets'];
  for (const key of Object.keys(cncaSheets) as CncaSheetKey[]) {
    const { cells, issues: found } = completeSheet(key, parts[key].rows);
    issues.push(...parts[key].issues, ...found);
    sheets[key] = {
      sheet: cncaSheets[key].sheet,
      headers: cncaSheets[key].columns.map((c) => c.header),
      codes: cncaSheets[key].columns.map((c) => c.code),
      cells,
    };
  }
  return { period, sheets, issues };
}

/** Column B of rows 1–7, as the template labels them. */
const META_LABELS = ['字段名称', '字段含义', '数据类型', '最大长度（字符）', '填表说明', '校验级别', '是否公开'] as const;
const DATA_ROW = 8;

/**
 * The workbook as the template lays it out: the table code (A1), the template's title (A2) and
 * the sheet's name (A5) in column A, the labels in column B, then per column its code, header,
 * type, length, note, check level and publicity in rows 1–7 as the template writes them, and
 * the data as text from C8.
 */
export async function cncaWorkbook(month: CncaMonth): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CertDesk';
  for (const key of Object.keys(cncaSheets) as CncaSheetKey[]) {
    const def = cncaSheets[key];
    const sheet = workbook.addWorksheet(def.sheet);
    const meta: (string | number | null)[][] = [
      def.columns.map((c) => c.code),
      def.columns.map((c) => c.header),
      def.columns.map((c) => c.type),
      def.columns.map((c) => c.maxLength),
      def.columns.map((c) => c.note),
      def.columns.map((c) => c.checked),
      def.columns.map((c) => (c.public === null ? null : c.public ? '是' : '否')),
    ];
    meta.forEach((values, i) => {
      const row = sheet.getRow(i + 1);
      row.getCell(2).value = META_LABELS[i]!;
      values.forEach((v, j) => (row.getCell(j + 3).value = v));
    });
    sheet.getCell('A1').value = def.templateCode;
    sheet.getCell('A2').value = def.title;
    sheet.getCell('A5').value = def.sheet;
    sheet.getCell(`A${DATA_ROW}`).value = def.dataNote;
    month.sheets[key].cells.forEach((values, i) => {
      const row = sheet.getRow(DATA_ROW + i);
      values.forEach((v, j) => {
        const cell = row.getCell(j + 3);
        cell.numFmt = '@';
        cell.value = v;
      });
    });
    sheet.getRow(2).font = { bold: true };
    sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 2 }];
    def.columns.forEach((_, j) => (sheet.getColumn(j + 3).width = 18));
  }
  return workbookBuffer(workbook);
}

/** Generates the month's file, keeps it with who made it, and returns it. */
export async function generateCncaReport(db: Db, cb: CbProfile, actor: Actor, period: string, today: IsoDate) {
  if (`${period}-01` > today) throw new AppError('REPORT.FUTURE_PERIOD', { period });
  const month = await buildCncaMonth(db, cb, period);
  const file = await cncaWorkbook(month);
  const counts = Object.fromEntries((Object.keys(month.sheets) as CncaSheetKey[]).map((k) => [k, month.sheets[k].cells.length]));
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(regulatoryReports)
      .values({
        kind: 'cnca_monthly',
        period,
        fileName: `CNCA-monthly-${period}.xlsx`,
        contentType: XLSX,
        content: file,
        counts,
        issues: month.issues.length,
        generatedBy: actor.name,
        generatedOn: today,
      })
      .returning({ id: regulatoryReports.id, fileName: regulatoryReports.fileName });
    await recordChange(tx, actor, {
      entity: REPORT_ENTITY,
      entityId: row!.id,
      action: 'generate',
      changes: [
        { field: 'period', old: null, new: period },
        { field: 'issues', old: null, new: month.issues.length },
      ],
    });
    return { id: row!.id, fileName: row!.fileName, file };
  });
}

/** How many kept files a list shows, newest first: the history of years of monthly reports. */
const REPORTS_LISTED = 200;

export function listReports(db: Db, kind: 'cnca_monthly' | 'certsearch', period?: string, limit = REPORTS_LISTED) {
  return db
    .select({
      id: regulatoryReports.id,
      kind: regulatoryReports.kind,
      period: regulatoryReports.period,
      fileName: regulatoryReports.fileName,
      counts: regulatoryReports.counts,
      issues: regulatoryReports.issues,
      generatedBy: regulatoryReports.generatedBy,
      generatedAt: regulatoryReports.generatedAt,
      submittedOn: regulatoryReports.submittedOn,
      submittedBy: regulatoryReports.submittedBy,
      version: regulatoryReports.version,
    })
    .from(regulatoryReports)
    .where(and(eq(regulatoryReports.kind, kind), period ? eq(regulatoryReports.period, period) : undefined))
    .orderBy(desc(regulatoryReports.generatedAt))
    .limit(limit)
    .then((rows) => rows.map((r) => ({ ...r, generatedAt: r.generatedAt.toISOString() })));
}

export async function reportFile(db: Db, id: string) {
  const [row] = await db
    .select({ ...getTableColumns(regulatoryReports), content: byteaOf(regulatoryReports.content) })
    .from(regulatoryReports)
    .where(eq(regulatoryReports.id, id));
  if (!row) throw new AppError('REPORT.NOT_FOUND');
  return row;
}

/**
 * Marks a kept report as sent where it goes (the CNCA platform, IAF CertSearch), at the version
 * read and once only, with what follows from it (`then`: its due-list row) in the same transaction.
 */
export async function markReportSent(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  today: IsoDate,
  sent: {
    kind: (typeof regulatoryReports.$inferSelect)['kind'];
    alreadySent: Extract<ErrorCode, 'REPORT.ALREADY_SUBMITTED' | 'REPORT.ALREADY_UPLOADED'>;
    action: string;
    then: (tx: Db, row: typeof regulatoryReports.$inferSelect) => Promise<void>;
  },
) {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(regulatoryReports).where(eq(regulatoryReports.id, id)).for('update');
    if (!row || row.kind !== sent.kind) throw new AppError('REPORT.NOT_FOUND');
    if (row.version !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
    if (row.submittedOn) throw new AppError(sent.alreadySent, { on: row.submittedOn });
    await tx
      .update(regulatoryReports)
      .set({ submittedOn: today, submittedBy: actor.name, version: sql`${regulatoryReports.version} + 1` })
      .where(eq(regulatoryReports.id, id));
    await sent.then(tx, row);
    await recordChange(tx, actor, {
      entity: REPORT_ENTITY,
      entityId: id,
      action: sent.action,
      changes: [{ field: 'submittedOn', old: null, new: today }],
    });
  });
}

/** Marks the month's report as uploaded to the CNCA platform; its due-list entry goes. */
export function markCncaSubmitted(db: Db, actor: Actor, id: string, version: number, today: IsoDate) {
  return markReportSent(db, actor, id, version, today, {
    kind: 'cnca_monthly',
    alreadySent: 'REPORT.ALREADY_SUBMITTED',
    action: 'submit',
    then: (tx, row) => replaceDueItems(tx, CNCA_DUE_SOURCE, periodKey(row.period!), []),
  });
}

/** A stable id per month for the due-list row (due_items.source_id is a uuid). */
export function periodKey(period: string): string {
  return `00000000-0000-4000-8000-0000${period.replace('-', '')}00`;
}

/**
 * Daily: the current month's report is on general administration's due-list from the 1st
 * until it is marked submitted, due on the set day of the next month; so is last month's.
 */
export const ensureCncaDueItems: JobHandler = async (tx, _job, today) => {
  const params = await loadParameters(tx);
  for (const period of [today.slice(0, 7), addMonths(`${today.slice(0, 7)}-01`, -1).slice(0, 7)]) {
    const [submitted] = await tx
      .select({ id: regulatoryReports.id })
      .from(regulatoryReports)
      .where(
        and(
          eq(regulatoryReports.kind, 'cnca_monthly'),
          eq(regulatoryReports.period, period),
          sql`${regulatoryReports.submittedOn} is not null`,
        ),
      )
      .limit(1);
    if (submitted) continue;
    const dueOn = dayOfFollowingMonth(`${period}-01`, params['cnca.reportDueDayOfMonth']);
    await replaceDueItems(tx, CNCA_DUE_SOURCE, periodKey(period), [
      {
        kind: 'cnca_monthly_report',
        sequence: Number(period.slice(5, 7)),
        department: 'general_admin',
        clientId: null,
        branchId: null,
        certificateId: null,
        auditId: null,
        dueOn,
        targetOn: dueOn,
        opensOn: `${period}-01`,
        plannedOn: null,
        basis: 'CNCA_MONTHLY',
      },
    ]);
  }
};
