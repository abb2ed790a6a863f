import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { usccCheckCharacter } from '../../lib/uscc.js';
import { clients } from '../clients/client.schema.js';
import { dueItems } from '../due-list/due-item.schema.js';

let w: World;
const cookies: Record<string, string> = {};

beforeEach(async () => {
  const clock = new Date('2026-11-25T02:00:00Z');
  w = await setUpWorld(() => clock);
  for (const u of ['service', 'service_b', 'auditmgmt']) cookies[u] = await w.login(u);
});
afterEach(() => w.app.close());

const post = (url: string, payload: object, as = 'service') =>
  w.app.inject({ method: 'POST', url, headers: { cookie: cookies[as]! }, payload });
const get = (url: string, as = 'service') => w.app.inject({ method: 'GET', url, headers: { cookie: cookies[as]! } });
const uscc = '91110105MA01XY123' + usccCheckCharacter('91110105MA01XY123');

async function receive(materials: object = { businessLicence: true, serviceDocuments: true, flowChart: true }) {
  const res = await post('/api/service-applications', {
    applicantName: '北京优家家电服务有限公司',
    uscc,
    province: '北京市',
    address: '北京市朝阳区建国路88号',
    contactPerson: '周经理',
    phone: '010-65001234',
    branchId: w.branchA,
    headcount: 35,
    scope: '家用电器的安装、维修和退换货服务',
    materials,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

function attachEvidence(id: string, as = 'service') {
  const boundary = '----certdesk-credit';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="信用报告.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
  return w.app.inject({
    method: 'POST',
    url: `/api/service-applications/${id}/files`,
    headers: { cookie: cookies[as]!, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(head), Buffer.from('%PDF-1.7\n%%EOF\n'), Buffer.from(`\r\n--${boundary}--\r\n`)]),
  });
}

const clear = { administrativePenalties: 'none', abnormalOperation: 'none', seriousViolation: 'none' };

describe('after-sales certification applications', () => {
  it('is reviewed within 10 days, checked for credit, and accepted into a client with an after-sales programme', async () => {
    const application = await receive();
    expect(application).toMatchObject({ number: 'SQ-2026-0001', reviewDueOn: '2026-12-05', missing: [], status: 'received' });
    expect(await w.db.select().from(dueItems).where(eq(dueItems.sourceId, application.id))).toEqual([
      expect.objectContaining({ kind: 'application_review', dueOn: '2026-12-05', department: 'customer_service' }),
    ]);

    const unchecked = await post(`/api/service-applications/${application.id}/accept`, { version: 1, note: '材料齐全' });
    expect(unchecked.json().code).toBe('APPLICATION.CREDIT_NOT_CHECKED');
    const checked = await post(`/api/service-applications/${application.id}/credit-check`, {
      version: 1,
      credit: { administrativePenalties: 'none', abnormalOperation: 'none', seriousViolation: 'none' },
      note: '信用中国、国家企业信用信息公示系统查询无记录',
    });
    expect(checked.json()).toMatchObject({ creditCheckedBy: '用户 service', creditCheckedOn: '2026-11-25' });
    const unevidenced = await post(`/api/service-applications/${application.id}/accept`, { version: 2, note: '同意受理' });
    expect(unevidenced.json().code).toBe('APPLICATION.CREDIT_EVIDENCE_MISSING');
    await attachEvidence(application.id);
    const accepted = await post(`/api/service-applications/${application.id}/accept`, { version: 2, note: '同意受理' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', clientId: expect.any(String), programmeId: expect.any(String) });

    const [client] = await w.db.select().from(clients).where(eq(clients.id, accepted.json().clientId));
    expect(client).toMatchObject({ name: '北京优家家电服务有限公司', contractNo: 'HT-SQ-2026-0001', applicationAcceptedOn: '2026-11-25' });
    const programmes = (await get(`/api/clients/${client!.id}/programmes`, 'auditmgmt')).json();
    expect(programmes).toEqual([expect.objectContaining({ scheme: 'after_sales', field: 'AFTER_SALES', certificateId: null })]);
    expect(await w.db.select().from(dueItems).where(eq(dueItems.sourceId, application.id))).toEqual([]);
  });

  it('will not accept with materials missing or an applicant on the blacklist, and records a refusal with its reason', async () => {
    const incomplete = await receive({ businessLicence: true });
    expect(incomplete.missing).toEqual(['serviceDocuments', 'flowChart']);
    const missing = await post(`/api/service-applications/${incomplete.id}/accept`, { version: 1, note: '同意' });
    expect(missing.json()).toMatchObject({
      code: 'APPLICATION.MATERIALS_MISSING',
      message: {
        zh: '申请材料不齐：服务过程文件及标准、服务流程图',
        en: 'Materials missing: service process documents and standards, service flow chart',
      },
    });

    const blacklisted = await receive();
    await post(`/api/service-applications/${blacklisted.id}/credit-check`, {
      version: 1,
      credit: { administrativePenalties: 'none', abnormalOperation: 'none', seriousViolation: 'found' },
    });
    expect((await post(`/api/service-applications/${blacklisted.id}/accept`, { version: 2, note: '同意' })).json().code).toBe(
      'APPLICATION.CREDIT_REFUSES',
    );
    const refused = await post(`/api/service-applications/${blacklisted.id}/refuse`, { version: 2, reason: '列入严重违法失信名单' });
    expect(refused.json()).toMatchObject({ status: 'refused', decisionNote: '列入严重违法失信名单' });
    expect((await post(`/api/service-applications/${blacklisted.id}/accept`, { version: 3, note: '同意' })).json().code).toBe(
      'APPLICATION.DECIDED',
    );
  });

  it('keeps credit-check evidence with the application, visible to its branch only', async () => {
    const application = await receive();
    const stored = await attachEvidence(application.id);
    expect(stored.statusCode, stored.body).toBe(201);
    expect((await get(`/api/service-applications/${application.id}/files`)).json()).toHaveLength(1);
    expect((await get(`/api/service-applications/${application.id}/files`, 'service_b')).statusCode).toBe(404);
    expect((await get('/api/service-applications', 'service_b')).json()).toEqual([]);
  });

  it('takes materials handed in later until it is decided; only the ones sent change', async () => {
    const incomplete = await receive({ businessLicence: true });
    const completed = await post(`/api/service-applications/${incomplete.id}/materials`, {
      version: 1,
      materials: { serviceDocuments: true, flowChart: true },
    });
    expect(completed.statusCode, completed.body).toBe(200);
    expect(completed.json()).toMatchObject({ missing: [], materials: { businessLicence: true, serviceDocuments: true, flowChart: true } });
    await post(`/api/service-applications/${incomplete.id}/credit-check`, {
      version: 2,
      credit: clear,
      noEvidenceReason: '网站查询结果未能留存',
    });
    expect((await post(`/api/service-applications/${incomplete.id}/accept`, { version: 3, note: '同意受理' })).statusCode).toBe(200);
    const late = await post(`/api/service-applications/${incomplete.id}/materials`, { version: 4, materials: { flowChart: false } });
    expect(late.json().code).toBe('APPLICATION.DECIDED');
  });

  it('lets an existing client (same credit code) apply: the application is linked to it, no second client', async () => {
    const [huaxin] = await w.db.select().from(clients).where(eq(clients.id, w.huaxin));
    const res = await post('/api/service-applications', {
      applicantName: huaxin!.name,
      uscc: huaxin!.uscc,
      province: '北京市',
      address: huaxin!.address,
      contactPerson: '王伟',
      phone: '13800138000',
      branchId: w.branchA,
      headcount: 20,
      scope: '电子产品的售后服务',
      materials: { businessLicence: true, serviceDocuments: true, flowChart: true },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    await post(`/api/service-applications/${id}/credit-check`, { version: 1, credit: clear });
    await attachEvidence(id);
    const accepted = await post(`/api/service-applications/${id}/accept`, { version: 2, note: '老客户申请售后服务认证' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().clientId).toBe(w.huaxin);
    expect(await w.db.select().from(clients).where(eq(clients.uscc, huaxin!.uscc))).toHaveLength(1);
  });
});
