import { isNotNull } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { FIRST_SERIES, inkedPixels, pixelsOf, sheetImages } from '../../../test/chart-images.js';
import { pdfText } from '../../../test/pdf-text.js';
import { grantSystem } from '../../../test/world-helpers.js';
import { riskIncidents, riskItems } from '../risk/risk.schema.js';
import { surveys } from '../surveys/survey.schema.js';

let w: World;
// 15 June 2026 in Beijing
const clock = new Date('2026-06-15T02:00:00Z');
const cookies: Record<string, string> = {};

beforeEach(async () => {
  w = await setUpWorld(() => clock);
  for (const u of ['service', 'service_b', 'decider', 'quality']) cookies[u] = await w.login(u);
});
afterEach(() => w.app.close());

const get = (url: string, as = 'service') => w.app.inject({ method: 'GET', url, headers: { cookie: cookies[as]! } });
const post = async (url: string, payload: object, as = 'service') => {
  const res = await w.app.inject({ method: 'POST', url, headers: { cookie: cookies[as]! }, payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

/** Every cell of every sheet, as text. */
async function sheets(file: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook.worksheets.map((s) => ({
    name: s.name,
    // Array.from: a sheet's rows are a sparse array (the charts sheet has gaps between its notes)
    rows: Array.from(s.getSheetValues().slice(1), (r) => Array.from(((r ?? []) as unknown[]).slice(1), (v) => v ?? null)),
  }));
}
// codes the database keeps and an English word next to the Chinese one: neither belongs in the zh workbook
const rawCodes = /\b(lost|abnormal|active|complaint|appeal|quality|environment|safety|other|valid|null|undefined|NaN|Infinity)\b|\s\/\s/;

describe('churn', () => {
  beforeEach(async () => {
    // both clients joined on 1 March 2025 (accepted application): none at the start of 2025, two at the start of 2026
    await post(`/api/clients/${w.other}/losses`, { status: 'lost', recordedOn: '2026-01-01', cause: '转至其他认证机构' }, 'service_b');
    await post(`/api/clients/${w.huaxin}/losses`, { status: 'abnormal', recordedOn: '2026-05-31', cause: '联系不上' });
  });

  it('gives the rate with its definition, this year against last, and the rate per branch; a branch sees its own', async () => {
    const all = (await get('/api/communication/churn?year=2026')).json();
    expect(all.thisYear).toEqual({ year: 2026, atStart: 2, lost: 1, rate: 50, lostAll: 1, abnormal: 1 });
    // 2025 had no clients at its start: no rate, and so no change
    expect(all.lastYear).toEqual({ year: 2025, atStart: 0, lost: 0, rate: null, lostAll: 0, abnormal: 0 });
    expect(all.change).toBeNull();
    expect(all.history.map((h: { year: number }) => h.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(all.definition.zh).toContain('年初客户');

    const branch = (await get('/api/communication/churn?year=2026', 'service_b')).json();
    expect(branch.thisYear).toMatchObject({ atStart: 1, lost: 1, rate: 100, abnormal: 0 });
    expect(JSON.stringify(branch)).not.toContain('联系不上');
  });

  it('exports the tables: the zh workbook in Chinese with 无 for no rate, the en one in English', async () => {
    const res = await get('/api/communication/churn/xlsx?year=2026');
    expect(res.statusCode, res.body).toBe(200);
    const zh = await sheets(res.rawPayload);
    expect(zh[0]!.rows[0]).toEqual(['年度', '年初客户数', '其中年内流失', '流失率 %', '年内流失合计', '年内异常']);
    expect(zh[0]!.rows[1]).toEqual(['2026年', 2, 1, 50, 1, 1]);
    expect(zh[0]!.rows[2]).toEqual(['2025年', 0, 0, '无', 0, 0]);
    expect(zh[2]!.rows.slice(1)).toEqual([
      ['联系不上', 0, 1],
      ['转至其他认证机构', 1, 0],
    ]);
    expect(zh[3]!.rows.slice(1)).toEqual([
      ['北京总部', 1, 0, 0, 0, 1],
      ['深圳办事处', 1, 1, 100, 1, 0],
    ]);
    for (const s of zh) for (const row of s.rows) for (const cell of row) if (cell !== null) expect(String(cell)).not.toMatch(rawCodes);
    // the page's three charts, drawn: rate by year (a line over the 50 % of 2026), causes, rate by branch
    const charts = zh.at(-1)!.name;
    expect(charts).toMatch(/图表$/);
    const images = await sheetImages(res.rawPayload, charts);
    expect(images).toHaveLength(3);
    // the two bar charts fill their bars in ECharts' first colour; the rate by year has one point (2026), a dot
    expect(inkedPixels(images[0]!)).toBeGreaterThan(1000);
    for (const png of images.slice(1)) expect(pixelsOf(png, FIRST_SERIES)).toBeGreaterThan(1000);

    const en = await sheets((await get('/api/communication/churn/xlsx?year=2026&lang=en')).rawPayload);
    expect(en[0]!.rows[0]).toEqual([
      'Year',
      'Clients at start',
      'Of them lost',
      'Churn rate %',
      'All lost in the year',
      'Abnormal in the year',
    ]);
    expect(en[0]!.rows[2]).toEqual(['2025', 0, 0, 'n/a', 0, 0]);
    expect(en[3]!.rows[1]![0]).toBe('Beijing');

    const pdf = await get('/api/communication/churn/pdf?year=2026');
    expect(pdf.statusCode).toBe(200);
    // the rows and the definition (the regular font: pdfText reads one font's text)
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('年初客户为0时流失率为“无”');
    expect(text).toContain('转至其他认证机构');
    expect(text).not.toMatch(rawCodes);
  });
});

describe('phone follow-ups by quarter', () => {
  beforeEach(async () => {
    await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD26Q0001R0M');
    await grantSystem(w, cookies.decider!, w.other, 'QMS', 'CD26Q0002R0M');
    const call = (on: string, extra = {}) => ({ kind: 'phone', contactedOn: on, followUp: true, summary: '回访', ...extra });
    // huaxin phoned twice in Q1, the second time on its last day; other on the first day of Q2
    await post(`/api/clients/${w.huaxin}/contacts`, call('2026-03-15'));
    await post(`/api/clients/${w.huaxin}/contacts`, call('2026-03-31'));
    await post(`/api/clients/${w.other}/contacts`, call('2026-04-01'), 'service_b');
    // a contact that is not a follow-up does not count
    await post(`/api/clients/${w.other}/contacts`, call('2026-02-01', { followUp: false }), 'service_b');
  });

  it('counts distinct clients phoned in each quarter and the running share against 30 %; a quarter not begun has none', async () => {
    const s = (await get('/api/communication/follow-ups?year=2026')).json();
    expect(s.targetPercent).toBe(30);
    expect(s.quarters[0]).toMatchObject({
      validClients: 2,
      phoned: 1,
      share: 50,
      phonedThisYear: 1,
      runningShare: 50,
      target: 1,
      targetMet: true,
    });
    expect(s.quarters[1]).toMatchObject({
      asOf: '2026-06-15',
      validClients: 2,
      phoned: 1,
      share: 50,
      phonedThisYear: 2,
      runningShare: 100,
    });
    expect(s.quarters.slice(2)).toEqual([null, null]);

    const branch = (await get('/api/communication/follow-ups?year=2026', 'service_b')).json();
    expect(branch.quarters[0]).toMatchObject({ validClients: 1, phoned: 0, share: 0, runningShare: 0, targetMet: false });
    expect(branch.quarters[1]).toMatchObject({ validClients: 1, phoned: 1, runningShare: 100 });
    expect(branch.tables[1].rows.every((r: { zh: string }[]) => r[0]!.zh === '深圳办事处')).toBe(true);
  });

  it('exports the quarters and branches in Chinese without codes', async () => {
    const zh = await sheets((await get('/api/communication/follow-ups/xlsx?year=2026')).rawPayload);
    expect(zh[0]!.rows[0]).toEqual([
      '季度',
      '有效客户数',
      '本季度已回访',
      '本季度回访比例 %',
      '年累计已回访',
      '年累计回访比例 %',
      '目标户数（30%）',
      '达标',
    ]);
    expect(zh[0]!.rows[1]).toEqual(['第1季度', 2, 1, 50, 1, 50, 1, '是']);
    expect(zh[0]!.rows[2]).toEqual(['第2季度', 2, 1, 50, 2, 100, 1, '是']);
    // a quarter not yet begun has no figures: empty cells
    expect(zh[0]!.rows[3]).toEqual(['第3季度']);
    for (const s of zh) for (const row of s.rows) for (const cell of row) if (cell !== null) expect(String(cell)).not.toMatch(rawCodes);
    const en = await sheets((await get('/api/communication/follow-ups/xlsx?year=2026&lang=en')).rawPayload);
    expect(en[0]!.rows[1]).toEqual(['Q1', 2, 1, 50, 1, 50, 1, 'yes']);
  });
});

describe('complaints by cause and incidents by kind, by branch and month', () => {
  beforeEach(async () => {
    const file = (kind: string, receivedOn: string, clientId: string | null, cause: string | null) =>
      post(
        '/api/complaints',
        {
          kind,
          cause,
          complainantName: '张三',
          complainantContact: '13800000000',
          subject: '审核安排',
          description: '说明',
          clientId,
          receivedOn,
        },
        'service',
      );
    await file('complaint', '2026-03-31', w.huaxin, 'auditor_conduct');
    await file('appeal', '2026-04-01', w.other, 'certification_decision');
    await file('complaint', '2026-02-01', null, null);
    await file('complaint', '2025-12-31', w.huaxin, 'fees_contract');
    const [item] = await w.db
      .insert(riskItems)
      .values({
        source: '市场监管局',
        sourceKind: 'authority',
        publishedOn: '2026-05-01',
        kind: 'quality',
        text: '抽检不合格',
        origin: 'manual',
        createdBy: 'test',
      })
      .returning();
    const incident = (clientId: string, kind: 'quality' | 'safety', eventOn: string) => ({
      clientId,
      riskItemId: item!.id,
      kind,
      eventOn,
      openedOn: eventOn,
      reportToAuditManagementDueOn: eventOn,
      reportDueOn: eventOn,
    });
    await w.db.insert(riskIncidents).values([incident(w.huaxin, 'quality', '2026-05-01'), incident(w.other, 'safety', '2026-06-30')]);
  });

  it('counts complaints by cause for the year and a quarter, the unanswered unclassified; a branch sees its own clients’', async () => {
    const year = (await get('/api/complaints/analysis?year=2026')).json();
    expect(year.total).toBe(3);
    // the causes of the year's cases, in the code table's order; causes no case had are left out
    expect(year.byCategory.map((c: { category: string; count: number }) => [c.category, c.count])).toEqual([
      ['auditor_conduct', 1],
      ['certification_decision', 1],
      ['unclassified', 1],
    ]);
    expect(year.charts.find((c: { id: string }) => c.id === 'by-category').title.zh).toBe('申投诉按原因');
    const byMonth = year.charts.find((c: { id: string }) => c.id === 'by-month');
    expect(byMonth.series.map((s: { data: number[] }) => s.data.slice(0, 4))).toEqual([
      [0, 0, 1, 0],
      [0, 0, 0, 1],
      [0, 1, 0, 0],
    ]);
    expect((await get('/api/complaints/analysis?year=2026&quarter=1')).json().total).toBe(2);
    expect((await get('/api/complaints/analysis?year=2026&quarter=2')).json().total).toBe(1);
    const branch = (await get('/api/complaints/analysis?year=2026', 'service_b')).json();
    expect(branch.total).toBe(1);
    expect(branch.byCategory).toEqual([expect.objectContaining({ category: 'certification_decision', count: 1 })]);
    // a year without cases still names every cause
    expect((await get('/api/complaints/analysis?year=2024')).json().byCategory).toHaveLength(10);
  });

  it('exports complaints by cause and branch with the unlinked ones named, in Chinese without codes', async () => {
    const zh = await sheets((await get('/api/complaints/analysis/xlsx?year=2026')).rawPayload);
    expect(zh[0]!.rows).toEqual([
      ['原因', '件数', '占比 %'],
      ['审核人员行为与能力', 1, 33.3],
      ['认证决定', 1, 33.3],
      ['尚未分类', 1, 33.3],
      ['合计', 3, 100],
    ]);
    expect(zh[2]!.rows).toEqual([
      ['分支机构', '审核人员行为与能力', '认证决定', '尚未分类', '合计'],
      ['北京总部', 1, 0, 0, 1],
      ['深圳办事处', 0, 1, 0, 1],
      ['未关联获证组织', 0, 0, 1, 1],
    ]);
    for (const s of zh) for (const row of s.rows) for (const cell of row) if (cell !== null) expect(String(cell)).not.toMatch(rawCodes);
    const en = await sheets((await get('/api/complaints/analysis/xlsx?year=2026&lang=en')).rawPayload);
    expect(en[0]!.rows[0]).toEqual(['Cause', 'Cases', 'Share %']);
    expect(en[0]!.rows[1]).toEqual(['Auditor conduct or competence', 1, 33.3]);
  });

  it('counts incidents by kind and month of the event; a branch sees its own', async () => {
    const q2 = (await get('/api/incidents/analysis?year=2026&quarter=2', 'quality')).json();
    expect(q2.byCategory.map((c: { count: number }) => c.count)).toEqual([1, 0, 1, 0]);
    expect(q2.charts.find((c: { id: string }) => c.id === 'by-month').categories.map((m: { zh: string }) => m.zh)).toEqual([
      '4月',
      '5月',
      '6月',
    ]);
    expect((await get('/api/incidents/analysis?year=2026&quarter=3')).json().total).toBe(0);
    expect((await get('/api/incidents/analysis?year=2026', 'service_b')).json().byCategory.map((c: { count: number }) => c.count)).toEqual([
      0, 0, 1, 0,
    ]);
    const zh = await sheets((await get('/api/incidents/analysis/xlsx?year=2026')).rawPayload);
    expect(zh[0]!.rows.map((r) => r[0])).toEqual(['类别', '质量', '环境', '安全', '其他', '合计']);
    for (const s of zh) for (const row of s.rows) for (const cell of row) if (cell !== null) expect(String(cell)).not.toMatch(rawCodes);
    expect((await get('/api/incidents/analysis/pdf?year=2026&lang=en')).rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('the annual sample’s own return rate', () => {
  it('counts the forms of the year’s sample apart from all forms issued', async () => {
    await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD26Q0001R0M');
    await grantSystem(w, cookies.decider!, w.other, 'QMS', 'CD26Q0002R0M');
    expect((await get('/api/surveys/report?year=2026')).json().annualSample).toBeNull();
    // 20 % of two valid clients: one form
    await post('/api/survey-samples', { year: 2026, percent: 20, seed: 7 });
    // two forms handed out at audits, both answered
    await w.db.insert(surveys).values([
      { kind: 'audit', clientId: w.huaxin, issuedOn: '2026-03-01', answeredOn: '2026-03-02' },
      { kind: 'audit', clientId: w.other, issuedOn: '2026-04-01', answeredOn: '2026-04-02' },
    ]);
    const r = (await get('/api/surveys/report?year=2026')).json();
    // all forms: 2 of 3 answered; the sample's: 0 of 1
    expect([r.issued, r.answered, r.returnRate]).toEqual([3, 2, 66.7]);
    expect(r.annualSample).toMatchObject({ percent: 20, issued: 1, answered: 0, returnRate: 0 });
    const zh = await sheets((await get('/api/surveys/report/xlsx?year=2026')).rawPayload);
    const sample = zh.find((s) => s.name.includes('年度抽样调查回收率'))!;
    expect(sample.rows[0]).toEqual(['抽样', '发放', '回收', '回收率 %']);
    expect(sample.rows[1]!.slice(1)).toEqual([1, 0, 0]);
    // the sample's form answered after the year is still the year's sample answered
    await w.db.update(surveys).set({ answeredOn: '2027-01-03' }).where(isNotNull(surveys.sampleId));
    expect((await get('/api/surveys/report?year=2026')).json().annualSample).toMatchObject({ issued: 1, answered: 1, returnRate: 100 });
  });
});
