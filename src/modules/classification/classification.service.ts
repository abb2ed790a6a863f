import { and, asc, desc, eq, gt, gte, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import type { ReportCell, ReportTable } from '../../http/report-files.js';
import { addMonths, type IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import type { DataScope } from '../auth/permissions.js';
import { branches } from '../branches/branch.schema.js';
import { fieldLabels, type CertificationField } from '../certificates/certificate.rules.js';
import { certificateEvents, certificates } from '../certificates/certificate.schema.js';
import { clientScopeCondition } from '../clients/client.repo.js';
import { clientGrades, clients } from '../clients/client.schema.js';
import { applyClientChanges, getClient } from '../clients/client.service.js';
import { loadParameters } from '../parameters/parameter.service.js';
import { replaceDueItems } from '../due-list/due-list.repo.js';
import type { JobHandler } from '../../jobs/outbox.js';
import { audits } from '../programmes/programme.schema.js';
import { riskIncidents } from '../risk/risk.schema.js';
import type {
  CampaignSchema,
  ClientClassificationSchema,
  EvaluateSchema,
  EvaluationItemSchema,
  EvaluationSchema,
  ItemSchema,
  ReportIssueSchema,
} from './classification.dto.js';
import {
  evaluatedSystems,
  gradeChange,
  industryOf,
  overallGrade,
  systemGrade,
  type EvaluatedSystem,
  type Grade,
} from './classification.rules.js';
import { analysisReports, clientEvaluations, evaluationItems } from './classification.schema.js';

const defaultItems = [
  ['QMS-STABILITY', 'QMS', '经营稳定性与发展', 'Business stability and growth'],
  ['QMS-MATURITY', 'QMS', '管理体系成熟度', 'Maturity of the management system'],
  ['QMS-RESOURCES', 'QMS', '人员、基础设施与技术能力', 'People, infrastructure and technical capability'],
  ['QMS-REALISATION', 'QMS', '产品/服务实现过程控制', 'Control of product / service realisation'],
  ['QMS-MONITORING', 'QMS', '检验与监视测量', 'Inspection, monitoring and measurement'],
  ['QMS-IMPROVEMENT', 'QMS', '持续改进', 'Improvement'],
  ['EMS-RISK', 'EMS', '环境风险控制绩效', 'Environmental risk-control performance'],
  ['OHSMS-RISK', 'OHSMS', '安全风险控制绩效', 'Safety risk-control performance'],
] as const;

/** The items of SPEC §6, once; items the CB added or switched off are kept. */
export async function seedEvaluationItems(db: Db): Promise<void> {
  await db
    .insert(evaluationItems)
    .values(defaultItems.map(([code, system, nameZh, nameEn], sort) => ({ code, system, nameZh, nameEn, sort })))
    .onConflictDoNothing();
}

export function listItems(db: Db) {
  return db.select().from(evaluationItems).orderBy(asc(evaluationItems.sort));
}

export async function addItem(db: Db, actor: Actor, input: z.output<typeof ItemSchema>): Promise<z.output<typeof EvaluationItemSchema>> {
  return db.transaction(async (tx) => {
    const [{ next }] = (await tx.select({ next: sql<number>`coalesce(max(${evaluationItems.sort}), -1) + 1` }).from(evaluationItems)) as [
      { next: number },
    ];
    const [row] = await tx
      .insert(evaluationItems)
      .values({ ...input, sort: Number(next) })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('CLASSIFICATION.ITEM_EXISTS', { code: input.code });
    await recordChange(tx, actor, {
      entity: 'evaluation-item',
      entityId: row.code,
      action: 'create',
      changes: [{ field: 'nameZh', old: null, new: row.nameZh }],
    });
    return row;
  });
}

/** Takes an item out of (or back into) the evaluation form; past gradings keep their grades. */
export async function setItemActive(db: Db, actor: Actor, code: string, active: boolean): Promise<z.output<typeof EvaluationItemSchema>> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(evaluationItems).where(eq(evaluationItems.code, code)).for('update');
    if (!before) throw new AppError('CLASSIFICATION.ITEM_NOT_FOUND', { code });
    const [row] = await tx.update(evaluationItems).set({ active }).where(eq(evaluationItems.code, code)).returning();
    await recordChange(tx, actor, {
      entity: 'evaluation-item',
      entityId: code,
      action: 'update',
      changes: [{ field: 'active', old: before.active, new: active }],
    });
    return row!;
  });
}

const liveStatuses = ['valid', 'suspended'] as const;

