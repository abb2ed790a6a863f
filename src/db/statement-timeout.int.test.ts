import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../../test/database.js';
import { setUpWorld, type World } from '../../test/fixtures.js';
import { loadConfig } from '../config.js';
import { buildApp } from '../http/app.js';
import { openDatabase } from './connection.js';

let w: World;
afterEach(() => w.app.close());

describe.skipIf(!process.env.DATABASE_URL)('the PostgreSQL time bound (DB_STATEMENT_TIMEOUT_SECONDS)', () => {
  it('cancels a request that holds the database past the bound with a coded 503, changes nothing, and serves the others', async () => {
    w = await setUpWorld();
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl()!, DB_STATEMENT_TIMEOUT_SECONDS: '0.5' });
    const bounded = await openDatabase(config);
    const app = await buildApp({ db: bounded.db, config, logger: false });
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'Test#pass1' } });
    const cookie = `certdesk_session=${login.cookies.find((c) => c.name === 'certdesk_session')!.value}`;
    const before = (await app.inject({ method: 'GET', url: `/api/clients/${w.huaxin}`, headers: { cookie } })).json();

    // another session holds the client's row, as a long import would
    const holder = new pg.Client({ connectionString: testDatabaseUrl()! });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select 1 from clients where id = $1 for update', [w.huaxin]);
      const patched = await app.inject({
        method: 'PATCH',
        url: `/api/clients/${w.huaxin}`,
        headers: { cookie },
        payload: { version: before.version, contactPerson: '王五' },
      });
      expect(patched.statusCode, patched.body).toBe(503);
      expect(patched.json()).toMatchObject({
        code: 'DATABASE.TIMEOUT',
        message: { zh: expect.stringContaining('0.5 秒'), en: expect.any(String) },
      });
      expect((await app.inject({ method: 'GET', url: '/api/clients', headers: { cookie } })).statusCode).toBe(200);
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
    const after = (await app.inject({ method: 'GET', url: `/api/clients/${w.huaxin}`, headers: { cookie } })).json();
    expect(after).toEqual(before);
    await app.close();
    await bounded.close();
  });
});
