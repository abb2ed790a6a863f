import { randomInt } from 'node:crypto';
import { and, asc, between, count, desc, eq, ilike, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { assertExportable, listWorkbook } from '../../http/list-sheet.js';
import type { ReportCell, ReportTable } from '../../http/report-files.js';
import type { surveyKinds } from './survey.rules.js';
import { periodBounds, type IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { users } from '../auth/auth.schema.js';
import type { DataScope } from '../auth/permissions.js';
import { branches } from '../branches/branch.schema.js';
import { certificates } from '../certificates/certificate.schema.js';
import { clients } from '../clients/client.schema.js';
import { fileComplaint } from '../complaints/complaint.service.js';
import { loadParameters } from '../parameters/parameter.service.js';
import { recordNotice, recordNotices } from '../notices/notice.service.js';
import { auditTeamMembers, audits } from '../programmes/programme.schema.js';
import type {
  AnswerSurveySchema,
  CredibilityReportSchema,
  CredibilityResponseSchema,
  CredibilitySchema,
  SampleSchema,
  SurveyListQuery,
  SurveyPageSchema,
  SurveyRecordSchema,
  SurveyReportSchema,
  SurveySampleSchema,
  SurveySchema,
} from './survey.dto.js';
import {
  auditsWithOpeningMeeting,
  credibilityRespondents,
  drawSample,
  isDissatisfied,
  returnRate,
  sampleSize,
  stageScores,
  surveyQuestions,
  surveyStageLabels,
  surveyStages,
  weightedTotal,
} from './survey.rules.js';
import { credibilityResponses, surveySamples, surveys } from './survey.schema.js';

export const SURVEY_ENTITY = 'survey';
type SurveyRow = typeof surveys.$inferSelect;

/** What the form shows: the questions, the full score of a question, where dissatisfaction starts and the stage weights in percent. */
export async function surveyForm(db: Db) {
  const params = await loadParameters(db);
  return {
    questions: surveyQuestions,
    maxScore: params['survey.stageMaxScore'],
    dissatisfiedBelow: params['survey.dissatisfiedBelowScore'],
    weights: {
      contract: params['survey.weightContractPercent'],
      audit: params['survey.weightAuditPercent'],
      service: params['survey.weightServicePercent'],
    },
  };
}

/** The form handed out at an audit's opening meeting; at most one per audit. */
export async function issueAuditSurvey(tx: Db, audit: { id: string; clientId: string; type: string }, issuedOn: IsoDate) {
  if (!(auditsWithOpeningMeeting as readonly string[]).includes(audit.type)) return null;
  const [row] = await tx
    .insert(surveys)
    .values({ kind: 'audit', clientId: audit.clientId, auditId: audit.id, issuedOn })
    .onConflictDoNothing()
    .returning();
  if (row)
    await recordNotice(tx, { kind: 'survey_invitation', clientId: row.clientId, surveyId: row.id, facts: { issuedOn, annualYear: null } });
  return row ?? null;
}

function scopeCondition(scope: DataScope): SQL | undefined {
  if (scope.kind === 'branch') return eq(clients.branchId, scope.branchId);
  if (scope.kind === 'client') return eq(surveys.clientId, scope.clientId);
  return undefined;
}

/** Issues a form for an audit by hand, e.g. at an opening meeting before the audit is recorded. */
export async function issueForAudit(
  db: Db,
  actor: Actor,
  scope: DataScope,
  auditId: string,
  today: IsoDate,
): Promise<z.output<typeof SurveyRecordSchema>> {
  return db.transaction(async (tx) => {
    const [audit] = await tx
      .select({ id: audits.id, clientId: audits.clientId, type: audits.type, branchId: clients.branchId })
      .from(audits)
      .innerJoin(clients, eq(clients.id, audits.clientId))
      .where(eq(audits.id, auditId));
    if (!audit || (scope.kind === 'branch' && audit.branchId !== scope.branchId)) throw new AppError('AUDIT.NOT_FOUND');
    const row = await issueAuditSurvey(tx, audit, today);
    if (!row) throw new AppError('SURVEY.AUDIT_HAS_SURVEY');
    await recordChange(tx, actor, {
      entity: SURVEY_ENTITY,
      entityId: row.id,
      action: 'issue',
      changes: [{ field: 'auditId', old: null, new: audit.id }],
    });
    return row;
  });
}

/** The yearly random sample of clients holding a valid certificate; the stored seed repeats the draw. */
export async function drawAnnualSample(
  db: Db,
  actor: Actor,
  input: z.output<typeof SampleSchema>,
  today: IsoDate,
): Promise<z.output<typeof SurveySampleSchema>> {
  const params = await loadParameters(db);
  const [min, max] = [params['survey.annualSampleMinPercent'], params['survey.annualSampleMaxPercent']];
  // the share asked for is the share drawn, or it is refused: never stored as asked and drawn otherwise
  if (input.percent < min || input.percent > max) throw new AppError('SURVEY.SAMPLE_PERCENT', { min, max });
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(surveySamples).where(eq(surveySamples.year, input.year));
    if (existing) throw new AppError('SURVEY.SAMPLE_EXISTS', { year: input.year });
    const population = await tx
      .selectDistinct({ id: clients.id })
      .from(clients)
      .innerJoin(certificates, eq(certificates.clientId, clients.id))
      .where(and(eq(certificates.status, 'valid'), eq(clients.status, 'active')));
    if (population.length === 0) throw new AppError('SURVEY.NO_POPULATION');
    const size = sampleSize(population.length, input.percent);
    const seed = input.seed ?? randomInt(2 ** 31 - 1);
    const [sample] = await tx
      .insert(surveySamples)
      .values({ year: input.year, seed, percent: input.percent, population: population.length, size, drawnOn: today, drawnBy: actor.name })
      .returning();
    const drawn = drawSample(population, size, seed);
    // in slices: one statement takes at most 65,535 parameters
    const forms: { id: string; clientId: string }[] = [];
    for (let i = 0; i < drawn.length; i += 5000) {
      forms.push(
        ...(await tx
          .insert(surveys)
          .values(drawn.slice(i, i + 5000).map((c) => ({ kind: 'annual' as const, clientId: c.id, sampleId: sample!.id, issuedOn: today })))
          .returning({ id: surveys.id, clientId: surveys.clientId })),
      );
    }
    await recordNotices(
      tx,
      forms.map((f) => ({
        kind: 'survey_invitation' as const,
        clientId: f.clientId,
        surveyId: f.id,
        facts: { issuedOn: today, annualYear: input.year },
      })),
    );
    await recordChange(tx, actor, {
      entity: 'survey-sample',
      entityId: sample!.id,
      action: 'draw',
      changes: [
        { field: 'seed', old: null, new: seed },
        { field: 'size', old: null, new: size },
      ],
    });
    return sample!;
  });
}

