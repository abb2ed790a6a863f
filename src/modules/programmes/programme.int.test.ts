import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { grantAfterSales } from '../../../test/world-helpers.js';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { auditLog } from '../../audit-log/audit-log.schema.js';
import { users } from '../auth/auth.schema.js';
import { clients } from '../clients/client.schema.js';

let w: World;
let clock: Date;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};
const at = (date: string) => new Date(`${date}T02:00:00Z`); // 10:00 in Beijing

async function signIn() {
  for (const u of ['admin', 'auditmgmt', 'decider', 'auditor', 'auditor2', 'service_b']) cookies[u] = await w.login(u);
}
/** Moves the clock; sessions last hours, so everyone signs in again. */
async function travelTo(date: string) {
  clock = at(date);
  await signIn();
}

beforeEach(async () => {
  clock = at('2026-01-10');
  w = await setUpWorld(() => clock);
  for (const u of await w.db.select().from(users)) ids[u.username] = u.id;
  // 华信 makes electronic instruments: 19.05 (专业代码)
  await w.db
    .update(clients)
    .set({ technicalAreaCodes: ['19.05.01'] })
    .where(eq(clients.id, w.huaxin));
  await signIn();
});
afterEach(() => w.app.close());

const send = (method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object, as = 'auditmgmt') =>
  w.app.inject({ method, url, headers: { cookie: cookies[as]! }, payload });
const post = (url: string, payload: object, as = 'auditmgmt') => send('POST', url, payload, as);
const get = (url: string, as = 'auditmgmt') => w.app.inject({ method: 'GET', url, headers: { cookie: cookies[as]! } });

