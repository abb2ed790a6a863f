import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { grantSystem } from '../../../test/world-helpers.js';
import { users } from '../auth/auth.schema.js';
import { activeStaff } from '../auth/staff.js';
import { clients } from '../clients/client.schema.js';
import {
  clientFile,
  complianceMeters,
  escalationManagers,
  listEvents,
  listRequests,
  lossesOfYear,
  suggestionSummary,
} from './communication.service.js';

let w: World;
const clock = new Date('2026-06-15T02:00:00Z');
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};

beforeEach(async () => {
  w = await setUpWorld(() => clock);
  for (const u of await w.db.select().from(users)) ids[u.username] = u.id;
  for (const u of ['service', 'service_b', 'service_head', 'decider', 'general', 'auditor', 'portal']) cookies[u] = await w.login(u);
});
afterEach(() => w.app.close());

const send = (method: 'POST' | 'PUT', url: string, payload: object, as = 'service') =>
  w.app.inject({ method, url, headers: { cookie: cookies[as]! }, payload });
const post = (url: string, payload: object, as = 'service') => send('POST', url, payload, as);
const get = (url: string, as = 'service') => w.app.inject({ method: 'GET', url, headers: { cookie: cookies[as]! } });
const contact = (on: string, extra: object = {}) => ({ kind: 'phone', contactedOn: on, summary: '沟通监督审核安排', ...extra });

