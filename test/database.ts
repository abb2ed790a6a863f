import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openPglite, openPostgres, type Database, type Db } from '../src/db/connection.js';
import { seedReferenceData } from '../src/seed/seed.js';

/**
 * The database of this test worker: in-memory PGlite by default; with DATABASE_URL, a
 * database of its own on that server (so two workers never truncate each other's rows).
 */
let shared: Promise<Database> | undefined;
let workerUrl: string | undefined;

/** This worker's own PostgreSQL database (after testDatabase()); undefined on PGlite. */
export const testDatabaseUrl = () => workerUrl;

async function openForWorker(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openPglite();
    await database.migrate();
    return database;
  }
  const worker = process.env.VITEST_POOL_ID ?? '0';
  const target = new URL(url);
  const name = `${target.pathname.slice(1) || 'certdesk'}_test_w${worker}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  target.pathname = `/${name}`;
  workerUrl = target.toString();
  const database = await openPostgres(target.toString(), 5);
  await database.migrate();
  return database;
}

/** This worker's database if a test has opened it, without opening it. */
export function openedTestDatabase(): Promise<Database> | undefined {
  return shared;
}

export function testDatabase(): Promise<Database> {
  shared ??= openForWorker();
  return shared;
}

/** Empties every table and puts back the reference data (parameters, calendar). */
export async function resetDatabase(db: Db): Promise<void> {
  // both drivers answer execute() with { rows }
  const result = (await db.execute(sql`select tablename from pg_tables where schemaname = 'public'`)) as unknown as {
    rows: { tablename: string }[];
  };
  const tables = result.rows.map((r) => `"${r.tablename}"`).join(', ');
  // the audit log refuses TRUNCATE (migration 0020); the test database's superuser sets its triggers aside for the reset only
  if (tables) {
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql.raw(`truncate ${tables} restart identity cascade`));
    });
  }
  await seedReferenceData(db);
}
