import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientInput, setUpWorld, type World } from '../../../test/fixtures.js';
import { grantSystem } from '../../../test/world-helpers.js';
import { systemActor } from '../../audit-log/audit-log.js';
import { users } from '../auth/auth.schema.js';
import { clients } from '../clients/client.schema.js';
import { insertClientWithHistory } from '../clients/client.service.js';
import { complaints } from '../complaints/complaint.schema.js';
import { drawSample } from './survey.rules.js';
import { surveys } from './survey.schema.js';

let w: World;
let clock: Date;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};

async function travelTo(date: string) {
  clock = new Date(`${date}T02:00:00Z`);
  for (const u of ['auditmgmt', 'decider', 'service', 'service_b', 'portal', 'quality', 'general']) cookies[u] = await w.login(u);
}

beforeEach(async () => {
  clock = new Date('2026-01-10T02:00:00Z');
  w = await setUpWorld(() => clock);
  for (const u of await w.db.select().from(users)) ids[u.username] = u.id;
  await w.db
    .update(clients)
    .set({ technicalAreaCodes: ['19.05.01'] })
    .where(eq(clients.id, w.huaxin));
  await travelTo('2026-01-10');
});
afterEach(() => w.app.close());

const post = (url: string, payload: object, as: string) =>
  w.app.inject({ method: 'POST', url, headers: { cookie: cookies[as]! }, payload });
const get = (url: string, as: string) => w.app.inject({ method: 'GET', url, headers: { cookie: cookies[as]! } });

const answers = (score: number, overrides: Record<string, number> = {}) => ({
  C1: score,
  C2: score,
  A1: score,
  A2: score,
  A3: score,
  A4: score,
  S1: score,
  S2: score,
  S3: score,
  ...overrides,
});

/** A surveillance of 华信 planned with 'auditor' as team leader. */
async function plannedSurveillance() {
  await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD26Q0001R0M');
  const reg = await post(
    '/api/auditor-registrations',
    {
      userId: ids.auditor,
      kind: 'auditor',
      field: 'QMS',
      registrationNo: '2024-N1QMS-1',
      technicalAreas: ['19.05'],
      teamLeader: true,
      validFrom: '2024-01-01',
      validUntil: '2028-12-31',
    },
    'auditmgmt',
  );
  expect(reg.statusCode, reg.body).toBe(201);
  const programme = (await get(`/api/clients/${w.huaxin}/programmes`, 'auditmgmt')).json()[0];
  const audit = (
    await post(
      `/api/programmes/${programme.id}/audits`,
      { type: 'surveillance', plannedStart: '2026-04-07', plannedEnd: '2026-04-08' },
      'auditmgmt',
    )
  ).json();
  const team = await post(
    `/api/audits/${audit.id}/team`,
    { version: 1, members: [{ userId: ids.auditor, role: 'team_leader' }] },
    'auditmgmt',
  );
  expect(team.statusCode, team.body).toBe(200);
  return audit.id as string;
}

/** The same surveillance held: recording it issues the form. */
async function heldSurveillance() {
  const auditId = await plannedSurveillance();
  await travelTo('2026-04-09');
  const held = await post(
    `/api/audits/${auditId}/record`,
    { version: 2, actualStart: '2026-04-07', actualEnd: '2026-04-08', result: 'pass' },
    'auditmgmt',
  );
  expect(held.statusCode, held.body).toBe(200);
  return auditId;
}

