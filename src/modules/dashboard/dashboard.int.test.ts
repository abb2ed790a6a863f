import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { grantAfterSales, grantSystem } from '../../../test/world-helpers.js';
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

/** A complaint about 华信 received on 2026-10-01, past its answer date on the test's day. */
async function fileLateComplaint(subject: string, description: string) {
  const res = await w.app.inject({
    method: 'POST',
    url: '/api/complaints',
    headers: { cookie: cookies.service! },
    payload: {
      kind: 'complaint',
      complainantName: '张先生',
      complainantContact: '13900001111',
      subject,
      description,
      clientId: w.huaxin,
      receivedOn: '2026-10-01',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
}

describe('role dashboards', () => {
  it("shows a department its own overdue items, the unusual things of its scope and its modules' meters", async () => {
    // decided 2024-11-01: the first surveillance (audit management) was due 2025-11-01 and is overdue
    await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD24Q0001R0M', '2024-11-01');
    await fileLateComplaint('证书信息有误', '公开查询的地址与实际不符');

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
      else if (u.role === 'auditor') expect(page).not.toHaveProperty('certificatesByStatus');
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

  it('shows an auditor its held after-sales audit waiting for its work, and no complaint, survey or client-care figures', async () => {
    await grantAfterSales(w, w.huaxin, { starLevel: 4, decisionOn: '2026-01-05' });
    // a complaint past its answer date (and, once the audit is held, its satisfaction form): there, but not the auditor's work
    await fileLateComplaint('售后维修拖延', '送修两个月仍未修好');
    const ids = Object.fromEntries((await w.db.select().from(users)).map((u) => [u.username, u.id]));
    const send = async (method: 'POST' | 'PUT', url: string, payload: object, as = 'auditmgmt') => {
      const res = await w.app.inject({ method, url, headers: { cookie: cookies[as]! }, payload });
      expect(res.statusCode, res.body).toBeLessThan(300);
      return res.json();
    };
    for (const [username, leader] of [
      ['auditor', true],
      ['auditor2', false],
    ] as const) {
      await send('POST', '/api/auditor-registrations', {
        userId: ids[username],
        kind: 'auditor',
        field: 'AFTER_SALES',
        registrationNo: `FW-2024-${username}`,
        technicalAreas: [],
        teamLeader: leader,
        validFrom: '2024-01-01',
        validUntil: '2028-12-31',
      });
    }
    const programme = (
      await w.app.inject({ method: 'GET', url: `/api/clients/${w.huaxin}/programmes`, headers: { cookie: cookies.auditmgmt! } })
    ).json()[0];
    const planned = await send('POST', `/api/programmes/${programme.id}/audits`, {
      type: 'extra',
      trigger: 'SUBSTANTIATED_COMPLAINT',
      plannedStart: '2026-11-16',
      plannedEnd: '2026-11-17',
    });
    const teamed = await send('POST', `/api/audits/${planned.id}/team`, {
      version: planned.version,
      members: [
        { userId: ids.auditor, role: 'team_leader' },
        { userId: ids.auditor2, role: 'auditor' },
      ],
    });
    await send('POST', `/api/audits/${planned.id}/record`, {
      version: teamed.version,
      actualStart: '2026-11-16',
      actualEnd: '2026-11-17',
      result: 'pass',
    });

    cookies.auditor = await w.login('auditor');
    cookies.auditor2 = await w.login('auditor2');
    const held = async (as: string) => (await get(as)).json().heldAudits;
    const mine = (await get('auditor')).json();
    expect(mine.heldAudits).toEqual({
      total: 1,
      items: [
        {
          id: planned.id,
          type: 'extra',
          actualStart: '2026-11-16',
          actualEnd: '2026-11-17',
          clientId: w.huaxin,
          clientName: '北京华信电子科技有限公司',
          teamRole: 'team_leader',
          owed: 'score',
        },
      ],
    });
    expect(mine).toEqual(await computed('auditor'));
    // its own audits, nothing of the departments'
    expect(mine.unusual).toEqual({ complaintsOverdue: null, incidentsOpen: null, suspended: null, mailFailed: null });
    for (const part of ['survey', 'communication', 'classification', 'gradeDistribution', 'due'] as const)
      expect(mine[part], part).toBeNull();
    expect(mine).not.toHaveProperty('certificatesByStatus');
    expect((await get('service')).json().unusual.complaintsOverdue).toBe(1);
    expect((await held('auditor2')).items).toEqual([expect.objectContaining({ id: planned.id, teamRole: 'auditor', owed: 'score' })]);
    expect(await held('auditmgmt')).toBeNull();

    // scored with a nonconformity: the team verifies its correction; then the leader concludes
    const { indicators } = (
      await w.app.inject({ method: 'GET', url: `/api/audits/${planned.id}/star-assessment`, headers: { cookie: cookies.auditor! } })
    ).json();
    const scored = await send(
      'PUT',
      `/api/audits/${planned.id}/star-assessment`,
      {
        version: 0,
        items: indicators.map((i: { code: string; points: number }) => ({ code: i.code, achieved: i.points })),
        nonconformities: [{ description: '投诉处理记录不完整', rootCause: '未明确记录要求', correctiveAction: '补全记录' }],
      },
      'auditor2',
    );
    expect((await held('auditor')).items[0].owed).toBe('verify');
    expect((await held('auditor2')).items[0].owed).toBe('verify');
    const verified = await send(
      'POST',
      `/api/audits/${planned.id}/star-assessment/nonconformities/0/verify`,
      { version: scored.version, method: 'written' },
      'auditor2',
    );
    expect((await held('auditor')).items[0].owed).toBe('conclude');
    expect(await held('auditor2')).toEqual({ total: 0, items: [] });
    await send(
      'POST',
      `/api/audits/${planned.id}/star-assessment/conclude`,
      { version: verified.version, conclusion: 'recommend', note: '保持四星' },
      'auditor',
    );
    expect(await held('auditor')).toEqual({ total: 0, items: [] });
  });

  it('keeps each department to the figures of its own work', async () => {
    await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD24Q0001R0M', '2024-11-01');
    for (const u of ['general', 'quality']) cookies[u] = await w.login(u);
    const page = async (as: string) => (await get(as)).json();
    const parts = (p: Record<string, { [k: string]: unknown } | null>) => ({
      complaints: p.unusual!.complaintsOverdue !== null,
      incidents: p.unusual!.incidentsOpen !== null,
      suspended: p.unusual!.suspended !== null,
      survey: p.survey !== null,
      classification: p.classification !== null,
      communication: p.communication !== null,
    });
    expect(parts(await page('decider'))).toEqual({
      complaints: false,
      incidents: false,
      suspended: true,
      survey: false,
      classification: false,
      communication: false,
    });
    expect(parts(await page('auditmgmt'))).toEqual({
      complaints: false,
      incidents: true,
      suspended: true,
      survey: false,
      classification: true,
      communication: false,
    });
    expect(parts(await page('quality'))).toEqual({
      complaints: true,
      incidents: true,
      suspended: true,
      survey: false,
      classification: false,
      communication: false,
    });
    expect(parts(await page('general'))).toEqual({
      complaints: true,
      incidents: false,
      suspended: true,
      survey: true,
      classification: false,
      communication: false,
    });
    expect(parts(await page('service'))).toEqual({
      complaints: true,
      incidents: true,
      suspended: true,
      survey: true,
      classification: false,
      communication: true,
    });
    // each keeps its due-list and the certificates chart
    for (const as of ['decider', 'auditmgmt', 'quality', 'general', 'service']) {
      const p = await page(as);
      expect(p.due, as).not.toBeNull();
      expect(p.certificatesByStatus, as).toEqual({ valid: 1 });
    }
  });
});
