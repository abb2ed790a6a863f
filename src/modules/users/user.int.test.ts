import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { auditLog } from '../../audit-log/audit-log.schema.js';
import { users } from '../auth/auth.schema.js';
import { LOGIN_MAX_FAILURES } from '../auth/auth.service.js';

let w: World;
let admin: string;
beforeEach(async () => {
  w = await setUpWorld();
  admin = await w.login('admin');
});
afterEach(() => w.app.close());

const send = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: object) =>
  w.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
const ONE_TIME = 'Lantern-7-harbour';

async function createServiceUser(extra: object = {}) {
  const res = await send('POST', '/api/users', admin, {
    username: 'Li.Na',
    displayName: '李娜',
    role: 'customer_service',
    branchId: w.branchB,
    email: 'li.na@example.cn',
    phone: '021-12345678',
    password: ONE_TIME,
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; username: string };
}

describe('accounts (admin)', () => {
  it('creates a branch user with a one-time password that must be changed before anything else', async () => {
    const created = await createServiceUser();
    expect(created).toMatchObject({
      username: 'li.na',
      displayName: '李娜',
      branchName: '深圳办事处',
      mustChangePassword: true,
      active: true,
    });
    expect(Object.keys(created).filter((k) => /password|hash/i.test(k))).toEqual(['mustChangePassword']);

    const cookie = await w.login('li.na', ONE_TIME);
    const me = (await send('GET', '/api/auth/me', cookie)).json();
    expect(me.mustChangePassword).toBe(true);
    for (const url of ['/api/clients', '/api/dashboard', '/api/surveys/questions']) {
      const refused = await send('GET', url, cookie);
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json().code).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');
    }

    const changed = await w.app.inject({
      method: 'PUT',
      url: '/api/auth/password',
      headers: { cookie },
      payload: { currentPassword: ONE_TIME, newPassword: 'Quiet-river-bench-42' },
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await send('GET', '/api/auth/me', cookie)).json().mustChangePassword).toBe(false);
    // branch staff: only the branch's clients
    const list = (await send('GET', '/api/clients', cookie)).json() as { items: { id: string }[] };
    expect(list.items.map((c) => c.id)).toEqual([w.other]);
  });

  it('writes each change to the audit log without the password', async () => {
    const created = await createServiceUser();
    const edited = await send('PATCH', `/api/users/${created.id}`, admin, { version: created.version, displayName: '李娜娜' });
    expect(edited.statusCode, edited.body).toBe(200);
    await send('POST', `/api/users/${created.id}/password`, admin, { version: edited.json().version, password: 'Another-one-time-9' });
    const rows = await w.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'user'), eq(auditLog.entityId, created.id)));
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'reset-password']);
    expect(rows[1]!.changes).toEqual([{ field: 'displayName', old: '李娜', new: '李娜娜' }]);
    expect(JSON.stringify(rows)).not.toContain(ONE_TIME);
    expect(JSON.stringify(rows)).not.toContain('Another-one-time-9');
  });

  it('changes exactly the fields a PATCH sends and refuses the user name and unknown fields', async () => {
    const created = await createServiceUser();
    const res = await send('PATCH', `/api/users/${created.id}`, admin, { version: created.version, phone: '13800138000' });
    expect(res.json()).toMatchObject({ phone: '13800138000', email: 'li.na@example.cn', displayName: '李娜', branchId: w.branchB });
    const renamed = await send('PATCH', `/api/users/${created.id}`, admin, { version: res.json().version, username: 'someone' });
    expect(renamed.statusCode).toBe(400);
    const stale = await send('PATCH', `/api/users/${created.id}`, admin, { version: created.version, phone: '13900139000' });
    expect(stale.statusCode).toBe(409);
  });

  it('disabling ends the open session at once (401) and sign-in is refused until re-enabled', async () => {
    const created = await createServiceUser();
    const cookie = await w.login('li.na', ONE_TIME);
    expect((await send('GET', '/api/auth/me', cookie)).statusCode).toBe(200);
    const disabled = await send('POST', `/api/users/${created.id}/disable`, admin, { version: created.version });
    expect(disabled.statusCode, disabled.body).toBe(200);
    expect((await send('GET', '/api/auth/me', cookie)).statusCode).toBe(401);
    const signIn = await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'li.na', password: ONE_TIME } });
    expect(signIn.json().code).toBe('AUTH.USER_DISABLED');
    const again = await send('POST', `/api/users/${created.id}/disable`, admin, { version: disabled.json().version });
    expect(again.json().code).toBe('USER.ALREADY_DISABLED');
    // a returning leaver comes back with a new one-time password, not the old one
    const enabled = await send('POST', `/api/users/${created.id}/enable`, admin, {
      version: disabled.json().version,
      password: 'Second-time-round-7',
    });
    expect(enabled.json()).toMatchObject({ active: true, mustChangePassword: true });
    const signInWith = (password: string) =>
      w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'li.na', password } });
    expect((await signInWith(ONE_TIME)).statusCode).toBe(401);
    expect((await signInWith('Second-time-round-7')).statusCode).toBe(200);
  });

  it('a reset password ends the sessions and must be changed again', async () => {
    const [service] = await w.db.select().from(users).where(eq(users.username, 'service'));
    const cookie = await w.login('service');
    const res = await send('POST', `/api/users/${service!.id}/password`, admin, { version: service!.version, password: 'Reset-pass-4242' });
    expect(res.json().mustChangePassword).toBe(true);
    const weak = await send('POST', `/api/users/${service!.id}/password`, admin, { version: res.json().version, password: 'Password123' });
    expect(weak.json().code).toBe('AUTH.PASSWORD_COMMON');
    expect((await send('GET', '/api/auth/me', cookie)).statusCode).toBe(401);
    const fresh = await w.login('service', 'Reset-pass-4242');
    expect((await send('GET', '/api/clients', fresh)).json().code).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');
  });

  it('a reset lifts the lock-out of a forgotten password, and the lock message says whom to ask', async () => {
    const [service] = await w.db.select().from(users).where(eq(users.username, 'service'));
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++)
      await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'service', password: `forgot-${i}` } });
    const locked = await w.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'service', password: 'Reset-pass-4242' },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().message.zh).toContain('联系系统管理员');
    const lockedOf = async () => {
      const list = (await send('GET', '/api/users?q=service', admin)).json() as { username: string; locked: boolean }[];
      return list.find((u) => u.username === 'service')!.locked;
    };
    expect(await lockedOf()).toBe(true);
    await send('POST', `/api/users/${service!.id}/password`, admin, { version: service!.version, password: 'Reset-pass-4242' });
    expect(await lockedOf()).toBe(false);
    const after = await w.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'service', password: 'Reset-pass-4242' },
    });
    expect(after.statusCode, after.body).toBe(200);
  });

  it('refuses a one-time password the policy refuses, a taken or malformed user name, and a wrong account shape', async () => {
    const short = await send('POST', '/api/users', admin, { username: 'x1', displayName: '某某', role: 'auditor', password: 'short' });
    expect(short.json().code).toBe('AUTH.PASSWORD_TOO_SHORT');
    const common = await send('POST', '/api/users', admin, {
      username: 'x2',
      displayName: '某某',
      role: 'auditor',
      password: 'qwertyuiop',
    });
    expect(common.json().code).toBe('AUTH.PASSWORD_COMMON');
    const taken = await send('POST', '/api/users', admin, {
      username: 'SERVICE',
      displayName: '某某',
      role: 'auditor',
      password: ONE_TIME,
    });
    expect(taken.json().code).toBe('AUTH.USERNAME_TAKEN');
    const malformed = await send('POST', '/api/users', admin, {
      username: '李娜',
      displayName: '李娜',
      role: 'auditor',
      password: ONE_TIME,
    });
    expect(malformed.json().code).toBe('AUTH.USERNAME_INVALID');
    const portalNoClient = await send('POST', '/api/users', admin, {
      username: 'p1',
      displayName: '某某',
      role: 'client',
      password: ONE_TIME,
    });
    expect(portalNoClient.json().code).toBe('USER.PORTAL_NEEDS_CLIENT');
    const staffWithClient = await send('POST', '/api/users', admin, {
      username: 'p2',
      displayName: '某某',
      role: 'auditor',
      clientId: w.huaxin,
      password: ONE_TIME,
    });
    expect(staffWithClient.json().code).toBe('USER.STAFF_NO_CLIENT');
    const adminInBranch = await send('POST', '/api/users', admin, {
      username: 'p3',
      displayName: '某某',
      role: 'admin',
      branchId: w.branchA,
      password: ONE_TIME,
    });
    expect(adminInBranch.json().code).toBe('USER.ADMIN_NO_BRANCH');
    const badEmail = await send('POST', '/api/users', admin, {
      username: 'p4',
      displayName: '某某',
      role: 'auditor',
      email: 'nope',
      password: ONE_TIME,
    });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json().details.fields[0]).toMatchObject({ field: 'email', code: 'INVALID' });
    expect(await w.db.select().from(users).where(eq(users.username, 'p4'))).toEqual([]);
  });

  it('counts the clients a person maintains, to hand them over before disabling', async () => {
    const [service] = await w.db.select().from(users).where(eq(users.username, 'service'));
    const assigned = await w.app.inject({
      method: 'PUT',
      url: `/api/clients/${w.huaxin}/maintainer`,
      headers: { cookie: admin },
      payload: { userId: service!.id },
    });
    expect(assigned.statusCode, assigned.body).toBeLessThan(300);
    const list = (await send('GET', '/api/users?q=service', admin)).json() as { username: string; maintainedClients: number }[];
    expect(list.find((u) => u.username === 'service')!.maintainedClients).toBe(1);
    expect(list.find((u) => u.username === 'service_b')!.maintainedClients).toBe(0);
  });

  it('creates a portal account for an organisation', async () => {
    const res = await send('POST', '/api/users', admin, {
      username: 'hongda',
      displayName: '王经理',
      role: 'client',
      clientId: w.other,
      password: ONE_TIME,
    });
    expect(res.json()).toMatchObject({ role: 'client', clientName: '深圳宏达家电有限公司', branchId: null });
  });

  it('never disables oneself or the last active administrator', async () => {
    const [me] = await w.db.select().from(users).where(eq(users.username, 'admin'));
    const self = await send('POST', `/api/users/${me!.id}/disable`, admin, { version: me!.version });
    expect(self.json().code).toBe('USER.NOT_YOURSELF');
    const demote = await send('PATCH', `/api/users/${me!.id}`, admin, { version: me!.version, role: 'auditor' });
    expect(demote.json().code).toBe('USER.NOT_YOURSELF');
    // a second administrator may disable the first only while another remains
    const second = (
      await send('POST', '/api/users', admin, { username: 'admin2', displayName: '赵磊', role: 'admin', password: ONE_TIME })
    ).json();
    await w.db.update(users).set({ mustChangePassword: false }).where(eq(users.id, second.id));
    const cookie2 = await w.login('admin2', ONE_TIME);
    const first = await send('POST', `/api/users/${me!.id}/disable`, cookie2, { version: me!.version });
    expect(first.statusCode, first.body).toBe(200);
    const [secondRow] = await w.db.select().from(users).where(eq(users.id, second.id));
    expect((await send('POST', `/api/users/${second.id}/disable`, cookie2, { version: secondRow!.version })).json().code).toBe(
      'USER.NOT_YOURSELF',
    );
  });

  it('is for the administrator alone', async () => {
    for (const username of ['service', 'general', 'quality', 'auditor', 'portal']) {
      const cookie = await w.login(username);
      expect((await send('GET', '/api/users', cookie)).statusCode, username).toBe(403);
      expect((await send('POST', '/api/branches', cookie, { code: 'GZ', nameZh: '广州', nameEn: 'Guangzhou' })).statusCode).toBe(403);
    }
  });

  it('lists with filters and exports readable values', async () => {
    await createServiceUser();
    const branchB = (await send('GET', `/api/users?branchId=${w.branchB}`, admin)).json() as { username: string }[];
    expect(branchB.map((u) => u.username).sort()).toEqual(['li.na', 'service_b']);
    expect((await send('GET', '/api/users?q=li.na%40example', admin)).json()).toHaveLength(1);
    expect((await send('GET', '/api/users?q=%25', admin)).json()).toHaveLength(0);
    const all = (await send('GET', '/api/users', admin)).json() as { username: string; lastSignInAt: string | null }[];
    expect(all.find((u) => u.username === 'admin')!.lastSignInAt).not.toBeNull(); // signed in by beforeEach
    expect(all.find((u) => u.username === 'li.na')!.lastSignInAt).toBeNull();
    const file = await send('GET', '/api/users/export?role=customer_service', admin);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toContain('角色');
    const row = sheet.getRow(2).values as unknown[];
    expect(row).toContain('客户服务部');
    expect(row).toContain('是');
    expect(JSON.stringify(row)).not.toMatch(/customer_service|true|false/);
  });
});

