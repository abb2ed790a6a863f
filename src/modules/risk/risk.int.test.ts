import { count, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { auditLog } from '../../audit-log/audit-log.schema.js';
import { dueItems } from '../due-list/due-item.schema.js';
import { riskIncidents, riskItems } from './risk.schema.js';
import { importsSettled } from '../imports/import.runner.js';
import { clients } from '../clients/client.schema.js';
import { searchColumns } from '../clients/client.rules.js';
import { makeUscc } from '../../seed/demo-data.js';
import { NAME_WORD_MIN_CLIENTS } from './risk.matcher.js';

let w: World;
let clock: Date;
const cookies: Record<string, string> = {};
const at = (date: string) => new Date(`${date}T02:00:00Z`); // 10:00 in Beijing

async function travelTo(date: string) {
  clock = at(date);
  for (const u of ['quality', 'service', 'service_b', 'auditmgmt', 'decider', 'portal']) cookies[u] = await w.login(u);
}

beforeEach(async () => {
  clock = at('2026-09-30');
  w = await setUpWorld(() => clock);
  await travelTo('2026-09-30');
});
afterEach(() => w.app.close());

const post = (url: string, payload: object, as = 'quality') =>
  w.app.inject({ method: 'POST', url, headers: { cookie: cookies[as]! }, payload });
const get = (url: string, as = 'quality') => w.app.inject({ method: 'GET', url, headers: { cookie: cookies[as]! } });
const n = async (table: typeof riskItems | typeof riskIncidents | typeof auditLog) => (await w.db.select({ n: count() }).from(table))[0]!.n;

const mediaItem = {
  source: '北京市市场监督管理局',
  sourceKind: 'authority',
  publishedOn: '2026-09-30',
  kind: 'quality',
  text: '2026年第三季度产品质量监督抽查：华信电子科技（北京）有限公司生产的数字万用表不合格。',
  link: 'https://scjgj.beijing.gov.cn/notice/1',
};

async function recordItem(overrides: object = {}) {
  const res = await post('/api/risk-items', { ...mediaItem, ...overrides });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function openHuaxinIncident() {
  const item = await recordItem();
  const res = await post(`/api/risk-items/${item.id}/candidates/${w.huaxin}/confirm`, { version: item.version, eventOn: '2026-09-30' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().candidates[0].incidentId as string;
}

async function step(id: string, path: string, payload: object, as: string) {
  const current = (await get(`/api/incidents/${id}`, as)).json();
  const res = await post(`/api/incidents/${id}/${path}`, { version: current.version, ...payload }, as);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('risk items and their candidates', () => {
  it('matches a new item against the certified clients and ranks the candidates with reasons', async () => {
    const item = await recordItem();
    expect(item.status).toBe('open');
    expect(item.candidates).toHaveLength(1);
    expect(item.candidates[0]).toMatchObject({
      clientId: w.huaxin,
      clientName: '北京华信电子科技有限公司',
      reasons: ['SAME_NAME'],
      proposed: true,
      decision: 'pending',
    });
    const listed = await get('/api/risk-items?status=open');
    expect(listed.statusCode, listed.body).toBe(200);
    const list = listed.json();
    expect(list.items[0]).toMatchObject({ id: item.id, topCandidate: '北京华信电子科技有限公司' });
  });

  it('proposes a client named in running text without its legal form, looked up by the keys the text could name', async () => {
    const item = await recordItem({ organisationNamed: null, text: '媒体报道：北京华信电子科技涉嫌违规排放废水' });
    expect(item.candidates[0]).toMatchObject({ clientId: w.huaxin, reasons: ['SAME_NAME'], proposed: true, matched: '北京华信电子科技' });
    // a longer name holding the client's: listed as a hint for staff to judge, not proposed
    const longer = await recordItem({ organisationNamed: null, text: '媒体报道：北京华信电子科技发展涉嫌违规排放废水' });
    expect(longer.candidates).toEqual([expect.objectContaining({ clientId: w.huaxin, proposed: false, reasons: ['NAME_MAY_GO_ON'] })]);
    // the list names the client an item is about only for a proposal
    const listed = (await get('/api/risk-items?status=open')).json().items as { id: string; topCandidate: string | null }[];
    expect(listed.find((i) => i.id === item.id)?.topCandidate).toBe('北京华信电子科技有限公司');
    expect(listed.find((i) => i.id === longer.id)?.topCandidate).toBeNull();
  });

  it('ends a name without its legal form before words no client name holds, once the client base is large enough to tell', async () => {
    const text = '据了解，北京华信电子科技车间发生火灾';
    const before = await recordItem({ organisationNamed: null, text });
    expect(before.candidates[0]).toMatchObject({ clientId: w.huaxin, proposed: false, reasons: ['NAME_MAY_GO_ON'] });
    // a client base as a CB's is: names made of 科技, 电子, 工程…, and none holding 车间
    const [huaxin] = await w.db.select().from(clients).where(eq(clients.id, w.huaxin));
    const brands = '安邦宝成昌达东方恒信宏远华泰嘉禾金桥凯旋隆盛明德鹏程瑞丰润华盛世天成万通新科兴业永安正泰中科';
    const trades = ['电子科技', '建设工程', '环保科技', '精密机械', '信息技术'];
    const rows = Array.from({ length: NAME_WORD_MIN_CLIENTS }, (_, i) => {
      const names = {
        name: `${['杭州', '成都', '苏州'][i % 3]}${brands.slice((i % 23) * 2, (i % 23) * 2 + 2)}${trades[i % 5]}${i}号有限公司`,
        formerNames: [],
      };
      const codes = { uscc: makeUscc('330106', 900_000 + i), contractNo: `HT-W-${i}`, certificateNos: [] };
      const { id: _id, ...rest } = huaxin!;
      return { ...rest, ...names, ...codes, ...searchColumns({ ...names, ...codes }) };
    });
    await w.db.insert(clients).values(rows);
    const after = await recordItem({ organisationNamed: null, text });
    expect(after.candidates[0]).toMatchObject({ clientId: w.huaxin, proposed: true, reasons: ['SAME_NAME'] });
    // and a name going on with a word of names stays a hint
    const longer = await recordItem({ organisationNamed: null, text: '据了解，北京华信电子科技工程项目发生火灾' });
    expect(longer.candidates[0]).toMatchObject({ clientId: w.huaxin, proposed: false, reasons: ['NAME_MAY_GO_ON'] });
  });

  it('records an item about nobody certified as having no match', async () => {
    const item = await recordItem({ text: '杭州某某食品有限公司生产的月饼菌落总数超标', organisationNamed: '杭州某某食品有限公司' });
    expect(item).toMatchObject({ status: 'no_match', candidates: [] });
  });

  it('refuses a publication date in the future and a link that is not a web address, writing nothing', async () => {
    const future = await post('/api/risk-items', { ...mediaItem, publishedOn: '2026-10-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ code: 'RISK.FUTURE_DATE', message: { zh: expect.stringContaining('不能晚于今天') } });
    const badLink = await post('/api/risk-items', { ...mediaItem, link: 'javascript:alert(1)' });
    expect(badLink.statusCode).toBe(400);
    expect(await n(riskItems)).toBe(0);
  });

  it('lets only quality-technical staff record items', async () => {
    expect((await post('/api/risk-items', mediaItem, 'service')).statusCode).toBe(403);
  });

  it('opens the incident on the event day given, never on the publication date by default', async () => {
    const item = await recordItem({ publishedOn: '2026-09-29' });
    const url = `/api/risk-items/${item.id}/candidates/${w.huaxin}/confirm`;
    const without = await post(url, { version: item.version });
    expect(without.statusCode).toBe(400);
    expect(without.json().details.fields).toEqual([expect.objectContaining({ field: 'eventOn', code: 'REQUIRED' })]);
    const future = await post(url, { version: item.version, eventOn: '2026-10-01' });
    expect(future.statusCode).toBe(400);
    expect(await n(riskIncidents)).toBe(0);
    const res = await post(url, { version: item.version, eventOn: '2026-09-21' });
    expect(res.statusCode, res.body).toBe(200);
    const incident = (await get(`/api/incidents/${res.json().candidates[0].incidentId}`)).json();
    expect(incident).toMatchObject({ eventOn: '2026-09-21', reportToAuditManagementDueOn: '2026-09-30' });
  });

  it('keeps a rejection with its reason, and a stale version gets 409', async () => {
    const item = await recordItem();
    const rejected = await post(`/api/risk-items/${item.id}/candidates/${w.huaxin}/reject`, {
      version: item.version,
      note: '同名不同企业',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'no_match', candidates: [{ decision: 'rejected', note: '同名不同企业' }] });
    const again = await post(`/api/risk-items/${item.id}/candidates/${w.huaxin}/confirm`, { version: item.version, eventOn: '2026-09-30' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('CONCURRENCY.STALE_VERSION');
    expect(await n(riskIncidents)).toBe(0);
  });

  it('imports a CSV batch in one go once confirmed, or nothing when a row is bad', async () => {
    const header = '来源,来源类型,发布日期,涉及组织,类别,内容,链接\n';
    const good = [
      '新华网,媒体,2026/9/28,深圳宏达家电有限公司,安全,"深圳宏达家电有限公司发生火灾，无人员伤亡",https://news.cn/1',
      '应急管理局,政府网站,2026-09-29,,环境,北京华信电子科技有限公司超标排放废水被罚款,',
      '澎湃新闻,媒体,2026-09-29,,其他,某地一家餐馆被查处,',
    ].join('\n');
    const bad = `${header}${good}\n新华网,媒体,2026-13-01,,质量,日期错误,\n`;
    const refused = await upload(Buffer.from(bad), 'risk.csv');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().details.rows).toEqual([{ row: 5, errors: [expect.objectContaining({ field: 'publishedOn' })] }]);
    expect(await n(riskItems)).toBe(0);

    // Excel on Chinese Windows saves CSV in GB18030
    const res = await upload(encodeGbk(`${header}${good}\n`), 'risk.csv');
    expect(res.json()).toMatchObject({ status: 'applied', rowsWritten: 3, result: { created: 3, matched: 2, noMatch: 1 } });
    const items = (await get('/api/risk-items?q=宏达')).json();
    expect(items.items[0]).toMatchObject({ kind: 'safety', sourceKind: 'media', topCandidate: '深圳宏达家电有限公司' });
  });
});

/** GBK bytes for a text, by inverting the platform's GB18030 decoder over the two-byte range. */
function encodeGbk(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const bytesOf = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail !== 0x7f) bytesOf.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
    }
  }
  return Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : bytesOf.get(ch)!)));
}

function send(file: Buffer, filename: string) {
  const boundary = '----certdesk-test';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`;
  return w.app.inject({
    method: 'POST',
    url: '/api/risk-items/import',
    headers: { cookie: cookies.quality!, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  });
}

/** Upload, let the import worker check it, confirm: the confirmation's refusal, or the written import's record. */
async function upload(file: Buffer, filename: string) {
  const sent = await send(file, filename);
  expect(sent.statusCode, sent.body).toBe(202);
  await importsSettled(w.db);
  const confirmed = await w.app.inject({
    method: 'POST',
    url: `/api/risk-items/import/${sent.json().id}/confirm`,
    headers: { cookie: cookies.quality! },
  });
  if (confirmed.statusCode !== 202) return confirmed;
  await importsSettled(w.db);
  return w.app.inject({ method: 'GET', url: `/api/risk-items/import/${sent.json().id}`, headers: { cookie: cookies.quality! } });
}

describe('incidents', () => {
  it('opens with the same-day report and a 7-working-day report deadline over National Day, on the due-lists', async () => {
    const id = await openHuaxinIncident();
    const incident = (await get(`/api/incidents/${id}`)).json();
    expect(incident).toMatchObject({
      eventOn: '2026-09-30',
      reportToAuditManagementDueOn: '2026-09-30',
      reportDueOn: '2026-10-15',
      status: 'open',
    });
    expect(incident.owed.map((s: { kind: string }) => s.kind)).toEqual([
      'incident_report_to_audit_management',
      'incident_suspension_request',
      'incident_self_check',
      'incident_report',
      'incident_actions',
    ]);
    const due = (await get('/api/due-items?department=customer_service&bucket=all', 'service')).json();
    expect(due.items).toContainEqual(expect.objectContaining({ kind: 'incident_report', dueOn: '2026-10-15', clientId: w.huaxin }));

    // a day later the same-day steps are overdue
    await travelTo('2026-10-01');
    const overdue = (await get('/api/incidents?overdue=true')).json();
    expect(overdue.map((i: { id: string }) => i.id)).toEqual([id]);
  });

  it('takes an incident through every step to closure, creating the audit and the suspension proposal it decides', async () => {
    const grant = await post(
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
    expect(grant.statusCode, grant.body).toBe(201);
    const certificateId = grant.json().id;
    const id = await openHuaxinIncident();

    await step(id, 'report-to-audit-management', {}, 'quality');
    await step(id, 'suspension-request', { note: '产品抽查不合格，申请暂停 QMS 证书' }, 'quality');
    const twice = await post(`/api/incidents/${id}/report-to-audit-management`, {
      version: (await get(`/api/incidents/${id}`)).json().version,
    });
    expect(twice.json()).toMatchObject({ code: 'INCIDENT.STEP_DONE', message: { en: 'This step was recorded on 2026-09-30' } });
    expect((await post(`/api/incidents/${id}/actions`, { version: 1, actions: [], note: '不应成功' }, 'service')).statusCode).toBe(403);

    await step(id, 'self-check', { finding: 'none', note: '复核2026年监督审核记录，未发现审核疏漏' }, 'auditmgmt');
    await step(
      id,
      'report',
      { event: '抽查不合格', investigation: '原材料批次问题', actions: '召回并整改', opinion: '建议暂停并增加监督' },
      'service',
    );
    const decided = await step(
      id,
      'actions',
      {
        actions: [
          { kind: 'unscheduled_audit', certificateId, plannedStart: '2026-10-20', plannedEnd: '2026-10-21', note: '核查整改' },
          { kind: 'suspension', certificateId },
        ],
        note: '暂停证书并安排不通知审核',
        rectificationDueOn: '2026-11-30',
      },
      'auditmgmt',
    );
    expect(decided.actions).toHaveLength(2);
    expect(decided.owed.map((s: { kind: string }) => s.kind)).toEqual(['incident_rectification']);

    const programmes = (await get(`/api/clients/${w.huaxin}/programmes`, 'auditmgmt')).json();
    const extra = programmes[0].audits.find((a: { type: string }) => a.type === 'extra');
    const byKind = Object.fromEntries(decided.actions.map((a: { kind: string }) => [a.kind, a]));
    expect(extra).toMatchObject({ trigger: 'OTHER', plannedStart: '2026-10-20', id: byKind.unscheduled_audit.auditId });

    const proposals = (await get('/api/suspension-proposals?status=open', 'decider')).json();
    const proposal = proposals.find((p: { id: string }) => p.id === byKind.suspension.proposalId);
    expect(proposal).toMatchObject({ certificateId, dueKey: `incident:${id}` });
    const accepted = await post(
      `/api/suspension-proposals/${proposal.id}/accept`,
      { version: proposal.version, from: '2026-09-30', until: '2027-03-29', reason: '风险事件经查实' },
      'decider',
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'suspended' });

    const noEvidence = await post(
      `/api/incidents/${id}/verification`,
      { version: decided.version, accepted: true, note: '无证据' },
      'auditmgmt',
    );
    expect(noEvidence.json().code).toBe('INCIDENT.NO_EVIDENCE');
    await step(id, 'rectification', { evidence: '提交第三方检测报告 No. 2026-118' }, 'service');
    const sentBack = await step(id, 'verification', { accepted: false, note: '检测报告未覆盖全部批次' }, 'auditmgmt');
    expect(sentBack).toMatchObject({ status: 'open', rectificationSubmittedOn: null });
    await step(id, 'rectification', { evidence: '补充全部批次检测报告' }, 'service');
    const closed = await step(id, 'verification', { accepted: true, note: '整改有效' }, 'auditmgmt');
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-09-30', owed: [] });

    const left = await w.db.select().from(dueItems).where(eq(dueItems.sourceId, id));
    expect(left).toEqual([]);
    const history = await w.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['open', 'self-check', 'report', 'decide-actions', 'reject-rectification', 'verify-rectification']),
    );
  });

  it('refuses an action on a certificate of another client and writes none of the other actions', async () => {
    const id = await openHuaxinIncident();
    const res = await post(
      `/api/incidents/${id}/actions`,
      { version: 1, actions: [{ kind: 'suspension', certificateId: '00000000-0000-4000-8000-000000000000' }], note: '暂停' },
      'auditmgmt',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('INCIDENT.CERTIFICATE_NOT_CLIENTS');
    expect((await get(`/api/incidents/${id}`)).json()).toMatchObject({ actionsDecidedOn: null, version: 1 });
  });

  it('lets a certified client report its own incident, seen by it and by staff but not by another branch', async () => {
    const res = await post('/api/portal/incidents', { eventOn: '2026-09-29', kind: 'safety', text: '仓库发生火灾，无人员伤亡' }, 'portal');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ clientId: w.huaxin, kind: 'safety', eventOn: '2026-09-29' });
    // its public state only: the CB's deadlines and handling stay inside
    expect(res.json()).not.toHaveProperty('reportDueOn');
    expect((await get('/api/incidents', 'portal')).json()).toHaveLength(1);
    const [seen] = (await get('/api/incidents', 'quality')).json();
    expect(seen).toMatchObject({ reportDueOn: '2026-10-14' });
    expect((await get('/api/incidents', 'service_b')).json()).toHaveLength(0);
    expect((await post('/api/risk-items', mediaItem, 'portal')).statusCode).toBe(403);
  });
});

describe('incident evidence files', () => {
  function upload(id: string, fileName: string, content: Buffer, as = 'service') {
    const boundary = '----certdesk-evidence';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
    return w.app.inject({
      method: 'POST',
      url: `/api/incidents/${id}/files`,
      headers: { cookie: cookies[as]!, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    });
  }

  it('keeps a PDF test report with the incident and serves it back only as a download to those who may see it', async () => {
    const id = await openHuaxinIncident();
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const stored = await upload(id, '第三方检测报告.pdf', pdf);
    expect(stored.statusCode, stored.body).toBe(201);
    expect(stored.json()).toMatchObject({ fileName: '第三方检测报告.pdf', size: pdf.length });

    const list = (await get(`/api/incidents/${id}/files`)).json();
    expect(list).toEqual([
      expect.objectContaining({ fileName: '第三方检测报告.pdf', contentType: 'application/pdf', uploadedBy: '用户 service' }),
    ]);
    const download = await get(`/api/incidents/${id}/files/${list[0].id}`);
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect((await get(`/api/incidents/${id}/files`, 'service_b')).statusCode).toBe(404);
  });

  it('refuses a program renamed as a PDF, and an upload by someone who may not respond', async () => {
    const id = await openHuaxinIncident();
    const program = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
    const refused = await upload(id, 'report.pdf', program);
    expect(refused.statusCode).toBe(415);
    expect(refused.json()).toMatchObject({ code: 'FILE.TYPE_NOT_ALLOWED', message: { zh: expect.stringContaining('PDF') } });
    expect((await upload(id, 'report.pdf', Buffer.from('%PDF-1.7\n'), 'quality')).statusCode).toBe(403);
    expect((await get(`/api/incidents/${id}/files`)).json()).toEqual([]);
  });
});
