import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { users } from './auth.schema.js';
import { createFirstAdmin } from './first-admin.js';

let w: World;
beforeEach(async () => {
  w = await setUpWorld();
});
afterEach(() => w.app.close());

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'created',
    (err: { code?: string }) => err.code,
  );

describe('the first administrator of a production install', () => {
  it('is made only while no active administrator exists, with an acceptable password, and signs in', async () => {
    expect(await code(createFirstAdmin(w.db, { username: 'li.ming', displayName: '李明', password: 'Cert!desk-2026' }))).toBe(
      'AUTH.ADMIN_EXISTS',
    );
    await w.db.update(users).set({ active: false }).where(eq(users.role, 'admin'));
    for (const [username, displayName, expected] of [
      [' ', '李明', 'AUTH.USERNAME_INVALID'],
      ['li ming', '李明', 'AUTH.USERNAME_INVALID'],
      ['li.ming', ' ', 'AUTH.NAME_REQUIRED'],
    ]) {
      expect(await code(createFirstAdmin(w.db, { username: username!, displayName: displayName!, password: 'Cert!desk-2026' }))).toBe(
        expected,
      );
    }
    expect(await code(createFirstAdmin(w.db, { username: 'li.ming', displayName: '李明', password: 'short' }))).toBe(
      'AUTH.PASSWORD_TOO_SHORT',
    );
    expect(await code(createFirstAdmin(w.db, { username: 'li.ming', displayName: '李明', password: 'li.ming-2026!' }))).toBe(
      'AUTH.PASSWORD_IS_USERNAME',
    );
    expect(await code(createFirstAdmin(w.db, { username: 'li.ming', displayName: '李明', password: '1234567890' }))).toBe(
      'AUTH.PASSWORD_COMMON',
    );
    expect(await code(createFirstAdmin(w.db, { username: 'service', displayName: '李明', password: 'Cert!desk-2026' }))).toBe(
      'AUTH.USERNAME_TAKEN',
    );
    // two at once make one
    const both = await Promise.all([
      code(createFirstAdmin(w.db, { username: 'li.ming', displayName: '李明', password: 'Cert!desk-2026' })),
      code(createFirstAdmin(w.db, { username: 'wang.fang', displayName: '王芳', password: 'Cert!desk-2026' })),
    ]);
    expect([...both].sort()).toEqual(['AUTH.ADMIN_EXISTS', 'created']);
    const winner = both[0] === 'created' ? 'li.ming' : 'wang.fang';
    const login = await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: winner, password: 'Cert!desk-2026' } });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({ role: 'admin' });
  });

  it('is made by `npm run create-admin` on an empty install, once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'certdesk-admin-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir, CERTDESK_ADMIN_PASSWORD: 'Cert!desk-2026' };
      delete env.DATABASE_URL; // its own PGlite directory, never the suite's server
      const run = () =>
        promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/create-admin.ts', '--username', 'li.ming', '--name', '李明'], {
          env,
        }).then(
          (r) => ({ exit: 0, out: r.stdout }),
          (e: { code: number; stderr: string }) => ({ exit: e.code, out: e.stderr }),
        );
      const first = await run();
      expect(first).toMatchObject({ exit: 0, out: expect.stringContaining('li.ming (李明)') });
      const second = await run();
      expect(second).toMatchObject({ exit: 1, out: expect.stringContaining('系统已有管理员账号') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