describe('communication and maintenance', () => {
  it('logs contacts under a maintainer and meters clients below 2 a year (VIP 4) and follow-ups against 30 %', async () => {
    await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD26Q0001R0M');
    await grantSystem(w, cookies.decider!, w.other, 'QMS', 'CD26Q0002R0M');
    await w.db.update(clients).set({ vip: true }).where(eq(clients.id, w.other));
    expect((await send('PUT', `/api/clients/${w.huaxin}/maintainer`, { userId: ids.service })).statusCode).toBe(200);
    expect((await send('PUT', `/api/clients/${w.huaxin}/maintainer`, { userId: ids.portal })).json().code).toBe('COMMUNICATION.NOT_STAFF');

    const first = await post(
      `/api/clients/${w.huaxin}/contacts`,
      contact('2026-03-02', { agreedSurveillanceOn: '2026-11-10', auditNeeds: '希望安排在11月上旬' }),
    );
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ byName: expect.any(String), agreedSurveillanceOn: '2026-11-10' });
    // last year's contact does not count this year
    await post(`/api/clients/${w.huaxin}/contacts`, contact('2025-12-30'));
    expect((await post(`/api/clients/${w.huaxin}/contacts`, contact('2026-06-16'))).json().code).toBe('COMMUNICATION.FUTURE_DATE');
    for (let i = 0; i < 3; i++)
      expect(
        (await post(`/api/clients/${w.other}/contacts`, contact(`2026-0${i + 2}-10`, { followUp: true }), 'service_b')).statusCode,
      ).toBe(201);

    let meters = (await get('/api/communication/meters?year=2026')).json();
    expect(meters.minimums).toEqual({ perYear: 2, perYearVip: 4 });
    expect(meters.total).toMatchObject({ clients: 2, below: 2, followUps: 1, followUpTarget: 1, events: 0 });
    expect(meters.belowMinimum.map((c: { id: string; contacts: number; owed: number }) => [c.id, c.contacts, c.owed])).toEqual(
      expect.arrayContaining([
        [w.huaxin, 1, 2],
        [w.other, 3, 4],
      ]),
    );
    expect(meters.byMaintainer.find((m: { id: string }) => m.id === ids.service)).toMatchObject({ clients: 1, below: 1 });

    await post(`/api/clients/${w.huaxin}/contacts`, contact('2026-06-15', { kind: 'visit' }));
    await post(`/api/clients/${w.other}/contacts`, contact('2026-06-01', { kind: 'email' }), 'service_b');
    meters = (await get('/api/communication/meters?year=2026')).json();
    expect(meters.total.below).toBe(0);
    // branch staff see their own branch only
    expect((await get('/api/communication/meters?year=2026', 'service_b')).json().total.clients).toBe(1);
    const file = (await get(`/api/clients/${w.huaxin}/communication`)).json();
    expect(file.maintainer).toMatchObject({ userId: ids.service, since: '2026-06-15' });
    // the surveillance date agreed in the first contact is the client's planned surveillance date
    expect((await get(`/api/clients/${w.huaxin}`)).json().plannedSurveillanceOn).toBe('2026-11-10');
    expect(file.contacts.map((c: { contactedOn: string }) => c.contactedOn)).toEqual(['2026-06-15', '2026-03-02', '2025-12-30']);
  });

  it('counts events per branch against 2 a year', async () => {
    await grantSystem(w, cookies.decider!, w.other, 'QMS', 'CD26Q0002R0M');
    const symposium = await post(
      '/api/communication/events',
      { heldOn: '2026-05-20', kind: 'symposium', title: '获证企业座谈会', attendees: 35 },
      'service_b',
    );
    expect(symposium.statusCode, symposium.body).toBe(201);
    expect(symposium.json().branchId).toBe(w.branchB);
    const meters = (await get('/api/communication/meters?year=2026')).json();
    expect(meters.eventsRequired).toBe(2);
    expect(meters.byBranch.find((b: { id: string }) => b.id === w.branchB)).toMatchObject({
      events: 1,
      name: '深圳办事处',
      nameEn: 'Shenzhen',
    });
  });

  it('classifies requests: (c) needs a named manager, the outcome closes it once', async () => {
    const noManager = await post('/api/communication/requests', {
      clientId: w.huaxin,
      receivedOn: '2026-06-10',
      content: '要求减免监督审核费用',
      class: 'beyond_authority',
    });
    expect(noManager.json().code).toBe('COMMUNICATION.ESCALATION_REQUIRED');
    const wrong = await post('/api/communication/requests', {
      clientId: w.huaxin,
      receivedOn: '2026-06-10',
      content: '要求认证证书加印英文',
      class: 'within_authority',
      escalatedToId: ids.general,
    });
    expect(wrong.json().code).toBe('COMMUNICATION.ESCALATION_NOT_ALLOWED');
    // (c) goes to a manager who may close it: general administration cannot, nor can a colleague who is no manager
    for (const who of [ids.general, ids.service]) {
      const notManager = await post('/api/communication/requests', {
        clientId: w.huaxin,
        receivedOn: '2026-06-10',
        content: '要求减免监督审核费用',
        class: 'beyond_authority',
        escalatedToId: who,
      });
      expect(notManager.json().code).toBe('COMMUNICATION.NOT_A_MANAGER');
    }
    expect((await get('/api/communication/managers')).json().map((m: { id: string }) => m.id)).toEqual([ids.service_head]);
    const escalated = await post('/api/communication/requests', {
      clientId: w.huaxin,
      receivedOn: '2026-06-10',
      content: '要求减免监督审核费用',
      class: 'beyond_authority',
      escalatedToId: ids.service_head,
    });
    expect(escalated.statusCode, escalated.body).toBe(201);
    expect(escalated.json()).toMatchObject({ status: 'open', escalatedToName: expect.any(String), version: 1 });
    // it stands on the manager's department's due-list, due communication.escalatedRequestDays (7) on
    const due = (await get('/api/due-items?bucket=all&department=customer_service')).json().items;
    expect(due).toMatchObject([{ kind: 'escalated_request', dueOn: '2026-06-17', clientId: w.huaxin }]);
    const byColleague = await post(`/api/communication/requests/${escalated.json().id}/close`, { version: 1, outcome: '同意' });
    expect(byColleague.statusCode).toBe(403);
    expect(byColleague.json().code).toBe('COMMUNICATION.MANAGER_CLOSES');
    const closed = await post(
      `/api/communication/requests/${escalated.json().id}/close`,
      { version: 1, outcome: '经总经理批准减免 10%' },
      'service_head',
    );
    expect(closed.json()).toMatchObject({ status: 'closed', closedOn: '2026-06-15', outcome: '经总经理批准减免 10%' });
    expect((await get('/api/due-items?bucket=all&department=customer_service')).json().items).toEqual([]);
    const twice = await post(`/api/communication/requests/${escalated.json().id}/close`, { version: 2, outcome: '再次' }, 'service_head');
    expect(twice.json().code).toBe('COMMUNICATION.REQUEST_CLOSED');
    expect(
      (await post(`/api/communication/requests/${escalated.json().id}/close`, { version: 2, outcome: 'x' }, 'service_b')).statusCode,
    ).toBe(404);
    expect((await get('/api/communication/requests?year=2026')).json()).toHaveLength(1);
    const sheet = await get('/api/communication/requests/export?year=2026&lang=en');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.name).toBe('Client requests');
    expect(book.worksheets[0]!.getRow(2).getCell(4).value).toBe('(c) beyond authority');
    expect(book.worksheets[0]!.getRow(2).getCell(6).value).toBe('经总经理批准减免 10%');
    expect(
      (
        await post(
          '/api/communication/requests',
          { clientId: w.huaxin, receivedOn: '2026-06-10', content: 'x', class: 'unreasonable' },
          'auditor',
        )
      ).statusCode,
    ).toBe(403);
  });

  it('records a lost client with its cause, and a lost VIP only with analysis and remedial decision', async () => {
    await w.db.update(clients).set({ vip: true }).where(eq(clients.id, w.huaxin));
    const bare = await post(`/api/clients/${w.huaxin}/losses`, { status: 'lost', cause: '转到其他认证机构' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().code).toBe('COMMUNICATION.LOST_VIP_ANALYSIS');
    expect((await get(`/api/clients/${w.huaxin}`)).json().status).toBe('active');
    const lost = await post(`/api/clients/${w.huaxin}/losses`, {
      status: 'lost',
      cause: '转到其他认证机构',
      analysis: '报价高于竞争对手 15%，且监督审核两次改期',
      remedialDecision: '总经理回访，调整报价策略',
    });
    expect(lost.statusCode, lost.body).toBe(201);
    expect((await get(`/api/clients/${w.huaxin}`)).json().status).toBe('lost');
    const abnormal = await post(`/api/clients/${w.other}/losses`, { status: 'abnormal', cause: '联系人离职，无法联系' }, 'service_b');
    expect(abnormal.statusCode).toBe(201);
    const losses = (await get('/api/communication/losses?year=2026')).json();
    expect(losses.map((l: { status: string; vip: boolean }) => [l.status, l.vip]).sort()).toEqual([
      ['abnormal', false],
      ['lost', true],
    ]);
  });

  it('logs suggestions and summarises the year', async () => {
    await post('/api/communication/suggestions', {
      clientId: w.huaxin,
      receivedOn: '2026-02-01',
      content: '希望提供内审员培训',
      response: '已安排6月培训',
    });
    await post('/api/communication/suggestions', { receivedOn: '2026-05-01', content: '网站证书查询增加英文' });
    await post('/api/communication/suggestions', { receivedOn: '2025-12-01', content: '去年的建议' });
    const summary = (await get('/api/communication/suggestions?year=2026')).json();
    expect(summary).toMatchObject({ year: 2026, total: 2, answered: 1 });
    expect(summary.items[0]).toMatchObject({ clientName: '北京华信电子科技有限公司', content: '希望提供内审员培训' });
    const open = summary.items[1];
    expect((await post(`/api/communication/suggestions/${open.id}/response`, { response: '已转技术部评估' })).statusCode).toBe(200);
    expect((await post(`/api/communication/suggestions/${open.id}/response`, { response: '再次' })).json().code).toBe(
      'COMMUNICATION.SUGGESTION_ANSWERED',
    );
    expect((await get('/api/communication/suggestions?year=2026')).json().answered).toBe(2);
  });

  it('refuses an export longer than EXPORT_MAX_ROWS instead of cutting it short', async () => {
    await w.app.close();
    w = await setUpWorld(() => clock, { EXPORT_MAX_ROWS: '1' });
    cookies.service = await w.login('service');
    const request = { clientId: w.huaxin, receivedOn: '2026-06-10', content: '希望推迟监督审核', class: 'within_authority' };
    await post('/api/communication/requests', request);
    expect((await get('/api/communication/requests/export?year=2026')).statusCode).toBe(200);
    await post('/api/communication/requests', { ...request, content: '希望增加培训' });
    const refused = await get('/api/communication/requests/export?year=2026');
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'EXPORT.TOO_MANY_ROWS' });
    expect(refused.json().message.en).toContain('2');
  });
});

