import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { grantSystem } from '../../../test/world-helpers.js';
import { clients } from '../clients/client.schema.js';
import { certificates } from './certificate.schema.js';

/** 上报信息: what the CNCA report asks of a certificate, through its one door. 华信 has 204 employees. */

let w: World;
let service: string;
let certificateId: string;

const send = async (payload: object, cookie = service) => {
  const current = (await w.app.inject({ method: 'GET', url: `/api/certificates/${certificateId}`, headers: { cookie: service } })).json();
  return w.app.inject({
    method: 'POST',
    url: `/api/certificates/${certificateId}/report-data`,
    headers: { cookie },
    payload: { version: current.version, riskLevel: '02', serviceAreaCode: null, ...payload },
  });
};
const stored = async () => (await w.db.select().from(certificates).where(eq(certificates.id, certificateId)))[0]!;

beforeAll(async () => {
  w = await setUpWorld(() => new Date('2026-11-20T02:00:00Z'));
  service = await w.login('service');
  await w.db.update(clients).set({ employeeCount: 204 }).where(eq(clients.id, w.huaxin));
  certificateId = (await grantSystem(w, await w.login('decider'), w.huaxin, 'QMS', 'CD25Q0001R0M', '2025-03-01')).id;
});
afterAll(() => w.app.close());

describe('a certificate’s report data (上报信息)', () => {
  it('takes IAF MD 5’s audit time unless another figure comes with its reason', async () => {
    const table = await send({ coveredEmployees: 55 });
    expect(table.statusCode, table.body).toBe(200);
    // QMS, 46–65 people: 5 auditor days (IAF MD 5:2019 Table QMS 1)
    expect(table.json()).toMatchObject({ coveredEmployees: 55, riskLevel: '02', baseAuditDays: 5, baseAuditDaysReason: null });
    const bare = await send({ coveredEmployees: 55, baseAuditDays: 4 });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().code).toBe('CERTIFICATE.AUDIT_TIME_REASON_REQUIRED');
    const reasoned = await send({ coveredEmployees: 55, baseAuditDays: 4, baseAuditDaysReason: '部分过程外包，经审核方案评审减少' });
    expect(reasoned.json()).toMatchObject({ baseAuditDays: 4, baseAuditDaysReason: '部分过程外包，经审核方案评审减少' });
  });

  it('refuses more people covered than the organisation has, a service area on a management system, a stale version and the auditor', async () => {
    const before = await stored();
    // all 204 may be covered, not one more
    const above = await send({ coveredEmployees: 205 });
    expect(above.statusCode).toBe(400);
    expect(above.json()).toMatchObject({ code: 'CERTIFICATE.COVERED_ABOVE_STAFF', message: { zh: expect.stringContaining('204') } });
    expect((await send({ coveredEmployees: 55, serviceAreaCode: 'C04' })).json().code).toBe('CERTIFICATE.SERVICE_AREA_AFTER_SALES_ONLY');
    const stale = await w.app.inject({
      method: 'POST',
      url: `/api/certificates/${certificateId}/report-data`,
      headers: { cookie: service },
      payload: { version: before.version + 1, coveredEmployees: 60, riskLevel: '02' },
    });
    expect(stale.statusCode).toBe(409);
    expect((await send({ coveredEmployees: 60 }, await w.login('auditor'))).statusCode).toBe(403);
    expect(await stored()).toEqual(before);
    expect((await send({ coveredEmployees: 204 })).json().coveredEmployees).toBe(204);
  });
});
