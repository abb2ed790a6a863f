import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { pdfText } from '../../../test/pdf-text.js';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server.js';
import { loadConfig, type Config } from '../../config.js';
import { localDate } from '../../lib/dates.js';
import { groundWords } from '../certificates/certificate.grounds.js';
import { clients } from '../clients/client.schema.js';
import { deliverDueMail, smtpMailer, type Mailer } from './mail.delivery.js';
import { noticeDeliveries } from './notice.schema.js';

let w: World;
let smtp: TestSmtpServer;
let config: Config;
let mailer: Mailer;
let clock: Date;
const cookies: Record<string, string> = {};

beforeEach(async () => {
  smtp = await startSmtpServer();
  const env = {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_FROM: '演示认证 <notices@cb.example.cn>',
    PUBLIC_BASE_URL: 'https://cert.example.cn',
    MAIL_MAX_ATTEMPTS: '3',
    MAIL_RETRY_BASE_SECONDS: '60',
  };
  config = loadConfig(env);
  mailer = smtpMailer(config)!;
  clock = new Date('2026-03-02T02:00:00Z'); // 10:00 in Beijing
  w = await setUpWorld(() => clock, env);
  for (const u of ['decider', 'service', 'general', 'portal']) cookies[u] = await w.login(u);
  await w.db.update(clients).set({ email: 'quality@huaxin.example.cn' }).where(eq(clients.id, w.huaxin));
});
afterEach(async () => {
  await w.app.close();
  await smtp.close();
});

const post = (url: string, payload: object, as = 'decider') =>
  w.app.inject({ method: 'POST', url, headers: { cookie: cookies[as]! }, payload });
const get = (url: string, as = 'decider') => w.app.inject({ method: 'GET', url, headers: { cookie: cookies[as]! } });
// the queue runs on the database's clock (a delivery is due from its insertion), the decisions on the test's
const deliver = (at = new Date()) => deliverDueMail(w.db, mailer, config, at);

/** A QMS certificate granted to the client: its grant notice is queued. */
async function grant(clientId: string, certificateNo: string) {
  const granted = await post(`/api/clients/${clientId}/certificates`, {
    certificateNo,
    scheme: 'management_system',
    field: 'QMS',
    standard: 'GB/T 19001-2016',
    scope: '电子产品的设计和生产',
    decisionOn: '2026-02-20',
  });
  expect(granted.statusCode, granted.body).toBe(201);
  return granted;
}

async function grantAndSuspend(clientId = w.huaxin, certificateNo = 'CD26SC0001R0M') {
  const granted = await grant(clientId, certificateNo);
  const suspended = await post(`/api/certificates/${granted.json().id}/suspend`, {
    version: granted.json().version,
    from: '2026-03-02',
    until: '2026-05-31',
    ground: 'FEES_UNPAID',
    reason: '监督费用逾期未缴',
  });
  expect(suspended.statusCode, suspended.body).toBe(200);
  return granted.json().id as string;
}

/** Customer service sets the client's e-mail address on its record. */
async function setEmail(clientId: string, email: string) {
  const client = (await get(`/api/clients/${clientId}`, 'service')).json();
  return w.app.inject({
    method: 'PATCH',
    url: `/api/clients/${clientId}`,
    headers: { cookie: cookies.service! },
    payload: { version: client.version, email },
  });
}

const notices = async (clientId = w.huaxin, as = 'service') => (await get(`/api/clients/${clientId}/notices`, as)).json();