export async function listSamples(db: Db): Promise<z.output<typeof SurveySampleSchema>[]> {
  return db.select().from(surveySamples).orderBy(desc(surveySamples.year));
}

type SurveyFilter = Partial<Omit<SurveyListQuery, 'page' | 'pageSize'>> & { id?: string };

function surveyConditions(scope: DataScope, q: SurveyFilter) {
  const period = q.year ? periodBounds(q.year, q.quarter) : null;
  return and(
    scopeCondition(scope),
    q.id ? eq(surveys.id, q.id) : undefined,
    period ? between(surveys.issuedOn, period.from, period.to) : undefined,
    q.kind ? eq(surveys.kind, q.kind) : undefined,
    q.answered === true ? isNotNull(surveys.answeredOn) : q.answered === false ? isNull(surveys.answeredOn) : undefined,
    q.q ? ilike(clients.name, `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
  );
}

/** The forms matching a filter, newest first, with their audit teams; `limit` for one page of the list. */
async function surveyRows(db: Db, scope: DataScope, q: SurveyFilter, page?: { limit: number; offset: number }) {
  const query = db
    .select({
      s: surveys,
      clientName: clients.name,
      branchId: clients.branchId,
      branch: branches.nameZh,
      branchEn: branches.nameEn,
      auditType: audits.type,
      auditStart: audits.actualStart,
    })
    .from(surveys)
    .innerJoin(clients, eq(clients.id, surveys.clientId))
    .innerJoin(branches, eq(branches.id, clients.branchId))
    .leftJoin(audits, eq(audits.id, surveys.auditId))
    .where(surveyConditions(scope, q))
    .orderBy(desc(surveys.issuedOn), asc(clients.name), asc(surveys.id));
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  const auditIds = rows.flatMap((r) => (r.s.auditId ? [r.s.auditId] : []));
  const members = auditIds.length
    ? await db
        .select({ auditId: auditTeamMembers.auditId, name: users.displayName, userId: users.id })
        .from(auditTeamMembers)
        .innerJoin(users, eq(users.id, auditTeamMembers.userId))
        // the audits of the rows read, by a join rather than a list of ids: a year can hold more than a statement's parameters
        .innerJoin(surveys, eq(surveys.auditId, auditTeamMembers.auditId))
        .innerJoin(clients, eq(clients.id, surveys.clientId))
        .where(page ? inArray(auditTeamMembers.auditId, auditIds) : surveyConditions(scope, q))
    : [];
  const teams = new Map<string, { userId: string; name: string }[]>();
  for (const m of members) teams.set(m.auditId, [...(teams.get(m.auditId) ?? []), { userId: m.userId, name: m.name }]);
  return rows.map(({ s, ...r }) => {
    const { createdAt: _c, ...survey } = s;
    return { ...survey, ...r, auditors: s.auditId ? (teams.get(s.auditId) ?? []) : [] };
  });
}
export type SurveyView = Awaited<ReturnType<typeof surveyRows>>[number];

/** One page of the forms and the number matching. */
export async function listSurveys(db: Db, scope: DataScope, q: Partial<SurveyListQuery>): Promise<z.output<typeof SurveyPageSchema>> {
  const pageSize = q.pageSize ?? 50;
  const items = await surveyRows(db, scope, q, { limit: pageSize, offset: ((q.page ?? 1) - 1) * pageSize });
  return { total: await countSurveys(db, scope, q), items };
}

async function countSurveys(db: Db, scope: DataScope, q: SurveyFilter) {
  const [{ total }] = (await db
    .select({ total: count() })
    .from(surveys)
    .innerJoin(clients, eq(clients.id, surveys.clientId))
    .where(surveyConditions(scope, q))) as [{ total: number }];
  return Number(total);
}

export async function getSurvey(db: Db, scope: DataScope, id: string) {
  const [row] = await surveyRows(db, scope, { id });
  if (!row) throw new AppError('SURVEY.NOT_FOUND');
  return row;
}

/**
 * Records the answers, from the portal or from a paper form: the stage scores and the weighted
 * total follow from the rules; a dissatisfied answer files a complaint in the same transaction.
 */
export async function answerSurvey(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  channel: NonNullable<SurveyRow['channel']>,
  input: z.output<typeof AnswerSurveySchema>,
  today: IsoDate,
): Promise<z.output<typeof SurveySchema>> {
  const answeredOn = channel === 'portal' ? today : (input.answeredOn ?? today);
  if (answeredOn > today) throw new AppError('SURVEY.FUTURE_DATE');
  const params = await loadParameters(db);
  const max = params['survey.stageMaxScore'];
  if (Object.values(input.answers).some((v) => v > max)) throw new AppError('SURVEY.SCORE_RANGE', { max });
  const current = await getSurvey(db, scope, id);
  if (current.answeredOn) throw new AppError('SURVEY.ALREADY_ANSWERED', { on: current.answeredOn });
  if (answeredOn < current.issuedOn) throw new AppError('SURVEY.BEFORE_ISSUE', { issuedOn: current.issuedOn });
  if (current.version !== input.version) throw new AppError('CONCURRENCY.STALE_VERSION');

  const stages = stageScores(input.answers);
  const total = weightedTotal(stages, {
    contract: params['survey.weightContractPercent'],
    audit: params['survey.weightAuditPercent'],
    service: params['survey.weightServicePercent'],
  });
  await db.transaction(async (tx) => {
    const [client] = await tx
      .select({ name: clients.name, contact: clients.contactPerson, phone: clients.phone })
      .from(clients)
      .where(eq(clients.id, current.clientId));
    let complaintId: string | null = null;
    if (isDissatisfied(stages, total, params['survey.dissatisfiedBelowScore'])) {
      const stageText = surveyStages.map((s) => `${s} ${stages[s]}`).join(', ');
      const complaint = await fileComplaint(
        tx,
        actor,
        channel === 'portal' ? 'portal' : 'staff',
        {
          kind: 'complaint',
          complainantName: input.respondent ?? client?.contact ?? client?.name ?? '—',
          complainantContact: client?.phone ?? '—',
          organisation: client?.name ?? null,
          certificateNo: null,
          clientId: current.clientId,
          receivedOn: answeredOn,
          subject: '满意度调查：不满意 / Dissatisfied survey answer',
          description: `${input.comment ?? ''}\n得分 / scores: ${stageText}; total ${total}`.trim(),
        },
        today,
      );
      complaintId = complaint.id;
    }
    const [updated] = await tx
      .update(surveys)
      .set({
        answeredOn,
        channel,
        answers: input.answers,
        contractScore: stages.contract,
        auditScore: stages.audit,
        serviceScore: stages.service,
        totalScore: total,
        comment: input.comment,
        respondent: input.respondent,
        enteredBy: actor.name,
        complaintId,
        version: sql`${surveys.version} + 1`,
      })
      .where(and(eq(surveys.id, id), eq(surveys.version, input.version), isNull(surveys.answeredOn)))
      .returning({ id: surveys.id });
    if (!updated) throw new AppError('CONCURRENCY.STALE_VERSION');
    await recordChange(tx, actor, {
      entity: SURVEY_ENTITY,
      entityId: id,
      action: 'answer',
      changes: [
        { field: 'channel', old: null, new: channel },
        { field: 'totalScore', old: null, new: total },
        ...(complaintId ? [{ field: 'complaintId', old: null, new: complaintId }] : []),
      ],
    });
  });
  return getSurvey(db, scope, id);
}

const mean = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null);
const round2 = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);

/** Counts and mean stage scores of the answered forms, as SQL over the filtered rows. */
const scoreColumns = {
  count: sql<number>`count(${surveys.answeredOn})::int`,
  contract: sql<string | null>`avg(${surveys.contractScore})`,
  audit: sql<string | null>`avg(${surveys.auditScore})`,
  service: sql<string | null>`avg(${surveys.serviceScore})`,
  total: sql<string | null>`avg(${surveys.totalScore})`,
};
function scores(r: { count: number; contract: string | null; audit: string | null; service: string | null; total: string | null }) {
  return {
    count: Number(r.count),
    contract: round2(r.contract),
    audit: round2(r.audit),
    service: round2(r.service),
    total: round2(r.total),
  };
}

async function overallOf(db: Db, where: SQL | undefined) {
  const [row] = await db
    .select({ issued: count(), dissatisfied: sql<number>`count(${surveys.complaintId})::int`, ...scoreColumns })
    .from(surveys)
    .innerJoin(clients, eq(clients.id, surveys.clientId))
    .where(where);
  return { issued: Number(row!.issued), answered: Number(row!.count), dissatisfied: Number(row!.dissatisfied), scores: scores(row!) };
}

/** The year's return rate against the target and the mean total: what a dashboard shows. */
export async function surveyTotals(db: Db, scope: DataScope, year: number) {
  const params = await loadParameters(db);
  const o = await overallOf(db, surveyConditions(scope, { year }));
  return {
    issued: o.issued,
    answered: o.answered,
    returnRate: returnRate(o.issued, o.answered),
    target: params['survey.returnRateTargetPercent'],
    total: o.scores.total,
    dissatisfied: o.dissatisfied,
  };
}

/**
 * 季度 / 年度满意度报告: return rate against the target, the scores by stage, quarter, branch,
 * auditor and question — aggregated by the database, so a year of any size is one page of numbers.
 */
export async function surveyReport(
  db: Db,
  scope: DataScope,
  year: number,
  quarter?: number,
): Promise<Omit<z.output<typeof SurveyReportSchema>, 'charts'>> {
  const params = await loadParameters(db);
  const where = surveyConditions(scope, { year, quarter });
  const quarterOfIssue = sql<number>`extract(quarter from ${surveys.issuedOn})::int`;
  const overall = await overallOf(db, where);
  const byQuarter = await db
    .select({ quarter: quarterOfIssue, issued: count(), ...scoreColumns })
    .from(surveys)
    .innerJoin(clients, eq(clients.id, surveys.clientId))
    .where(where)
    .groupBy(quarterOfIssue);
  const answeredOnly = and(where, isNotNull(surveys.answeredOn));
  const byKind = await db
    .select({ name: surveys.kind, ...scoreColumns })
    .from(surveys)
    .innerJoin(clients, eq(clients.id, surveys.clientId))
    .where(answeredOnly)
    .groupBy(surveys.kind);
  const byBranch = await db
    .select({ name: branches.nameZh, ...scoreColumns })
    .from(surveys)
    .innerJoin(clients, eq(clients.id, surveys.clientId))
    .innerJoin(branches, eq(branches.id, clients.branchId))
    .where(answeredOnly)
    .groupBy(branches.nameZh);
  const byAuditor = await db
    .select({ name: users.displayName, ...scoreColumns })
    .from(surveys)
    .innerJoin(clients, eq(clients.id, surveys.clientId))
    .innerJoin(auditTeamMembers, eq(auditTeamMembers.auditId, surveys.auditId))
    .innerJoin(users, eq(users.id, auditTeamMembers.userId))
    .where(answeredOnly)
    .groupBy(users.displayName);
  const [questionMeans] = (await db
    .select(Object.fromEntries(surveyQuestions.map((q) => [q.code, sql<string | null>`avg((${surveys.answers} ->> ${q.code})::numeric)`])))
    .from(surveys)
    .innerJoin(clients, eq(clients.id, surveys.clientId))
    .where(answeredOnly)) as [Record<string, string | null>];
  const { issued, answered } = overall;
  const [sample] = await db.select().from(surveySamples).where(eq(surveySamples.year, year));
  // the sample's own forms, answered whenever (after the year too): SPEC §7's return rate of the random sample
  const ofSample = sample ? await overallOf(db, and(eq(surveys.sampleId, sample.id), surveyConditions(scope, {}))) : null;
  const sorted = (rows: (Parameters<typeof scores>[0] & { name: string })[]) =>
    rows.map((r) => ({ name: r.name, ...scores(r) })).sort((x, y) => x.name.localeCompare(y.name));
  return {
    year,
    quarter: quarter ?? null,
    issued,
    answered,
    returnRate: returnRate(issued, answered),
    returnRateTarget: params['survey.returnRateTargetPercent'],
    dissatisfied: overall.dissatisfied,
    overall: overall.scores,
    byQuarter: [1, 2, 3, 4].map((n) => {
      const row = byQuarter.find((r) => Number(r.quarter) === n);
      const s = row ? scores(row) : scores({ count: 0, contract: null, audit: null, service: null, total: null });
      const issuedInQuarter = row ? Number(row.issued) : 0;
      return { quarter: n, issued: issuedInQuarter, answered: s.count, returnRate: returnRate(issuedInQuarter, s.count), ...s };
    }),
    byKind: sorted(byKind),
    byBranch: sorted(byBranch),
    byAuditor: sorted(byAuditor),
    byQuestion: surveyQuestions.map((q) => ({ code: q.code, stage: q.stage, zh: q.zh, en: q.en, average: round2(questionMeans[q.code]) })),
    annualSample:
      sample && ofSample
        ? {
            drawnOn: sample.drawnOn,
            percent: sample.percent,
            issued: ofSample.issued,
            answered: ofSample.answered,
            returnRate: returnRate(ofSample.issued, ofSample.answered),
          }
        : null,
  };
}

type Report = Awaited<ReturnType<typeof surveyReport>>;

const credibilityNames: Record<string, ReportCell> = {
  authority: { zh: '政府部门', en: 'Authorities' },
  community: { zh: '社区', en: 'Communities' },
  customer: { zh: '获证组织的顾客', en: 'Clients’ customers' },
};

const surveyKindNames = {
  audit: { zh: '审核首次会议发放', en: 'Handed out at an audit' },
  annual: { zh: '年度抽样调查', en: 'Annual sample' },
} as const satisfies Record<(typeof surveyKinds)[number], ReportCell>;

/** The report as tables for Excel and PDF; the annual one also carries the credibility survey (年度满意度及可信度报告). */
export function surveyReportTables(r: Report, credibility?: Awaited<ReturnType<typeof credibilityReport>>): ReportTable[] {
  const scoreHeader = [
    { zh: '份数', en: 'Forms' },
    ...surveyStages.map((s) => surveyStageLabels[s]),
    { zh: '加权总分', en: 'Weighted total' },
  ];
  const scoreRows = (groups: Report['byBranch'], name: (g: Report['byBranch'][number]) => ReportCell = (g) => g.name) =>
    groups.map((g) => [name(g), g.count, g.contract, g.audit, g.service, g.total]);
  return [
    {
      title: { zh: '回收率', en: 'Return rate' },
      header: [
        { zh: '季度', en: 'Quarter' },
        { zh: '发放', en: 'Issued' },
        { zh: '回收', en: 'Answered' },
        { zh: '回收率 %', en: 'Return rate %' },
        { zh: '加权总分', en: 'Weighted total' },
      ],
      rows: [
        ...r.byQuarter.map((q) => [`Q${q.quarter}`, q.issued, q.answered, q.returnRate, q.total]),
        [
          { zh: `合计（目标 ${r.returnRateTarget} %）`, en: `Total (target ${r.returnRateTarget} %)` },
          r.issued,
          r.answered,
          r.returnRate,
          r.overall.total,
        ],
      ],
    },
    ...(r.annualSample
      ? [
          {
            title: { zh: '年度抽样调查回收率', en: 'Return rate of the annual sample' },
            header: [
              { zh: '抽样', en: 'Sample' },
              { zh: '发放', en: 'Issued' },
              { zh: '回收', en: 'Answered' },
              { zh: '回收率 %', en: 'Return rate %' },
            ],
            rows: [
              [
                {
                  zh: `${r.year}年随机抽样 ${r.annualSample.percent}%（${r.annualSample.drawnOn}）`,
                  en: `${r.year} random sample of ${r.annualSample.percent}% (${r.annualSample.drawnOn})`,
                },
                r.annualSample.issued,
                r.annualSample.answered,
                r.annualSample.returnRate ?? { zh: '无', en: 'n/a' },
              ],
            ],
          },
        ]
      : []),
    {
      title: { zh: '按分支机构', en: 'By branch' },
      header: [{ zh: '分支机构', en: 'Branch' }, ...scoreHeader],
      rows: scoreRows(r.byBranch),
    },
    {
      title: { zh: '按审核员', en: 'By auditor' },
      header: [{ zh: '审核员', en: 'Auditor' }, ...scoreHeader],
      rows: scoreRows(r.byAuditor),
    },
    {
      title: { zh: '按调查类型', en: 'By kind' },
      header: [{ zh: '类型', en: 'Kind' }, ...scoreHeader],
      rows: scoreRows(r.byKind, (g) => surveyKindNames[g.name as keyof typeof surveyKindNames] ?? g.name),
    },
    {
      title: { zh: '按题目', en: 'By question' },
      header: [
        { zh: '题目', en: 'Question' },
        { zh: '阶段', en: 'Stage' },
        { zh: '平均分', en: 'Average' },
      ],
      rows: r.byQuestion.map((q) => [{ zh: `${q.code} ${q.zh}`, en: `${q.code} ${q.en}` }, surveyStageLabels[q.stage], q.average]),
    },
    ...(credibility
      ? [
          {
            title: { zh: '认证可信度调查', en: 'Credibility survey' },
            header: [
              { zh: '调查对象', en: 'Respondents' },
              { zh: '份数', en: 'Responses' },
              { zh: '平均分', en: 'Average' },
            ],
            rows: credibility.byKind.map((k) => [credibilityNames[k.kind] ?? k.kind, k.count, k.average]),
          },
        ]
      : []),
  ];
}

export async function recordCredibility(
  db: Db,
  actor: Actor,
  input: z.output<typeof CredibilitySchema>,
  today: IsoDate,
): Promise<z.output<typeof CredibilityResponseSchema>> {
  const params = await loadParameters(db);
  if (input.score > params['survey.stageMaxScore']) throw new AppError('SURVEY.SCORE_RANGE', { max: params['survey.stageMaxScore'] });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(credibilityResponses)
      .values({ ...input, clientId: input.clientId ?? null, recordedOn: today, recordedBy: actor.name })
      .returning();
    await recordChange(tx, actor, {
      entity: 'credibility-response',
      entityId: row!.id,
      action: 'record',
      changes: [{ field: 'score', old: null, new: input.score }],
    });
    return row!;
  });
}

/** 认证可信度调查 of a year: every response and the mean by respondent kind. */
export async function credibilityReport(db: Db, year: number): Promise<z.output<typeof CredibilityReportSchema>> {
  const rows = await db
    .select()
    .from(credibilityResponses)
    .where(eq(credibilityResponses.year, year))
    .orderBy(asc(credibilityResponses.recordedOn));
  return {
    year,
    responses: rows,
    byKind: credibilityRespondents.map((kind) => {
      const set = rows.filter((r) => r.respondentKind === kind);
      return { kind, count: set.length, average: mean(set.map((r) => r.score)) };
    }),
  };
}

const surveyColumns = [
  { key: 'issuedOn', zh: '发放日期', en: 'Issued', width: 12, date: true },
  { key: 'client', zh: '客户', en: 'Client', width: 34 },
  { key: 'branch', zh: '分支机构', en: 'Branch', width: 14 },
  { key: 'kind', zh: '类型', en: 'Kind', width: 14 },
  { key: 'auditors', zh: '审核组', en: 'Audit team', width: 18 },
  { key: 'answeredOn', zh: '回收日期', en: 'Answered', width: 12, date: true },
  { key: 'channel', zh: '回收方式', en: 'Returned by', width: 12 },
  { key: 'contract', zh: '合同受理', en: 'Contract', width: 10 },
  { key: 'audit', zh: '审核过程', en: 'Audit', width: 10 },
  { key: 'service', zh: '获证后服务', en: 'Service', width: 10 },
  { key: 'total', zh: '加权总分', en: 'Weighted total', width: 12 },
  { key: 'dissatisfied', zh: '不满意转投诉', en: 'Dissatisfied → complaint', width: 14 },
  { key: 'comment', zh: '意见与建议', en: 'Comments', width: 40 },
] as const;

const kindNames = { audit: { zh: '审核首次会议', en: 'Audit opening meeting' }, annual: { zh: '年度抽样', en: 'Yearly sample' } } as const;
const channelNames = { portal: { zh: '客户门户', en: 'Client portal' }, paper: { zh: '纸质表', en: 'Paper form' } } as const;

/** The filtered forms as an Excel sheet; more than `maxRows` is refused. */
export async function exportSurveys(db: Db, scope: DataScope, q: SurveyListQuery, maxRows: number) {
  assertExportable(await countSurveys(db, scope, q), maxRows);
  const rows = await surveyRows(db, scope, q);
  const lang = q.lang;
  return listWorkbook(
    { zh: '满意度调查表', en: 'Satisfaction forms' },
    surveyColumns,
    rows.map((r) => ({
      issuedOn: r.issuedOn,
      client: r.clientName,
      branch: lang === 'en' ? r.branchEn : r.branch,
      kind: kindNames[r.kind][lang],
      auditors: r.auditors.map((a) => a.name).join(', '),
      answeredOn: r.answeredOn,
      channel: r.channel ? channelNames[r.channel][lang] : null,
      contract: r.contractScore,
      audit: r.auditScore,
      service: r.serviceScore,
      total: r.totalScore,
      dissatisfied: r.complaintId ? (lang === 'en' ? 'yes' : '是') : null,
      comment: r.comment,
    })),
    lang,
  );
}