/** The management systems a client holds a live (valid or suspended) certificate in: what gets graded. */
async function heldSystems(db: Db, clientId: string): Promise<EvaluatedSystem[]> {
  const rows = await db
    .selectDistinct({ field: certificates.field })
    .from(certificates)
    .where(and(eq(certificates.clientId, clientId), inArray(certificates.status, liveStatuses)));
  return evaluatedSystems.filter((s) => rows.some((r) => r.field === s));
}

/** A recent bad record, offered as the C override: confirmed incidents and suspensions for an incident. */
async function badRecordEvidence(db: Db, clientId: string, today: IsoDate) {
  const params = await loadParameters(db);
  const since = addMonths(today, -params['classification.badRecordMonths']);
  const incidents = await db
    .select({ on: riskIncidents.eventOn, kind: riskIncidents.kind })
    .from(riskIncidents)
    .where(and(eq(riskIncidents.clientId, clientId), gte(riskIncidents.eventOn, since)));
  const suspensions = await db
    .select({ on: certificateEvents.effectiveOn, certificateNo: certificates.certificateNo })
    .from(certificateEvents)
    .innerJoin(certificates, eq(certificates.id, certificateEvents.certificateId))
    .where(
      and(
        eq(certificates.clientId, clientId),
        eq(certificateEvents.kind, 'suspend'),
        eq(certificateEvents.ground, 'MAJOR_INCIDENT'),
        gte(certificateEvents.effectiveOn, since),
      ),
    );
  return [
    ...incidents.map((i) => ({ basis: 'incident' as const, on: i.on, detail: i.kind })),
    ...suspensions.map((s) => ({ basis: 'suspension' as const, on: s.on, detail: s.certificateNo })),
  ];
}

/** Everything the classification tab of a client shows. */
export async function clientClassification(
  db: Db,
  scope: DataScope,
  clientId: string,
  today: IsoDate,
): Promise<z.output<typeof ClientClassificationSchema>> {
  const client = await getClient(db, scope, clientId);
  const [systems, items, history, badRecord] = await Promise.all([
    heldSystems(db, clientId),
    listItems(db),
    db
      .select()
      .from(clientEvaluations)
      .where(eq(clientEvaluations.clientId, clientId))
      .orderBy(desc(clientEvaluations.evaluatedOn), desc(clientEvaluations.createdAt)),
    badRecordEvidence(db, clientId, today),
  ]);
  return {
    grade: client.grade,
    systems,
    items: items.filter((i) => i.active && systems.includes(i.system)),
    history: history.map(({ createdAt: _c, ...h }) => h),
    badRecord,
  };
}

/**
 * Grades a client: every active item of every system it holds, nothing else; the system grades
 * and the overall grade follow from the rules, the row joins the history and sets the client's grade.
 */
export async function evaluateClient(
  db: Db,
  actor: Actor,
  scope: DataScope,
  clientId: string,
  input: z.output<typeof EvaluateSchema>,
  today: IsoDate,
): Promise<z.output<typeof EvaluationSchema>> {
  const evaluatedOn = input.evaluatedOn ?? today;
  if (evaluatedOn > today) throw new AppError('CLASSIFICATION.FUTURE_DATE');
  await getClient(db, scope, clientId);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(clients).where(eq(clients.id, clientId)).for('update');
    if (!before) throw new AppError('CLIENT.NOT_FOUND');
    const systems = await heldSystems(tx, clientId);
    if (systems.length === 0) throw new AppError('CLASSIFICATION.NO_SYSTEM');
    // the auditor's effectiveness form (受审核方体系有效性水平评价表) comes back from one audit
    if ((input.source === 'audit') !== Boolean(input.auditId)) throw new AppError('CLASSIFICATION.AUDIT_REQUIRED');
    if (input.auditId) {
      const [audit] = await tx.select({ clientId: audits.clientId }).from(audits).where(eq(audits.id, input.auditId));
      if (audit?.clientId !== clientId) throw new AppError('CLASSIFICATION.AUDIT_NOT_OF_CLIENT');
    }
    const items = (await listItems(tx)).filter((i) => i.active && systems.includes(i.system));
    const missing = items.filter((i) => !input.itemGrades[i.code]).map((i) => i.code);
    if (missing.length) throw new AppError('CLASSIFICATION.ITEMS_MISSING', { items: missing.join(', ') });
    const unknown = Object.keys(input.itemGrades).filter((code) => !items.some((i) => i.code === code));
    if (unknown.length) throw new AppError('CLASSIFICATION.ITEMS_NOT_APPLICABLE', { items: unknown.join(', ') });

    const systemGrades: Partial<Record<EvaluatedSystem, Grade>> = {};
    for (const s of systems) systemGrades[s] = systemGrade(items.filter((i) => i.system === s).map((i) => input.itemGrades[i.code]!));
    const overall = overallGrade(Object.values(systemGrades), input.overrides);
    const [row] = await tx
      .insert(clientEvaluations)
      .values({
        clientId,
        year: Number(evaluatedOn.slice(0, 4)),
        evaluatedOn,
        source: input.source,
        auditId: input.auditId ?? null,
        itemGrades: input.itemGrades,
        systemGrades,
        overrides: input.overrides,
        overallGrade: overall,
        note: input.note,
        evaluatedBy: actor.name,
      })
      .returning();
    // a form entered late (evaluated before the newest grading) joins the history without changing the grade
    const [newer] = await tx
      .select({ id: clientEvaluations.id })
      .from(clientEvaluations)
      .where(and(eq(clientEvaluations.clientId, clientId), gt(clientEvaluations.evaluatedOn, evaluatedOn)))
      .limit(1);
    if (!newer) await applyClientChanges(tx, actor, before, { grade: overall }, before.version);
    await recordChange(tx, actor, {
      entity: 'client-evaluation',
      entityId: row!.id,
      action: 'evaluate',
      changes: [
        { field: 'overallGrade', old: before.grade, new: overall },
        { field: 'overrides', old: null, new: input.overrides },
      ],
    });
    const { createdAt: _c, ...view } = row!;
    return view;
  });
}

