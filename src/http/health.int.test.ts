import { createServer, type AddressInfo, type Socket } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { openPostgres } from '../db/connection.js';
import { lastKnownMigration } from '../db/readiness.js';
import { testDatabaseUrl } from '../../test/database.js';
import { setUpWorld, type World } from '../../test/fixtures.js';
import { buildApp } from './app.js';

let w: World;
beforeEach(async () => {
  w = await setUpWorld();
});
afterEach(() => w.app.close());

describe('health probes', () => {
  it('/healthz and /readyz answer without a session, uncached', async () => {
    const alive = await w.app.inject({ method: 'GET', url: '/healthz' });
    expect(alive.statusCode).toBe(200);
    expect(alive.json()).toEqual({ status: 'alive' });
    expect(alive.headers['cache-control']).toBe('no-store');
    const ready = await w.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', migration: lastKnownMigration.tag });
    expect(ready.headers['cache-control']).toBe('no-store');
  });

  it('/readyz is 503 while the database lacks the last migration this version carries, and ready once it holds it', async () => {
    const last = sql`drizzle.__drizzle_migrations where created_at = ${lastKnownMigration.when}`;
    const [row] = ((await w.db.execute(sql`select hash from ${last}`)) as unknown as { rows: { hash: string }[] }).rows;
    await w.db.execute(sql`delete from ${last}`);
    try {
      const res = await w.app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json().code).toBe('HEALTH.MIGRATIONS_PENDING');
    } finally {
      await w.db.execute(
        sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${row!.hash}, ${lastKnownMigration.when})`,
      );
    }
    expect((await w.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });

  it('/readyz is 503 when the database does not answer (a server that accepts and stays silent), while /healthz still says alive', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const gone = await openPostgres(`postgresql://nobody@127.0.0.1:${port}/nothing`, 1);
    const app = await buildApp({ db: gone.db, config: loadConfig({}), logger: false });
    try {
      const res = await app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({
        code: 'HEALTH.DATABASE_UNREACHABLE',
        message: { zh: expect.any(String), en: expect.any(String) },
      });
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await app.close();
      for (const socket of sockets) socket.destroy();
      await gone.close().catch(() => undefined);
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('/readyz is 503 on a database never migrated', async () => {
    await w.db.execute(sql`alter schema drizzle rename to drizzle_aside`);
    try {
      const res = await w.app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json().code).toBe('HEALTH.MIGRATIONS_PENDING');
    } finally {
      await w.db.execute(sql`alter schema drizzle_aside rename to drizzle`);
    }
  });
});

describe('the database away', () => {
  it('a request while the database refuses connections is a 503 DATABASE.UNAVAILABLE, not a 500', async () => {
    // a port nothing listens on: taken, then let go
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const gone = await openPostgres(`postgresql://nobody@127.0.0.1:${port}/nothing`, 1);
    const app = await buildApp({ db: gone.db, config: loadConfig({}), logger: false });
    try {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'kefu', password: 'x' } });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ code: 'DATABASE.UNAVAILABLE', message: { zh: expect.any(String), en: expect.any(String) } });
    } finally {
      await app.close();
      await gone.close().catch(() => undefined);
    }
  });

  it.runIf(process.env.DATABASE_URL)(
    'the server ending idle connections (a restart, a failover) does not end the process: the next request gets a new connection',
    async () => {
      expect((await w.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
      const admin = await openPostgres(testDatabaseUrl()!, 1);
      try {
        const ended = (await admin.db.execute(
          sql`select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
        )) as unknown as { rows: unknown[] };
        expect(ended.rows.length).toBeGreaterThan(0);
      } finally {
        await admin.close();
      }
      // the pool hears of its ended idle connections; without a listener that event ends the process
      await new Promise((resolve) => setTimeout(resolve, 200));
      let res = await w.app.inject({ method: 'GET', url: '/readyz' });
      // a connection ended while busy may fail the first request; the one after gets a new connection
      if (res.statusCode !== 200) res = await w.app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(200);
    },
  );
});
