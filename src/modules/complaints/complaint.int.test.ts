import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { grantSystem } from '../../../test/world-helpers.js';
import { pdfText } from '../../../test/pdf-text.js';
import { auditLog } from '../../audit-log/audit-log.schema.js';
import { users } from '../auth/auth.schema.js';
import { dueItems } from '../due-list/due-item.schema.js';
import { complaints } from './complaint.schema.js';

let w: World;
let clock: Date;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};

async function travelTo(date: string) {
  clock = new Date(`${date}T02:00:00Z`);
  for (const u of ['service', 'service_b', 'quality', 'portal', 'auditor']) cookies[u] = await w.login(u);
}

beforeEach(async () => {
  clock = new Date('2026-11-20T02:00:00Z');
  w = await setUpWorld(() => clock);
  for (const u of await w.db.select().from(users)) ids[u.username] = u.id;
  await travelTo('2026-11-20');
});
afterEach(() => w.app.close());

const post = (url: string, payload: object, as?: string) =>
  w.app.inject({ method: 'POST', url, headers: as ? { cookie: cookies[as]! } : {}, payload });
const get = (url: string, as = 'service') => w.app.inject({ method: 'GET', url, headers: { cookie: cookies[as]! } });

const letter = {
  kind: 'complaint',
  complainantName: '张先生',
  complainantContact: '13900001111',
  organisation: '北京华信电子科技有限公司',
  certificateNo: 'CD26Q0001R0M',
  subject: '获证企业产品质量问题',
  description: '购买的示波器多次故障，企业不予处理。',
};