describe('satisfaction surveys', () => {
  it('issues the form when an audit is held; the client answers it in the portal and the report follows', async () => {
    const auditId = await heldSurveillance();
    const mine = (await get('/api/portal/surveys', 'portal')).json();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'audit', auditId, issuedOn: '2026-04-07', answeredOn: null });
    expect(mine[0].auditors.map((a: { name: string }) => a.name)).toHaveLength(1);
    // the form it answers: the questions by stage, the full score, the stage weights
    const form = (await get('/api/surveys/questions', 'portal')).json();
    expect(form).toMatchObject({ maxScore: 10, weights: { contract: 20, audit: 50, service: 30 } });
    expect(form.questions).toHaveLength(9);
    expect(form.questions[0]).toEqual({ code: 'C1', stage: 'contract', zh: expect.any(String), en: expect.any(String) });

    const before = (await get('/api/surveys/report?year=2026&quarter=2', 'general')).json();
    expect(before).toMatchObject({ issued: 1, answered: 0, returnRate: 0, returnRateTarget: 90 });

    const answered = await post(
      `/api/portal/surveys/${mine[0].id}/answers`,
      { version: 1, answers: answers(9, { A1: 7, A2: 7, A3: 7, A4: 7 }), comment: '审核组很专业', respondent: '王伟' },
      'portal',
    );
    expect(answered.statusCode, answered.body).toBe(200);
    // 0.2·9 + 0.5·7 + 0.3·9 = 8.0
    expect(answered.json()).toMatchObject({
      channel: 'portal',
      answeredOn: '2026-04-09',
      contractScore: 9,
      auditScore: 7,
      serviceScore: 9,
      totalScore: 8,
      complaintId: null,
    });

    const after = (await get('/api/surveys/report?year=2026&quarter=2', 'general')).json();
    expect(after).toMatchObject({ issued: 1, answered: 1, returnRate: 100, dissatisfied: 0, overall: { count: 1, total: 8 } });
    expect(after.byAuditor).toHaveLength(1);
    expect(after.byAuditor[0]).toMatchObject({ count: 1, audit: 7 });
    expect(after.byQuestion.find((q: { code: string }) => q.code === 'A1').average).toBe(7);
    expect(after.byBranch).toEqual([expect.objectContaining({ name: '北京总部', count: 1 })]);
    expect((await get('/api/surveys/report?year=2026&quarter=1', 'general')).json().issued).toBe(0);

    const again = await post(`/api/portal/surveys/${mine[0].id}/answers`, { version: 2, answers: answers(10) }, 'portal');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('SURVEY.ALREADY_ANSWERED');

    const xlsx = await get('/api/surveys/report/xlsx?year=2026&lang=en', 'general');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.getRow(3).values).toEqual([undefined, 'Q2', 1, 1, 100, 8]);
  });

  it('turns a dissatisfied paper answer into a complaint, and refuses scores out of range without writing anything', async () => {
    const auditId = await heldSurveillance();
    const [form] = await w.db.select().from(surveys).where(eq(surveys.auditId, auditId));
    const tooHigh = await post(`/api/surveys/${form!.id}/answers`, { version: 1, answers: answers(11) }, 'service');
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json().code).toBe('SURVEY.SCORE_RANGE');
    const future = await post(`/api/surveys/${form!.id}/answers`, { version: 1, answers: answers(8), answeredOn: '2026-04-10' }, 'service');
    expect(future.json().code).toBe('SURVEY.FUTURE_DATE');
    const beforeIssue = await post(
      `/api/surveys/${form!.id}/answers`,
      { version: 1, answers: answers(8), answeredOn: '2026-04-06' },
      'service',
    );
    expect(beforeIssue.json().code).toBe('SURVEY.BEFORE_ISSUE');
    expect((await w.db.select().from(surveys).where(eq(surveys.id, form!.id)))[0]).toMatchObject({ answeredOn: null, version: 1 });
    expect(await w.db.select().from(complaints)).toHaveLength(0);

    // the audit stage at 5.75, below the threshold of 6: dissatisfied although the total is 7.38
    const paper = await post(
      `/api/surveys/${form!.id}/answers`,
      {
        version: 1,
        answers: answers(9, { A1: 5, A2: 6, A3: 6, A4: 6 }),
        answeredOn: '2026-04-09',
        respondent: '李经理',
        comment: '审核时间安排太紧',
      },
      'service',
    );
    expect(paper.statusCode, paper.body).toBe(200);
    expect(paper.json()).toMatchObject({ channel: 'paper', auditScore: 5.75, totalScore: 7.38 });
    const [complaint] = await w.db.select().from(complaints).where(eq(complaints.id, paper.json().complaintId));
    expect(complaint).toMatchObject({
      clientId: w.huaxin,
      channel: 'staff',
      complainantName: '李经理',
      receivedOn: '2026-04-09',
      status: 'received',
    });
    expect((await get('/api/surveys/report?year=2026', 'general')).json().dissatisfied).toBe(1);
    const sheet = await get('/api/surveys/export?year=2026&answered=true', 'general');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(7, 13)).toEqual(['纸质表', 9, 5.75, 9, 7.38, '是']);
  });

  it('issues the form by hand at the opening meeting, once: recording the audit adds no second one', async () => {
    const auditId = await plannedSurveillance();
    await travelTo('2026-04-07');
    const issued = await post(`/api/audits/${auditId}/survey`, {}, 'service');
    expect(issued.statusCode, issued.body).toBe(201);
    expect(issued.json()).toMatchObject({ kind: 'audit', issuedOn: '2026-04-07', clientId: w.huaxin });
    expect((await post(`/api/audits/${auditId}/survey`, {}, 'service')).json().code).toBe('SURVEY.AUDIT_HAS_SURVEY');
    expect((await post(`/api/audits/${auditId}/survey`, {}, 'service_b')).statusCode).toBe(404);
    await travelTo('2026-04-09');
    await post(
      `/api/audits/${auditId}/record`,
      { version: 2, actualStart: '2026-04-07', actualEnd: '2026-04-08', result: 'pass' },
      'auditmgmt',
    );
    expect(await w.db.select().from(surveys).where(eq(surveys.auditId, auditId))).toHaveLength(1);
  });

  it('keeps a portal user to its own forms', async () => {
    await heldSurveillance();
    const otherForm = (await w.db.insert(surveys).values({ kind: 'annual', clientId: w.other, issuedOn: '2026-04-01' }).returning())[0]!;
    const res = await post(`/api/portal/surveys/${otherForm.id}/answers`, { version: 1, answers: answers(9) }, 'portal');
    expect(res.statusCode).toBe(404);
    expect((await get('/api/portal/surveys', 'portal')).json().map((s: { clientId: string }) => s.clientId)).toEqual([w.huaxin]);
    expect((await get('/api/surveys?year=2026', 'portal')).statusCode).toBe(403);
    const branchB = (await get('/api/surveys?year=2026', 'service_b')).json();
    expect(branchB.total).toBe(1);
    expect(branchB.items.map((s: { clientId: string }) => s.clientId)).toEqual([w.other]);
    // all forms of the year for the whole CB, one per page
    const page2 = (await get('/api/surveys?year=2026&pageSize=1&page=2', 'general')).json();
    expect(page2.total).toBe(2);
    expect(page2.items).toHaveLength(1);
  });

  it('draws the yearly sample within 10–20 % from a stored seed that repeats the draw', async () => {
    for (let i = 0; i < 19; i++) {
      const c = await insertClientWithHistory(w.db, systemActor, clientInput(w.branchA));
      await grantSystem(w, cookies.decider!, c.id, 'QMS', `CD26Q${String(100 + i)}R0M`);
    }
    await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD26Q0001R0M');
    // a share outside 10–20 % is refused, not stored as asked and drawn otherwise
    for (const percent of [9, 21]) {
      const outside = await post('/api/survey-samples', { year: 2026, percent, seed: 42 }, 'general');
      expect(outside.statusCode).toBe(400);
      expect(outside.json()).toMatchObject({ code: 'SURVEY.SAMPLE_PERCENT', message: { zh: '抽样比例须在 10% 到 20% 之间' } });
    }
    const lowest = await post('/api/survey-samples', { year: 2026, percent: 10, seed: 42 }, 'general');
    expect(lowest.statusCode, lowest.body).toBe(201);
    // 20 valid clients, 10 %: 2 forms
    expect(lowest.json()).toMatchObject({ year: 2026, population: 20, size: 2, seed: 42, percent: 10 });
    const drawn = await w.db.select({ clientId: surveys.clientId }).from(surveys).where(eq(surveys.sampleId, lowest.json().id));
    const population = await w.db.select({ id: clients.id }).from(clients);
    const withCerts = population.filter((c) => c.id !== w.other);
    expect(drawn.map((d) => d.clientId).sort()).toEqual(
      drawSample(withCerts, 2, 42)
        .map((c) => c.id)
        .sort(),
    );
    const twice = await post('/api/survey-samples', { year: 2026, percent: 15 }, 'general');
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('SURVEY.SAMPLE_EXISTS');
    expect((await get('/api/survey-samples', 'general')).json()).toEqual([lowest.json()]);
    const [{ n }] = (await w.db.select({ n: count() }).from(surveys)) as [{ n: number }];
    expect(n).toBe(2);
    expect((await post('/api/survey-samples', { year: 2027, percent: 15 }, 'auditmgmt')).statusCode).toBe(403);
  });

  it('records the credibility survey and reports it by respondent kind', async () => {
    const one = await post(
      '/api/credibility',
      { year: 2026, respondentKind: 'authority', respondent: '海淀区市场监督管理局', score: 9 },
      'quality',
    );
    expect(one.statusCode, one.body).toBe(201);
    await post(
      '/api/credibility',
      { year: 2026, respondentKind: 'customer', respondent: '华信的顾客 A', clientId: w.huaxin, score: 7 },
      'quality',
    );
    await post('/api/credibility', { year: 2026, respondentKind: 'customer', respondent: '华信的顾客 B', score: 8 }, 'quality');
    expect(
      (await post('/api/credibility', { year: 2026, respondentKind: 'customer', respondent: 'X', score: 8 }, 'service')).statusCode,
    ).toBe(403);
    const report = (await get('/api/credibility?year=2026', 'general')).json();
    expect(report.byKind).toEqual([
      { kind: 'authority', count: 1, average: 9 },
      { kind: 'community', count: 0, average: null },
      { kind: 'customer', count: 2, average: 7.5 },
    ]);
    // the annual report carries it; a quarter's does not
    const load = async (url: string) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await get(url, 'general')).rawPayload as unknown as ArrayBuffer);
      return book.worksheets;
    };
    const annual = await load('/api/surveys/report/xlsx?year=2026&lang=en');
    // the tables, then the charts of the report's page
    expect(annual.map((s) => s.name).slice(-2)).toEqual(['6 Credibility survey', '7 Charts']);
    expect(annual.at(-2)!.getRow(4).values).toEqual([undefined, 'Clients’ customers', 2, 7.5]);
    const quarter = await load('/api/surveys/report/xlsx?year=2026&quarter=2');
    expect(quarter.map((s) => s.name)).not.toContain('6 认证可信度调查');
    // the Chinese report in words: a stage, a kind, the total row — never a code, never the English beside it
    const zhAnnual = await load('/api/surveys/report/xlsx?year=2026');
    expect(zhAnnual.at(-2)!.getRow(4).values).toEqual([undefined, '获证组织的顾客', 2, 7.5]);
    const cells: string[] = [];
    for (const sheet of zhAnnual)
      sheet.eachRow((row, n) => {
        if (n > 1) cells.push(...((row.values as unknown[]).filter((v) => typeof v === 'string') as string[]));
      });
    expect(cells.filter((c) => /\b(contract|audit|service|annual|total|target)\b|\/ [a-z]/i.test(c))).toEqual([]);
    expect(cells.some((c) => /^合计（目标 \d+ %）$/.test(c))).toBe(true);
    expect(cells.some((c) => c === '审核过程')).toBe(true);
  });
});
