import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { takeDirectoryLock } from './directory-lock.js';
import { pgliteSerializers } from './sql-helpers.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** Both drivers' databases, and their transactions, satisfy this one type. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  backend: 'pglite' | 'postgres';
  /**
   * Brings the schema up to date, then runs `startUp` (reference data, backfills, the demo seed)
   * before letting go: API processes starting at once on one PostgreSQL take turns, so the
   * second finds everything done and its check-then-insert seeds add nothing.
   * `folder`: another migrations folder (a restore migrates to a backup's own migration first).
   */
  migrate(options?: { folder?: string; startUp?: () => Promise<void> }): Promise<void>;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('../../migrations', import.meta.url));

// pg returns `date` columns as JS Dates in local time; CertDesk treats days as 'YYYY-MM-DD'.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);

/**
 * How long one statement, an idle open transaction, or a wait for a free connection may hold the
 * database before it is cancelled (0: no bound). The server sets them so that no single request
 * keeps the others waiting without end; benchmarks' bulk loads open without them.
 */
export interface DbTimeouts {
  statementMs?: number;
  idleInTransactionMs?: number;
  connectionWaitMs?: number;
}

/** The session-level advisory lock key of start-up (migrations and seeds); any process, any version. */
const START_UP_LOCK = 7200417;

/** `logger` sees every statement (benchmarks use it to explain the app's own SQL). */
export async function openPostgres(url: string, poolSize = 10, logger?: Logger, timeouts: DbTimeouts = {}): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    statement_timeout: timeouts.statementMs ?? 0,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs ?? 0,
    connectionTimeoutMillis: timeouts.connectionWaitMs ?? 0,
  });
  // an idle connection the server ends (a restart, a failover, pg_terminate_backend) is reported
  // here; unheard, the event would end the process. The pool drops it and opens a new one when asked.
  pool.on('error', (err) => console.warn(`数据库连接中断 / database connection lost: ${err.message}`));
  const db = drizzlePg(pool, { schema, logger }) as unknown as Db;
  return {
    db,
    backend: 'postgres',
    async migrate({ folder = migrationsFolder, startUp } = {}) {
      // a migration may rebuild a large table: its own connection, without the request bounds;
      // the lock is the session's, held on that connection while start-up works through the pool
      const migrationPool = new pg.Pool({ connectionString: url, max: 1 });
      const lockClient = await migrationPool.connect();
      try {
        await lockClient.query('select pg_advisory_lock($1)', [START_UP_LOCK]);
        await migratePg(drizzlePg(lockClient, { schema }), { migrationsFolder: folder });
        await startUp?.();
      } finally {
        await lockClient.query('select pg_advisory_unlock($1)', [START_UP_LOCK]).catch(() => undefined);
        lockClient.release();
        await migrationPool.end();
      }
    },
    close: () => pool.end(),
  };
}

const OWNER_ONLY_DIR = 0o700;

/**
 * PGlite's buffer pool. Its default, 128 MB, lives inside the WebAssembly memory, which never
 * shrinks: a 100,000-row import filled it and the server stood at 1,078 MB. The database's files
 * stay in the operating system's cache, which the machine shares: at 32 MB the same import peaked
 * at 969 MB in about the same time (bench/results/import-pglite.md; 48 MB: 1,017–1,032 MB).
 */
export const PGLITE_SHARED_BUFFERS_MB = 32;

/** dataDir undefined → in memory (tests). */
export async function openPglite(dataDir?: string, logger?: Logger): Promise<Database> {
  let releaseLock = () => {};
  if (dataDir) {
    mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
    releaseLock = takeDirectoryLock(`${path.resolve(dataDir)}.lock`);
    // PGlite writes its files readable and writable by everyone (0666): the directory is the
    // owner's alone, so no other account on the machine reaches password hashes or client records
    mkdirSync(dataDir, { recursive: true, mode: OWNER_ONLY_DIR });
    chmodSync(dataDir, OWNER_ONLY_DIR);
  }
  const client = new PGlite({
    ...(dataDir ? { dataDir } : {}),
    extensions: { pg_trgm },
    serializers: pgliteSerializers,
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS_MB}MB`],
  });
  await client.waitReady;
  const db = drizzlePglite(client, { schema, logger }) as unknown as Db;
  return {
    db,
    backend: 'pglite',
    // one process per directory (the directory lock): nobody to take turns with
    async migrate({ folder = migrationsFolder, startUp } = {}) {
      await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: folder });
      await startUp?.();
    },
    async close() {
      await client.close();
      releaseLock();
    },
  };
}

export function openDatabase(config: {
  DATABASE_URL?: string | undefined;
  DATA_DIR: string;
  DB_STATEMENT_TIMEOUT_SECONDS: number;
}): Promise<Database> {
  const bound = config.DB_STATEMENT_TIMEOUT_SECONDS * 1000;
  return config.DATABASE_URL
    ? openPostgres(config.DATABASE_URL, undefined, undefined, { statementMs: bound, idleInTransactionMs: bound, connectionWaitMs: bound })
    : openPglite(path.join(config.DATA_DIR, 'pglite'));
}

/**
 * Whether the database could not be reached or ended the connection (restart, failover, network):
 * SQLSTATE class 08 and the shutdown codes, or the socket's own error before any SQLSTATE.
 */
export function isDatabaseUnreachable(err: unknown): boolean {
  const code = pgErrorOf(err)?.code;
  if (code) return code.startsWith('08') || ['57P01', '57P02', '57P03'].includes(code);
  for (let e: unknown = err, i = 0; i < 3 && e && typeof e === 'object'; i++) {
    const { code: sys, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    const { syscall } = e as { syscall?: unknown };
    if (syscall === 'connect' || (typeof sys === 'string' && ['ECONNRESET', 'EPIPE'].includes(sys))) return true;
    if (typeof message === 'string' && /^Connection terminated/.test(message)) return true;
    e = cause;
  }
  return false;
}

/** Database error codes, read from the driver's cause (both drivers put the PG error there). */
export function pgErrorOf(err: unknown): { code?: string; constraint?: string; detail?: string } | undefined {
  let e: unknown = err;
  for (let i = 0; i < 3 && e && typeof e === 'object'; i++) {
    const maybe = e as { code?: unknown; constraint?: unknown; detail?: unknown; cause?: unknown };
    if (typeof maybe.code === 'string' && /^[0-9A-Z]{5}$/.test(maybe.code)) {
      return {
        code: maybe.code,
        constraint: typeof maybe.constraint === 'string' ? maybe.constraint : undefined,
        detail: typeof maybe.detail === 'string' ? maybe.detail : undefined,
      };
    }
    e = maybe.cause;
  }
  return undefined;
}