describe('branches (admin)', () => {
  it('creates, renames, and deactivates a branch; nobody is put in a deactivated one', async () => {
    const created = await send('POST', '/api/branches', admin, { code: 'gz', nameZh: '广州办事处', nameEn: 'Guangzhou office' });
    expect(created.json()).toMatchObject({ code: 'GZ', active: true });
    const dup = await send('POST', '/api/branches', admin, { code: 'GZ', nameZh: '广州', nameEn: 'Guangzhou' });
    expect(dup.json().code).toBe('BRANCH.CODE_TAKEN');
    const sameName = await send('POST', '/api/branches', admin, { code: 'GZ2', nameZh: '广州办事处', nameEn: 'Canton' });
    expect(sameName.json()).toMatchObject({ code: 'BRANCH.NAME_TAKEN', message: { zh: '已有名为“广州办事处”的分支机构' } });
    const sameEnglish = await send('POST', '/api/branches', admin, { code: 'GZ3', nameZh: '广州二部', nameEn: 'GUANGZHOU OFFICE' });
    expect(sameEnglish.json().code).toBe('BRANCH.NAME_TAKEN');
    const { id, version } = created.json();
    const renamed = await send('PATCH', `/api/branches/${id}`, admin, { version, nameZh: '广州分公司' });
    expect(renamed.json()).toMatchObject({ nameZh: '广州分公司', nameEn: 'Guangzhou office', code: 'GZ' });
    const closed = await send('POST', `/api/branches/${id}/deactivate`, admin, { version: renamed.json().version });
    expect(closed.json().active).toBe(false);
    const user = await send('POST', '/api/users', admin, {
      username: 'gz1',
      displayName: '黄明',
      role: 'auditor',
      branchId: id,
      password: ONE_TIME,
    });
    expect(user.json().code).toBe('BRANCH.INACTIVE');
    const client = await send('PATCH', `/api/clients/${w.huaxin}`, admin, { version: 1, branchId: id });
    expect(client.json().code).toBe('BRANCH.INACTIVE');
    const log = await w.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'branch'), eq(auditLog.entityId, id)));
    expect(log.map((r) => r.action)).toEqual(['create', 'update', 'disable']);
  });

  it('refuses to deactivate a branch while active accounts belong to it', async () => {
    const branches = (await send('GET', '/api/branches', admin)).json() as { id: string; version: number; activeUsers: number }[];
    const b = branches.find((x) => x.id === w.branchB)!;
    const res = await send('POST', `/api/branches/${b.id}/deactivate`, admin, { version: b.version });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'BRANCH.HAS_ACTIVE_USERS', message: { zh: expect.stringContaining('（service_b）') } });
    expect(b).toMatchObject({ activeUsers: 1, clients: 1 });
  });
});
