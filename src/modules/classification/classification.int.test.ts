import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientInput, setUpWorld, type World } from '../../../test/fixtures.js';
import { grantSystem } from '../../../test/world-helpers.js';
import { auditLog } from '../../audit-log/audit-log.schema.js';
import { clients } from '../clients/client.schema.js';
import { dueItems } from '../due-list/due-item.schema.js';

let w: World;
let clock: Date;
const cookies: Record<string, string> = {};

async function travelTo(date: string) {
  clock = new Date(`${date}T02:00:00Z`);
  for (const u of ['auditmgmt', 'decider', 'service', 'service_b', 'admin', 'auditor']) cookies[u] = await w.login(u);
}

beforeEach(async () => {
  clock = new Date('2026-01-10T02:00:00Z');
  w = await setUpWorld(() => clock);
  await travelTo('2026-01-10');
  await w.db
    .update(clients)
    .set({ technicalAreaCodes: ['19.05.01'] })
    .where(eq(clients.id, w.huaxin));
});
afterEach(() => w.app.close());

const post = (url: string, payload: object, as = 'auditmgmt') =>
  w.app.inject({ method: 'POST', url, headers: { cookie: cookies[as]! }, payload });
const get = (url: string, as = 'auditmgmt') => w.app.inject({ method: 'GET', url, headers: { cookie: cookies[as]! } });

const qmsItems = ['QMS-STABILITY', 'QMS-MATURITY', 'QMS-RESOURCES', 'QMS-REALISATION', 'QMS-MONITORING', 'QMS-IMPROVEMENT'];
const grades = (qms: string, ems?: string) => ({
  ...Object.fromEntries(qmsItems.map((c) => [c, qms])),
  ...(ems ? { 'EMS-RISK': ems } : {}),
});

