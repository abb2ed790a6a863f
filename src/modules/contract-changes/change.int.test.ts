import { count, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { pdfText } from '../../../test/pdf-text.js';
import { clients } from '../clients/client.schema.js';
import { audits } from '../programmes/programme.schema.js';
import { contractChanges } from './change.schema.js';

let w: World;
const cookies: Record<string, string> = {};

beforeEach(async () => {
  const clock = new Date('2026-11-20T02:00:00Z');
  w = await setUpWorld(() => clock);
  for (const u of ['service', 'auditmgmt', 'decider', 'portal', 'service_b']) cookies[u] = await w.login(u);
});
afterEach(() => w.app.close());

const post = (url: string, payload: object, as: string) =>
  w.app.inject({ method: 'POST', url, headers: { cookie: cookies[as]! }, payload });
const get = (url: string, as = 'service') => w.app.inject({ method: 'GET', url, headers: { cookie: cookies[as]! } });

async function grant() {
  const res = await post(
    `/api/clients/${w.huaxin}/certificates`,
    {
      certificateNo: 'CD26Q0001R0M',
      scheme: 'management_system',
      field: 'QMS',
      standard: 'GB/T 19001-2016',
      scope: '电子测量仪器的设计和生产',
      starLevel: null,
      decisionOn: '2026-01-05',
    },
    'decider',
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function file(payload: object, as = 'portal') {
  const res = await post(`/api/clients/${w.huaxin}/contract-changes`, payload, as);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('contract changes (F01)', () => {
  it('confirms a name change: the client record keeps the old name and the certificate is reissued', async () => {
    const certificate = await grant();
    const change = await file({
      kind: 'name',
      certificateId: certificate.id,
      description: '工商变更登记',
      proposed: { name: '北京华信智能科技有限公司' },
    });
    expect(change).toMatchObject({
      number: 'BG-2026-0001',
      status: 'submitted',
      reviewer: 'customer_service',
      executor: 'customer_service',
    });

    expect(
      (
        await post(`/api/contract-changes/${change.id}/review`, { version: 1, decision: 'approve', note: '营业执照已核' }, 'auditmgmt')
      ).json().code,
    ).toBe('CHANGE.NOT_YOUR_STEP');
    const reviewed = await post(
      `/api/contract-changes/${change.id}/review`,
      { version: 1, decision: 'approve', note: '营业执照已核' },
      'service',
    );
    expect(reviewed.json()).toMatchObject({ status: 'approved', reviewedBy: '用户 service' });
    const applied = await post(`/api/contract-changes/${change.id}/apply`, { version: 2, note: '更新客户信息并换发证书' }, 'service');
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json().status).toBe('applied');

    const client = (await get(`/api/clients/${w.huaxin}`)).json();
    expect(client).toMatchObject({ name: '北京华信智能科技有限公司', formerNames: expect.arrayContaining(['北京华信电子科技有限公司']) });
    const reissued = (await get(`/api/certificates/${certificate.id}`)).json();
    expect(reissued.organisationName).toBe('北京华信智能科技有限公司');
    expect(reissued.events[0]).toMatchObject({ kind: 'reissue', reason: expect.stringContaining('BG-2026-0001') });
  });

  it('grants a scope extension only after an audit held and passed, by a decision-maker', async () => {
    const certificate = await grant();
    const missingDocs = await post(
      `/api/clients/${w.huaxin}/contract-changes`,
      {
        kind: 'scope_extension',
        certificateId: certificate.id,
        description: '新增产品线',
        proposed: { scope: '电子测量仪器及传感器的设计和生产' },
      },
      'portal',
    );
    expect(missingDocs.json().code).toBe('CHANGE.DOCUMENTS_REQUIRED');
    const change = await file({
      kind: 'scope_extension',
      certificateId: certificate.id,
      description: '新增传感器产品线',
      proposed: { scope: '电子测量仪器及传感器的设计和生产' },
      documents: ['传感器产品标准', '生产许可证'],
    });
    const approveOutright = await post(
      `/api/contract-changes/${change.id}/review`,
      { version: 1, decision: 'approve', note: '资料齐全' },
      'auditmgmt',
    );
    expect(approveOutright.json().code).toBe('CHANGE.AUDIT_REQUIRED');
    const sent = await post(
      `/api/contract-changes/${change.id}/review`,
      { version: 1, decision: 'audit', note: '安排扩项审核', auditPlannedStart: '2026-12-01', auditPlannedEnd: '2026-12-02' },
      'auditmgmt',
    );
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'awaiting_audit', auditId: expect.any(String) });

    const early = await post(`/api/contract-changes/${change.id}/apply`, { version: 2, note: '批准扩项' }, 'decider');
    expect(early.json().code).toBe('CHANGE.AUDIT_NOT_HELD');
    const audit = (await get(`/api/audits/${sent.json().auditId}`, 'auditmgmt')).json();
    expect(audit).toMatchObject({ type: 'extra', trigger: 'MAJOR_CHANGE' });
    // the audit is held (how audits are recorded is the programme module's, tested there)
    const hold = (on: string) =>
      w.db.update(audits).set({ status: 'held', actualStart: on, actualEnd: on, result: 'pass' }).where(eq(audits.id, audit.id));
    // an audit held before the review that asked for it cannot be the change's audit
    await hold('2026-11-18');
    expect((await post(`/api/contract-changes/${change.id}/apply`, { version: 2, note: '批准扩项' }, 'decider')).json().code).toBe(
      'CHANGE.AUDIT_BEFORE_REVIEW',
    );
    await hold('2026-11-20');
    expect((await post(`/api/contract-changes/${change.id}/apply`, { version: 2, note: '批准扩项' }, 'service')).json().code).toBe(
      'CHANGE.NOT_YOUR_STEP',
    );
    const granted = await post(`/api/contract-changes/${change.id}/apply`, { version: 2, note: '批准扩项' }, 'decider');
    expect(granted.statusCode, granted.body).toBe(200);
    const reissued = (await get(`/api/certificates/${certificate.id}`)).json();
    expect(reissued.scope).toBe('电子测量仪器及传感器的设计和生产');
    expect(reissued.events[0]).toMatchObject({ kind: 'reissue', ground: 'SCOPE_EXTENSION' });
  });

  it('keeps fee changes with customer service and writes nothing on a refused application', async () => {
    const refused = await post(
      `/api/clients/${w.huaxin}/contract-changes`,
      { kind: 'fees', description: '调整监督费', proposed: { surveillanceFee: 5000 } },
      'portal',
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'CHANGE.FEES_BY_SERVICE_ONLY', message: { zh: '费用变更只能由客户服务部办理' } });
    expect((await w.db.select({ n: count() }).from(contractChanges))[0]!.n).toBe(0);

    const change = await file({ kind: 'fees', description: '调整监督费', proposed: { surveillanceFee: 5000 } }, 'service');
    await post(`/api/contract-changes/${change.id}/review`, { version: 1, decision: 'approve', note: '合同补充协议已签' }, 'service');
    const applied = await post(`/api/contract-changes/${change.id}/apply`, { version: 2, note: '已更新' }, 'service');
    expect(applied.statusCode, applied.body).toBe(200);
    const [client] = await w.db.select().from(clients).where(eq(clients.id, w.huaxin));
    expect(client!.surveillanceFee).toBe(5000);
  });

  it("changes the client's e-mail for notices through a contact change the client files", async () => {
    const bad = await post(
      `/api/clients/${w.huaxin}/contract-changes`,
      { kind: 'contact', description: '邮箱变更', proposed: { email: 'not an address' } },
      'portal',
    );
    expect(bad.statusCode).toBe(400);
    const change = await file({ kind: 'contact', description: '邮箱变更', proposed: { email: 'cert@huaxin.example.cn' } });
    await post(`/api/contract-changes/${change.id}/review`, { version: 1, decision: 'approve', note: '已核实' }, 'service');
    const applied = await post(`/api/contract-changes/${change.id}/apply`, { version: 2, note: '已更新' }, 'service');
    expect(applied.statusCode, applied.body).toBe(200);
    const [client] = await w.db.select().from(clients).where(eq(clients.id, w.huaxin));
    expect(client!.email).toBe('cert@huaxin.example.cn');
  });

  it('shows a client its own applications only, and another branch none of them', async () => {
    await file({ kind: 'contact', description: '联系人变更', proposed: { contactPerson: '李四', phone: '13911112222' } });
    expect((await get('/api/contract-changes', 'portal')).json()).toHaveLength(1);
    expect((await get('/api/contract-changes', 'service_b')).json()).toHaveLength(0);
    expect(
      (
        await post(
          `/api/clients/${w.other}/contract-changes`,
          { kind: 'contact', description: '联系人变更', proposed: { phone: '13911112222' } },
          'portal',
        )
      ).statusCode,
    ).toBe(404);
  });

  it('prints the application on form F01 as filed and as it went; the client’s copy leaves out the CB’s review notes', async () => {
    const change = await file({
      kind: 'contact',
      description: '原联系人离职',
      proposed: { contactPerson: '王建国', phone: '13911112222' },
    });
    await post(`/api/contract-changes/${change.id}/review`, { version: 1, decision: 'approve', note: '内部：已电话核实' }, 'service');
    const staff = await get(`/api/contract-changes/${change.id}/pdf`);
    expect(staff.headers['content-type']).toBe('application/pdf');
    const text = pdfText(staff.rawPayload).replace(/\n/g, '');
    for (const expected of [
      '合同变更申请表（F01）',
      'BG-2026-0001',
      '北京华信电子科技有限公司',
      '联系人/电话变更',
      '原联系人离职',
      '变更后的联系人',
      '王建国',
      '13911112222',
      '已批准待实施',
      '内部：已电话核实',
    ])
      expect(text, expected).toContain(expected);
    const portal = pdfText((await get(`/api/contract-changes/${change.id}/pdf`, 'portal')).rawPayload).replace(/\n/g, '');
    expect(portal).toContain('王建国');
    expect(portal).not.toContain('已电话核实');
    expect(portal).not.toContain('审核意见');
    // another branch's staff cannot print it
    expect((await get(`/api/contract-changes/${change.id}/pdf`, 'service_b')).statusCode).toBe(404);
  });
});