async function step(id: string, path: string, payload: object, as = 'service') {
  const current = (await get(`/api/complaints/${id}`, as)).json();
  const res = await post(`/api/complaints/${id}/${path}`, { version: current.version, ...payload }, as);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('complaints and appeals', () => {
  it('numbers each filing, sets the 30-day answer deadline and puts it on the due-list', async () => {
    const first = await post('/api/complaints', { ...letter, clientId: w.huaxin, receivedOn: '2026-11-18' }, 'service');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      number: 'TS-2026-0001',
      channel: 'staff',
      answerDueOn: '2026-12-18',
      status: 'received',
      clientName: '北京华信电子科技有限公司',
    });
    const second = await post('/api/complaints', { ...letter, kind: 'appeal' }, 'quality');
    const third = await post('/api/complaints', letter, 'quality');
    expect([second.json().number, third.json().number]).toEqual(['SS-2026-0001', 'TS-2026-0002']);
    const due = await w.db.select().from(dueItems).where(eq(dueItems.sourceId, first.json().id));
    expect(due).toEqual([expect.objectContaining({ kind: 'complaint_answer', dueOn: '2026-12-18', department: 'customer_service' })]);
  });

  it('takes a portal complaint through owner, investigation and answer; the client escalates; it is closed', async () => {
    const filed = await post('/api/complaints', { ...letter, clientId: w.other, receivedOn: '2026-01-01' }, 'portal');
    expect(filed.statusCode, filed.body).toBe(201);
    // a portal user files for its own organisation, today
    expect(filed.json()).toMatchObject({ channel: 'portal', clientId: w.huaxin, receivedOn: '2026-11-20' });
    const id = filed.json().id;

    const refused = await post(`/api/complaints/${id}/owner`, { version: 1, ownerId: ids.portal }, 'service');
    expect(refused.json().code).toBe('COMPLAINT.OWNER_NOT_STAFF');
    // an auditor cannot handle complaints: made owner, the case and its due item would be stuck with it
    const auditor = await post(`/api/complaints/${id}/owner`, { version: 1, ownerId: ids.auditor }, 'service');
    expect(auditor.json().code).toBe('COMPLAINT.OWNER_NOT_STAFF');
    const owners = (await get('/api/complaints/owners', 'service')).json().map((o: { role: string }) => o.role);
    expect(new Set(owners)).toEqual(new Set(['admin', 'general_admin', 'customer_service', 'quality_technical']));
    await step(id, 'owner', { ownerId: ids.quality });
    expect((await w.db.select().from(dueItems).where(eq(dueItems.sourceId, id)))[0]!.department).toBe('quality_technical');
    await step(id, 'investigate', { note: '已联系企业核实' }, 'quality');
    const early = await post(`/api/complaints/${id}/escalate`, { version: 3, note: '不满意' }, 'portal');
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'COMPLAINT.NOT_ALLOWED', message: { zh: '当前状态（调查处理中）下不能执行此操作' } });
    // the owner's plan of the investigation is kept, inside the CB
    expect((await get(`/api/complaints/${id}`, 'quality')).json().investigationNote).toBe('已联系企业核实');
    expect((await get(`/api/complaints/${id}`, 'portal')).json()).not.toHaveProperty('investigationNote');

    // every answered case is classified: the answer asks for the cause, and changes nothing without it
    const unclassified = await post(`/api/complaints/${id}/answer`, { version: 3, answer: '经核实。' }, 'quality');
    expect(unclassified.statusCode).toBe(400);
    expect(unclassified.json()).toMatchObject({ code: 'COMPLAINT.CAUSE_REQUIRED', message: { zh: expect.stringContaining('原因分类') } });
    expect((await get(`/api/complaints/${id}`, 'quality')).json()).toMatchObject({ status: 'investigating', version: 3, cause: null });
    const answered = await step(
      id,
      'answer',
      { answer: '经核实，企业已更换设备并加强售后服务管理。', cause: 'certified_performance' },
      'quality',
    );
    expect(answered).toMatchObject({
      status: 'answered',
      answeredOn: '2026-11-20',
      answeredBy: '用户 quality',
      cause: 'certified_performance',
    });
    // the CB's classification stays inside, as the owner and the investigation do
    expect((await get(`/api/complaints/${id}`, 'portal')).json()).not.toHaveProperty('cause');
    expect(await w.db.select().from(dueItems).where(eq(dueItems.sourceId, id))).toEqual([]);

    const escalated = await step(id, 'escalate', { note: '对答复不满意，向认监委申诉' }, 'portal');
    expect(escalated).toMatchObject({ status: 'escalated', escalatedOn: '2026-11-20' });
    const closed = await step(id, 'close', { note: '认监委维持认证机构答复' }, 'quality');
    expect(closed.status).toBe('closed');
    const log = await w.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id));
    expect(log.map((l) => l.action)).toEqual(['file', 'assign', 'investigate', 'answer', 'escalate', 'close']);
  });

  it('classifies the cause when filed or answered, corrects it on a closed case, and filters and exports by it', async () => {
    const filed = await post('/api/complaints', { ...letter, cause: 'certificate_misuse' }, 'service');
    expect(filed.json().cause).toBe('certificate_misuse');
    // classified when filed: the answer needs no cause, and one given replaces it
    const answered = await step(filed.json().id, 'answer', { answer: '已答复' });
    expect(answered.cause).toBe('certificate_misuse');
    await step(filed.json().id, 'close', { note: '已处理' });
    const corrected = await step(filed.json().id, 'cause', { cause: 'certified_performance' });
    expect(corrected).toMatchObject({ status: 'closed', cause: 'certified_performance' });
    const bad = await post(`/api/complaints/${filed.json().id}/cause`, { version: corrected.version, cause: 'weather' }, 'service');
    expect(bad.statusCode).toBe(400);
    const portal = (await post('/api/complaints', letter, 'portal')).json();
    expect((await w.db.select({ cause: complaints.cause }).from(complaints).where(eq(complaints.id, portal.id)))[0]!.cause).toBeNull();
    expect((await post(`/api/complaints/${portal.id}/cause`, { version: 1, cause: 'other' }, 'portal')).statusCode).toBe(403);

    const ids = async (query: string, as = 'service') => (await get(`/api/complaints${query}`, as)).json().map((c: { id: string }) => c.id);
    expect(await ids('?cause=certified_performance')).toEqual([filed.json().id]);
    expect(await ids('?cause=unclassified')).toEqual([portal.id]);
    // a portal filtering by cause would learn how the CB classified its case: the filter does nothing for it
    await step(portal.id, 'cause', { cause: 'audit_findings' });
    expect(await ids('?cause=fees_contract', 'portal')).toEqual([portal.id]);
    const log = await w.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, filed.json().id));
    expect(log.map((l) => l.action)).toEqual(['file', 'answer', 'close', 'classify']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await get('/api/complaints/export?lang=zh')).rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf('原因分类');
    expect(column).toBeGreaterThan(0);
    // words, never codes (the portal's case, the newer, listed first)
    expect(Array.from(sheet.getColumn(column).values.slice(2), (v) => v ?? null)).toEqual(['审核发现与结论', '获证组织产品、服务或体系']);
  });

  it('links a case naming one of the CB’s certificates to its client, so the client’s branch sees and counts it', async () => {
    await grantSystem(w, await w.login('decider'), w.other, 'EMS', 'CD25E2001R0M', '2026-02-10');
    const staff = await post('/api/complaints', { ...letter, certificateNo: ' cd25e2001r0m ', organisation: null }, 'service');
    expect(staff.json()).toMatchObject({ clientId: w.other, clientName: expect.any(String) });
    await post('/api/public/complaints', { ...letter, certificateNo: 'CD25E2001R0M' });
    const branch = (await get('/api/complaints', 'service_b')).json();
    expect(branch.map((c: { clientId: string }) => c.clientId)).toEqual([w.other, w.other]);
    // a number CertDesk does not know links nothing
    expect((await post('/api/complaints', { ...letter, certificateNo: 'XX-0000' }, 'service')).json().clientId).toBeNull();
  });

  it('lets anyone file from the public register, rate-limited and without a session', async () => {
    const res = await post('/api/public/complaints', { ...letter, kind: 'appeal' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ number: 'SS-2026-0001', answerDueOn: '2026-12-20' });
    const bad = await post('/api/public/complaints', { ...letter, description: '' });
    expect(bad.statusCode).toBe(400);
    expect((await w.db.select({ n: count() }).from(complaints))[0]!.n).toBe(1);
  });

  it('shows each user only what it may see, and refuses a stale version', async () => {
    const mine = await post('/api/complaints', { ...letter, clientId: w.huaxin }, 'service');
    await post('/api/complaints', { ...letter, clientId: w.other }, 'service');
    await post('/api/complaints', letter, 'service');
    const ownFiling = await post('/api/complaints', letter, 'portal');
    expect((await get('/api/complaints')).json()).toHaveLength(4);
    // the portal sees what it filed, never what others filed about it (their names and contacts)
    expect((await get('/api/complaints', 'portal')).json().map((c: { id: string }) => c.id)).toEqual([ownFiling.json().id]);
    expect((await get(`/api/complaints/${mine.json().id}`, 'portal')).statusCode).toBe(404);
    expect((await get('/api/complaints', 'service_b')).json().map((c: { clientId: string }) => c.clientId)).toEqual([w.other]);
    expect((await post(`/api/complaints/${mine.json().id}/escalate`, { version: 1, note: '不满意' }, 'portal')).statusCode).toBe(404);
    expect((await post(`/api/complaints/${mine.json().id}/answer`, { version: 1, answer: '答复' }, 'auditor')).statusCode).toBe(403);
    await step(mine.json().id, 'investigate', { note: '开始调查' });
    const stale = await post(`/api/complaints/${mine.json().id}/answer`, { version: 1, answer: '答复' }, 'service');
    expect(stale.statusCode).toBe(409);
  });

  it('lists overdue cases, summarises the year and exports the register', async () => {
    await post('/api/complaints', { ...letter, receivedOn: '2026-09-01' }, 'service'); // due 1 Oct, unanswered
    const answered = await post('/api/complaints', { ...letter, receivedOn: '2026-10-01' }, 'service');
    await step(answered.json().id, 'answer', { answer: '已答复', cause: 'service_timeliness' }); // day 50: late
    await post('/api/complaints', { ...letter, kind: 'appeal' }, 'service');

    expect((await get('/api/complaints?overdue=true')).json().map((c: { receivedOn: string }) => c.receivedOn)).toEqual(['2026-09-01']);
    const summary = (await get('/api/complaints/summary?year=2026')).json();
    expect(summary).toMatchObject({
      total: 3,
      byKind: { complaint: 2, appeal: 1 },
      answered: 1,
      answeredOnTime: 0,
      overdue: 1,
      averageDaysToAnswer: 50,
    });

    const file = await get('/api/complaints/export?lang=zh&year=2026');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('编号');
    expect(sheet.rowCount).toBe(4);
  });

  it('prints the written answer as a letter to the complainant, with the case number; before the answer there is none', async () => {
    const filed = (await post('/api/complaints', { ...letter, clientId: w.huaxin, receivedOn: '2026-11-18' }, 'service')).json();
    const early = await get(`/api/complaints/${filed.id}/answer/pdf`);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('COMPLAINT.NOT_ANSWERED');
    await step(filed.id, 'answer', {
      answer: '经调查，获证企业已为您更换示波器，并对售后流程进行了整改。',
      cause: 'certified_performance',
    });
    const res = await get(`/api/complaints/${filed.id}/answer/pdf`);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload).replace(/\n/g, '');
    for (const expected of [
      '关于投诉（TS-2026-0001）的书面答复',
      '张先生',
      '获证企业产品质量问题',
      '经调查，获证企业已为您更换示波器',
      'TS-2026-0001',
      '2026-11-20',
    ])
      expect(text, expected).toContain(expected);
    // addressed to the complainant, not to the organisation complained about
    expect(text).not.toContain('北京华信电子科技有限公司');
  });
});
