import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PASSWORD, setUpWorld, type World } from '../../../test/fixtures.js';
import { auditLog } from '../../audit-log/audit-log.schema.js';
import type { FieldChange } from '../../lib/field-changes.js';
import { seedStarIndicators } from '../after-sales/star.service.js';
import { users } from '../auth/auth.schema.js';
import { auditorRegistrations, auditProgrammes, audits } from '../programmes/programme.schema.js';
import { LOGIN_MAX_FAILURES } from '../auth/auth.service.js';

let w: World;
const clock = new Date('2026-11-24T02:00:00Z');
beforeEach(async () => {
  w = await setUpWorld(() => clock);
});
afterEach(() => w.app.close());

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const call = (
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  cookie?: string,
  payload?: unknown,
  remoteAddress?: string,
) =>
  w.app.inject({
    method,
    url,
    headers: cookie ? { cookie } : {},
    ...(payload ? { payload } : {}),
    ...(remoteAddress ? { remoteAddress } : {}),
  });

interface Text {
  zh: string;
  en: string;
}
interface Entry {
  entity: string;
  entityId: string;
  actorId: string | null;
  actor: Text;
  address: string | null;
  entityLabel: Text;
  record: Text;
  action: string;
  actionLabel: Text;
  atLocal: string;
  changes: { field: string; label: Text; old: Text | null; new: Text | null }[];
}

/** What a reader is shown of an entry: every text, without the ids and codes kept for links and filters. */
const shown = (e: Entry) => JSON.stringify({ ...e, entityId: undefined, actorId: undefined, entity: undefined, action: undefined });
const line = (c: Entry['changes'][number]) =>
  c.old ? `${c.label.zh}：${c.old.zh} → ${c.new?.zh ?? '（空）'}` : `${c.label.zh}：${c.new?.zh}`;