describe('notice e-mail', () => {
  it('mails a suspension to the client: subject, certificate number, dates, reason and the register link arrive', async () => {
    await grantAndSuspend();
    // queued in the decision's transaction, nothing sent before the worker runs
    expect((await notices()).map((n: { delivery: { status: string } }) => n.delivery.status)).toEqual(['queued', 'queued']);
    expect(smtp.received).toHaveLength(0);

    expect(await deliver()).toEqual({ sent: 2, failed: 0, mailOff: 0, notNeeded: 0 });
    expect(smtp.received).toHaveLength(2);
    const mail = smtp.received.find((m) => m.subject?.includes('暂停'))!;
    expect(mail.to).toMatchObject({ text: 'quality@huaxin.example.cn' });
    expect(mail.from).toMatchObject({ text: '"演示认证" <notices@cb.example.cn>' });
    expect(mail.subject).toBe('认证证书暂停通知（CD26SC0001R0M） / Certificate CD26SC0001R0M suspended');
    expect(mail.text).toContain('北京华信电子科技有限公司：');
    expect(mail.text).toContain('贵组织的认证证书（证书编号：CD26SC0001R0M）自2026年3月2日起暂停，暂停期至2026年5月31日。');
    // the ground chosen in its words (the one wording, certificate.grounds.ts), then the decider's text
    expect(mail.text).toContain(`暂停理由：${groundWords.FEES_UNPAID.zh}（监督费用逾期未缴）。`);
    expect(mail.text).toContain(`Reason: ${groundWords.FEES_UNPAID.en} (as stated: 监督费用逾期未缴).`);
    expect(mail.text).toContain('证书公开查询：https://cert.example.cn/register?q=CD26SC0001R0M');
    expect(mail.text).toContain('is suspended from 2026-03-02 to 2026-05-31');

    const [suspension] = await notices();
    expect(suspension).toMatchObject({
      kind: 'suspend',
      certificateNo: 'CD26SC0001R0M',
      reference: expect.stringMatching(/^TZ-2026-\d{6}$/),
    });
    expect(mail.text).toContain(`参考编号：${suspension.reference}`);
    expect(suspension.delivery).toMatchObject({ status: 'sent', address: 'quality@huaxin.example.cn', attempts: 1, nextAttemptAt: null });
    expect(suspension.delivery.lastAnswer).toMatch(/^250 /);
    // sent once: another run finds nothing due
    expect(await deliver(new Date(Date.now() + 3600_000))).toEqual({ sent: 0, failed: 0, mailOff: 0, notNeeded: 0 });
    expect(smtp.received).toHaveLength(2);
  });

  it("keeps a delivery refused for now (4xx) with the server's answer, retries it with backoff and gives up after the attempts", async () => {
    smtp.state.refuse = 452;
    await grant(w.huaxin, 'CD26SC0002R0M');
    const t0 = Date.now();
    expect(await deliver(new Date(t0))).toMatchObject({ failed: 1 });
    let [n] = await notices();
    expect(n.delivery).toMatchObject({ status: 'queued', attempts: 1, nextAttemptAt: new Date(t0 + 60_000).toISOString() });
    expect(n.delivery.lastAnswer).toMatch(/^452 Mailbox busy, try later/);

    // not before its time: 60 s, then 120 s after the next failure
    expect(await deliver(new Date(t0 + 59_000))).toMatchObject({ sent: 0, failed: 0 });
    expect(await deliver(new Date(t0 + 60_000))).toMatchObject({ failed: 1 });
    [n] = await notices();
    expect(n.delivery).toMatchObject({ status: 'queued', attempts: 2, nextAttemptAt: new Date(t0 + 60_000 + 120_000).toISOString() });
    expect(await deliver(new Date(t0 + 179_000))).toMatchObject({ failed: 0 });
    expect(await deliver(new Date(t0 + 180_000))).toMatchObject({ failed: 1 });
    [n] = await notices();
    expect(n.delivery).toMatchObject({ status: 'failed', attempts: 3 });

    // out of attempts: not tried again even once the server accepts
    smtp.state.refuse = null;
    expect(await deliver(new Date(t0 + 86_400_000))).toMatchObject({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);

    // general administration sees it on its dashboard and on the mail status
    expect((await get('/api/dashboard', 'general')).json().unusual.mailFailed).toBe(1);
    const status = (await get('/api/mail/status', 'general')).json();
    expect(status).toMatchObject({ enabled: true, host: '127.0.0.1', port: smtp.port, counts: { failed: 1, sent: 0 } });
    expect(status.failures[0]).toMatchObject({ clientName: '北京华信电子科技有限公司', attempts: 3, reference: n.reference });
    expect(status.failures[0].lastAnswer).toMatch(/^452 /);
    expect((await get('/api/mail/status', 'service')).statusCode).toBe(403);
    expect((await get('/api/dashboard', 'service')).json().unusual.mailFailed).toBeNull();
  });

  it('gives up at once on a permanent refusal (5xx): failed on the dashboard after one attempt', async () => {
    smtp.state.refuse = 550;
    await grantAndSuspend();
    expect(await deliver()).toMatchObject({ sent: 0, failed: 2 });
    const list = await notices();
    for (const n of list) {
      expect(n.delivery).toMatchObject({ status: 'failed', attempts: 1, nextAttemptAt: null });
      expect(n.delivery.lastAnswer).toMatch(/^550 No such user here/);
    }
    expect((await get('/api/dashboard', 'general')).json().unusual.mailFailed).toBe(2);
    smtp.state.refuse = null;
    expect(await deliver(new Date(Date.now() + 86_400_000))).toMatchObject({ sent: 0, failed: 0 });

    // 重新发送: customer service sends the suspension again once the mailbox is fixed; a decider may not
    const [suspension, grant] = list;
    expect((await post(`/api/notices/${suspension.id}/resend`, {}, 'decider')).statusCode).toBe(403);
    const resent = await post(`/api/notices/${suspension.id}/resend`, {}, 'service');
    expect(resent.statusCode, resent.body).toBe(204);
    expect(await deliver()).toMatchObject({ sent: 1, failed: 0 });
    expect(smtp.received.map((m) => m.subject)).toEqual([expect.stringContaining('暂停')]);
    // sent now: not again; the grant is still failed, for general administration to resend
    expect((await post(`/api/notices/${suspension.id}/resend`, {}, 'service')).json().code).toBe('NOTICE.NOT_RESENDABLE');
    expect((await get('/api/dashboard', 'general')).json().unusual.mailFailed).toBe(1);
    expect((await post(`/api/notices/${grant.id}/resend`, {}, 'general')).statusCode).toBe(204);
  });

  it('does not send an invitation to a form answered before its mail went out (on paper), and says so', async () => {
    await grant(w.huaxin, 'CD26SC0007R0M');
    expect((await post('/api/survey-samples', { year: 2026, percent: 20, seed: 7 }, 'general')).statusCode).toBe(201);
    const [form] = (await get('/api/portal/surveys', 'portal')).json();
    const scores = Object.fromEntries(['C1', 'C2', 'A1', 'A2', 'A3', 'A4', 'S1', 'S2', 'S3'].map((q) => [q, 9]));
    const paper = await post(`/api/surveys/${form.id}/answers`, { version: form.version, answers: scores }, 'general');
    expect(paper.statusCode, paper.body).toBe(200);
    expect(await deliver()).toEqual({ sent: 1, failed: 0, mailOff: 0, notNeeded: 1 });
    expect(smtp.received.map((m) => m.subject)).toEqual(['认证证书颁发通知（CD26SC0007R0M） / Certificate CD26SC0007R0M granted']);
    const [invitation] = await notices();
    expect(invitation).toMatchObject({ kind: 'survey_invitation', delivery: { status: 'not_needed', attempts: 0 } });
  });

  it('never sends one delivery twice from workers running at once', async () => {
    await w.db.update(clients).set({ email: 'office@hongda.example.cn' }).where(eq(clients.id, w.other));
    await grantAndSuspend();
    await grantAndSuspend(w.other, 'CD26SC0003R0M');
    const runs = await Promise.all([deliver(), deliver(), deliver()]);
    expect(runs.reduce((s, r) => s + r.sent, 0)).toBe(4);
    expect(smtp.received).toHaveLength(4);
    expect(new Set(smtp.received.map((m) => m.subject)).size).toBe(4);
  });

  it('marks a client without an address "no address" and sends it nothing', async () => {
    await grantAndSuspend(w.other, 'CD26SC0004R0M');
    await deliver();
    expect(smtp.received).toHaveLength(0);
    const [n] = await notices(w.other);
    expect(n.delivery).toMatchObject({ status: 'no_address', address: null, attempts: 0 });
    // general administration sees which notices lack an address, not only how many
    const status = (await get('/api/mail/status', 'general')).json();
    expect(status.counts.no_address).toBe(2);
    expect(status.noAddress).toHaveLength(2);
    expect(status.noAddress[0]).toMatchObject({ reference: n.reference, subjectZh: n.subjectZh });
    expect(new Set(status.noAddress.map((d: { clientId: string }) => d.clientId))).toEqual(new Set([w.other]));
  });

  it("queues again what could not reach the client once its address is set, within the parameter's days, to the new address", async () => {
    await grantAndSuspend(w.other, 'CD26SC0008R0M');
    await deliver();
    const [suspension, grant] = await notices(w.other);
    expect(grant.delivery.status).toBe('no_address');
    // the grant's mail is older than the 30 days the parameter allows: stale news, left alone
    await w.db
      .update(noticeDeliveries)
      .set({ createdAt: sql`now() - interval '30 days 1 minute'` })
      .where(eq(noticeDeliveries.noticeId, grant.id));
    const patched = await setEmail(w.other, 'office@hongda.example.cn');
    expect(patched.statusCode, patched.body).toBe(200);
    const after = await notices(w.other);
    expect(
      after.map((n: { id: number; delivery: { status: string; address: string | null } }) => [n.id, n.delivery.status, n.delivery.address]),
    ).toEqual([
      [suspension.id, 'queued', 'office@hongda.example.cn'],
      [grant.id, 'no_address', null],
    ]);
    expect(await deliver()).toMatchObject({ sent: 1 });
    expect(smtp.received.map((m) => [m.to, m.subject])).toEqual([
      [expect.objectContaining({ text: 'office@hongda.example.cn' }), expect.stringContaining('暂停')],
    ]);

    // a refused one (5xx) goes again too once the address is corrected
    smtp.state.refuse = 550;
    await grantAndSuspend(w.huaxin, 'CD26SC0009R0M');
    await deliver();
    expect((await notices()).every((n: { delivery: { status: string } }) => n.delivery.status === 'failed')).toBe(true);
    smtp.state.refuse = null;
    const fixed = await setEmail(w.huaxin, 'iso@huaxin.example.cn');
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(await deliver()).toMatchObject({ sent: 2, failed: 0 });
    expect((await get('/api/dashboard', 'general')).json().unusual.mailFailed).toBe(0);
  });

  it('refuses a client e-mail that is not an address', async () => {
    const bad = await setEmail(w.huaxin, 'huaxin at example');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fields).toEqual([expect.objectContaining({ field: 'email', code: 'EMAIL' })]);
  });

  it('mails survey invitations and the answer to a complaint the client filed in its portal', async () => {
    await grant(w.huaxin, 'CD26SC0006R0M');
    const sample = await post('/api/survey-samples', { year: 2026, percent: 20, seed: 7 }, 'general');
    expect(sample.statusCode, sample.body).toBe(201);
    const filed = await post(
      '/api/complaints',
      { kind: 'appeal', complainantName: '李经理', complainantContact: '13900001111', subject: '对监督安排不服', description: '已缴费。' },
      'portal',
    );
    expect(filed.statusCode, filed.body).toBe(201);
    const c = filed.json();
    await post(`/api/complaints/${c.id}/investigate`, { version: c.version, note: '核对缴费记录' }, 'general');
    const answered = await post(
      `/api/complaints/${c.id}/answer`,
      { version: c.version + 1, answer: '经核实，费用已于 3 月 1 日到账。', cause: 'fees_contract' },
      'general',
    );
    expect(answered.statusCode, answered.body).toBe(200);
    await deliver();
    const invitation = smtp.received.find((m) => m.subject?.includes('满意度'))!;
    expect(invitation.subject).toBe('2026年度客户满意度调查邀请 / Client satisfaction survey 2026');
    expect(invitation.text).toContain('请登录客户门户');
    const answer = smtp.received.find((m) => m.subject?.includes('书面答复'))!;
    expect(answer.subject).toBe(`关于${c.number}的书面答复 / Written answer to ${c.number}`);
    expect(answer.text).toContain('经核实，费用已于 3 月 1 日到账。');
    expect(answer.text).toContain('客户门户：https://cert.example.cn/');
    expect((await notices(w.huaxin, 'portal')).map((n: { kind: string }) => n.kind)).toEqual([
      'complaint_answer',
      'survey_invitation',
      'grant',
    ]);
  });
});

