import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { parameterDefinitions, parameterKeys } from './parameter.defaults.js';
import { loadParameters } from './parameter.service.js';

let w: World;
beforeEach(async () => {
  w = await setUpWorld();
});
afterEach(() => w.app.close());

const put = (cookie: string, key: string, payload: object) =>
  w.app.inject({ method: 'PUT', url: `/api/parameters/${key}`, headers: { cookie }, payload });

describe('scheme parameters', () => {
  it('lists every rule with the SPEC default, readable by every staff role and not by the portal, whose pages need none', async () => {
    const portal = await w.login('portal');
    for (const url of ['/api/parameters', '/api/holidays?year=2026', '/api/working-days/add?from=2026-11-20&days=7'])
      expect((await w.app.inject({ method: 'GET', url, headers: { cookie: portal } })).statusCode).toBe(403);
    const res = await w.app.inject({ method: 'GET', url: '/api/parameters', headers: { cookie: await w.login('auditor') } });
    expect(res.statusCode).toBe(200);
    const byKey = Object.fromEntries(res.json().map((p: { key: string; value: number }) => [p.key, p.value]));
    expect(Object.keys(byKey).sort()).toEqual([...parameterKeys].sort());
    expect(byKey['suspension.maxMonths']).toBe(6);
    expect(byKey['surveillance.maxIntervalMonths.afterSales']).toBe(15);
    expect(byKey['surveillance.maxIntervalMonths.managementSystem']).toBe(12);
    expect(byKey['risk.incidentReportWorkingDays']).toBe(7);
    expect(byKey['afterSales.star2Threshold']).toBe(75);
  });

  it('the survey stage weights add up to 100 %', () => {
    const d = parameterDefinitions;
    expect(
      d['survey.weightContractPercent'].default + d['survey.weightAuditPercent'].default + d['survey.weightServicePercent'].default,
    ).toBe(100);
  });

  it('lets an admin change a value, with history, and the services read the new value', async () => {
    const admin = await w.login('admin');
    const current = (await w.app.inject({ method: 'GET', url: '/api/parameters', headers: { cookie: admin } }))
      .json()
      .find((p: { key: string }) => p.key === 'suspension.maxMonths');
    const res = await put(admin, 'suspension.maxMonths', { value: 4, version: current.version });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ value: 4, default: 6, version: current.version + 1 });
    expect((await loadParameters(w.db))['suspension.maxMonths']).toBe(4);
  });

  it('refuses values outside the allowed range, stale versions, unknown keys and non-admins', async () => {
    const admin = await w.login('admin');
    const range = await put(admin, 'suspension.maxMonths', { value: 13, version: 1 });
    expect(range.statusCode).toBe(400);
    expect(range.json()).toMatchObject({ code: 'PARAMETER.OUT_OF_RANGE', message: { zh: expect.stringContaining('1 到 12') } });
    expect((await put(admin, 'suspension.maxMonths', { value: 5, version: 99 })).statusCode).toBe(409);
    expect((await put(admin, 'no.such.rule', { value: 5, version: 1 })).statusCode).toBe(404);
    expect((await put(await w.login('decider'), 'suspension.maxMonths', { value: 5, version: 1 })).statusCode).toBe(403);
    expect((await loadParameters(w.db))['suspension.maxMonths']).toBe(6);
  });

  it('refuses survey weights that do not add up to 100, and takes the three together', async () => {
    const admin = await w.login('admin');
    const list = async () => (await w.app.inject({ method: 'GET', url: '/api/parameters', headers: { cookie: admin } })).json();
    const version = (rows: { key: string; version: number }[], key: string) => rows.find((p) => p.key === key)!.version;
    let rows = await list();
    // 40 / 50 / 30: one weight alone breaks the sum
    const alone = await put(admin, 'survey.weightContractPercent', { value: 40, version: version(rows, 'survey.weightContractPercent') });
    expect(alone.statusCode).toBe(400);
    expect(alone.json()).toMatchObject({ code: 'PARAMETER.WEIGHTS_NOT_100', message: { zh: expect.stringContaining('现为 120%') } });
    const together = (changes: [string, number][]) =>
      w.app.inject({
        method: 'PUT',
        url: '/api/parameters',
        headers: { cookie: admin },
        payload: { changes: changes.map(([key, value]) => ({ key, value, version: version(rows, key) })) },
      });
    const wrongSum = await together([
      ['survey.weightContractPercent', 40],
      ['survey.weightAuditPercent', 50],
      ['survey.weightServicePercent', 30],
    ]);
    expect(wrongSum.json().code).toBe('PARAMETER.WEIGHTS_NOT_100');
    const ok = await together([
      ['survey.weightContractPercent', 30],
      ['survey.weightAuditPercent', 40],
    ]);
    expect(ok.statusCode, ok.body).toBe(200);
    const p = await loadParameters(w.db);
    expect([p['survey.weightContractPercent'], p['survey.weightAuditPercent'], p['survey.weightServicePercent']]).toEqual([30, 40, 30]);
    rows = await list();
    // all or none: a valid weight change with a sample range turned upside down writes nothing
    const mixed = await together([
      ['survey.weightContractPercent', 20],
      ['survey.weightAuditPercent', 50],
      ['survey.annualSampleMinPercent', 30],
    ]);
    expect(mixed.json().code).toBe('PARAMETER.SAMPLE_RANGE');
    expect((await loadParameters(w.db))['survey.weightContractPercent']).toBe(30);
  });

  it('lets exactly one of 16 concurrent changes of the same version win', async () => {
    const admin = await w.login('admin');
    const rows = (await w.app.inject({ method: 'GET', url: '/api/parameters', headers: { cookie: admin } })).json();
    const { version } = rows.find((p: { key: string }) => p.key === 'survey.returnRateTargetPercent');
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) => put(admin, 'survey.returnRateTargetPercent', { value: 50 + i, version })),
    );
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(15);
  });
});
