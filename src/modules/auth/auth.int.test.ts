import { count, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientInput, setUpWorld, type World } from '../../../test/fixtures.js';
import { auditLog } from '../../audit-log/audit-log.schema.js';
import { loginAttempts } from './auth.schema.js';
import { LOGIN_MAX_FAILURES, LOGIN_MAX_FAILURES_PER_ADDRESS, LOGIN_WINDOW_MINUTES } from './auth.service.js';

let w: World;
let clock = new Date('2026-11-24T02:00:00Z');
beforeEach(async () => {
  clock = new Date('2026-11-24T02:00:00Z');
  w = await setUpWorld(() => clock);
});
afterEach(() => w.app.close());

const get = (url: string, cookie?: string) => w.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

describe('sign-in and sessions', () => {
  it('asks for sign-in (401) without a session cookie, in both languages', async () => {
    const res = await get('/api/clients');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ code: 'AUTH.REQUIRED', message: { zh: '请先登录', en: 'Please sign in' } });
  });

  it('refuses a wrong password and an unknown user with the same answer', async () => {
    const wrong = await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'nope' } });
    const unknown = await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ghost', password: 'nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('sets an httpOnly SameSite session cookie and the session works until logout', async () => {
    const res = await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'service', password: 'Test#pass1' } });
    const cookie = res.cookies.find((c) => c.name === 'certdesk_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const header = `certdesk_session=${cookie.value}`;
    expect((await get('/api/auth/me', header)).json()).toMatchObject({ username: 'service', role: 'customer_service' });
    await w.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: header } });
    expect((await get('/api/auth/me', header)).statusCode).toBe(401);
  });

  it('ends a session when it expires', async () => {
    const cookie = await w.login('service');
    clock = new Date(clock.getTime() + 13 * 3_600_000);
    expect((await get('/api/auth/me', cookie)).statusCode).toBe(401);
  });

  it(`locks a user name after ${LOGIN_MAX_FAILURES} failures, even for the right password, until the window passes`, async () => {
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      const r = await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: `bad${i}` } });
      expect(r.statusCode).toBe(401);
    }
    const locked = await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'Test#pass1' } });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('AUTH.THROTTLED');
    // another user is not affected
    expect(
      (await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'service', password: 'Test#pass1' } })).statusCode,
    ).toBe(200);
    clock = new Date(clock.getTime() + (LOGIN_WINDOW_MINUTES + 1) * 60_000);
    expect(
      (await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'Test#pass1' } })).statusCode,
    ).toBe(200);
  });

  it(`evaluates at most ${LOGIN_MAX_FAILURES} of 16 parallel wrong passwords for one user name`, async () => {
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: `guess${i}` } }),
      ),
    );
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_MAX_FAILURES);
    expect(statuses.filter((s) => s === 429)).toHaveLength(16 - LOGIN_MAX_FAILURES);
    const [{ n }] = (await w.db.select({ n: count() }).from(loginAttempts).where(eq(loginAttempts.username, 'admin'))) as [{ n: number }];
    expect(n).toBe(LOGIN_MAX_FAILURES);
  });

  it(`limits one address to ${LOGIN_MAX_FAILURES_PER_ADDRESS} failures whatever the user names (password spraying)`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await w.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.0.0.9',
        payload: { username: `user${i}`, password: 'Spring2026!' },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_MAX_FAILURES_PER_ADDRESS);
    expect(statuses.slice(LOGIN_MAX_FAILURES_PER_ADDRESS).every((s) => s === 429)).toBe(true);
    // another address signs in as usual
    const other = await w.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.0.0.10',
      payload: { username: 'admin', password: 'Test#pass1' },
    });
    expect(other.statusCode).toBe(200);
  });

  it('does not count failures from before the last successful sign-in', async () => {
    for (let i = 0; i < LOGIN_MAX_FAILURES - 1; i++) {
      await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'bad' } });
    }
    clock = new Date(clock.getTime() + 1000);
    await w.login('admin');
    clock = new Date(clock.getTime() + 1000);
    await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'bad' } });
    clock = new Date(clock.getTime() + 1000);
    expect(
      (await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'Test#pass1' } })).statusCode,
    ).toBe(200);
  });
});