/** The last evaluation of each client of the scope in a year, with what the analysis groups by, as a CTE. */
function latestGrades(db: Db, scope: DataScope, year: number, name: string) {
  return db.$with(name).as(
    db
      .selectDistinctOn([clientEvaluations.clientId], {
        clientId: clientEvaluations.clientId,
        // named after the CTE: the pairs query joins two of them, and drizzle leaves aliases unqualified
        grade: sql<Grade>`${clientEvaluations.overallGrade}`.as(`${name}_grade`),
        systemGrades: sql<Partial<Record<EvaluatedSystem, Grade>>>`${clientEvaluations.systemGrades}`.as('system_grades'),
        branch: sql<string>`${branches.nameZh}`.as('branch'),
        firstCode: sql<string | null>`${clients.technicalAreaCodes}[1]`.as('first_code'),
      })
      .from(clientEvaluations)
      .innerJoin(clients, eq(clients.id, clientEvaluations.clientId))
      .innerJoin(branches, eq(branches.id, clients.branchId))
      .where(and(eq(clientEvaluations.year, year), clientScopeCondition(scope)))
      .orderBy(clientEvaluations.clientId, desc(clientEvaluations.evaluatedOn), desc(clientEvaluations.createdAt)),
  );
}

/** The last day of a month of the year: when the evaluation and the report are due. */
function endOfMonth(year: number, month: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${new Date(Date.UTC(year, month, 0)).getUTCDate()}`;
}

// raw table names: these run as correlated subqueries of a select on clients
const holdsLiveSystem = sql`exists (select 1 from certificates c where c.client_id = "clients"."id"
  and c.status in (${sql.join(
    liveStatuses.map((x) => sql`${x}`),
    sql`, `,
  )}) and c.field in (${sql.join(
    evaluatedSystems.map((x) => sql`${x}`),
    sql`, `,
  )}))`;
const gradeOfYear = (year: number) =>
  sql<Grade | null>`(select e.overall_grade from client_evaluations e where e.client_id = "clients"."id" and e.year = ${year}
    order by e.evaluated_on desc, e.created_at desc limit 1)`;

/** How many clients of the scope are in this year's evaluation, how many are graded, and by when. */
export async function campaignCounts(db: Db, scope: DataScope, year: number) {
  const params = await loadParameters(db);
  const [counts] = await db
    .select({ total: sql<number>`count(*)::int`, graded: sql<number>`count(*) filter (where ${gradeOfYear(year)} is not null)::int` })
    .from(clients)
    .where(and(clientScopeCondition(scope), holdsLiveSystem));
  return {
    year,
    dueOn: endOfMonth(year, params['classification.annualEvaluationMonth']),
    total: Number(counts!.total),
    graded: Number(counts!.graded),
  };
}

/**
 * 年度分类评价: how many clients holding a live management-system certificate are graded this
 * year, and a page of them (or every one, for the export), the ungraded only if asked.
 */
export async function evaluationCampaign(
  db: Db,
  scope: DataScope,
  year: number,
  list: { ungraded?: boolean; page?: number; pageSize?: number; all?: boolean } = {},
): Promise<z.output<typeof CampaignSchema>> {
  const inCampaign = and(clientScopeCondition(scope), holdsLiveSystem);
  const counts = await campaignCounts(db, scope, year);
  const pageSize = list.pageSize ?? 50;
  const query = db
    .select({
      id: clients.id,
      name: clients.name,
      contractNo: clients.contractNo,
      branch: branches.nameZh,
      branchEn: branches.nameEn,
      grade: clients.grade,
      gradeThisYear: gradeOfYear(year),
    })
    .from(clients)
    .innerJoin(branches, eq(branches.id, clients.branchId))
    .where(and(inCampaign, list.ungraded ? sql`${gradeOfYear(year)} is null` : undefined))
    .orderBy(clients.contractNo);
  return {
    ...counts,
    clients: list.all ? await query : await query.limit(pageSize).offset(((list.page ?? 1) - 1) * pageSize),
  };
}

/**
 * 年度客户分析报告: the distribution of the year's grades by branch, industry and system, and the
 * changes from last year. The database counts (one grouped pass over the year's last grades, one
 * over the pairs of last year's and this year's grade); the rules name the industry and the change.
 */
export async function analysisReport(db: Db, scope: DataScope, year: number) {
  const current = latestGrades(db, scope, year, 'current_grades');
  const previous = latestGrades(db, scope, year - 1, 'previous_grades');
  const [groups, pairs, lastYear, [issued]] = await Promise.all([
    db
      .with(current)
      .select({
        byBranch: sql<number>`grouping(${current.branch})::int`,
        byCode: sql<number>`grouping(${current.firstCode})::int`,
        bySystems: sql<number>`grouping(${current.systemGrades})::int`,
        branch: current.branch,
        firstCode: current.firstCode,
        systemGrades: current.systemGrades,
        grade: current.grade,
        n: sql<number>`count(*)::int`,
      })
      .from(current)
      .groupBy(
        sql`grouping sets ((${current.branch}, ${current.grade}), (${current.firstCode}, ${current.grade}), (${current.systemGrades}), (${current.grade}))`,
      ),
    db
      .with(current, previous)
      .select({ before: previous.grade, after: current.grade, n: sql<number>`count(*)::int` })
      .from(current)
      .leftJoin(previous, eq(previous.clientId, current.clientId))
      .groupBy(previous.grade, current.grade),
    db
      .with(previous)
      .select({ grade: previous.grade, n: sql<number>`count(*)::int` })
      .from(previous)
      .groupBy(previous.grade),
    db.select().from(analysisReports).where(eq(analysisReports.year, year)),
  ]);
  const add = (into: Record<string, Record<string, number>>, group: string, grade: string, n: number) => {
    const bucket = (into[group] ??= {});
    bucket[grade] = (bucket[grade] ?? 0) + n;
  };
  const byBranch: Record<string, Record<string, number>> = {};
  const byIndustry: Record<string, Record<string, number>> = {};
  const bySystem: Record<string, Record<string, number>> = {};
  const byGrade: Record<string, number> = Object.fromEntries(clientGrades.map((g) => [g, 0]));
  for (const r of groups) {
    if (r.byBranch === 0) add(byBranch, r.branch, r.grade, r.n);
    else if (r.byCode === 0) add(byIndustry, industryOf(r.firstCode ? [r.firstCode] : []) ?? '—', r.grade, r.n);
    else if (r.bySystems === 0) for (const [system, grade] of Object.entries(r.systemGrades)) add(bySystem, system, grade, r.n);
    else byGrade[r.grade] = r.n;
  }
  const changes = { up: 0, down: 0, same: 0, new: 0 };
  for (const p of pairs) changes[gradeChange(p.before, p.after)] += p.n;
  return {
    year,
    issued: issued ?? null,
    graded: Object.values(byGrade).reduce((a, b) => a + b, 0),
    byGrade,
    lastYearByGrade: Object.fromEntries(clientGrades.map((g) => [g, lastYear.find((r) => r.grade === g)?.n ?? 0])),
    byBranch,
    byIndustry,
    bySystem,
    changes,
  };
}

type Analysis = Awaited<ReturnType<typeof analysisReport>>;

/** The analysis as report tables, for the Excel and PDF exports. */
export function analysisTables(a: Analysis): ReportTable[] {
  const gradeHeader = clientGrades.map((g) => ({ zh: g, en: g }));
  const matrix = (
    title: ReportTable['title'],
    first: ReportTable['header'][number],
    data: Record<string, Record<string, number>>,
    name: (key: string) => ReportCell = (key) => key,
  ) => ({
    title,
    header: [first, ...gradeHeader, { zh: '合计', en: 'Total' }],
    rows: Object.entries(data)
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([k, counts]) => [name(k), ...clientGrades.map((g) => counts[g] ?? 0), Object.values(counts).reduce((s, n) => s + n, 0)]),
  });
  return [
    {
      title: { zh: '等级分布与上年对比', en: 'Grades, this year and last' },
      header: [
        { zh: '等级', en: 'Grade' },
        { zh: `${a.year} 年`, en: String(a.year) },
        { zh: `${a.year - 1} 年`, en: String(a.year - 1) },
      ],
      rows: clientGrades.map((g) => [g, a.byGrade[g] ?? 0, a.lastYearByGrade[g] ?? 0]),
    },
    {
      title: { zh: '等级变化', en: 'Changes from last year' },
      header: [
        { zh: '变化', en: 'Change' },
        { zh: '客户数', en: 'Clients' },
      ],
      rows: [
        [{ zh: '上升', en: 'Up' }, a.changes.up],
        [{ zh: '下降', en: 'Down' }, a.changes.down],
        [{ zh: '不变', en: 'Same' }, a.changes.same],
        [{ zh: '新评', en: 'New' }, a.changes.new],
      ],
    },
    matrix({ zh: '按分支机构', en: 'By branch' }, { zh: '分支机构', en: 'Branch' }, a.byBranch),
    matrix({ zh: '按专业大类', en: 'By industry code' }, { zh: '专业大类', en: 'Industry code' }, a.byIndustry),
    matrix({ zh: '按管理体系', en: 'By management system' }, { zh: '体系', en: 'System' }, a.bySystem, (system) =>
      system in fieldLabels ? fieldLabels[system as CertificationField] : system,
    ),
  ];
}

export const CLASSIFICATION_DUE_SOURCE = 'classification';
export const JOB_CLASSIFICATION_DUE = 'classification.due';

/** due_items key a year's evaluation (1) or report (2) by a uuid made of the year. */
function yearKey(year: number, what: 1 | 2): string {
  return `00000000-0000-4000-8001-0000${year}000${what}`;
}

/**
 * Daily: this year's evaluation stays on audit management's due-list while any client is
 * ungraded (due at the end of the evaluation month), the analysis report until it is marked
 * issued — a year's report stays owed into the next year, its evaluation does not.
 */
export const ensureClassificationDueItems: JobHandler = async (tx, _job, today) => {
  const year = Number(today.slice(0, 4));
  const params = await loadParameters(tx);
  const campaign = await campaignCounts(tx, { kind: 'all' }, year);
  const [issued] = await tx.select().from(analysisReports).where(eq(analysisReports.year, year));
  const item = (kind: string, dueOn: IsoDate, basis: string) => ({
    kind,
    sequence: null,
    department: 'audit_management',
    clientId: null,
    branchId: null,
    certificateId: null,
    auditId: null,
    dueOn,
    targetOn: dueOn,
    opensOn: `${year}-01-01`,
    plannedOn: null,
    basis,
  });
  // last year's evaluation cannot be made good any more: this year's takes its place
  await replaceDueItems(tx, CLASSIFICATION_DUE_SOURCE, yearKey(year - 1, 1), []);
  await replaceDueItems(
    tx,
    CLASSIFICATION_DUE_SOURCE,
    yearKey(year, 1),
    campaign.graded < campaign.total ? [item('classification_evaluation', campaign.dueOn, 'CLASSIFICATION_ANNUAL')] : [],
  );
  await replaceDueItems(
    tx,
    CLASSIFICATION_DUE_SOURCE,
    yearKey(year, 2),
    issued ? [] : [item('classification_report', endOfMonth(year, params['classification.analysisReportMonth']), 'ANALYSIS_REPORT')],
  );
};

/** The year's analysis report is issued: recorded once, and off the due-list. */
export async function markReportIssued(db: Db, actor: Actor, year: number, today: IsoDate): Promise<z.output<typeof ReportIssueSchema>> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(analysisReports)
      .values({ year, issuedOn: today, issuedBy: actor.name })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('CLASSIFICATION.REPORT_ISSUED', { year });
    await replaceDueItems(tx, CLASSIFICATION_DUE_SOURCE, yearKey(year, 2), []);
    await recordChange(tx, actor, {
      entity: 'analysis-report',
      entityId: String(year),
      action: 'issue',
      changes: [{ field: 'issuedOn', old: null, new: today }],
    });
    return row;
  });
}