describe('what the API answers', () => {
  // the response schemas drop what they do not describe: each answer must be all the service computed
  const asJson = (v: unknown) => JSON.parse(JSON.stringify(v));

  it('answers every record and list in full, as the service made it', async () => {
    await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD26Q0001R0M');
    await grantSystem(w, cookies.decider!, w.other, 'QMS', 'CD26Q0002R0M');
    const scope = { kind: 'all' } as const;
    const ok = (res: Awaited<ReturnType<typeof get>>, status = 200) => {
      expect(res.statusCode, res.body).toBe(status);
      return res.json();
    };

    const maintainer = ok(await send('PUT', `/api/clients/${w.huaxin}/maintainer`, { userId: ids.service }));
    const logged = ok(
      await post(
        `/api/clients/${w.huaxin}/contacts`,
        contact('2026-03-02', { followUp: true, agreedSurveillanceOn: '2026-11-10', auditNeeds: '希望安排在11月上旬' }),
      ),
      201,
    );
    const events = [
      ok(await post('/api/communication/events', { heldOn: '2026-04-20', kind: 'training', title: '内审员培训', note: '总部' }), 201),
      ok(
        await post('/api/communication/events', { heldOn: '2026-05-20', kind: 'symposium', title: '座谈会', attendees: 35 }, 'service_b'),
        201,
      ),
    ];
    const request = { clientId: w.huaxin, receivedOn: '2026-06-10', content: '希望推迟监督审核' };
    const handled = ok(await post('/api/communication/requests', { ...request, class: 'within_authority' }), 201);
    const escalated = ok(
      await post('/api/communication/requests', {
        ...request,
        content: '要求减免监督审核费用',
        class: 'beyond_authority',
        escalatedToId: ids.service_head,
      }),
      201,
    );
    const closed = ok(await post(`/api/communication/requests/${handled.id}/close`, { version: 1, outcome: '已改期' }));
    const suggested = ok(
      await post('/api/communication/suggestions', { clientId: w.huaxin, receivedOn: '2026-02-01', content: '希望提供内审员培训' }),
      201,
    );
    const anonymous = ok(await post('/api/communication/suggestions', { receivedOn: '2026-05-01', content: '网站增加英文' }), 201);
    const answered = ok(await post(`/api/communication/suggestions/${anonymous.id}/response`, { response: '已转技术部评估' }));
    const loss = ok(await post(`/api/clients/${w.huaxin}/losses`, { status: 'abnormal', cause: '联系人离职，无法联系' }), 201);

    // the lists and the file, each exactly the service's output
    const file = ok(await get(`/api/clients/${w.huaxin}/communication`));
    expect(file).toEqual(asJson(await clientFile(w.db, scope, w.huaxin)));
    const meters = ok(await get('/api/communication/meters?year=2026'));
    expect(meters).toEqual(asJson(await complianceMeters(w.db, scope, 2026)));
    expect(meters.belowMinimum.length).toBeGreaterThan(0);
    expect(meters.byMaintainer.map((m: { id: string }) => m.id).sort()).toEqual(['', ids.service].sort());
    const branchScope = { kind: 'branch', branchId: w.branchB } as const;
    expect(ok(await get('/api/communication/meters?year=2026', 'service_b'))).toEqual(
      asJson(await complianceMeters(w.db, branchScope, 2026)),
    );
    expect(ok(await get('/api/communication/staff'))).toEqual(asJson(await activeStaff(w.db)));
    expect(ok(await get('/api/communication/managers'))).toEqual(asJson(await activeStaff(w.db, escalationManagers)));
    const eventList = ok(await get('/api/communication/events?year=2026'));
    expect(eventList).toEqual(asJson(await listEvents(w.db, scope, 2026)));
    const requests = ok(await get('/api/communication/requests?year=2026'));
    expect(requests).toEqual(asJson(await listRequests(w.db, scope, 2026)));
    const suggestions = ok(await get('/api/communication/suggestions?year=2026'));
    expect(suggestions).toEqual(asJson(await suggestionSummary(w.db, scope, 2026)));
    const losses = ok(await get('/api/communication/losses?year=2026'));
    expect(losses).toEqual(asJson(await lossesOfYear(w.db, scope, 2026)));

    // what each write answered is the record as the lists show it
    const byId = (rows: { id: string }[], id: string) => rows.find((r) => r.id === id) as Record<string, unknown>;
    expect(maintainer).toEqual({ clientId: w.huaxin, ...file.maintainer });
    expect(logged).toEqual(byId(file.contacts, logged.id));
    expect(logged).toMatchObject({ byUserId: ids.service, followUp: true, auditNeeds: '希望安排在11月上旬' });
    expect(events).toEqual(expect.arrayContaining(eventList));
    expect(eventList).toHaveLength(2);
    expect(escalated).toEqual(byId(requests, escalated.id));
    expect(escalated).toMatchObject({ escalatedToId: ids.service_head, escalatedToName: expect.any(String), status: 'open' });
    expect(closed).toEqual(byId(requests, handled.id));
    expect(closed).toMatchObject({ status: 'closed', outcome: '已改期', closedOn: '2026-06-15', version: 2 });
    const { clientName: huaxinName, ...suggestedItem } = byId(suggestions.items, suggested.id);
    expect(huaxinName).toBe('北京华信电子科技有限公司');
    expect(suggested).toEqual(suggestedItem);
    const { clientName: none, ...answeredItem } = byId(suggestions.items, anonymous.id);
    expect(none).toBeNull();
    expect(answered).toEqual({ ...answeredItem, response: '已转技术部评估' });
    expect(loss).toEqual(byId(file.losses, loss.id));
    const { clientName, vip, branch, ...lossItem } = byId(losses, loss.id);
    expect([clientName, vip, branch]).toEqual(['北京华信电子科技有限公司', false, '北京总部']);
    expect(loss).toEqual(lossItem);
  });
});