describe('roles and data scope', () => {
  it('forbids (403) a role without the permission', async () => {
    const auditor = await w.login('auditor');
    const res = await w.app.inject({
      method: 'PUT',
      url: '/api/parameters/suspension.maxMonths',
      headers: { cookie: auditor },
      payload: { value: 5, version: 1 },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('AUTH.FORBIDDEN');
    const create = await w.app.inject({ method: 'POST', url: '/api/clients', headers: { cookie: auditor }, payload: {} });
    expect(create.statusCode).toBe(403); // refused before the body is even looked at
  });

  it('shows branch staff only their branch’s clients, and not another branch’s by guessing its id', async () => {
    const cookie = await w.login('service_b');
    const list = (await get('/api/clients', cookie)).json();
    expect(list.items.map((c: { id: string }) => c.id)).toEqual([w.other]);
    expect((await get(`/api/clients/${w.huaxin}`, cookie)).statusCode).toBe(404);
    expect((await get(`/api/clients/${w.huaxin}/history`, cookie)).statusCode).toBe(404);
    const patch = await w.app.inject({
      method: 'PATCH',
      url: `/api/clients/${w.huaxin}`,
      headers: { cookie },
      payload: { version: 1, phone: '13900000000' },
    });
    expect(patch.statusCode).toBe(404);
    const exported = await get('/api/clients/export', cookie);
    expect(exported.statusCode).toBe(200);
    expect(exported.rawPayload.includes(Buffer.from('北京华信'))).toBe(false);
  });

  it('refuses branch staff moving a client to, or creating one in, another branch', async () => {
    const cookie = await w.login('service_b');
    const move = await w.app.inject({
      method: 'PATCH',
      url: `/api/clients/${w.other}`,
      headers: { cookie },
      payload: { version: 1, branchId: w.branchA },
    });
    expect(move.statusCode).toBe(403);
    expect(move.json().code).toBe('CLIENT.BRANCH_OUT_OF_SCOPE');
    const create = await w.app.inject({ method: 'POST', url: '/api/clients', headers: { cookie }, payload: clientInput(w.branchA) });
    expect(create.statusCode).toBe(403);
    expect(create.json().code).toBe('CLIENT.BRANCH_OUT_OF_SCOPE');
  });

  it('shows a portal user only its own organisation and lets it change nothing', async () => {
    const cookie = await w.login('portal');
    const list = (await get('/api/clients', cookie)).json();
    expect(list.total).toBe(1);
    expect(list.items[0].id).toBe(w.huaxin);
    expect((await get(`/api/clients/${w.other}`, cookie)).statusCode).toBe(404);
    expect((await get(`/api/clients/${w.huaxin}/history`, cookie)).statusCode).toBe(403);
    const patch = await w.app.inject({
      method: 'PATCH',
      url: `/api/clients/${w.huaxin}`,
      headers: { cookie },
      payload: { version: 1, phone: '13900000000' },
    });
    expect(patch.statusCode).toBe(403);
  });

  it('lets head-office staff see every branch', async () => {
    const cookie = await w.login('quality');
    expect((await get('/api/clients', cookie)).json().total).toBe(2);
  });
});

describe('changing one’s own password', () => {
  const change = (cookie: string, currentPassword: string, newPassword: string) =>
    w.app.inject({ method: 'PUT', url: '/api/auth/password', headers: { cookie }, payload: { currentPassword, newPassword } });

  it('checks the current password and the policy, ends the other sessions and keeps this one', async () => {
    const here = await w.login('service');
    const elsewhere = await w.login('service');
    expect((await change(here, 'wrong', 'Kefu!2026-new')).json().code).toBe('AUTH.WRONG_CURRENT_PASSWORD');
    expect((await change(here, 'Test#pass1', 'short')).json().code).toBe('AUTH.PASSWORD_TOO_SHORT');
    expect((await change(here, 'Test#pass1', 'service-2026!')).json().code).toBe('AUTH.PASSWORD_IS_USERNAME');
    expect((await change(here, 'Test#pass1', 'Test#pass1')).json().code).toBe('AUTH.PASSWORD_UNCHANGED');
    expect((await change(here, 'Test#pass1', 'Kefu!2026-new')).statusCode).toBe(204);
    expect((await get('/api/auth/me', here)).statusCode).toBe(200);
    expect((await get('/api/auth/me', elsewhere)).statusCode).toBe(401);
    expect(
      (await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'service', password: 'Test#pass1' } })).statusCode,
    ).toBe(401);
    expect(
      (await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'service', password: 'Kefu!2026-new' } }))
        .statusCode,
    ).toBe(200);
    const trail = JSON.stringify(await w.db.select().from(auditLog).where(eq(auditLog.action, 'change-password')));
    expect(trail).toContain('用户 service');
    expect(trail).not.toContain('Kefu!2026-new');
  });

  it('does not count new passwords the policy refuses as failed sign-ins', async () => {
    const here = await w.login('service');
    clock = new Date(clock.getTime() + 60_000);
    for (let i = 0; i < LOGIN_MAX_FAILURES + 1; i++)
      expect((await change(here, 'Test#pass1', `short${i}`)).json().code).toBe('AUTH.PASSWORD_TOO_SHORT');
    expect((await change(here, 'Test#pass1', 'Kefu!2026-new')).statusCode).toBe(204);
  });

  it('is open to a portal user, and a wrong current password counts as a failed sign-in', async () => {
    const portal = await w.login('portal');
    clock = new Date(clock.getTime() + 60_000); // failures after the sign-in
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) expect((await change(portal, `guess${i}`, 'Huaxin!2026-new')).statusCode).toBe(400);
    expect((await change(portal, 'Test#pass1', 'Huaxin!2026-new')).statusCode).toBe(429);
  });
});
