import { count, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { makeUscc } from '../../seed/demo-data.js';
import { jobHandlers } from '../../jobs/handlers.js';
import { jobs } from '../../jobs/job.schema.js';
import { runDueJobs, type JobHandler } from '../../jobs/outbox.js';
import { schemeParameters } from '../parameters/parameter.schema.js';
import { certificateEvents, certificates } from './certificate.schema.js';
import { clientNotices } from '../notices/notice.schema.js';

let w: World;
let clock: Date;
let decider: string;
const at = (date: string) => new Date(`${date}T02:00:00Z`); // 10:00 in Beijing
/** Moves the clock; sessions last hours, so the decision-maker signs in again. */
async function travelTo(date: string) {
  clock = at(date);
  decider = await w.login('decider');
}
beforeEach(async () => {
  clock = at('2026-01-10');
  w = await setUpWorld(() => clock);
  decider = await w.login('decider');
});
afterEach(() => w.app.close());

const post = (url: string, payload: object, cookie = decider) => w.app.inject({ method: 'POST', url, headers: { cookie }, payload });
const get = (url: string, cookie = decider) => w.app.inject({ method: 'GET', url, headers: { cookie } });

async function grant(overrides: object = {}, clientId = w.huaxin) {
  const res = await post(`/api/clients/${clientId}/certificates`, {
    certificateNo: 'CD26SC0001R0M',
    scheme: 'management_system',
    field: 'QMS',
    standard: 'GB/T 19001-2016',
    scope: '电子产品的设计和生产',
    decisionOn: '2026-01-05',
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const suspend = (id: string, version: number, from: string, until: string, cookie = decider) =>
  post(`/api/certificates/${id}/suspend`, { version, from, until, ground: 'FEES_UNPAID', reason: '监督费用逾期未缴' }, cookie);

describe('granting', () => {
  it('grants a certificate valid for three years, with a public event, a notice and an expiry job', async () => {
    const c = await grant();
    expect(c).toMatchObject({
      status: 'valid',
      cncaStatusCode: '01',
      originalIssueOn: '2026-01-05',
      expiresOn: '2029-01-04',
      organisationName: '北京华信电子科技有限公司',
    });
    expect(c.allowedActions).toEqual(['suspend', 'revoke', 'withdraw', 'expire', 'reissue', 'recertify']);
    expect(c.events).toHaveLength(1);
    expect(c.events[0]).toMatchObject({ kind: 'grant', decidedBy: '用户 decider' });
    const [job] = await w.db.select().from(jobs);
    expect(job).toMatchObject({ kind: 'certificate.expiry', dueOn: '2029-01-05', status: 'pending' });
    expect((await w.db.select({ n: count() }).from(clientNotices))[0]!.n).toBe(1);
  });

  it('grants no after-sales certificate and no star level: those come from a concluded assessment', async () => {
    const before = (await w.db.select({ n: count() }).from(certificates))[0]!.n;
    const afterSales = await post(`/api/clients/${w.huaxin}/certificates`, {
      certificateNo: 'CD26SC0099R0M',
      scheme: 'after_sales',
      field: 'AFTER_SALES',
      standard: 'GB/T 27922-2011',
      scope: '电子产品的售后服务',
      starLevel: 5,
      decisionOn: '2026-01-05',
    });
    expect(afterSales.statusCode).toBe(400);
    expect(afterSales.json().details.fields).toEqual([expect.objectContaining({ field: 'starLevel', code: 'STAR_LEVEL_BY_ASSESSMENT' })]);
    const noStars = await post(`/api/clients/${w.huaxin}/certificates`, {
      certificateNo: 'CD26SC0099R0M',
      scheme: 'after_sales',
      field: 'AFTER_SALES',
      standard: 'GB/T 27922-2011',
      scope: '电子产品的售后服务',
      decisionOn: '2026-01-05',
    });
    expect(noStars.statusCode).toBe(409);
    expect(noStars.json().code).toBe('CERTIFICATE.AFTER_SALES_BY_ASSESSMENT');
    expect((await w.db.select({ n: count() }).from(certificates))[0]!.n).toBe(before);
  });

  it('refuses a decision whose certificate would already have expired', async () => {
    const res = await post(`/api/clients/${w.huaxin}/certificates`, {
      certificateNo: 'CD23SC0001R0M',
      scheme: 'management_system',
      field: 'QMS',
      standard: 'ISO 9001',
      scope: '生产',
      decisionOn: '2023-01-09',
    });
    expect(res.json()).toMatchObject({ code: 'CERTIFICATE.DECISION_EXPIRED', message: { zh: expect.stringContaining('2026-01-08') } });
    const field = await post(`/api/clients/${w.huaxin}/certificates`, {
      certificateNo: 'CD26SC0002R0M',
      scheme: 'management_system',
      field: 'AFTER_SALES',
      standard: 'GB/T 27922-2011',
      scope: '售后服务',
      decisionOn: '2026-01-05',
    });
    expect(field.json().code).toBe('CERTIFICATE.FIELD_NOT_IN_SCHEME');
  });

  it('refuses a decision dated after today (2026-01-10), and accepts today', async () => {
    const tomorrow = await post(`/api/clients/${w.huaxin}/certificates`, {
      certificateNo: 'CD26SC0098R0M',
      scheme: 'management_system',
      field: 'QMS',
      standard: 'ISO 9001',
      scope: '生产',
      decisionOn: '2026-01-11',
    });
    expect(tomorrow.statusCode).toBe(400);
    expect(tomorrow.json()).toMatchObject({
      code: 'CERTIFICATE.DECISION_IN_FUTURE',
      message: { zh: '认证决定日期不能晚于今天（2026-01-10）' },
    });
    expect((await grant({ decisionOn: '2026-01-10' })).status).toBe('valid');
  });

  it('refuses a certificate number twice', async () => {
    await grant();
    const res = await post(`/api/clients/${w.other}/certificates`, {
      certificateNo: 'cd26sc0001r0m',
      scheme: 'management_system',
      field: 'QMS',
      standard: 'ISO 9001',
      scope: '生产',
      decisionOn: '2026-01-05',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CERTIFICATE.DUPLICATE_NUMBER');
  });
});

describe('suspension and restoration', () => {
  it('suspends for at most six months and says until when', async () => {
    const c = await grant();
    const tooLong = await suspend(c.id, c.version, '2026-01-10', '2026-07-10');
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({
      code: 'CERTIFICATE.SUSPENSION_TOO_LONG',
      message: { zh: '暂停期不得超过 6 个月：最迟结束于 2026-07-09' },
    });
    const ok = await suspend(c.id, c.version, '2026-01-10', '2026-07-09');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      status: 'suspended',
      cncaStatusCode: '02',
      suspendedFrom: '2026-01-10',
      suspendedUntil: '2026-07-09',
      allowedActions: ['restore', 'revoke'],
    });
    const notices = (await get(`/api/clients/${w.huaxin}/notices`)).json();
    expect(notices[0].bodyZh).toContain('暂停期间不得使用认证证书和认证标志');
  });

  it('reads the limit from the scheme parameter', async () => {
    await w.db.update(schemeParameters).set({ value: 3 }).where(eq(schemeParameters.key, 'suspension.maxMonths'));
    const c = await grant();
    expect((await suspend(c.id, c.version, '2026-01-10', '2026-04-10')).json().code).toBe('CERTIFICATE.SUSPENSION_TOO_LONG');
  });

  it('refuses a suspension past the expiry date', async () => {
    const c = await grant({ decisionOn: '2023-03-01' }); // expires 2026-02-28
    const res = await suspend(c.id, c.version, '2026-01-10', '2026-03-01');
    expect(res.json()).toMatchObject({ code: 'CERTIFICATE.SUSPENSION_PAST_EXPIRY' });
  });

  it('restores within the period, and tells the client it may use the mark again', async () => {
    const c = await grant();
    const s = (await suspend(c.id, c.version, '2026-01-10', '2026-03-31')).json();
    await travelTo('2026-03-31');
    const res = await post(`/api/certificates/${c.id}/restore`, { version: s.version, reason: '整改已验证：费用已缴清' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'valid', suspendedScope: null });
    const notices = (await get(`/api/clients/${w.huaxin}/notices`)).json();
    expect(notices[0].bodyZh).toContain('可恢复使用认证证书和认证标志');
  });

  it('refuses restoration after the period (409)', async () => {
    const c = await grant();
    const s = (await suspend(c.id, c.version, '2026-01-10', '2026-03-31')).json();
    await travelTo('2026-04-01');
    const res = await post(`/api/certificates/${c.id}/restore`, { version: s.version, reason: '整改已验证' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CERTIFICATE.RESTORE_PERIOD_OVER');
  });

  it('refuses an illegal transition with 409, and a stale version with 409, changing nothing', async () => {
    const c = await grant();
    const revoked = (
      await post(`/api/certificates/${c.id}/revoke`, { version: c.version, ground: 'OBTAINED_BY_FRAUD', reason: '提供虚假材料' })
    ).json();
    const res = await suspend(c.id, revoked.version, '2026-01-10', '2026-02-10');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CERTIFICATE.ILLEGAL_TRANSITION', message: { zh: '证书当前为“撤销”状态，不能暂停' } });
    const stale = await post(`/api/certificates/${c.id}/withdraw`, {
      version: c.version,
      ground: 'CRITERIA_NOT_MET',
      reason: '认证依据变更',
    });
    expect(stale.statusCode).toBe(409);
    // a client giving its certificate up goes through the give-up, never a bare withdrawal
    const gaveUp = await post(`/api/certificates/${c.id}/withdraw`, {
      version: revoked.version,
      ground: 'CLIENT_GAVE_UP',
      reason: '客户申请',
    });
    expect(gaveUp.json().code).toBe('CERTIFICATE.GIVE_UP_BY_ITS_ROUTE');
    expect((await get(`/api/certificates/${c.id}`)).json().events.map((e: { kind: string }) => e.kind)).toEqual(['revoke', 'grant']);
  });
});

describe('giving up, revocation bar, reissue', () => {
  it('withdraws a certificate given up with no open grounds, and revokes a suspended one', async () => {
    const a = await grant();
    const res = await post(`/api/certificates/${a.id}/give-up`, { version: a.version, reason: '企业停止该业务' });
    expect(res.json()).toMatchObject({ decision: { action: 'withdraw' }, certificate: { status: 'withdrawn', cncaStatusCode: '04' } });
    const b = await grant({ certificateNo: 'CD26SC0002R0M' }, w.other);
    const s = (await suspend(b.id, b.version, '2026-01-10', '2026-02-10')).json();
    const r2 = (await post(`/api/certificates/${b.id}/give-up`, { version: s.version, reason: '企业申请放弃' })).json();
    expect(r2.decision.action).toBe('revoke');
    expect(r2.decision.why.zh).toContain('暂停');
    expect(r2.certificate.status).toBe('revoked');
    const withGrounds = await grant({ certificateNo: 'CD26SC0003R0M', field: 'EMS' });
    const r3 = (
      await post(`/api/certificates/${withGrounds.id}/give-up`, {
        version: withGrounds.version,
        reason: '企业申请放弃',
        openGrounds: ['FEES_UNPAID'],
      })
    ).json();
    expect(r3.decision).toMatchObject({ action: 'revoke', openGrounds: ['FEES_UNPAID'] });
    expect(r3.certificate.events[0].details.openGrounds).toEqual(['FEES_UNPAID']);
  });

  it('refuses a new certificate in the same field within a year of a revocation, naming the date', async () => {
    const c = await grant();
    // a revocation not for the organisation's own fault bars the same field only
    await post(`/api/certificates/${c.id}/revoke`, { version: c.version, ground: 'OTHER', reason: '认证规则变更' });
    const again = await post(`/api/clients/${w.huaxin}/certificates`, {
      certificateNo: 'CD26SC0009R0M',
      scheme: 'management_system',
      field: 'QMS',
      standard: 'ISO 9001',
      scope: '生产',
      decisionOn: '2026-01-10',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'CERTIFICATE.REAPPLY_BARRED', message: { zh: expect.stringContaining('2027-01-10') } });
    await grant({ certificateNo: 'CD26SC0010R0M', field: 'EMS' }); // another field is not barred
    await travelTo('2027-01-10');
    expect(
      (
        await post(`/api/clients/${w.huaxin}/certificates`, {
          certificateNo: 'CD27SC0009R0M',
          scheme: 'management_system',
          field: 'QMS',
          standard: 'ISO 9001',
          scope: '生产',
          decisionOn: '2027-01-10',
        })
      ).statusCode,
    ).toBe(201);
  });

  it('bars every field for a year after an own-fault revocation, and while on the serious-dishonesty list', async () => {
    const c = await grant();
    await post(`/api/certificates/${c.id}/revoke`, { version: c.version, ground: 'CERTIFICATE_TRANSFERRED', reason: '转让证书' });
    const ems = {
      certificateNo: 'CD26SC0011R0M',
      scheme: 'management_system',
      field: 'EMS',
      standard: 'GB/T 24001',
      scope: '生产',
      decisionOn: '2026-01-10',
    };
    const barred = await post(`/api/clients/${w.huaxin}/certificates`, ems);
    expect(barred.json()).toMatchObject({
      code: 'APPLICATION.BARRED_OWN_FAULT',
      message: { zh: expect.stringContaining('2027-01-10 起方可再次申请') },
    });
    const auditmgmt = await w.login('auditmgmt');
    const programme = await post(`/api/clients/${w.huaxin}/programmes`, { scheme: 'management_system', field: 'OHSMS' }, auditmgmt);
    expect(programme.json().code).toBe('APPLICATION.BARRED_OWN_FAULT');

    // the other client is listed by customer service's credit check; only that door sets it, with history
    const service = await w.login('service');
    const other = (await get(`/api/clients/${w.other}`, service)).json();
    const byPatch = await w.app.inject({
      method: 'PATCH',
      url: `/api/clients/${w.other}`,
      headers: { cookie: service },
      payload: { version: other.version, dishonestyListedOn: '2026-01-05' },
    });
    expect(byPatch.statusCode).toBe(400);
    const listed = await w.app.inject({
      method: 'PUT',
      url: `/api/clients/${w.other}/dishonesty-listing`,
      headers: { cookie: service },
      payload: { version: other.version, listedOn: '2026-01-05', source: '广东省市场监督管理局公告' },
    });
    expect(listed.statusCode, listed.body).toBe(200);
    const [entry] = (await get(`/api/clients/${w.other}/history`, service)).json();
    expect(entry).toMatchObject({
      action: 'dishonesty-listing',
      changes: expect.arrayContaining([
        expect.objectContaining({ field: 'dishonestyListedOn', old: null, new: { zh: '2026-01-05', en: '2026-01-05' } }),
      ]),
    });
    const onList = await post(`/api/clients/${w.other}/certificates`, { ...ems, certificateNo: 'CD26SC0012R0M' });
    expect(onList.json()).toMatchObject({ code: 'APPLICATION.BARRED_DISHONESTY', message: { zh: expect.stringContaining('2029-01-05') } });
    const removed = await w.app.inject({
      method: 'PUT',
      url: `/api/clients/${w.other}/dishonesty-listing`,
      headers: { cookie: service },
      payload: { version: listed.json().version, listedOn: '2026-01-05', source: '广东省市场监督管理局公告', removedOn: '2026-01-09' },
    });
    expect(removed.statusCode).toBe(200);
    expect((await post(`/api/clients/${w.other}/certificates`, { ...ems, certificateNo: 'CD26SC0012R0M' })).statusCode).toBe(201);
  });

  it('bars the organisation, not the record: a corrected credit code and a listing that cannot be erased', async () => {
    const c = await grant();
    await post(`/api/certificates/${c.id}/revoke`, { version: c.version, ground: 'OBTAINED_BY_FRAUD', reason: '以欺骗手段获得证书' });
    const service = await w.login('service');
    const huaxin = (await get(`/api/clients/${w.huaxin}`, service)).json();
    const patch = (id: string, body: object) =>
      w.app.inject({ method: 'PATCH', url: `/api/clients/${id}`, headers: { cookie: service }, payload: body });
    // the code is "corrected" on the revoked client, and a new client is made with the old code: refused
    const corrected = await patch(w.huaxin, { version: huaxin.version, uscc: makeUscc('110108', 12_345_678) });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().formerUsccs).toEqual([huaxin.uscc]);
    const twin = await post(
      '/api/clients',
      {
        contractNo: 'HT-X-777',
        name: '北京华信电子科技有限公司',
        uscc: huaxin.uscc,
        province: '北京市',
        address: '北京市海淀区1号',
        branchId: w.branchA,
      },
      service,
    );
    expect(twin.json()).toMatchObject({
      code: 'CLIENT.USCC_FORMERLY_ANOTHERS',
      message: { zh: expect.stringContaining('北京华信电子科技有限公司') },
    });

    // a listing ends with its removal date; it is never erased
    const other = (await get(`/api/clients/${w.other}`, service)).json();
    const listing = (body: object) =>
      w.app.inject({ method: 'PUT', url: `/api/clients/${w.other}/dishonesty-listing`, headers: { cookie: service }, payload: body });
    const listed = await listing({ version: other.version, listedOn: '2026-01-05', source: '广东省市场监督管理局公告' });
    expect(listed.statusCode, listed.body).toBe(200);
    const erased = await listing({ version: listed.json().version, listedOn: null, source: null });
    expect(erased.json().code).toBe('CLIENT.DISHONESTY_KEPT');
    const moved = await listing({ version: listed.json().version, listedOn: '2023-01-05', source: '广东省市场监督管理局公告' });
    expect(moved.json().code).toBe('CLIENT.DISHONESTY_KEPT');
    // nor ended ahead of time, then listed again in the future to wipe it
    const ahead = await listing({
      version: listed.json().version,
      listedOn: '2026-01-05',
      source: '广东省市场监督管理局公告',
      removedOn: '2026-02-01',
    });
    expect(ahead.json().code).toBe('CLIENT.DISHONESTY_DATE_AHEAD');
  });

  it('reissues after an address change: original issue date kept, change date shown', async () => {
    const c = await grant();
    const service = await w.login('service');
    const res = await post(
      `/api/certificates/${c.id}/reissue`,
      { version: c.version, changedOn: '2026-01-08', reason: '门牌号变更', address: '北京市海淀区中关村大街2号' },
      service,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      address: '北京市海淀区中关村大街2号',
      originalIssueOn: '2026-01-05',
      issueOn: '2026-01-08',
      expiresOn: '2029-01-04',
    });
    expect(res.json().events[0]).toMatchObject({ kind: 'reissue', details: { after: { address: '北京市海淀区中关村大街2号' } } });
    const nothing = await post(
      `/api/certificates/${c.id}/reissue`,
      { version: res.json().version, changedOn: '2026-01-09', reason: '无变化' },
      service,
    );
    expect(nothing.json().code).toBe('CERTIFICATE.NOTHING_TO_REISSUE');
    const future = await post(
      `/api/certificates/${c.id}/reissue`,
      { version: res.json().version, changedOn: '2026-01-11', reason: '提前', address: '北京市海淀区中关村大街3号' },
      service,
    );
    expect(future.json().code).toBe('CERTIFICATE.CHANGE_IN_FUTURE');
  });

  it('keeps a certificate out of IAF CertSearch, or lets it back in, answering the certificate as it reads', async () => {
    const c = await grant();
    const service = await w.login('service');
    const hidden = await post(
      `/api/certificates/${c.id}/confidential`,
      { version: c.version, confidential: true, reason: '客户书面要求保密' },
      service,
    );
    expect(hidden.statusCode, hidden.body).toBe(200);
    expect(hidden.json()).toMatchObject({ id: c.id, confidential: true, status: 'valid' });
    expect(hidden.json()).toEqual((await get(`/api/certificates/${c.id}`)).json());
    const same = await post(
      `/api/certificates/${c.id}/confidential`,
      { version: hidden.json().version, confidential: true, reason: '重复' },
      service,
    );
    expect(same.json()).toEqual(hidden.json()); // nothing to change
    const shown = await post(
      `/api/certificates/${c.id}/confidential`,
      { version: hidden.json().version, confidential: false, reason: '客户撤回要求' },
      service,
    );
    expect(shown.json()).toMatchObject({ confidential: false });
  });

  it('reissues no new name, scope, site scope or star level: each has its own door, and nothing changes', async () => {
    const c = await grant({ sites: [{ name: '总部', address: '北京市海淀区中关村大街1号', scope: '设计' }] });
    const service = await w.login('service');
    const base = { version: c.version, changedOn: '2026-01-08', reason: '换证' };
    for (const [body, field] of [
      [{ organisationName: '北京华信智能科技有限公司' }, 'organisationName'],
      [{ scope: '电子产品的设计和生产；软件开发', scopeChange: 'extension' }, 'scope'],
      [{ starLevel: 5 }, 'starLevel'],
    ] as const) {
      const res = await post(`/api/certificates/${c.id}/reissue`, { ...base, ...body }, service);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().details.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    const siteScope = await post(
      `/api/certificates/${c.id}/reissue`,
      { ...base, sites: [{ name: '总部', address: '北京市海淀区中关村大街1号', scope: '设计和生产' }] },
      service,
    );
    expect(siteScope.json().code).toBe('CERTIFICATE.SITE_SCOPE_BY_CONTRACT_CHANGE');
    const after = (await get(`/api/certificates/${c.id}`)).json();
    expect(after).toMatchObject({ version: c.version, scope: c.scope, organisationName: c.organisationName });
  });
});

describe('who may act', () => {
  it('lets only decision-makers decide, and scopes certificates like their clients', async () => {
    const c = await grant();
    expect((await suspend(c.id, c.version, '2026-01-10', '2026-02-10', await w.login('service'))).statusCode).toBe(403);
    expect((await get(`/api/certificates/${c.id}`, await w.login('service_b'))).statusCode).toBe(404);
    const portal = await w.login('portal');
    expect((await get(`/api/certificates/${c.id}`, portal)).statusCode).toBe(200);
    expect((await get(`/api/clients/${w.huaxin}/notices`, portal)).json()).toHaveLength(1);
    expect((await post(`/api/certificates/${c.id}/give-up`, { version: 1, reason: '放弃' }, portal)).statusCode).toBe(403);
  });
});

describe('scheduled transitions (outbox)', () => {
  const eventsOf = async (id: string) =>
    (await w.db.select().from(certificateEvents).where(eq(certificateEvents.certificateId, id))).map((e) => e.kind).sort();

  it('revokes the day after an unrestored suspension ends, exactly once', async () => {
    const c = await grant();
    await suspend(c.id, c.version, '2026-01-10', '2026-03-31');
    expect(await runDueJobs(w.db, '2026-03-31', jobHandlers)).toEqual({ done: 0, failed: 0 });
    const [first, second] = await Promise.all([runDueJobs(w.db, '2026-04-01', jobHandlers), runDueJobs(w.db, '2026-04-01', jobHandlers)]);
    expect(first!.done + second!.done).toBe(1);
    const after = (await get(`/api/certificates/${c.id}`)).json();
    expect(after).toMatchObject({
      status: 'revoked',
      events: [{ kind: 'revoke', ground: 'SUSPENSION_NOT_RESTORED', decidedBy: 'system', effectiveOn: '2026-04-01' }, {}, {}],
    });
    expect(await runDueJobs(w.db, '2026-04-02', jobHandlers)).toEqual({ done: 0, failed: 0 });
    expect(await eventsOf(c.id)).toEqual(['grant', 'revoke', 'suspend']);
  });

  it('does nothing when the certificate was restored in time', async () => {
    const c = await grant();
    const s = (await suspend(c.id, c.version, '2026-01-10', '2026-03-31')).json();
    await post(`/api/certificates/${c.id}/restore`, { version: s.version, reason: '整改已验证' });
    await runDueJobs(w.db, '2026-04-01', jobHandlers);
    expect((await get(`/api/certificates/${c.id}`)).json().status).toBe('valid');
  });

  it('proposes revocation to a decision-maker when the parameter says so', async () => {
    await w.db.update(schemeParameters).set({ value: 0 }).where(eq(schemeParameters.key, 'suspension.autoRevokeAtEnd'));
    const c = await grant();
    const s = (await suspend(c.id, c.version, '2026-01-10', '2026-03-31')).json();
    await runDueJobs(w.db, '2026-04-01', jobHandlers);
    expect((await get(`/api/certificates/${c.id}`)).json()).toMatchObject({
      status: 'suspended',
      revocationProposedOn: '2026-04-01',
      version: s.version + 1,
    });
    // a decision-maker still looking at the state before the proposal is told it changed
    const stale = await post(`/api/certificates/${c.id}/revoke`, {
      version: s.version,
      ground: 'SUSPENSION_NOT_RESTORED',
      reason: '暂停期满',
    });
    expect(stale.statusCode).toBe(409);
    // it stands on the decision-makers' due-list, due revocation.decisionWorkingDays (5) working days on:
    // 2026-04-01 (Wed) + 5 working days, Qingming (4–6 April) off → 2026-04-09
    const dueList = async () => (await get('/api/due-items?bucket=all&department=decision_maker')).json().items;
    expect(await dueList()).toMatchObject([
      { kind: 'revocation_proposal', certificateId: c.id, dueOn: '2026-04-09', basis: 'REVOCATION_DECISION_WORKING_DAYS' },
    ]);
    const revoked = await post(`/api/certificates/${c.id}/revoke`, {
      version: s.version + 1,
      ground: 'SUSPENSION_NOT_RESTORED',
      reason: '暂停期满',
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(await dueList()).toEqual([]);
  });

  it('expires a certificate the day after its last valid day', async () => {
    await travelTo('2026-01-02');
    const c = await grant({ decisionOn: '2023-01-05' }); // valid to 2026-01-04
    const statusNow = async () => (await w.db.select().from(certificates).where(eq(certificates.id, c.id)))[0]!.status;
    await runDueJobs(w.db, '2026-01-04', jobHandlers);
    expect(await statusNow()).toBe('valid');
    await runDueJobs(w.db, '2026-01-05', jobHandlers);
    expect(await statusNow()).toBe('expired');
    expect((await get(`/api/certificates/${c.id}`)).json().events[0]).toMatchObject({ kind: 'expire', effectiveOn: '2026-01-05' });
  });

  it('leaves a job to run again when it fails midway, with nothing half-written', async () => {
    const c = await grant();
    await suspend(c.id, c.version, '2026-01-10', '2026-03-31');
    const crashing: Record<string, JobHandler> = {
      ...jobHandlers,
      'certificate.suspension-end': async (tx, job, today) => {
        await jobHandlers['certificate.suspension-end']!(tx, job, today);
        throw new Error('process died');
      },
    };
    expect(await runDueJobs(w.db, '2026-04-01', crashing)).toEqual({ done: 0, failed: 1 });
    expect((await get(`/api/certificates/${c.id}`)).json().status).toBe('suspended');
    const [job] = await w.db.select().from(jobs).where(eq(jobs.kind, 'certificate.suspension-end'));
    expect(job).toMatchObject({ status: 'pending', attempts: 1, lastError: 'process died' });
    expect(await runDueJobs(w.db, '2026-04-01', jobHandlers)).toEqual({ done: 1, failed: 0 });
    expect(await eventsOf(c.id)).toEqual(['grant', 'revoke', 'suspend']);
  });
});

describe('certificate PDF', () => {
  it('is a PDF with an embedded CJK font', async () => {
    const c = await grant();
    const res = await get(`/api/certificates/${c.id}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.includes(Buffer.from('NotoSansSC'))).toBe(true);
  });
});