describe('client classification', () => {
  it('grades every item of the systems held, takes the lowest system, keeps the history and sets the client grade', async () => {
    await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD26Q0001R0M');
    await grantSystem(w, cookies.decider!, w.huaxin, 'EMS', 'CD26E0001R0M');
    const tab = (await get(`/api/clients/${w.huaxin}/classification`)).json();
    expect(tab.systems).toEqual(['QMS', 'EMS']);
    expect(tab.items.map((i: { code: string }) => i.code)).toEqual([...qmsItems, 'EMS-RISK']);

    const missing = await post(`/api/clients/${w.huaxin}/evaluations`, { source: 'annual', itemGrades: grades('A') });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'CLASSIFICATION.ITEMS_MISSING' });
    expect(missing.json().message.en).toContain('EMS-RISK');
    const foreign = await post(`/api/clients/${w.huaxin}/evaluations`, {
      source: 'annual',
      itemGrades: { ...grades('A', 'A'), 'OHSMS-RISK': 'A' },
    });
    expect(foreign.json().code).toBe('CLASSIFICATION.ITEMS_NOT_APPLICABLE');
    expect(
      (await post(`/api/clients/${w.huaxin}/evaluations`, { source: 'annual', itemGrades: grades('A', 'B') }, 'service')).statusCode,
    ).toBe(403);
    expect((await w.db.select().from(clients).where(eq(clients.id, w.huaxin)))[0]!.grade).toBeNull();

    // an item the CB adds is asked for at once; one it switches off is not
    const added = await post(
      '/api/classification/items',
      { code: 'EMS-COMPLIANCE', system: 'EMS', nameZh: '环境合规', nameEn: 'Environmental compliance' },
      'admin',
    );
    expect(added.statusCode, added.body).toBe(201);
    expect(
      (await post(`/api/clients/${w.huaxin}/evaluations`, { source: 'annual', itemGrades: grades('A', 'B') })).json().message.en,
    ).toContain('EMS-COMPLIANCE');
    const off = await w.app.inject({
      method: 'PATCH',
      url: '/api/classification/items/EMS-COMPLIANCE',
      headers: { cookie: cookies.admin! },
      payload: { active: false },
    });
    expect(off.json()).toMatchObject({ active: false });
    // the list of items, switched-off ones too, in their order on the form
    const items = await get('/api/classification/items');
    expect(items.statusCode, items.body).toBe(200);
    expect(items.json().at(-1)).toEqual({
      code: 'EMS-COMPLIANCE',
      system: 'EMS',
      nameZh: '环境合规',
      nameEn: 'Environmental compliance',
      sort: items.json().length - 1,
      active: false,
    });
    const first = await post(`/api/clients/${w.huaxin}/evaluations`, { source: 'annual', itemGrades: grades('A', 'B') });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ systemGrades: { QMS: 'A', EMS: 'B' }, overallGrade: 'B', year: 2026 });
    const leading = await post(`/api/clients/${w.huaxin}/evaluations`, {
      source: 'adjustment',
      itemGrades: grades('A', 'B'),
      overrides: ['leading'],
      note: '行业龙头企业',
    });
    expect(leading.json().overallGrade).toBe('A');
    const client = (await get(`/api/clients/${w.huaxin}`)).json();
    expect(client.grade).toBe('A');
    // the grade travels with the client's items on the due-list, for planning
    const due = (await get(`/api/due-items?bucket=all&clientId=${w.huaxin}`)).json();
    expect(due.items.length).toBeGreaterThan(0);
    expect(due.items.every((i: { clientGrade: string }) => i.clientGrade === 'A')).toBe(true);
    const history = (await get(`/api/clients/${w.huaxin}/classification`)).json().history;
    expect(history.map((h: { overallGrade: string }) => h.overallGrade)).toEqual(['A', 'B']);
    const log = await w.db.select().from(auditLog).where(eq(auditLog.entityId, w.huaxin));
    expect(log.filter((l) => l.action === 'update').map((l) => l.changes)).toContainEqual([{ field: 'grade', old: 'B', new: 'A' }]);
  });

  it('offers a suspension for a major incident as the bad record, and C wins over A', async () => {
    const cert = await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD26Q0001R0M');
    await travelTo('2026-03-01');
    const suspended = await post(
      `/api/certificates/${cert.id}/suspend`,
      {
        version: cert.version,
        from: '2026-03-01',
        until: '2026-06-01',
        ground: 'MAJOR_INCIDENT',
        reason: '发生重大质量事故被监管部门查处',
      },
      'decider',
    );
    expect(suspended.statusCode, suspended.body).toBe(200);
    const tab = (await get(`/api/clients/${w.huaxin}/classification`)).json();
    expect(tab.badRecord).toEqual([{ basis: 'suspension', on: '2026-03-01', detail: 'CD26Q0001R0M' }]);
    const graded = await post(`/api/clients/${w.huaxin}/evaluations`, {
      source: 'risk',
      itemGrades: grades('A+'),
      overrides: ['leading', 'bad_record'],
    });
    expect(graded.json().overallGrade).toBe('C');
    // offered for classification.badRecordMonths (12): on the anniversary still, the day after no more
    await travelTo('2027-03-01');
    expect((await get(`/api/clients/${w.huaxin}/classification`)).json().badRecord).toHaveLength(1);
    await travelTo('2027-03-02');
    expect((await get(`/api/clients/${w.huaxin}/classification`)).json().badRecord).toEqual([]);
  });

  it('tracks the annual campaign per branch scope and refuses a client with no management-system certificate', async () => {
    await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD26Q0001R0M');
    await grantSystem(w, cookies.decider!, w.other, 'QMS', 'CD26Q0002R0M');
    const none = await post(`/api/clients/${w.huaxin}/evaluations`, { source: 'annual', itemGrades: grades('B') });
    expect(none.statusCode).toBe(201);
    const campaign = (await get('/api/classification/campaign?year=2026')).json();
    expect(campaign).toMatchObject({ year: 2026, dueOn: '2026-01-31', total: 2, graded: 1 });
    expect(campaign.clients.find((c: { id: string }) => c.id === w.other).gradeThisYear).toBeNull();
    expect(campaign.clients.find((c: { id: string }) => c.id === w.huaxin).gradeThisYear).toBe('B');
    const ungraded = (await get('/api/classification/campaign?year=2026&ungraded=true')).json();
    expect(ungraded).toMatchObject({ total: 2, graded: 1 });
    expect(ungraded.clients.map((c: { id: string }) => c.id)).toEqual([w.other]);
    expect((await get('/api/classification/campaign?year=2026&pageSize=1&page=2')).json().clients).toHaveLength(1);
    const sheet = await get('/api/classification/campaign/export?year=2026');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.rowCount).toBe(3);
    const branchB = (await get('/api/classification/campaign?year=2026', 'service_b')).json();
    expect(branchB.clients.map((c: { id: string }) => c.id)).toEqual([w.other]);

    const bare = await w.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: { cookie: cookies.service! },
      payload: clientInput(w.branchA),
    });
    expect(bare.statusCode, bare.body).toBe(201);
    const refused = await post(`/api/clients/${bare.json().id}/evaluations`, { source: 'annual', itemGrades: grades('B') });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('CLASSIFICATION.NO_SYSTEM');
  });

  it('reports the year by branch, industry and system with the changes from last year, as Excel and PDF', async () => {
    await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD25Q0001R0M', '2025-01-05');
    await grantSystem(w, cookies.decider!, w.other, 'QMS', 'CD25Q0002R0M', '2025-01-05');
    await travelTo('2025-01-20');
    await post(`/api/clients/${w.huaxin}/evaluations`, { source: 'annual', itemGrades: grades('B') });
    await travelTo('2026-01-20');
    await post(`/api/clients/${w.huaxin}/evaluations`, { source: 'annual', itemGrades: grades('A-') });
    await post(`/api/clients/${w.other}/evaluations`, { source: 'annual', itemGrades: grades('C+') });

    const report = (await get('/api/classification/report?year=2026')).json();
    expect(report).toMatchObject({ year: 2026, graded: 2, changes: { up: 1, down: 0, same: 0, new: 1 } });
    expect(report.byGrade).toMatchObject({ 'A-': 1, 'C+': 1, B: 0 });
    expect(report.lastYearByGrade).toMatchObject({ B: 1 });
    expect(report.byIndustry['19']).toEqual({ 'A-': 1 });
    expect(report.bySystem.QMS).toEqual({ 'A-': 1, 'C+': 1 });
    expect(Object.keys(report.byBranch).sort()).toEqual(['北京总部', '深圳办事处']);
    // the page draws the charts the files carry: the system named in words, never QMS
    expect(report.charts.map((c: { id: string }) => c.id)).toEqual(['grades', 'branches', 'industries', 'systems']);
    expect(report.charts[3].categories).toEqual([expect.objectContaining({ zh: '质量管理体系' })]);

    const xlsx = await get('/api/classification/report/xlsx?year=2026&lang=en');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '1 Grades, this year and last',
      '2 Changes from last year',
      '3 By branch',
      '4 By industry code',
      '5 By management system',
      '6 Charts',
    ]);
    // the four charts of the report's page, as images
    expect(book.getWorksheet('6 Charts')!.getImages()).toHaveLength(4);
    expect(book.worksheets[0]!.getRow(4).values).toEqual([undefined, 'A-', 1, 0]);
    expect(book.worksheets[1]!.getRow(2).values).toEqual([undefined, 'Up', 1]);
    expect(book.worksheets[4]!.getRow(2).getCell(1).value).toBe('quality management');
    const zh = new ExcelJS.Workbook();
    await zh.xlsx.load((await get('/api/classification/report/xlsx?year=2026')).rawPayload as unknown as ArrayBuffer);
    // in words, in Chinese only: 上升, not 上升 / up; 质量管理体系, not QMS
    expect((zh.worksheets[1]!.getColumn(1).values as unknown[]).slice(2)).toEqual(['上升', '下降', '不变', '新评']);
    expect(zh.worksheets[4]!.getRow(2).getCell(1).value).toBe('质量管理体系');
    const pdf = await get('/api/classification/report/pdf?year=2026');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('keeps the annual evaluation on the due-list while a client is ungraded, and the report until it is issued', async () => {
    await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD26Q0001R0M');
    const dueOf = async () =>
      (await w.db.select().from(dueItems).where(eq(dueItems.source, 'classification'))).map((d) => [d.kind, d.dueOn, d.department]).sort();
    const run = await post('/api/jobs/run', {}, 'admin');
    expect(run.json()).toMatchObject({ failed: 0 });
    expect(await dueOf()).toEqual([
      ['classification_evaluation', '2026-01-31', 'audit_management'],
      ['classification_report', '2026-03-31', 'audit_management'],
    ]);
    await post(`/api/clients/${w.huaxin}/evaluations`, { source: 'annual', itemGrades: grades('B') });
    await travelTo('2026-01-11');
    await post('/api/jobs/run', {}, 'admin');
    expect(await dueOf()).toEqual([['classification_report', '2026-03-31', 'audit_management']]);
    const issued = await post('/api/classification/report/issued', { year: 2026 });
    expect(issued.statusCode, issued.body).toBe(201);
    expect(await dueOf()).toEqual([]);
    expect((await get('/api/classification/report?year=2026')).json().issued).toMatchObject({ issuedOn: '2026-01-11' });
    expect((await post('/api/classification/report/issued', { year: 2026 })).json().code).toBe('CLASSIFICATION.REPORT_ISSUED');
  });

  it('keeps the newest grade when a form evaluated earlier is entered late, and ties a form to its audit', async () => {
    await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD26Q0001R0M');
    await post(`/api/clients/${w.huaxin}/evaluations`, { source: 'annual', itemGrades: grades('A') });
    const noAudit = await post(`/api/clients/${w.huaxin}/evaluations`, { source: 'audit', itemGrades: grades('B') });
    expect(noAudit.statusCode).toBe(400);
    expect(noAudit.json().code).toBe('CLASSIFICATION.AUDIT_REQUIRED');
    const late = await post(`/api/clients/${w.huaxin}/evaluations`, {
      source: 'risk',
      evaluatedOn: '2026-01-06',
      itemGrades: grades('C-'),
    });
    expect(late.statusCode, late.body).toBe(201);
    expect((await get(`/api/clients/${w.huaxin}`)).json().grade).toBe('A');
    const history = (await get(`/api/clients/${w.huaxin}/classification`)).json().history;
    expect(history.map((h: { evaluatedOn: string; overallGrade: string }) => [h.evaluatedOn, h.overallGrade])).toEqual([
      ['2026-01-10', 'A'],
      ['2026-01-06', 'C-'],
    ]);
  });

  it("drops last year's evaluation from the due-list in the new year, but not last year's unissued report", async () => {
    await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD26Q0001R0M');
    const dueOf = async () =>
      (await w.db.select().from(dueItems).where(eq(dueItems.source, 'classification'))).map((d) => [d.kind, d.dueOn]).sort();
    await travelTo('2026-12-30');
    await post('/api/jobs/run', {}, 'admin');
    expect(await dueOf()).toEqual([
      ['classification_evaluation', '2026-01-31'],
      ['classification_report', '2026-03-31'],
    ]);
    await travelTo('2027-01-02');
    await post('/api/jobs/run', {}, 'admin');
    expect(await dueOf()).toEqual([
      ['classification_evaluation', '2027-01-31'],
      ['classification_report', '2026-03-31'],
      ['classification_report', '2027-03-31'],
    ]);
  });
});
