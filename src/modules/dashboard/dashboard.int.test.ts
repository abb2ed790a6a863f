import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { grantSystem } from '../../../test/world-helpers.js';
import { eq } from 'drizzle-orm';
import { users } from '../auth/auth.schema.js';
import { dataScopeOf, roles } from '../auth/permissions.js';
import { clients } from '../clients/client.schema.js';
import { dashboard } from './dashboard.service.js';

let w: World;
const clock = new Date('2026-11-20T02:00:00Z');
const cookies: Record<string, string> = {};

beforeEach(async () => {
  w = await setUpWorld(() => clock);
  for (const u of ['service', 'service_b', 'decider', 'auditmgmt', 'portal']) cookies[u] = await w.login(u);
});
afterEach(() => w.app.close());

const get = (as: string) => w.app.inject({ method: 'GET', url: '/api/dashboard', headers: { cookie: cookies[as]! } });
/** What the service computed for a user: the page must answer all of it (the response schema drops what it does not describe). */
const computed = async (username: string) => {
  const [u] = await w.db.select().from(users).where(eq(users.username, username));
  return JSON.parse(JSON.stringify(await dashboard(w.db, u!, dataScopeOf(u!), '2026-11-20', clock)));
};

describe('role dashboards', () => {
  it("shows a department its own overdue items, the unusual things of its scope and its modules' meters", async () => {
    // decided 2024-11-01: the first surveillance (audit management) was due 2025-11-01 and is overdue
    await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD24Q0001R0M', '2024-11-01');
    const late = await w.app.inject({
      method: 'POST',
      url: '/api/complaints',
      headers: { cookie: cookies.service! },
      payload: {
        kind: 'complaint',
        complainantName: '张先生',
        complainantContact: '13900001111',
        subject: '证书信息有误',
        description: '公开查询的地址与实际不符',
        clientId: w.huaxin,
        receivedOn: '2026-10-01',
      },
    });
    expect(late.statusCode, late.body).toBe(201);

    const audit = (await get('auditmgmt')).json();
    expect(audit.due.counts.overdue).toBeGreaterThanOrEqual(1);
    expect(audit.due.overdue.every((d: { department: string }) => d.department === 'audit_management')).toBe(true);
    expect(audit.dueByKind).toContainEqual(expect.objectContaining({ kind: 'surveillance', overdue: 1 }));
    expect(audit.certificatesByStatus).toEqual({ valid: 1 });
    expect(audit.classification).toMatchObject({ total: 1, graded: 0 });

    const service = (await get('service')).json();
    expect(service.due.overdue.some((d: { kind: string }) => d.kind === 'complaint_answer')).toBe(true);
    expect(service.unusual.complaintsOverdue).toBe(1);
    expect(service.communication).toMatchObject({ clients: 1, below: 1, eventsRequired: 2 });
    expect(service.survey).toMatchObject({ issued: 0, target: 90 });

    // branch B sees none of branch A's
    const branchB = (await get('service_b')).json();
    expect(branchB.unusual.complaintsOverdue).toBe(0);
    expect(branchB.certificatesByStatus).toEqual({});
  });

  it('gives a portal user its own forms and certificates, nothing else', async () => {
    await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD26Q0001R0M', '2026-01-05');
    const portal = (await get('portal')).json();
    expect(portal).toEqual({ role: 'client', today: '2026-11-20', portal: { openSurveys: 0, certificates: { valid: 1 } } });
  });

  it("shows an auditor its own planned audits instead of a department's list", async () => {
    await w.db
      .update(clients)
      .set({ technicalAreaCodes: ['19.05.01'] })
      .where(eq(clients.id, w.huaxin));
    await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD26Q0001R0M', '2026-01-05');
    const [auditor] = await w.db.select().from(users).where(eq(users.username, 'auditor'));
    const send = (url: string, payload: object) => w.app.inject({ method: 'POST', url, headers: { cookie: cookies.auditmgmt! }, payload });
    const registration = await send('/api/auditor-registrations', {
      userId: auditor!.id,
      kind: 'auditor',
      field: 'QMS',
      registrationNo: '2024-N1QMS-9',
      technicalAreas: ['19'],
      teamLeader: true,
      validFrom: '2024-01-01',
      validUntil: '2028-12-31',
    });
    expect(registration.statusCode, registration.body).toBe(201);
    const programme = (
      await w.app.inject({ method: 'GET', url: `/api/clients/${w.huaxin}/programmes`, headers: { cookie: cookies.auditmgmt! } })
    ).json()[0];
    const audit = (
      await send(`/api/programmes/${programme.id}/audits`, { type: 'surveillance', plannedStart: '2026-12-07', plannedEnd: '2026-12-08' })
    ).json();
    expect(
      (await send(`/api/audits/${audit.id}/team`, { version: 1, members: [{ userId: auditor!.id, role: 'team_leader' }] })).statusCode,
    ).toBe(200);

    cookies.auditor = await w.login('auditor');
    const mine = (await get('auditor')).json();
    expect(mine.due).toBeNull();
    expect(mine.myAudits).toEqual([
      expect.objectContaining({
        id: audit.id,
        plannedStart: '2026-12-07',
        clientName: '北京华信电子科技有限公司',
        teamRole: 'team_leader',
      }),
    ]);
    expect((await get('auditmgmt')).json().myAudits).toBeNull();
    expect(mine).toEqual(await computed('auditor'));
  });

  it("answers every role's page in full, the parts it may not see null or absent", async () => {
    await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD24Q0001R0M', '2024-11-01');
    await w.db.update(clients).set({ grade: 'B+' }).where(eq(clients.id, w.huaxin));
    const seen = new Set<string>();
    for (const u of await w.db.select().from(users).where(eq(users.active, true))) {
      cookies[u.username] = await w.login(u.username);
      const res = await get(u.username);
      expect(res.statusCode, `${u.username}: ${res.body}`).toBe(200);
      const page = res.json();
      const expected = await computed(u.username);
      // a due item's sourceId is not part of the DueItem the due-list module answers (GET /api/due-items drops it too)
      for (const item of expected.due?.overdue ?? []) delete item.sourceId;
      expect(page, u.username).toEqual(expected);
      seen.add(u.role);
      if (u.role === 'client') expect(Object.keys(page).sort()).toEqual(['portal', 'role', 'today']);
      else expect(page).toMatchObject({ windowDays: expect.any(Array), certificatesByStatus: expect.any(Object) });
    }
    expect([...seen].sort()).toEqual([...roles].sort());
    // each part is there for the roles that read its module
    const admin = (await get('admin')).json();
    expect(admin.gradeDistribution).toMatchObject({ 'B+': 1, A: 0 });
    expect(admin.backup).toMatchObject({ stale: true, lastAt: null });
    expect(admin.unusual.mailFailed).toBe(0);
    expect(admin.due.overdue.length).toBeGreaterThan(0);
  });
});
