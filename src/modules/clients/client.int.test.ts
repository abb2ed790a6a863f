import { count, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientInput, setUpWorld, type World } from '../../../test/fixtures.js';
import { grantSystem } from '../../../test/world-helpers.js';
import { auditLog } from '../../audit-log/audit-log.schema.js';
import { clients } from './client.schema.js';

let w: World;
let cookie: string;
beforeEach(async () => {
  w = await setUpWorld();
  cookie = await w.login('service');
});
afterEach(() => w.app.close());

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  w.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
const clientCount = async () => (await w.db.select({ n: count() }).from(clients))[0]!.n;

describe('client database', () => {
  it('creates a client, records who created it, and finds it by pinyin initials', async () => {
    const res = await api(
      'POST',
      '/api/clients',
      clientInput(w.branchA, { name: '杭州海纳环保科技股份有限公司', uscc: '91330100716105852F' }),
    );
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ name: '杭州海纳环保科技股份有限公司', version: 1, branchName: { zh: '北京总部', en: 'Beijing' } });
    const found = (await api('GET', '/api/clients?q=hzhnhb')).json();
    expect(found.items.map((c: { id: string }) => c.id)).toEqual([created.id]);
    const history = (await api('GET', `/api/clients/${created.id}/history`)).json();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'create', actionLabel: { zh: '新建' }, actor: { zh: '用户 service' } });
    expect(history[0].changes).toContainEqual({
      field: 'uscc',
      label: { zh: '统一社会信用代码', en: 'Unified social credit code' },
      old: null,
      new: { zh: '91330100716105852F', en: '91330100716105852F' },
    });
  });

  it('refuses a credit code with a wrong check character (400, zh/en) and writes nothing', async () => {
    const before = await clientCount();
    const res = await api('POST', '/api/clients', clientInput(w.branchA, { uscc: '91330100716105852E', phone: '12345' }));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION.FAILED');
    expect(body.details.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'uscc', code: 'USCC_CHECK_DIGIT' }),
        expect.objectContaining({ field: 'phone', code: 'PHONE' }),
      ]),
    );
    expect(body.message.zh).toContain('校验位');
    expect(body.message.en).toContain('check character');
    expect(await clientCount()).toBe(before);
  });

  it('refuses a second client with the same credit code (409)', async () => {
    const [huaxin] = await w.db.select().from(clients).where(eq(clients.id, w.huaxin));
    const res = await api('POST', '/api/clients', clientInput(w.branchA, { uscc: huaxin!.uscc }));
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CLIENT.DUPLICATE_USCC');
  });

  it('records every changed field with old and new value', async () => {
    const res = await api('PATCH', `/api/clients/${w.huaxin}`, {
      version: 1,
      phone: '010-62345678',
      vip: true,
      address: '北京市海淀区中关村大街1号',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, phone: '010-62345678', vip: true });
    const [latest] = (await api('GET', `/api/clients/${w.huaxin}/history`)).json();
    expect(latest.action).toBe('update');
    expect(latest.changes).toEqual([
      {
        field: 'phone',
        label: { zh: '联系电话', en: 'Phone' },
        old: { zh: '13800138000', en: '13800138000' },
        new: { zh: '010-62345678', en: '010-62345678' },
      },
      { field: 'vip', label: { zh: 'VIP', en: 'VIP' }, old: { zh: '否', en: 'No' }, new: { zh: '是', en: 'Yes' } },
    ]); // the unchanged address is not listed
  });

  it('refuses a stale version (409) and keeps the other user’s change', async () => {
    expect((await api('PATCH', `/api/clients/${w.huaxin}`, { version: 1, contactPerson: '张三' })).statusCode).toBe(200);
    const stale = await api('PATCH', `/api/clients/${w.huaxin}`, { version: 1, contactPerson: '李四' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONCURRENCY.STALE_VERSION');
    expect((await api('GET', `/api/clients/${w.huaxin}`)).json().contactPerson).toBe('张三');
  });

  it('lets exactly one of two simultaneous edits of the same version through', async () => {
    const [a, b] = await Promise.all([
      api('PATCH', `/api/clients/${w.huaxin}`, { version: 1, contactPerson: '甲' }),
      api('PATCH', `/api/clients/${w.huaxin}`, { version: 1, contactPerson: '乙' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const history = (await api('GET', `/api/clients/${w.huaxin}/history`)).json();
    expect(history.filter((h: { action: string }) => h.action === 'update')).toHaveLength(1);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await api('GET', '/api/clients/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await api('GET', '/api/clients/not-a-uuid')).statusCode).toBe(400);
  });

  it('filters on columns and sorts either way', async () => {
    for (const [i, province] of ['浙江省', '浙江省', '广东省'].entries()) {
      await api(
        'POST',
        '/api/clients',
        clientInput(w.branchA, { province, initialAuditFee: 1000 * (i + 1), vip: i === 0, applicationAcceptedOn: `2024-0${i + 1}-15` }),
      );
    }
    const zj = (await api('GET', `/api/clients?province=${encodeURIComponent('浙江')}&sort=initialAuditFee&order=desc`)).json();
    expect(zj.items.map((c: { initialAuditFee: number }) => c.initialAuditFee)).toEqual([2000, 1000]);
    const vip = (await api('GET', '/api/clients?vip=true')).json();
    expect(vip.total).toBe(1);
    const range = (await api('GET', '/api/clients?applicationAcceptedOnFrom=2024-02-01&applicationAcceptedOnTo=2024-03-31')).json();
    expect(range.total).toBe(2);
    const byBranch = (await api('GET', `/api/clients?branchId=${w.branchB}`)).json();
    expect(byBranch.items.map((c: { id: string }) => c.id)).toEqual([w.other]);
    const page = (await api('GET', '/api/clients?pageSize=2&page=3&sort=name')).json();
    expect(page.total).toBe(5);
    expect(page.items).toHaveLength(1);
  });

  it('derives its certificate numbers from its certificates, so a granted number finds it', async () => {
    expect((await api('GET', `/api/clients/${w.huaxin}`)).json().certificateNos).toEqual([]);
    await grantSystem(w, await w.login('decider'), w.huaxin, 'QMS', 'CD26Q0777R0M');
    expect((await api('GET', `/api/clients/${w.huaxin}`)).json().certificateNos).toEqual(['CD26Q0777R0M']);
    const found = (await api('GET', '/api/clients?q=cd26q0777')).json();
    expect(found.items.map((c: { id: string }) => c.id)).toEqual([w.huaxin]);
  });

  it('treats % and _ in a search as plain characters', async () => {
    expect((await api('GET', `/api/clients?q=${encodeURIComponent('%')}`)).json().total).toBe(0);
  });

  it('writes one audit entry per change, in the same transaction', async () => {
    const before = (await w.db.select({ n: count() }).from(auditLog))[0]!.n;
    await api('PATCH', `/api/clients/${w.huaxin}`, { version: 1, scope: '电子产品售后服务' });
    await api('PATCH', `/api/clients/${w.huaxin}`, { version: 1, scope: '不会写入' }); // stale
    expect((await w.db.select({ n: count() }).from(auditLog))[0]!.n).toBe(before + 1);
  });
});