async function log(cookie: string, query = ''): Promise<{ items: Entry[]; total: number }> {
  const res = await call('GET', `/api/audit-log?pageSize=200${query}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function workbookText(body: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => String(v ?? ''))));
  return rows;
}

describe('the readable history (issue 17.8)', () => {
  it('shows a client’s changes by label, names instead of ids, yes/no and dates, to everyone who reads it', async () => {
    const service = await w.login('service');
    const [auditor] = await w.db.select().from(users).where(eq(users.username, 'auditor'));
    const client = (await call('GET', `/api/clients/${w.huaxin}`, service)).json();
    const patched = await call('PATCH', `/api/clients/${w.huaxin}`, service, {
      version: client.version,
      branchId: w.branchB,
      confidential: true,
      plannedSurveillanceOn: '2027-03-01',
      formerNames: ['北京华信电子有限公司'],
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await call('PUT', `/api/clients/${w.huaxin}/maintainer`, service, { userId: auditor!.id })).statusCode).toBe(200);

    const history: Entry[] = (await call('GET', `/api/clients/${w.huaxin}/history`, service)).json();
    const [maintainer, update] = history;
    expect(maintainer).toMatchObject({ actionLabel: { zh: '指定维护人' }, actor: { zh: '用户 service' }, address: '127.0.0.1' });
    expect(maintainer!.changes.map(line)).toEqual(['维护人：用户 auditor（auditor）']);
    expect(update!.changes.map(line)).toEqual([
      '曾用名：北京华信电子有限公司',
      '计划监督日期：2027-03-01',
      '分支机构：北京总部 → 深圳办事处',
      '信息保密（不报送 IAF CertSearch）：否 → 是',
    ]);
    expect(update!.changes.find((c) => c.field === 'branchId')!.new).toEqual({ zh: '深圳办事处', en: 'Shenzhen' });
    const created = history.at(-1)!;
    expect(created).toMatchObject({ actionLabel: { zh: '新建', en: 'Created' }, actor: { zh: '系统', en: 'System' } });
    // nothing a reader sees is an id, a bare true/false or an English key
    for (const e of history) {
      expect(shown(e)).not.toMatch(UUID);
      expect(shown(e)).not.toMatch(/"(true|false)"|"(branchId|confidential|maintainer|formerNames)"(?!,"label")/);
    }
  });

  it('leaves fees out for roles that may not see them, in the history, the audit log, its search and its export', async () => {
    const service = await w.login('service');
    let version = (await call('GET', `/api/clients/${w.huaxin}`, service)).json().version;
    const feeAndPhone = await call('PATCH', `/api/clients/${w.huaxin}`, service, {
      version,
      initialAuditFee: 12345.5,
      phone: '010-62345678',
    });
    expect(feeAndPhone.statusCode).toBe(200);
    version = feeAndPhone.json().version;
    expect((await call('PATCH', `/api/clients/${w.huaxin}`, service, { version, surveillanceFee: 6789.5 })).statusCode).toBe(200);
    const feeChange = await call('POST', `/api/clients/${w.huaxin}/contract-changes`, service, {
      kind: 'fees',
      description: '监督费用调整',
      proposed: { surveillanceFee: 7000.25 },
    });
    expect(feeChange.statusCode, feeChange.body).toBe(201);

    // customer service sees them
    const forService: Entry[] = (await call('GET', `/api/clients/${w.huaxin}/history`, service)).json();
    expect(forService.flatMap((e) => e.changes.map(line))).toEqual(
      expect.arrayContaining(['监督费用：6,789.50 元', '初审费用：12,345.50 元']),
    );

    // an auditor reads the history without them: the phone stays, the fee-only change is gone
    const auditor = await w.login('auditor');
    const forAuditor: Entry[] = (await call('GET', `/api/clients/${w.huaxin}/history`, auditor)).json();
    expect(forAuditor).toHaveLength(forService.length - 1);
    expect(JSON.stringify(forAuditor)).not.toMatch(/initialAuditFee|surveillanceFee|费用|12,345|6,789/);
    expect(forAuditor.flatMap((e) => e.changes.map(line))).toContain('联系电话：13800138000 → 010-62345678');

    // quality-technical reads the audit log without them, cannot find them by searching, and does not export them
    const quality = await w.login('quality');
    const qualityLog = await log(quality);
    expect(JSON.stringify(qualityLog)).not.toMatch(/initialAuditFee|surveillanceFee|初审费用|监督费用|12,345|6,789|7,000/);
    const change = qualityLog.items.find((e) => e.entity === 'contract_change')!;
    expect(change.changes.map(line)).toEqual(['变更类别：费用变更']);
    expect((await log(quality, '&q=6789.5')).total).toBe(0);
    expect((await log(quality, '&q=7000.25')).total).toBe(0);
    const qualitySheet = await call('GET', '/api/audit-log/export', quality);
    expect(qualitySheet.statusCode).toBe(200);
    expect((await workbookText(qualitySheet.rawPayload)).flat().join('|')).not.toMatch(/初审费用|监督费用|12,345|6,789/);

    // the administrator sees and finds them
    const admin = await w.login('admin');
    expect(JSON.stringify(await log(admin))).toMatch(/12,345\.50 元/);
    expect((await log(admin, '&q=6789.5')).total).toBe(1);
    expect((await log(admin, '&q=7000.25')).total).toBe(1);
    const adminRows = await workbookText((await call('GET', '/api/audit-log/export', admin)).rawPayload);
    expect(adminRows[0]).toEqual(['时间', '操作人', '地址', '对象类型', '对象', '操作', '字段', '原值', '新值']);
    expect(adminRows).toContainEqual(expect.arrayContaining(['北京华信电子科技有限公司', '修改', '监督费用', '', '6,789.50 元']));
  });
});

describe('the audit-log page’s API (issue 17.9)', () => {
  it('is the administrator’s and quality-technical’s; every other role is refused, and nobody without a session', async () => {
    for (const username of ['admin', 'quality']) {
      const cookie = await w.login(username);
      for (const url of ['/api/audit-log', '/api/audit-log/vocabulary', `/api/audit-log/record?entity=client&entityId=${w.huaxin}`]) {
        expect((await call('GET', url, cookie)).statusCode, `${username} ${url}`).toBe(200);
      }
    }
    for (const username of ['general', 'service', 'auditmgmt', 'decider', 'auditor', 'service_b', 'portal']) {
      const cookie = await w.login(username);
      for (const url of [
        '/api/audit-log',
        '/api/audit-log/export',
        '/api/audit-log/vocabulary',
        `/api/audit-log/record?entity=client&entityId=${w.huaxin}`,
      ]) {
        const res = await call('GET', url, cookie);
        expect(res.statusCode, `${username} ${url}`).toBe(403);
        expect(res.json().code).toBe('AUTH.FORBIDDEN');
      }
    }
    expect((await call('GET', '/api/audit-log')).statusCode).toBe(401);
  });

  it('filters by local dates, the last instant of a day in and the first of the next out', async () => {
    // 2026-03-31 23:59:59 and 2026-04-01 00:00:00 on the CB's clock (Asia/Shanghai, UTC+8)
    await w.db.insert(auditLog).values([
      {
        at: new Date('2026-03-31T15:59:59Z'),
        actorName: '用户 甲',
        entity: 'holiday',
        entityId: '2026-04-04',
        action: 'update',
        changes: [],
      },
      {
        at: new Date('2026-03-31T16:00:00Z'),
        actorName: '用户 乙',
        entity: 'holiday',
        entityId: '2026-04-04',
        action: 'update',
        changes: [],
      },
    ]);
    const admin = await w.login('admin');
    const who = async (query: string) => (await log(admin, `&entity=holiday&record=2026-04-04${query}`)).items.map((e) => e.actor.zh);
    expect(await who('&to=2026-03-31')).toEqual(['用户 甲']);
    expect(await who('&from=2026-04-01')).toEqual(['用户 乙']);
    expect(await who('&from=2026-03-31&to=2026-03-31')).toEqual(['用户 甲']);
    expect(await who('&from=2026-03-31&to=2026-04-01')).toEqual(['用户 乙', '用户 甲']);
    expect(await who('&from=2026-04-02')).toEqual([]);
    const [late] = (await log(admin, '&entity=holiday&record=2026-04-04&from=2026-04-01')).items;
    expect(late).toMatchObject({
      atLocal: '2026-04-01 00:00:00',
      record: { zh: '2026-04-04 清明节' },
      entityLabel: { zh: '节假日与调休' },
    });
    // the export's time is a date-time Excel sorts and filters, on the CB's clock
    const sheet = await call('GET', '/api/audit-log/export?entity=holiday&record=2026-04-04', admin);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    const times = [2, 3].map((r) => wb.worksheets[0]!.getRow(r).getCell(1));
    expect(times.map((c) => c.value)).toEqual([new Date('2026-04-01T00:00:00Z'), new Date('2026-03-31T23:59:59Z')]);
    expect(times.map((c) => c.numFmt)).toEqual(['yyyy-mm-dd hh:mm', 'yyyy-mm-dd hh:mm']);
    const backwards = await call('GET', '/api/audit-log?from=2026-04-02&to=2026-04-01', admin);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({
      code: 'AUDIT_LOG.RANGE_REVERSED',
      message: { zh: '起始日期 2026-04-02 晚于截止日期 2026-04-01，请调换或重新选择' },
    });
    const backwardsExport = await call('GET', '/api/audit-log/export?from=2026-04-02&to=2026-04-01', admin);
    expect(backwardsExport.json()).toMatchObject({ code: 'AUDIT_LOG.RANGE_REVERSED' });
  });

  it('filters by person, kind of record, action, record number and text; pages; opens a record’s whole history', async () => {
    const service = await w.login('service');
    const client = (await call('GET', `/api/clients/${w.huaxin}`, service)).json();
    await call('PATCH', `/api/clients/${w.huaxin}`, service, { version: client.version, contactPerson: '赵六' });
    const admin = await w.login('admin');
    const parameter = (await call('GET', '/api/parameters', admin)).json().find((p: { key: string }) => p.key === 'suspension.maxMonths');
    expect((await call('PUT', '/api/parameters/suspension.maxMonths', admin, { value: 4, version: parameter.version })).statusCode).toBe(
      200,
    );
    const [serviceUser] = await w.db.select().from(users).where(eq(users.username, 'service'));

    const byService = await log(admin, `&actorId=${serviceUser!.id}&category=changes`);
    expect(byService.items.map((e) => `${e.entityLabel.zh} ${e.actionLabel.zh}`)).toEqual(['客户 修改']);
    const parameters = await log(admin, '&entity=scheme_parameter&action=update');
    expect(parameters.items).toHaveLength(1);
    expect(parameters.items[0]).toMatchObject({
      record: { zh: '暂停期最长' },
      changes: [{ old: { zh: '6 个月' }, new: { zh: '4 个月' } }],
    });
    // a record by its contract number, and by text in a value
    const byNumber = await log(admin, '&record=HT-A-001');
    expect(new Set(byNumber.items.map((e) => e.entityId))).toEqual(new Set([w.huaxin]));
    expect(byNumber.items.map((e) => e.actionLabel.zh)).toEqual(['修改', '新建']);
    expect((await log(admin, `&q=${encodeURIComponent('赵六')}`)).items.map((e) => e.record.zh)).toEqual(['北京华信电子科技有限公司']);
    expect((await log(admin, `&q=${encodeURIComponent('华信')}&entity=client`)).total).toBe(2);
    // pages, newest first
    const all = await log(admin);
    const page2 = (await call('GET', '/api/audit-log?pageSize=2&page=2', admin)).json();
    expect(page2.total).toBe(all.total);
    expect(page2.items.map((e: Entry) => e.atLocal + e.action)).toEqual(all.items.slice(2, 4).map((e) => e.atLocal + e.action));
    // the drawer: one record's story
    const story: Entry[] = (await call('GET', `/api/audit-log/record?entity=client&entityId=${w.huaxin}`, admin)).json();
    expect(story.map((e) => e.actionLabel.zh)).toEqual(['修改', '新建']);
    // and what the filters offer
    const vocabulary = (await call('GET', '/api/audit-log/vocabulary', admin)).json();
    expect(vocabulary.entities).toContainEqual(
      expect.objectContaining({ entity: 'holiday', label: { zh: '节假日与调休', en: expect.any(String) } }),
    );
    expect(vocabulary.actors).toContainEqual({ id: serviceUser!.id, name: '用户 service', username: 'service' });
  });
});

describe('the search finds what the log shows (user test, finding 3)', () => {
  it('finds records by the number or name shown, people and records in values, amounts as shown, codes by their label', async () => {
    const [wu] = await w.db.update(users).set({ displayName: '吴强' }).where(eq(users.username, 'auditor')).returning();
    const [liu] = await w.db.update(users).set({ displayName: '刘洋' }).where(eq(users.username, 'auditor2')).returning();
    const [registration] = await w.db
      .insert(auditorRegistrations)
      .values({
        userId: wu!.id,
        kind: 'auditor',
        field: 'AFTER_SALES',
        registrationNo: 'CCAA-FW-2022-0789',
        validFrom: '2022-01-01',
        validUntil: '2027-12-31',
      })
      .returning();
    const [programme] = await w.db
      .insert(auditProgrammes)
      .values({ clientId: w.huaxin, scheme: 'management_system', field: 'QMS' })
      .returning();
    const [audit] = await w.db
      .insert(audits)
      .values({
        programmeId: programme!.id,
        clientId: w.huaxin,
        type: 'surveillance',
        plannedStart: '2027-01-05',
        plannedEnd: '2027-01-06',
      })
      .returning();
    await seedStarIndicators(w.db);
    const at = new Date('2026-11-20T02:00:00Z');
    const entry = (entity: string, entityId: string, action: string, changes: FieldChange[]) => ({
      at,
      actorName: '用户 admin',
      entity,
      entityId,
      action,
      changes,
    });
    const complaintId = '7d1c1e0a-0000-4000-8000-000000000001';
    await w.db
      .insert(auditLog)
      .values([
        entry('client', w.huaxin, 'maintainer', [{ field: 'maintainer', old: null, new: wu!.id }]),
        entry('complaint', complaintId, 'assign', [{ field: 'ownerId', old: null, new: liu!.id }]),
        entry('auditor_registration', registration!.id, 'update', [{ field: 'teamLeader', old: false, new: true }]),
        entry('scheme_parameter', 'survey.returnRateTargetPercent', 'update', [{ field: 'value', old: 90, new: 85 }]),
        entry('star_indicator', '1.1', 'update', [{ field: 'points', old: 5, new: 6 }]),
        entry('audit', audit!.id, 'reschedule', [{ field: 'plannedStart', old: '2027-01-03', new: '2027-01-05' }]),
        entry('client', w.huaxin, 'update', [{ field: 'surveillanceFee', old: null, new: 8000.5 }]),
        entry('holiday', '2027-10-01', 'create', [{ field: 'kind', old: null, new: 'holiday' }]),
      ]);
    const admin = await w.login('admin');
    const found = async (query: string) =>
      (await log(admin, query)).items.map((e) => `${e.entityLabel.zh} ${e.record.zh} ${e.changes.map(line).join('；')}`);
    const q = (text: string) => `&q=${encodeURIComponent(text)}`;
    const record = (text: string) => `&record=${encodeURIComponent(text)}`;

    // the record filter: a number, a parameter's name, an indicator and an audit as shown
    expect(await found(record('CCAA-FW-2022-0789'))).toEqual(['审核员注册资格 吴强 CCAA-FW-2022-0789 组长资格：否 → 是']);
    expect(await found(record('问卷回收率目标'))).toEqual(['方案参数 问卷回收率目标 参数值：90% → 85%']);
    expect(await found(record('1.1 组织架构'))).toHaveLength(1);
    expect(await found(record('北京华信电子科技有限公司 监督审核（2027-01-05）'))).toHaveLength(1);
    // the text: the same, in part
    expect(await found(q('CCAA-FW-2022-0789'))).toHaveLength(1);
    expect(await found(q('回收率'))).toHaveLength(1);
    expect(await found(q('组织架构'))).toHaveLength(1);
    expect((await log(admin, q('监督审核'))).items.map((e) => e.entity)).toEqual(['audit']);
    // a client's name finds its audits too, not only its own entries
    expect(new Set((await log(admin, q('北京华信'))).items.map((e) => e.entity))).toEqual(new Set(['client', 'audit']));
    // people as values
    expect(await found(q('吴强'))).toEqual(
      expect.arrayContaining([
        '客户 北京华信电子科技有限公司 维护人：吴强（auditor）',
        '审核员注册资格 吴强 CCAA-FW-2022-0789 组长资格：否 → 是',
      ]),
    );
    expect(await found(q('刘洋'))).toEqual(['申诉与投诉 （已不存在的记录） 负责人：刘洋（auditor2）']);
    // an amount as shown, and still never for a role that may not see fees
    expect(await found(q('8,000.50'))).toEqual(['客户 北京华信电子科技有限公司 监督费用：8,000.50 元']);
    expect((await log(admin, q('8000.5'))).total).toBe(1);
    expect((await log(await w.login('quality'), q('8,000.50'))).total).toBe(0);
    // a code by its label
    expect((await log(admin, q('放假'))).items.map((e) => e.record.zh)).toEqual(['2027-10-01']);
  });
});

describe('a deleted holiday (user test, finding 12)', () => {
  it('is named by its date and name, in its delete entry too', async () => {
    const admin = await w.login('admin');
    const set = await call('PUT', '/api/holidays/2027-10-01', admin, {
      kind: 'holiday',
      nameZh: '国庆节',
      nameEn: 'National Day',
      version: 0,
    });
    expect(set.statusCode, set.body).toBe(200);
    expect((await call('DELETE', '/api/holidays/2027-10-01?version=1', admin)).statusCode).toBe(204);
    const entries = (await log(admin, '&entity=holiday')).items;
    expect(entries.map((e) => `${e.record.zh} ${e.actionLabel.zh} ${e.changes.map(line).join('；')}`)).toEqual([
      '2027-10-01 国庆节 删除 类型：放假 → （空）',
      '2027-10-01 国庆节 新增 类型：放假；名称（中文）：国庆节；名称（英文）：National Day',
    ]);
    expect(entries[0]!.record.en).toBe('2027-10-01 National Day');
  });
});

describe('sign-ins and refusals in the audit log (issue 17.10)', () => {
  const signIn = (username: string, password: string, remoteAddress = '10.1.2.3') =>
    call('POST', '/api/auth/login', undefined, { username, password }, remoteAddress);

  it('records a success, each failure with its reason, the lock-out once, and a sign-out; never a password', async () => {
    expect((await signIn('service', PASSWORD)).statusCode).toBe(200);
    expect((await signIn('service', 'Wrong#pass1')).statusCode).toBe(401);
    expect((await signIn('zhangsan-secret', 'Guess#one1')).statusCode).toBe(401);
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) await signIn('decider', `Wrong#pass${i}`, '10.9.9.9');
    for (let i = 0; i < 3; i++) expect((await signIn('decider', PASSWORD, '10.9.9.9')).statusCode).toBe(429); // locked: not written
    const session = await w.login('auditor');
    expect((await call('POST', '/api/auth/logout', session)).statusCode).toBe(204);

    const admin = await w.login('admin');
    const security = (await log(admin, '&category=security')).items;
    const say = (e: Entry) => `${e.record.zh} ${e.actionLabel.zh} ${e.changes.map(line).join('；')} @${e.address}`.trim();
    const lines = security.map(say);
    expect(lines).toContain('用户 service（service） 登录成功  @10.1.2.3');
    expect(lines).toContain('用户 service（service） 登录失败 原因：密码错误 @10.1.2.3');
    expect(lines).toContain('未知用户名 zh******** 登录失败 原因：用户名不存在 @10.1.2.3');
    expect(lines.filter((l) => l.startsWith('用户 decider（decider） 登录失败'))).toHaveLength(LOGIN_MAX_FAILURES);
    expect(lines.filter((l) => l.includes('登录锁定'))).toEqual([
      '用户 decider（decider） 登录锁定 锁定依据：该用户名连续登录失败；失败次数：5；锁定时长：15 分钟 @10.9.9.9',
    ]);
    expect(lines).toContain('用户 auditor（auditor） 退出登录  @127.0.0.1');
    // a failure under an account's name is filed under its person, so the person filter finds it (user test, finding 4)
    const [service, decider] = await Promise.all(
      ['service', 'decider'].map(async (u) => (await w.db.select().from(users).where(eq(users.username, u)))[0]!),
    );
    expect(security.find((e) => e.action === 'sign-in-failed' && e.record.zh.startsWith('用户 service'))).toMatchObject({
      actorId: service!.id,
      actor: { zh: '用户 service' },
    });
    const byDecider = (await log(admin, `&category=security&actorId=${decider!.id}`)).items;
    expect(byDecider.map((e) => e.action).sort()).toEqual([...Array(LOGIN_MAX_FAILURES).fill('sign-in-failed'), 'lock-out'].sort());
    // a name that is no account stays masked, with no person
    expect(security.find((e) => e.record.zh.startsWith('未知用户名'))).toMatchObject({ actorId: null, actor: { zh: 'zh********' } });
    const raw = JSON.stringify(await w.db.select().from(auditLog));
    expect(raw).not.toMatch(/Wrong#pass|Guess#one|Test#pass|zhangsan-secret/);
  });

  it('records a signed-in user’s refusal with the route and the permission it lacks, once a minute, and nothing anonymous', async () => {
    const before = (await w.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n;
    expect((await call('GET', '/api/audit-log')).statusCode).toBe(401);
    expect((await call('GET', '/api/clients')).statusCode).toBe(401);
    expect((await w.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n).toBe(before);

    const service = await w.login('service');
    for (let i = 0; i < 3; i++) expect((await call('GET', '/api/audit-log', service, undefined, '10.7.7.7')).statusCode).toBe(403);
    const portal = await w.login('portal');
    expect((await call('GET', '/api/clients/export', portal)).statusCode).toBe(403);

    const admin = await w.login('admin');
    const refused = (await log(admin, '&action=refused')).items;
    expect(refused.map((e) => `${e.actor.zh} ${e.changes.map(line).join('；')} @${e.address}`)).toEqual([
      '用户 portal 访问的功能：客户 · 导出；所需权限：导出列表（仅限认证机构员工） @127.0.0.1',
      '用户 service 访问的功能：审计日志 · 查看；所需权限：查看审计日志 @10.7.7.7',
    ]);
  });
});
