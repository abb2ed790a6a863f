import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { auditLog } from '../../audit-log/audit-log.schema.js';
import { runDueJobs } from '../../jobs/outbox.js';
import { jobHandlers } from '../../jobs/handlers.js';
import { dueItems } from '../due-list/due-item.schema.js';
import { schemeParameters } from '../parameters/parameter.schema.js';
import { holidays } from './holiday.schema.js';

let w: World;
let clock: Date;
const cookies: Record<string, string> = {};
const at = (date: string) => new Date(`${date}T02:00:00Z`); // 10:00 in Beijing

async function travelTo(date: string) {
  clock = at(date);
  for (const u of ['admin', 'general', 'quality', 'service', 'decider']) cookies[u] = await w.login(u);
}

beforeEach(async () => {
  clock = at('2026-12-03');
  w = await setUpWorld(() => clock);
  await travelTo('2026-12-03');
});
afterEach(() => w.app.close());

const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object, as = 'admin') =>
  w.app.inject({ method, url, headers: { cookie: cookies[as]! }, ...(payload ? { payload } : {}) });

// test data, not the official 2027 schedule (whose notice was not found): a day off on Monday 4 January
const testDay = { from: '2027-01-04', to: '2027-01-04', kind: 'holiday', nameZh: '测试假日', nameEn: 'Test day off' };

async function openIncident(eventOn: string) {
  const item = await call(
    'POST',
    '/api/risk-items',
    {
      source: '北京市市场监督管理局',
      sourceKind: 'authority',
      publishedOn: eventOn,
      kind: 'quality',
      text: '产品质量监督抽查：北京华信电子科技有限公司生产的数字万用表不合格。',
      link: 'https://scjgj.beijing.gov.cn/notice/1',
    },
    'quality',
  );
  expect(item.statusCode, item.body).toBe(201);
  const res = await call(
    'POST',
    `/api/risk-items/${item.json().id}/candidates/${w.huaxin}/confirm`,
    { version: item.json().version, eventOn },
    'quality',
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json().candidates[0].incidentId as string;
}

describe('deadlines counted into a year without a holiday table', () => {
  it('marks 28 December 2026 + 7 working days provisional, and counts it again once 2027 is entered', async () => {
    await travelTo('2026-12-28');
    const calc = (await call('GET', '/api/working-days/add?from=2026-12-28&days=7')).json();
    expect(calc).toMatchObject({ due: '2027-01-06', provisional: true });

    const id = await openIncident('2026-12-28');
    const incident = (await call('GET', `/api/incidents/${id}`, undefined, 'quality')).json();
    expect(incident).toMatchObject({ reportDueOn: '2027-01-06', reportDueProvisional: true });
    expect(incident.owed.find((s: { kind: string }) => s.kind === 'incident_report')).toMatchObject({ provisional: true });
    // the same-day steps are calendar days: never provisional
    expect(incident.owed.find((s: { kind: string }) => s.kind === 'incident_suspension_request')).toMatchObject({ provisional: false });
    const list = (await call('GET', '/api/due-items?bucket=all&kind=incident_report', undefined, 'service')).json();
    // 1 January 2027 is counted as a working day: nobody has said otherwise yet
    expect(list.items[0]).toMatchObject({ dueOn: '2027-01-06', provisional: true });

    // entering 2027 (one test day off, marked entered) recounts it in the same transaction: no job waits
    const entered = await call('POST', '/api/holidays/bulk', { ranges: [testDay], markYearEntered: 2027 });
    expect(entered.statusCode, entered.body).toBe(200);
    expect((await call('GET', `/api/incidents/${id}`, undefined, 'quality')).json()).toMatchObject({
      reportDueOn: '2027-01-07',
      reportDueProvisional: false,
    });
    const rows = await w.db.select().from(dueItems).where(eq(dueItems.sourceId, id));
    expect(rows.filter((r) => r.basis === 'INCIDENT_REPORT_WORKING_DAYS').every((r) => r.dueOn === '2027-01-07' && !r.provisional)).toBe(
      true,
    );
    const trail = await w.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'recount-report-due')));
    expect(trail[0]!.changes).toEqual([
      { field: 'reportDueOn', old: '2027-01-06', new: '2027-01-07' },
      { field: 'reportDueProvisional', old: true, new: false },
    ]);
    expect((await call('GET', '/api/working-days/add?from=2026-12-28&days=7')).json()).toMatchObject({
      due: '2027-01-07',
      provisional: false,
    });

    // a mark taken off by mistake makes it provisional again, at the date the table now gives
    expect((await call('DELETE', '/api/holidays/years/2027')).statusCode).toBe(204);
    expect((await call('GET', `/api/incidents/${id}`, undefined, 'quality')).json()).toMatchObject({
      reportDueOn: '2027-01-07',
      reportDueProvisional: true,
    });
  });

  it('counts a revocation decision proposed on 28 December into 2027 as provisional, and again once 2027 is entered', async () => {
    await w.db.update(schemeParameters).set({ value: 0 }).where(eq(schemeParameters.key, 'suspension.autoRevokeAtEnd'));
    const granted = await call(
      'POST',
      `/api/clients/${w.huaxin}/certificates`,
      {
        certificateNo: 'CD26SC0001R0M',
        scheme: 'management_system',
        field: 'QMS',
        standard: 'GB/T 19001-2016',
        scope: '电子产品的设计和生产',
        decisionOn: '2026-12-01',
      },
      'decider',
    );
    expect(granted.statusCode, granted.body).toBe(201);
    const c = granted.json();
    const suspended = await call(
      'POST',
      `/api/certificates/${c.id}/suspend`,
      { version: c.version, from: '2026-12-03', until: '2026-12-27', ground: 'FEES_UNPAID', reason: '监督费用逾期未缴' },
      'decider',
    );
    expect(suspended.statusCode, suspended.body).toBe(200);
    await runDueJobs(w.db, '2026-12-28', jobHandlers);
    const revocation = () => w.db.select().from(dueItems).where(eq(dueItems.kind, 'revocation_proposal'));
    // 28 December + 5 working days: 29, 30, 31 December, 1 (unknown) and 4 January
    expect(await revocation()).toMatchObject([{ dueOn: '2027-01-04', provisional: true }]);
    await travelTo('2026-12-28');
    expect((await call('POST', '/api/holidays/bulk', { ranges: [testDay], markYearEntered: 2027 })).statusCode).toBe(200);
    expect(await revocation()).toMatchObject([{ dueOn: '2027-01-05', provisional: false }]);
  });

  it('leaves a deadline counted on complete years alone when a year is entered', async () => {
    await travelTo('2026-11-02');
    const id = await openIncident('2026-11-02');
    expect((await call('PUT', '/api/holidays/years/2027')).statusCode).toBe(204);
    expect((await call('GET', `/api/incidents/${id}`, undefined, 'quality')).json()).toMatchObject({
      reportDueOn: '2026-11-11',
      reportDueProvisional: false,
      version: 1,
    });
  });
});