describe('letters', () => {
  it("prints a notice as a letter with the CB's name and address, the client's address, the date and the reference", async () => {
    await grantAndSuspend();
    const [n] = await notices();
    const res = await get(`/api/notices/${n.id}/letter`, 'service');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload).replace(/\n/g, '');
    expect(text).toContain(config.CB_NAME);
    expect(text).toContain(config.CB_ADDRESS);
    expect(text).toContain('北京市海淀区中关村大街1号');
    expect(text).toContain('100080');
    expect(text).toContain('北京华信电子科技有限公司');
    const day = localDate(new Date(n.at), config.CB_TIME_ZONE);
    expect(text).toContain(`日期 Date: ${day}`);
    expect(text).toContain(`编号 Ref.: ${n.reference}`);
    expect(text).toContain('认证证书暂停通知（CD26SC0001R0M）');
    // the letter names the ground in the same words as the mail
    expect(text).toContain(`暂停理由：${groundWords.FEES_UNPAID.zh}（监督费用逾期未缴）`);

    // the portal prints its own; another organisation's notice does not exist for it
    expect((await get(`/api/notices/${n.id}/letter`, 'portal')).statusCode).toBe(200);
    await grantAndSuspend(w.other, 'CD26SC0005R0M');
    const [foreign] = await notices(w.other);
    expect((await get(`/api/notices/${foreign.id}/letter`, 'portal')).json().code).toBe('NOTICE.NOT_FOUND');
    expect((await get('/api/notices/999999/letter', 'service')).statusCode).toBe(404);
  });
});

describe('mail off', () => {
  it('loses nothing without SMTP: the notice stays in the portal, the delivery says mail is off', async () => {
    await w.app.close();
    w = await setUpWorld(() => clock);
    for (const u of ['decider', 'service', 'general', 'portal']) cookies[u] = await w.login(u);
    await w.db.update(clients).set({ email: 'quality@huaxin.example.cn' }).where(eq(clients.id, w.huaxin));
    await grantAndSuspend();
    expect(await deliverDueMail(w.db, smtpMailer(loadConfig({})), config, new Date())).toEqual({
      sent: 0,
      failed: 0,
      mailOff: 2,
      notNeeded: 0,
    });
    const list = await notices(w.huaxin, 'portal');
    expect(list.map((n: { kind: string; delivery: { status: string } }) => [n.kind, n.delivery.status])).toEqual([
      ['suspend', 'mail_off'],
      ['grant', 'mail_off'],
    ]);
    expect((await get('/api/mail/status', 'general')).json()).toMatchObject({ enabled: false, host: null, counts: { mail_off: 2 } });
    expect(smtp.received).toHaveLength(0);
    expect(await w.db.select().from(noticeDeliveries)).toHaveLength(2);
  });
});
