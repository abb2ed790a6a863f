import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../test/fixtures.js';
import { answeredGets, isJson } from '../../test/get-operations.js';
import { grantSystem } from '../../test/world-helpers.js';
import { hiddenFields, recordKinds, type RecordKind } from '../modules/auth/visibility.js';
import { clients } from '../modules/clients/client.schema.js';

/**
 * A certified client's portal shows it only its own business (SPEC §1): every GET operation of
 * the API document is called as the portal user, with every id it could try, and nothing
 * internal may come back — by field (the visibility table) and by value (text only staff wrote).
 */

let w: World;
let portal: string;
const ids: string[] = [];
// what only the CB's staff know: none of it may reach the portal, under any name
const secrets = {
  fee: 98765.43,
  complainantName: '举报人甲某',
  complainantContact: '13912345678',
  suspensionRequestNote: '内部意见：建议暂停证书',
  mediaText: '媒体报道：华信电子科技偷工减料',
  revocationReason: '内部：建议撤销',
  feeNote: '内部调价：VIP 折扣',
  reviewNote: '审核意见：该客户沟通困难',
  staffFile: '内部调查报告',
};
let staffFileId = '';

beforeAll(async () => {
  w = await setUpWorld(() => new Date('2026-11-20T02:00:00Z'));
  const as = async (u: string) => w.login(u);
  const [service, quality, decider] = [await as('service'), await as('quality'), await as('decider')];
  portal = await as('portal');
  const call = async (cookie: string, method: string, url: string, payload?: object) => {
    const res = await w.app.inject({ method: method as 'POST', url, headers: { cookie }, ...(payload ? { payload } : {}) });
    expect(res.statusCode, `${url} ${res.body}`).toBeLessThan(300);
    return res.json();
  };
  const cert = await grantSystem(w, decider, w.huaxin, 'QMS', 'CD26Q0001R0M');
  // the year's satisfaction sample draws 华信, the only client with a valid certificate
  await call(await as('general'), 'POST', '/api/survey-samples', { year: 2026, percent: 20, seed: 1 });
  // the CB's internal view of 华信
  await w.db
    .update(clients)
    .set({ grade: 'B-', vip: true, status: 'abnormal', initialAuditFee: secrets.fee })
    .where(eq(clients.id, w.huaxin));
  // a complaint about 华信 by someone else, and one 华信 filed itself
  const about = await call(service, 'POST', '/api/complaints', {
    kind: 'complaint',
    complainantName: secrets.complainantName,
    complainantContact: secrets.complainantContact,
    subject: '售后不及时',
    description: '维修拖延',
    clientId: w.huaxin,
  });
  await call(service, 'POST', `/api/complaints/${about.id}/answer`, { version: 1, answer: '已答复', cause: 'certified_performance' });
  const own = await call(portal, 'POST', '/api/complaints', {
    kind: 'complaint',
    complainantName: '华信',
    complainantContact: '010-1',
    subject: '审核安排',
    description: '希望调整',
  });
  // how the CB classifies the organisation's own case is the CB's (hidden: the walk below finds it if sent)
  await call(service, 'POST', `/api/complaints/${own.id}/cause`, { version: own.version, cause: 'audit_findings' });
  // an incident the CB found in the media, with its internal steps, and one 华信 reported itself
  const item = await call(quality, 'POST', '/api/risk-items', {
    source: '某报',
    sourceKind: 'media',
    publishedOn: '2026-11-18',
    kind: 'quality',
    text: `${secrets.mediaText}（北京华信电子科技有限公司）`,
  });
  const confirmed = await call(quality, 'POST', `/api/risk-items/${item.id}/candidates/${w.huaxin}/confirm`, {
    version: item.version,
    eventOn: '2026-11-18',
  });
  const incidentId = confirmed.candidates[0].incidentId as string;
  const incident = await call(quality, 'GET', `/api/incidents/${incidentId}`);
  await call(quality, 'POST', `/api/incidents/${incidentId}/suspension-request`, {
    version: incident.version,
    note: secrets.suspensionRequestNote,
  });
  const reported = await call(portal, 'POST', '/api/portal/incidents', { eventOn: '2026-11-19', kind: 'safety', text: '仓库起火，已扑灭' });
  // the CB's investigation papers on the incident 华信 reported
  const boundary = '----visibility';
  const upload = await w.app.inject({
    method: 'POST',
    url: `/api/incidents/${reported.id}/files`,
    headers: { cookie: service, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${secrets.staffFile}.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n%%EOF\r\n--${boundary}--\r\n`,
  });
  expect(upload.statusCode, upload.body).toBe(201);
  staffFileId = upload.json().id;
  // a fee change staff filed, and a contact change staff reviewed with a note of their own
  await call(service, 'POST', `/api/clients/${w.huaxin}/contract-changes`, {
    kind: 'fees',
    description: secrets.feeNote,
    proposed: { surveillanceFee: secrets.fee },
  });
  const contact = await call(service, 'POST', `/api/clients/${w.huaxin}/contract-changes`, {
    kind: 'contact',
    description: '客户来函变更联系人',
    proposed: { contactPerson: '李四' },
  });
  await call(service, 'POST', `/api/contract-changes/${contact.id}/review`, { version: 1, decision: 'approve', note: secrets.reviewNote });
  ids.push(w.huaxin, w.other, cert.id, about.id, own.id, incidentId, reported.id, item.id);
});
afterAll(() => w.app.close());

function leaks(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaks(v, `${path}[${i}]`));
  if (typeof value === 'string')
    return Object.values(secrets).some((s) => typeof s === 'string' && value.includes(s)) ? [`${path} = ${value}`] : [];
  if (typeof value === 'number') return value === secrets.fee ? [`${path} = ${value}`] : [];
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const hidden = (Object.keys(recordKinds) as RecordKind[]).filter((k) => recordKinds[k](o)).flatMap((k) => hiddenFields.client?.[k] ?? []);
  return [
    ...Object.keys(o)
      .filter((k) => hidden.includes(k))
      .map((k) => `${path}.${k}`),
    ...Object.entries(o).flatMap(([k, v]) => leaks(v, `${path}.${k}`)),
  ];
}

describe('what the client portal sees', () => {
  it('walks every GET operation as the portal user and finds nothing internal', async () => {
    const found: string[] = [];
    const answers = await answeredGets(w.app, portal, ids);
    for (const { url, res } of answers) {
      if (!isJson(res)) {
        // its own certificate as PDF is what a portal is for; no other file (lists, exports) leaves
        if (!url.endsWith('/pdf')) found.push(`${url}: a ${res.headers['content-type']} file`);
        continue;
      }
      found.push(...leaks(res.json()).map((l) => `${url}${l}`));
    }
    expect(answers.length).toBeGreaterThan(10);
    const forms = (await w.app.inject({ method: 'GET', url: '/api/portal/surveys', headers: { cookie: portal } })).json();
    expect(forms).toHaveLength(1);
    for (const field of ['branchId', 'branch', 'branchEn']) expect(forms[0]).not.toHaveProperty(field);
    const certificate = (await w.app.inject({ method: 'GET', url: `/api/certificates/${ids[2]}`, headers: { cookie: portal } })).json();
    expect(certificate).not.toHaveProperty('allowedActions');
    // how the CB rates the organisation's risk and sizes its audits (the CNCA report's data) stays inside
    for (const field of ['riskLevel', 'baseAuditDays', 'baseAuditDaysReason', 'baseAuditDaysByTable']) {
      expect(certificate).not.toHaveProperty(field);
    }
    expect(certificate).toHaveProperty('coveredEmployees');
    // the analyses count every client's cases by branch: staff only, though the portal reads its own cases
    for (const url of [
      '/api/complaints/analysis?year=2026',
      '/api/incidents/analysis/xlsx?year=2026',
      '/api/complaints/analysis/pdf?year=2026',
    ]) {
      expect((await w.app.inject({ method: 'GET', url, headers: { cookie: portal } })).statusCode, url).toBe(403);
    }
    expect(certificate.events.length).toBeGreaterThan(0);
    for (const event of certificate.events) expect(Object.keys(event)).not.toContain('decidedBy');
    // its notices' e-mails: whether sent and to which address, not the mail server's answers nor the retries
    const notices = (await w.app.inject({ method: 'GET', url: `/api/clients/${w.huaxin}/notices`, headers: { cookie: portal } })).json();
    expect(notices.length).toBeGreaterThan(0);
    for (const n of notices) expect(Object.keys(n.delivery).sort()).toEqual(['address', 'sentAt', 'status']);
    expect(found).toEqual([]);
  });

  it('sees its contact change but not the fee change, nor the staff papers on its own incident', async () => {
    const changes = (await w.app.inject({ method: 'GET', url: '/api/contract-changes', headers: { cookie: portal } })).json();
    expect(changes.map((c: { kind: string }) => c.kind)).toEqual(['contact']);
    expect(changes[0].status).toBe('approved');
    const reported = ids[6]!;
    expect((await w.app.inject({ method: 'GET', url: `/api/incidents/${reported}/files`, headers: { cookie: portal } })).json()).toEqual(
      [],
    );
    const download = await w.app.inject({
      method: 'GET',
      url: `/api/incidents/${reported}/files/${staffFileId}`,
      headers: { cookie: portal },
    });
    expect(download.statusCode).toBe(404);
  });

  it('cannot filter or sort its list by what it does not see (a filter that matches tells the value)', async () => {
    for (const query of ['status=abnormal', 'vip=true', 'grade=B-', 'initialAuditFeeFrom=1', 'sort=grade']) {
      const res = await w.app.inject({ method: 'GET', url: `/api/clients?${query}`, headers: { cookie: portal } });
      expect(res.json(), query).toMatchObject({ code: 'CLIENT.COLUMN_NOT_VISIBLE' });
    }
    const own = await w.app.inject({ method: 'GET', url: '/api/clients?sort=name&q=华信', headers: { cookie: portal } });
    expect(own.json().items).toHaveLength(1);
  });

  it('cannot escalate, or read, a complaint others filed about its organisation', async () => {
    const about = ids[3]!;
    expect((await w.app.inject({ method: 'GET', url: `/api/complaints/${about}`, headers: { cookie: portal } })).statusCode).toBe(404);
    const escalate = await w.app.inject({
      method: 'POST',
      url: `/api/complaints/${about}/escalate`,
      headers: { cookie: portal },
      payload: { version: 2, note: '不满意' },
    });
    expect(escalate.statusCode).toBe(404);
  });
});