async function grant(scheme: 'management_system' | 'after_sales' = 'management_system', decisionOn = '2026-01-05') {
  if (scheme === 'after_sales') return grantAfterSales(w, w.huaxin, { starLevel: 5, decisionOn, scope: '电子测量仪器的设计和生产' });
  const res = await post(
    `/api/clients/${w.huaxin}/certificates`,
    {
      certificateNo: 'CD26Q0001R0M',
      scheme,
      field: 'QMS',
      standard: 'GB/T 19001-2016',
      scope: '电子测量仪器的设计和生产',
      decisionOn,
    },
    'decider',
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function programme() {
  const res = await get(`/api/clients/${w.huaxin}/programmes`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json()[0];
}

async function register(username: string, overrides: object = {}) {
  const res = await post('/api/auditor-registrations', {
    userId: ids[username],
    kind: 'auditor',
    field: 'QMS',
    registrationNo: `2024-N1QMS-${username}`,
    technicalAreas: ['19.05'],
    teamLeader: true,
    validFrom: '2024-01-01',
    validUntil: '2028-12-31',
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function plan(programmeId: string, body: object) {
  const res = await post(`/api/programmes/${programmeId}/audits`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const leaderTeam = (version: number) => ({ version, members: [{ userId: ids.auditor, role: 'team_leader' }] });

describe('programme of a certificate cycle', () => {
  it('opens with the grant and owes the first surveillance within 12 months and the recertification', async () => {
    await grant();
    const p = await programme();
    expect(p).toMatchObject({ scheme: 'management_system', field: 'QMS', cycleNo: 1, status: 'open', certificateNo: 'CD26Q0001R0M' });
    const due = Object.fromEntries(p.due.map((d: { kind: string }) => [d.kind, d]));
    expect(due.surveillance).toMatchObject({ sequence: 1, dueOn: '2027-01-05', basis: 'FIRST_WITHIN', department: 'audit_management' });
    expect(due.recertification).toMatchObject({ dueOn: '2029-01-04', opensOn: '2028-10-04', department: 'customer_service' });
  });

  it('plans, reschedules and records a surveillance; the next one is then due from its end', async () => {
    await grant();
    await register('auditor');
    const p = await programme();
    const audit = await plan(p.id, { type: 'surveillance', plannedStart: '2026-11-02', plannedEnd: '2026-11-03', sites: ['总部'] });
    expect((await programme()).due.find((d: { kind: string }) => d.kind === 'surveillance')).toMatchObject({
      auditId: audit.id,
      plannedOn: '2026-11-02',
    });

    const moved = await post(`/api/audits/${audit.id}/reschedule`, {
      version: audit.version,
      plannedStart: '2026-12-07',
      plannedEnd: '2026-12-08',
      reason: '客户申请推迟',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ plannedStart: '2026-12-07', rescheduleCount: 1, version: 2 });
    const stale = await post(`/api/audits/${audit.id}/reschedule`, {
      version: audit.version,
      plannedStart: '2026-12-14',
      plannedEnd: '2026-12-15',
      reason: '再次推迟',
    });
    expect(stale.statusCode).toBe(409);

    const withTeam = await post(`/api/audits/${audit.id}/team`, leaderTeam(2));
    expect(withTeam.statusCode, withTeam.body).toBe(200);

    await travelTo('2026-12-09');
    const early = await post(`/api/audits/${audit.id}/record`, {
      version: 3,
      actualStart: '2026-12-09',
      actualEnd: '2026-12-10',
      result: 'pass',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().code).toBe('AUDIT.IN_FUTURE');
    const held = await post(`/api/audits/${audit.id}/record`, {
      version: 3,
      actualStart: '2026-12-07',
      actualEnd: '2026-12-08',
      result: 'pass',
    });
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json()).toMatchObject({ status: 'held', actualEnd: '2026-12-08' });
    // the client's actual surveillance date follows the surveillance held, with the change in its history
    const client = (await get(`/api/clients/${w.huaxin}`)).json();
    expect(client).toMatchObject({ actualSurveillanceOn: '2026-12-08', certificateNos: ['CD26Q0001R0M'] });
    const [entry] = (await get(`/api/clients/${w.huaxin}/history`)).json();
    expect(entry.changes).toEqual([
      {
        field: 'actualSurveillanceOn',
        label: { zh: '实际监督日期', en: 'Actual surveillance' },
        old: null,
        new: { zh: '2026-12-08', en: '2026-12-08' },
      },
    ]);

    const next = (await programme()).due.find((d: { kind: string }) => d.kind === 'surveillance');
    // 2027 is covered by nothing yet, and 12 months after 2026-12-08 is still in 2027
    expect(next).toMatchObject({ sequence: 2, dueOn: '2027-12-08', basis: 'INTERVAL', auditId: null });
    const log = await w.db.select().from(auditLog).where(eq(auditLog.entityId, audit.id));
    expect(log.map((l) => l.action)).toEqual(['plan', 'reschedule', 'assign-team', 'record']);
  });

  it('recording needs a team, and cancelling takes the audit off the due-list', async () => {
    await grant();
    const p = await programme();
    const audit = await plan(p.id, { type: 'surveillance', plannedStart: '2026-03-02', plannedEnd: '2026-03-03' });
    await travelTo('2026-03-04');
    const noTeam = await post(`/api/audits/${audit.id}/record`, {
      version: 1,
      actualStart: '2026-03-02',
      actualEnd: '2026-03-03',
      result: 'pass',
    });
    expect(noTeam.json().code).toBe('AUDIT.NO_TEAM');
    const cancelled = await post(`/api/audits/${audit.id}/cancel`, { version: 1, reason: '客户停产' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: '客户停产' });
    expect((await programme()).due.find((d: { kind: string }) => d.kind === 'surveillance').auditId).toBeNull();
    const again = await post(`/api/audits/${audit.id}/cancel`, { version: 2, reason: '重复' });
    expect(again.json().code).toBe('AUDIT.NOT_PLANNED');
  });

  it('adds an extra surveillance only with its trigger, and mystery shopping only to after-sales programmes', async () => {
    await grant();
    const p = await programme();
    const noTrigger = await post(`/api/programmes/${p.id}/audits`, { type: 'extra', plannedStart: '2026-04-01', plannedEnd: '2026-04-01' });
    expect(noTrigger.json().code).toBe('AUDIT.TRIGGER_REQUIRED');
    const extra = await plan(p.id, {
      type: 'extra',
      plannedStart: '2026-04-01',
      plannedEnd: '2026-04-01',
      trigger: 'MEDIA_EXPOSURE',
      triggerNote: '媒体报道产品质量问题',
    });
    expect(extra).toMatchObject({ trigger: 'MEDIA_EXPOSURE' });
    // an extra surveillance does not count towards the cadence: the first is still owed
    const due = (await programme()).due;
    expect(due.find((d: { kind: string }) => d.kind === 'surveillance')).toMatchObject({ dueOn: '2027-01-05', auditId: null });
    expect(due.find((d: { kind: string }) => d.kind === 'planned_audit')).toMatchObject({ auditId: extra.id, dueOn: '2026-04-01' });
    const visit = await post(`/api/programmes/${p.id}/audits`, {
      type: 'mystery_shopping',
      plannedStart: '2026-04-01',
      plannedEnd: '2026-04-01',
    });
    expect(visit.json().code).toBe('AUDIT.TYPE_NOT_IN_SCHEME');
    const backwards = await post(`/api/programmes/${p.id}/audits`, {
      type: 'surveillance',
      plannedStart: '2026-04-02',
      plannedEnd: '2026-04-01',
    });
    expect(backwards.json().code).toBe('AUDIT.DATES');
  });

  it('holds an after-sales surveillance only once its mystery-shopping visit is recorded', async () => {
    await grant('after_sales');
    await register('auditor', { field: 'AFTER_SALES', registrationNo: 'FW-001' });
    const p = await programme();
    expect(p.due.map((d: { kind: string }) => d.kind).sort()).toEqual([
      'mystery_shopping',
      'random_survey',
      'recertification',
      'surveillance',
    ]);
    const orphan = await post(`/api/programmes/${p.id}/audits`, {
      type: 'mystery_shopping',
      plannedStart: '2026-05-01',
      plannedEnd: '2026-05-01',
    });
    expect(orphan.json().code).toBe('AUDIT.MYSTERY_SHOPPING_TARGET');
    const s = await plan(p.id, { type: 'surveillance', plannedStart: '2026-06-01', plannedEnd: '2026-06-01' });
    const v = await plan(p.id, { type: 'mystery_shopping', plannedStart: '2026-05-20', plannedEnd: '2026-05-20' });
    expect(v.forAuditId).toBe(s.id);
    for (const a of [s, v]) expect((await post(`/api/audits/${a.id}/team`, leaderTeam(1))).statusCode).toBe(200);
    await travelTo('2026-06-02');
    const first = await post(`/api/audits/${s.id}/record`, {
      version: 2,
      actualStart: '2026-06-01',
      actualEnd: '2026-06-01',
      result: 'pass',
    });
    expect(first.json().code).toBe('AUDIT.MYSTERY_SHOPPING_MISSING');
    expect(
      (await post(`/api/audits/${v.id}/record`, { version: 2, actualStart: '2026-05-20', actualEnd: '2026-05-20', result: 'pass' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await post(`/api/audits/${s.id}/record`, { version: 2, actualStart: '2026-06-01', actualEnd: '2026-06-01', result: 'pass' }))
        .statusCode,
    ).toBe(200);
    const due = (await programme()).due;
    // after-sales: normally 12 months, at most 15 months after the last surveillance
    expect(due.find((d: { kind: string }) => d.kind === 'surveillance')).toMatchObject({
      sequence: 2,
      targetOn: '2027-06-01',
      dueOn: '2027-09-01',
    });
  });
});

describe('audit teams', () => {
  async function plannedAudit() {
    await grant();
    const p = await programme();
    return plan(p.id, { type: 'surveillance', plannedStart: '2026-09-01', plannedEnd: '2026-09-02', sites: ['总部', '二厂'] });
  }

  it('refuses an unregistered auditor, an expert as auditor, and a lone auditor not qualified as leader', async () => {
    const audit = await plannedAudit();
    const team = (members: object[]) => post(`/api/audits/${audit.id}/team`, { version: 1, members });
    expect((await team([{ userId: ids.auditor, role: 'team_leader' }])).json().code).toBe('TEAM.NOT_REGISTERED');
    await register('expert', { kind: 'technical_expert', teamLeader: false, registrationNo: 'TE-01' });
    expect((await team([{ userId: ids.expert, role: 'team_leader' }])).json().code).toBe('TEAM.EXPERT_AS_AUDITOR');
    await register('auditor2', { teamLeader: false });
    expect((await team([{ userId: ids.auditor2, role: 'team_leader' }])).json().code).toBe('TEAM.SINGLE_AUDITOR_NOT_LEADER');
    await register('auditor', { technicalAreas: ['29.09'] });
    const res = await team([{ userId: ids.auditor, role: 'team_leader' }]);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'TEAM.AREA_NOT_COVERED', message: { zh: expect.stringContaining('19.05.01') } });
    expect((await team([{ userId: w.branchA, role: 'team_leader' }])).json().code).toBe('TEAM.UNKNOWN_USER');

    // the dialog asks the same rules while the team is built: every problem, in both languages, nothing saved
    const check = (members: object[]) => post(`/api/audits/${audit.id}/team-check`, { members });
    const problems = (
      await check([
        { userId: ids.auditor2, role: 'team_leader' },
        { userId: ids.expert, role: 'auditor' },
      ])
    ).json().problems;
    expect(problems.map((p: { code: string }) => p.code)).toEqual(['TEAM.LEADER_NOT_QUALIFIED', 'TEAM.EXPERT_AS_AUDITOR']);
    expect(problems[0].message).toEqual({
      zh: expect.stringMatching(/\S 不具备审核组长资格$/),
      en: expect.stringMatching(/is not qualified as team leader$/),
    });
    expect((await check([{ userId: w.branchA, role: 'team_leader' }])).json().problems[0].code).toBe('TEAM.UNKNOWN_USER');
    expect((await get(`/api/audits/${audit.id}`)).json()).toMatchObject({ team: [], version: 1 });
  });

  it('accepts a leader with an auditor and an expert, shows previous audits of the client, and takes the plan from the team', async () => {
    await register('auditor', { technicalAreas: ['19'] }); // a two-digit code covers its sub-codes
    await register('auditor2', { teamLeader: false });
    await register('expert', { kind: 'technical_expert', teamLeader: false, registrationNo: 'TE-01' });
    const audit = await plannedAudit();
    const members = [
      { userId: ids.auditor, role: 'team_leader' },
      { userId: ids.auditor2, role: 'auditor' },
      { userId: ids.expert, role: 'technical_expert' },
    ];
    const res = await post(`/api/audits/${audit.id}/team`, { version: 1, members });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().team.map((m: { role: string }) => m.role)).toEqual(['team_leader', 'auditor', 'technical_expert']);

    const p = await programme();
    const second = await plan(p.id, {
      type: 'extra',
      plannedStart: '2026-10-12',
      plannedEnd: '2026-10-12',
      trigger: 'SUBSTANTIATED_COMPLAINT',
    });
    const candidates = (await get(`/api/audits/${second.id}/team-candidates`)).json();
    expect(candidates.map((c: { name: string }) => c.name).sort()).toEqual(['用户 auditor', '用户 auditor2', '用户 expert']);
    const leader = candidates.find((c: { userId: string }) => c.userId === ids.auditor);
    expect(leader).toMatchObject({
      teamLeader: true,
      coversAreas: ['19.05.01'],
      previousAudits: [{ auditId: audit.id, role: 'team_leader', type: 'surveillance' }],
    });
    expect(candidates.find((c: { userId: string }) => c.userId === ids.auditor2).coversAreas).toEqual(['19.05.01']);

    const activity = { date: '2026-09-01', from: '09:00', to: '10:00', activity: '首次会议', site: '总部', userId: ids.auditor };
    const byOutsider = await post(`/api/audits/${second.id}/plan`, { version: 1, activities: [] }, 'auditor2');
    expect(byOutsider.statusCode).toBe(403);
    const offSite = await post(`/api/audits/${audit.id}/plan`, { version: 2, activities: [{ ...activity, site: '三厂' }] }, 'auditor');
    expect(offSite.json().code).toBe('PLAN.UNKNOWN_SITE');
    const saved = await post(
      `/api/audits/${audit.id}/plan`,
      { version: 2, activities: [{ ...activity, date: '2026-09-02', activity: '末次会议' }, activity] },
      'auditor',
    );
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().plan.map((a: { activity: string }) => a.activity)).toEqual(['首次会议', '末次会议']);
    // the plan names the leader: taking them off the team is refused
    const dropLeader = await post(`/api/audits/${audit.id}/team`, { version: 3, members: [{ userId: ids.auditor2, role: 'team_leader' }] });
    expect(dropLeader.statusCode).toBe(409);
  });
});

describe('due-list', () => {
  it('lists overdue and due items per window, per branch, and exports them', async () => {
    await grant();
    await travelTo('2026-12-20');
    const all = (await get('/api/due-items')).json();
    expect(all.windowDays).toEqual([30, 60, 90]);
    expect(all.counts).toEqual({ overdue: 0, first: 1, second: 0, third: 0 });
    expect(all.items[0]).toMatchObject({
      kind: 'surveillance',
      bucket: 'first',
      clientName: '北京华信电子科技有限公司',
      branchName: { zh: '北京总部' },
    });
    expect((await get(`/api/due-items?bucket=all&branchId=${w.branchB}`)).json().total).toBe(0);
    expect((await get('/api/due-items?bucket=all', 'service_b')).json().total).toBe(0);
    const calendar = (await get('/api/due-items?bucket=all&from=2029-01-01&to=2029-01-31')).json();
    expect(calendar.items.map((i: { kind: string }) => i.kind)).toEqual(['recertification']);

    const file = await get('/api/due-items/export?bucket=due&lang=zh');
    expect(file.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('到期清单')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('状态');
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe('30 天内');
    expect(sheet.getRow(2).getCell(3).value).toBe('监督审核');

    // the client moves to Shenzhen: its items follow
    const client = (await get(`/api/clients/${w.huaxin}`, 'admin')).json();
    const moved = await send('PATCH', `/api/clients/${w.huaxin}`, { version: client.version, branchId: w.branchB }, 'admin');
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await get('/api/due-items?bucket=all', 'service_b')).json().total).toBe(2);
  });

  it('proposes suspension once for an overdue surveillance; the decision-maker accepts or dismisses it', async () => {
    const cert = await grant();
    await travelTo('2027-01-06');
    expect((await post('/api/jobs/run', {}, 'admin')).statusCode).toBe(200);
    expect((await get('/api/due-items?bucket=overdue')).json().items[0]).toMatchObject({ kind: 'surveillance', bucket: 'overdue' });
    const [proposal] = (await get('/api/suspension-proposals?status=open', 'decider')).json();
    expect(proposal).toMatchObject({ certificateNo: cert.certificateNo, dueOn: '2027-01-05', proposedOn: '2027-01-06', status: 'open' });
    const deciderList = (await get('/api/due-items?department=decision_maker', 'decider')).json();
    expect(deciderList.items).toMatchObject([{ kind: 'suspension_proposal', basis: 'OVERDUE_SURVEILLANCE' }]);

    await travelTo('2027-01-07');
    await post('/api/jobs/run', {}, 'admin');
    expect((await get('/api/suspension-proposals', 'decider')).json()).toHaveLength(1); // not proposed twice

    const byStaff = await post(`/api/suspension-proposals/${proposal.id}/dismiss`, { version: 1, reason: '已约定审核' }, 'auditmgmt');
    expect(byStaff.statusCode).toBe(403);
    const noReason = await post(`/api/suspension-proposals/${proposal.id}/dismiss`, { version: 1, reason: '' }, 'decider');
    expect(noReason.statusCode).toBe(400);
    const accepted = await post(
      `/api/suspension-proposals/${proposal.id}/accept`,
      { version: 1, from: '2027-01-07', until: '2027-04-06', reason: '未按期接受监督审核' },
      'decider',
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'suspended', suspendedUntil: '2027-04-06' });
    expect(accepted.json().events[0]).toMatchObject({ kind: 'suspend', ground: 'SURVEILLANCE_NOT_ACCEPTED' });
    const twice = await post(`/api/suspension-proposals/${proposal.id}/dismiss`, { version: 2, reason: '重复处理' }, 'decider');
    expect(twice.json().code).toBe('PROPOSAL.DECIDED');
    expect((await get('/api/due-items?department=decision_maker', 'decider')).json().total).toBe(0);
  });

  it('dismisses a proposal with the reason and answers the proposal as recorded; the certificate stays valid', async () => {
    const cert = await grant();
    await travelTo('2027-01-06');
    await post('/api/jobs/run', {}, 'admin');
    const [proposal] = (await get('/api/suspension-proposals?status=open', 'decider')).json();
    const dismissed = await post(`/api/suspension-proposals/${proposal.id}/dismiss`, { version: 1, reason: '已约定审核日期' }, 'decider');
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    expect(dismissed.json()).toEqual({
      id: proposal.id,
      certificateId: cert.id,
      programmeId: expect.any(String),
      clientId: w.huaxin,
      dueKey: proposal.dueKey,
      dueOn: '2027-01-05',
      proposedOn: '2027-01-06',
      basis: 'OVERDUE_SURVEILLANCE',
      status: 'dismissed',
      decidedBy: expect.any(String),
      decidedOn: '2027-01-06',
      reason: '已约定审核日期',
      version: 2,
    });
    expect((await get(`/api/certificates/${cert.id}`, 'decider')).json().status).toBe('valid');
  });

  it('lists the open proposals most overdue first, each with the surveillance audit already planned for it', async () => {
    await grant();
    const other = await post(
      `/api/clients/${w.other}/certificates`,
      {
        certificateNo: 'CD25Q0002R0M',
        scheme: 'management_system',
        field: 'QMS',
        standard: 'GB/T 19001-2016',
        scope: '家用电器的生产',
        decisionOn: '2025-12-01',
      },
      'decider',
    );
    expect(other.statusCode, other.body).toBe(201);
    // the other client's surveillance (due 2026-12-01) is proposed first, 华信's (due 2027-01-05) a month later
    await travelTo('2026-12-02');
    await post('/api/jobs/run', {}, 'admin');
    await travelTo('2027-01-06');
    await post('/api/jobs/run', {}, 'admin');
    const audit = await plan((await programme()).id, { type: 'surveillance', plannedStart: '2027-01-18', plannedEnd: '2027-01-19' });

    const open = (await get('/api/suspension-proposals?status=open', 'decider')).json();
    expect(
      open.map((p: { certificateNo: string; dueOn: string; plannedAudit: unknown }) => [p.certificateNo, p.dueOn, p.plannedAudit]),
    ).toEqual([
      ['CD25Q0002R0M', '2026-12-01', null],
      ['CD26Q0001R0M', '2027-01-05', { id: audit.id, plannedStart: '2027-01-18', plannedEnd: '2027-01-19' }],
    ]);

    // decided ones come after the open ones
    const dismissed = await post(`/api/suspension-proposals/${open[0].id}/dismiss`, { version: 1, reason: '已约定审核日期' }, 'decider');
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    const all = (await get('/api/suspension-proposals', 'decider')).json();
    expect(all.map((p: { certificateNo: string; status: string }) => [p.certificateNo, p.status])).toEqual([
      ['CD26Q0001R0M', 'open'],
      ['CD25Q0002R0M', 'dismissed'],
    ]);

    // a cancelled audit no longer counts as planned
    const cancelled = await post(`/api/audits/${audit.id}/cancel`, { version: audit.version, reason: '客户要求取消' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect((await get('/api/suspension-proposals?status=open', 'decider')).json()[0].plannedAudit).toBeNull();
  });

  it('revokes a give-up while a proposal is open, even with nothing ticked; the proposal lapses in the same step', async () => {
    const cert = await grant();
    await travelTo('2027-01-06');
    await post('/api/jobs/run', {}, 'admin');
    const [proposal] = (await get('/api/suspension-proposals?status=open', 'decider')).json();
    const grounds = (await get(`/api/certificates/${cert.id}/give-up-grounds`, 'decider')).json();
    expect(grounds).toEqual(
      expect.arrayContaining([
        { source: 'suspension_proposal', ground: 'SURVEILLANCE_NOT_ACCEPTED', since: '2027-01-06' },
        { source: 'overdue_surveillance', ground: 'SURVEILLANCE_NOT_ACCEPTED', since: '2027-01-05' },
      ]),
    );
    const current = (await get(`/api/certificates/${cert.id}`, 'decider')).json();
    // no withdrawal around it either
    const withdraw = await post(
      `/api/certificates/${cert.id}/withdraw`,
      { version: current.version, ground: 'CRITERIA_NOT_MET', reason: '认证依据变更' },
      'decider',
    );
    expect(withdraw.json()).toMatchObject({
      code: 'CERTIFICATE.GROUNDS_OPEN',
      message: { zh: expect.stringContaining('未决的暂停建议、监督审核逾期') },
    });
    const res = await post(`/api/certificates/${cert.id}/give-up`, { version: current.version, reason: '企业申请放弃证书' }, 'decider');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().decision).toMatchObject({
      action: 'revoke',
      ground: 'GIVE_UP_WITH_GROUNDS',
      openGrounds: ['SURVEILLANCE_NOT_ACCEPTED'],
    });
    expect(res.json().certificate.status).toBe('revoked');
    const [after] = (await get('/api/suspension-proposals', 'decider')).json();
    expect(after).toMatchObject({ id: proposal.id, status: 'lapsed', reason: expect.stringContaining('撤销') });
    expect((await get('/api/due-items?department=decision_maker', 'decider')).json().total).toBe(0);
    const accept = await post(
      `/api/suspension-proposals/${proposal.id}/accept`,
      { version: after.version, from: '2027-01-06', until: '2027-04-05', reason: '未按期接受监督审核' },
      'decider',
    );
    expect(accept.json().code).toBe('PROPOSAL.DECIDED');
  });

  it('lapses an open proposal when the certificate is suspended by another decision', async () => {
    const cert = await grant();
    await travelTo('2027-01-06');
    await post('/api/jobs/run', {}, 'admin');
    const current = (await get(`/api/certificates/${cert.id}`, 'decider')).json();
    const suspended = await post(
      `/api/certificates/${cert.id}/suspend`,
      { version: current.version, from: '2027-01-06', until: '2027-03-31', ground: 'FEES_UNPAID', reason: '费用未缴' },
      'decider',
    );
    expect(suspended.statusCode, suspended.body).toBe(200);
    expect((await get('/api/suspension-proposals', 'decider')).json()).toMatchObject([{ status: 'lapsed' }]);
  });

  it('moves every open programme’s due dates when an interval parameter changes', async () => {
    await grant();
    const params = (await get('/api/parameters', 'admin')).json();
    const first = params.find((p: { key: string }) => p.key === 'surveillance.firstWithinMonths.managementSystem');
    const res = await send('PUT', `/api/parameters/${first.key}`, { value: 10, version: first.version }, 'admin');
    expect(res.statusCode, res.body).toBe(200);
    await post('/api/jobs/run', {}, 'admin');
    expect((await programme()).due.find((d: { kind: string }) => d.kind === 'surveillance').dueOn).toBe('2026-11-05');
  });
});

describe('recertification', () => {
  it('needs a passed recertification audit, then renews the validity and opens the next cycle', async () => {
    const cert = await grant('management_system', '2023-03-01');
    await register('auditor');
    const p = await programme();
    const early = await post(`/api/programmes/${p.id}/recertify`, { version: cert.version, decisionOn: '2026-01-08' }, 'decider');
    expect(early.json().code).toBe('RECERTIFICATION.AUDIT_MISSING');

    const audit = await plan(p.id, { type: 'recertification', plannedStart: '2025-12-15', plannedEnd: '2025-12-17' });
    await post(`/api/audits/${audit.id}/team`, leaderTeam(1));
    const held = await post(`/api/audits/${audit.id}/record`, {
      version: 2,
      actualStart: '2025-12-15',
      actualEnd: '2025-12-17',
      result: 'pass',
    });
    expect(held.statusCode, held.body).toBe(200);
    expect((await programme()).due.find((d: { kind: string }) => d.kind === 'recertification').basis).toBe('AWAITING_DECISION');

    const renewed = await post(`/api/programmes/${p.id}/recertify`, { version: cert.version, decisionOn: '2026-01-08' }, 'decider');
    expect(renewed.statusCode, renewed.body).toBe(200);
    expect(renewed.json()).toMatchObject({
      status: 'valid',
      decisionOn: '2026-01-08',
      issueOn: '2026-01-08',
      expiresOn: '2029-01-07',
      originalIssueOn: '2023-03-01',
    });
    const [next, closed] = (await get(`/api/clients/${w.huaxin}/programmes`))
      .json()
      .sort((a: { cycleNo: number }, b: { cycleNo: number }) => b.cycleNo - a.cycleNo);
    expect(closed).toMatchObject({ cycleNo: 1, status: 'closed', closedOn: '2026-01-08', due: [] });
    expect(next).toMatchObject({ cycleNo: 2, status: 'open' });
    expect(next.due.find((d: { kind: string }) => d.kind === 'surveillance')).toMatchObject({ sequence: 1, dueOn: '2027-01-08' });
    const again = await post(`/api/programmes/${p.id}/recertify`, { version: renewed.json().version, decisionOn: '2026-01-09' }, 'decider');
    expect(again.json().code).toBe('PROGRAMME.CLOSED');
  });

  it('refuses a programme for a field that already has one awaiting certification', async () => {
    const first = await post(`/api/clients/${w.huaxin}/programmes`, { scheme: 'management_system', field: 'EMS' });
    expect(first.statusCode, first.body).toBe(201);
    const twice = await post(`/api/clients/${w.huaxin}/programmes`, { scheme: 'management_system', field: 'EMS' });
    expect(twice.json().code).toBe('PROGRAMME.OPEN_EXISTS');
    const surveillance = await post(`/api/programmes/${first.json().id}/audits`, {
      type: 'surveillance',
      plannedStart: '2026-02-01',
      plannedEnd: '2026-02-01',
    });
    expect(surveillance.json().code).toBe('AUDIT.NEEDS_CERTIFICATE');
    await plan(first.json().id, { type: 'initial_stage1', plannedStart: '2026-02-01', plannedEnd: '2026-02-01' });
    const grantEms = () =>
      post(
        `/api/clients/${w.huaxin}/certificates`,
        {
          certificateNo: 'CD26E0001R0M',
          scheme: 'management_system',
          field: 'EMS',
          standard: 'GB/T 24001-2016',
          scope: '电子测量仪器的设计和生产',
          decisionOn: '2026-01-09',
        },
        'decider',
      );
    // the decision rests on the application's initial audit: not before it is held and passed
    expect((await grantEms()).json().code).toBe('CERTIFICATE.INITIAL_AUDIT_MISSING');
    await register('auditor', { field: 'EMS', registrationNo: 'EMS-001' });
    const stage2 = await plan(first.json().id, { type: 'initial_stage2', plannedStart: '2026-01-06', plannedEnd: '2026-01-07' });
    const teamed = (await post(`/api/audits/${stage2.id}/team`, leaderTeam(stage2.version))).json();
    const held = await post(`/api/audits/${stage2.id}/record`, {
      version: teamed.version,
      actualStart: '2026-01-06',
      actualEnd: '2026-01-07',
      result: 'pass',
    });
    expect(held.statusCode, held.body).toBe(200);
    const early = await post(
      `/api/clients/${w.huaxin}/certificates`,
      {
        certificateNo: 'CD26E0001R0M',
        scheme: 'management_system',
        field: 'EMS',
        standard: 'GB/T 24001-2016',
        scope: '电子测量仪器的设计和生产',
        decisionOn: '2026-01-06',
      },
      'decider',
    );
    expect(early.json()).toMatchObject({
      code: 'CERTIFICATE.DECISION_BEFORE_AUDIT',
      message: { zh: expect.stringContaining('2026-01-07') },
    });
    const res = await post(
      `/api/clients/${w.huaxin}/certificates`,
      {
        certificateNo: 'CD26E0001R0M',
        scheme: 'management_system',
        field: 'EMS',
        standard: 'GB/T 24001-2016',
        scope: '电子测量仪器的设计和生产',
        starLevel: null,
        decisionOn: '2026-01-09',
      },
      'decider',
    );
    expect(res.statusCode, res.body).toBe(201);
    const programmes = (await get(`/api/clients/${w.huaxin}/programmes`)).json();
    expect(programmes).toHaveLength(1); // the application's programme took the certificate
    expect(programmes[0]).toMatchObject({ id: first.json().id, certificateNo: 'CD26E0001R0M' });
  });
});

describe('auditor registrations', () => {
  it('are kept for auditor accounts only, versioned, and exported', async () => {
    const notAuditor = await post('/api/auditor-registrations', {
      userId: ids.decider,
      kind: 'auditor',
      field: 'QMS',
      registrationNo: 'X-1',
      validFrom: '2024-01-01',
      validUntil: '2026-12-31',
    });
    expect(notAuditor.json().code).toBe('REGISTRATION.NOT_AUDITOR');
    const expertLeader = await post('/api/auditor-registrations', {
      userId: ids.expert,
      kind: 'technical_expert',
      field: 'QMS',
      registrationNo: 'TE-1',
      teamLeader: true,
      validFrom: '2024-01-01',
      validUntil: '2026-12-31',
    });
    expect(expertLeader.json().code).toBe('REGISTRATION.EXPERT_LEADER');
    const byAuditor = await post('/api/auditor-registrations', { userId: ids.auditor }, 'auditor');
    expect(byAuditor.statusCode).toBe(403);

    const r = await register('auditor');
    const { id, version, userId: _u, userName: _n, ...fields } = r;
    const updated = await send('PUT', `/api/auditor-registrations/${id}`, { ...fields, version, validUntil: '2029-06-30' });
    expect(updated.json()).toMatchObject({ validUntil: '2029-06-30', version: 2 });
    const stale = await send('PUT', `/api/auditor-registrations/${id}`, { ...fields, version, validUntil: '2030-06-30' });
    expect(stale.statusCode).toBe(409);

    const file = await get('/api/auditor-registrations/export?lang=en');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(4).value).toBe('Registration no.');
    expect(sheet.getRow(2).getCell(4).value).toBe('2024-N1QMS-auditor');
    expect(sheet.getRow(2).getCell(8).value).toEqual(new Date('2029-06-30T00:00:00Z')); // a real Excel date
  });
});