describe('entering a year at once', () => {
  it('reads the notice for review without saving, then saves the reviewed days in one go', async () => {
    const text = '二、春节：2月15日（周日）至23日（周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。';
    const preview = await call('POST', '/api/holidays/notice', { year: 2026, text });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      problems: [],
      ranges: [{ from: '2026-02-15', to: '2026-02-23' }, { from: '2026-02-14' }, { from: '2026-02-28' }],
    });
    // those days are seeded: the whole entry is refused, naming them, and nothing is written
    const before = await w.db.select().from(auditLog);
    const refused = await call('POST', '/api/holidays/bulk', { ranges: preview.json().ranges });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('HOLIDAY.ALREADY_ENTERED');
    expect(refused.json().message.zh).toContain('2026-02-14');
    expect(await w.db.select().from(auditLog)).toHaveLength(before.length);
  });

  it('enters a range of days with their names and audit entries, all or none', async () => {
    const res = await call('POST', '/api/holidays/bulk', {
      ranges: [{ from: '2027-02-05', to: '2027-02-11', kind: 'holiday', nameZh: '测试假期', nameEn: 'Test break' }],
    });
    expect(res.json()).toEqual({ entered: 7 });
    expect((await call('GET', '/api/holidays?year=2027')).json()).toHaveLength(7);
    const trail = await w.db.select().from(auditLog).where(eq(auditLog.entity, 'holiday'));
    expect(trail.filter((e) => e.action === 'create')).toHaveLength(7);
    // a weekday "worked" anywhere in the entry refuses it all
    const weekday = await call('POST', '/api/holidays/bulk', {
      ranges: [
        { from: '2027-03-01', to: '2027-03-02', kind: 'holiday', nameZh: '测试', nameEn: 'Test' },
        { from: '2027-03-03', to: '2027-03-03', kind: 'workday', nameZh: '测试', nameEn: 'Test' },
      ],
    });
    expect(weekday.statusCode).toBe(400);
    expect(weekday.json().code).toBe('HOLIDAY.NOT_A_WEEKEND');
    const overlap = await call('POST', '/api/holidays/bulk', {
      ranges: [
        { from: '2027-03-01', to: '2027-03-02', kind: 'holiday', nameZh: '测试', nameEn: 'Test' },
        { from: '2027-03-02', to: '2027-03-02', kind: 'holiday', nameZh: '测试', nameEn: 'Test' },
      ],
    });
    expect(overlap.json().code).toBe('HOLIDAY.DUPLICATE_DATE');
    const long = await call('POST', '/api/holidays/bulk', { ranges: [{ ...testDay, from: '2027-03-01', to: '2027-04-30' }] });
    expect(long.json().code).toBe('HOLIDAY.RANGE_TOO_LONG');
    const reversed = await call('POST', '/api/holidays/bulk', { ranges: [{ ...testDay, from: '2027-03-02', to: '2027-03-01' }] });
    expect(reversed.statusCode).toBe(400);
    expect((await w.db.select().from(holidays).where(eq(holidays.date, '2027-03-01'))).length).toBe(0);
    expect((await call('POST', '/api/holidays/bulk', { ranges: [testDay] }, 'general')).statusCode).toBe(403);
  });

  it('lets one of two concurrent entries of the same days win', async () => {
    const results = await Promise.all([0, 1].map(() => call('POST', '/api/holidays/bulk', { ranges: [testDay], markYearEntered: 2027 })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('lists the years with their days and marks; a year is marked once', async () => {
    const years = (await call('GET', '/api/holidays/years', undefined, 'general')).json();
    expect(years.find((y: { year: number }) => y.year === 2026)).toMatchObject({ entered: true, holidays: 33, workdays: 6 });
    expect(years.find((y: { year: number }) => y.year === 2027)).toMatchObject({ entered: false, holidays: 0 });
    expect((await call('PUT', '/api/holidays/years/2027')).statusCode).toBe(204);
    expect((await call('PUT', '/api/holidays/years/2027')).json().code).toBe('HOLIDAY.YEAR_ALREADY_ENTERED');
    expect((await call('DELETE', '/api/holidays/years/2030')).json().code).toBe('HOLIDAY.YEAR_NOT_ENTERED');
  });
});

describe('the warning that next year’s holidays are missing', () => {
  const missing = async (as: string) => (await call('GET', '/api/dashboard', undefined, as)).json().holidayYearsMissing;

  it('shows from the parameter day on, only while next year is missing, to admin and general administration', async () => {
    await travelTo('2026-09-30');
    expect(await missing('admin')).toEqual([]);
    await travelTo('2026-10-01');
    expect(await missing('admin')).toEqual([2027]);
    expect(await missing('general')).toEqual([2027]);
    expect(await missing('service')).toEqual([]);
    expect(await missing('decider')).toEqual([]);
    expect((await call('PUT', '/api/holidays/years/2027')).statusCode).toBe(204);
    expect(await missing('admin')).toEqual([]);
  });

  it('follows the warning day parameter', async () => {
    await travelTo('2026-09-15');
    const params = (await call('GET', '/api/parameters')).json() as { key: string; version: number }[];
    const version = (key: string) => params.find((p) => p.key === key)!.version;
    const res = await call('PUT', '/api/parameters', {
      changes: [
        { key: 'calendar.nextYearWarningMonth', value: 9, version: version('calendar.nextYearWarningMonth') },
        { key: 'calendar.nextYearWarningDay', value: 15, version: version('calendar.nextYearWarningDay') },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await missing('admin')).toEqual([2027]);
  });
});
