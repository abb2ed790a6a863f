import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { openPglite, openPostgres, type Database } from '../../db/connection.js';
import { buildApp } from '../../http/app.js';
import { runScheduledJobs } from '../../jobs/handlers.js';
import { jobs } from '../../jobs/job.schema.js';
import { clients } from '../clients/client.schema.js';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { testDatabase, testDatabaseUrl } from '../../../test/database.js';
import { BackupFileError, openBackup, sha256Of } from './backup.format.js';
import { backupHealth, backupNow, dailyBackupHandler, JOB_DAILY_BACKUP } from './backup.runs.js';
import { backups } from './backup.schema.js';
import {
  checkBackupFile,
  contentOf,
  differences,
  inSnapshot,
  restoreBackup,
  RESTORE_APPLICATION_NAME,
  RestoreRefusedError,
  TABLES_RENEWED_BY_RESTORE,
  type BackupResult,
} from './backup.service.js';
import { registerGeneration } from '../certificates/certificate.schema.js';

let w: World;
let source: Database;
let dir: string;
let target: Database;
let clock = new Date('2026-11-20T02:00:00Z');

let dropTarget = async () => {};
let targetUrl: string | undefined;
const restore = async (file: string, force: boolean) => restoreBackup(target, await checkBackupFile(file), { force });

/** An empty database beside the test's own: a second in-memory PGlite, or a second PostgreSQL database. */
async function emptyDatabase(): Promise<Database> {
  await testDatabase(); // on PostgreSQL, the worker's own database names the server
  const url = testDatabaseUrl();
  if (!url) return openPglite();
  const name = `${new URL(url).pathname.slice(1)}_restore`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await admin(`drop database if exists "${name}" with (force)`);
  await admin(`create database "${name}"`);
  dropTarget = () => admin(`drop database if exists "${name}" with (force)`);
  const other = new URL(url);
  other.pathname = `/${name}`;
  other.searchParams.set('application_name', `${RESTORE_APPLICATION_NAME}-test`);
  targetUrl = other.toString();
  return openPostgres(targetUrl, 2);
}

beforeAll(async () => {
  target = await emptyDatabase();
  // the tests are about the target's backend: make sure it is the one the suite runs on
  expect(target.backend).toBe((await testDatabase()).backend);
});
afterAll(async () => {
  await target.close();
  await dropTarget();
});

beforeEach(async () => {
  clock = new Date('2026-11-20T02:00:00Z');
  w = await setUpWorld(() => clock);
  source = await testDatabase();
  dir = mkdtempSync(path.join(tmpdir(), 'certdesk-backup-test-'));
});
afterEach(async () => {
  await w.app.close();
  rmSync(dir, { recursive: true, force: true });
});

const settings = () => ({ dir, keep: 14 });
const rowsIn = async (db: Database) => (await db.db.select({ n: sql<number>`count(*)::int` }).from(clients))[0]!.n;

describe('backup and restore', () => {
  let backup: BackupResult;

  it('writes one file whose manifest counts and checksums every table, and restores it into an empty database', async () => {
    backup = await backupNow(source, settings(), clock);
    const { manifest } = await openBackup(backup.file);
    expect(manifest.backend).toBe(source.backend);
    expect(manifest.migration.tag).toMatch(/^\d{4}_/);
    expect(manifest.tables.clients).toMatchObject({ rows: 2 });
    expect(manifest.tables.users!.rows).toBe(12);
    expect(manifest.tables.audit_log!.rows).toBeGreaterThan(0);
    // the backup records itself after its snapshot: the file holds none, the database one
    expect(manifest.tables.backups!.rows).toBe(0);
    expect(await source.db.select().from(backups)).toMatchObject([{ trigger: 'manual', bytes: backup.bytes, sha256: backup.sha256 }]);
    expect(readFileSync(`${backup.file}.sha256`, 'utf8')).toBe(`${await sha256Of(backup.file)}  ${path.basename(backup.file)}\n`);
    expect(statSync(backup.file).mode & 0o777).toBe(0o600);

    const restored = await restore(backup.file, true);
    expect(restored.rows).toBe(Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0));
    // every table as backed up, but the register generation the restore renews on purpose
    expect(differences(manifest, await inSnapshot(target.db, contentOf), TABLES_RENEWED_BY_RESTORE)).toEqual([]);
    const [huaxin] = await target.db.select().from(clients).where(eq(clients.id, w.huaxin));
    expect(huaxin?.name).toBe('北京华信电子科技有限公司');
    // the sequences go on from where the source was: a new audit entry does not reuse an id
    const [seq] = (
      (await target.db.execute(sql`select last_value::int as v from audit_log_id_seq`)) as unknown as { rows: { v: number }[] }
    ).rows;
    expect(seq!.v).toBe(manifest.sequences.audit_log_id_seq);
    // the restored audit log is append-only as before
    await expect(target.db.execute(sql`delete from audit_log`)).rejects.toThrow();
  });

  it('refuses a target holding data unless forced, and then leaves it as it was', async () => {
    backup = await backupNow(source, settings(), clock);
    await restore(backup.file, true);
    const before = await inSnapshot(target.db, contentOf);
    await expect(restore(backup.file, false)).rejects.toThrow(RestoreRefusedError);
    expect(differences(before, await inSnapshot(target.db, contentOf))).toEqual([]);

    // forced: everything in the target is replaced by the backup, nothing added to it
    await restore(backup.file, true);
    expect(await rowsIn(target)).toBe(2);
  });

  it('refuses a damaged file before touching anything, even when forced', async () => {
    backup = await backupNow(source, settings(), clock);
    await restore(backup.file, true);
    const bytes = readFileSync(backup.file);
    bytes[600] = bytes[600]! ^ 0xff; // inside the data member, after its 512-byte header
    const damaged = path.join(dir, 'damaged.tar');
    writeFileSync(damaged, bytes);
    await expect(restore(damaged, true)).rejects.toThrow(BackupFileError);
    await expect(restore(path.join(dir, 'none.tar'), true)).rejects.toThrow(/没有此文件.*no such file/);
    writeFileSync(path.join(dir, 'not-a-backup.tar'), 'hello');
    await expect(restore(path.join(dir, 'not-a-backup.tar'), true)).rejects.toThrow(/不是 CertDesk 备份文件.*is not a CertDesk backup/);
    // a copy cut short, or an empty one, is damaged, not some other kind of file
    writeFileSync(path.join(dir, 'cut.tar'), bytes.subarray(0, bytes.length - 2048));
    writeFileSync(path.join(dir, 'empty.tar'), '');
    for (const name of ['cut.tar', 'empty.tar'])
      await expect(restore(path.join(dir, name), true)).rejects.toThrow(/已损坏或不完整.*is damaged or incomplete/);
    expect(await rowsIn(target)).toBe(2);
  });

  it('checks the whole file against the .sha256 beside it, and says when there is none', async () => {
    backup = await backupNow(source, settings(), clock);
    const bytes = readFileSync(backup.file);
    // a byte in the manifest's text that no other check reads: only the whole-file checksum sees it
    const at = bytes.indexOf('"serverVersion": "') + '"serverVersion": "'.length;
    bytes[at] = bytes[at]! ^ 0x01;
    const altered = path.join(dir, 'altered.tar');
    writeFileSync(altered, bytes);
    expect((await openBackup(altered)).wholeFileChecked).toBe(false);
    writeFileSync(`${altered}.sha256`, readFileSync(`${backup.file}.sha256`));
    await expect(restore(altered, true)).rejects.toThrow(/altered\.tar\.sha256/);
    expect((await checkBackupFile(backup.file)).wholeFileChecked).toBe(true);
  });

  it('starts the register generation above every one handed out before, so no old ETag comes back', async () => {
    const generation = async (db: Database) => (await db.db.select().from(registerGeneration))[0]?.generation ?? 0;
    const bump = (db: Database) =>
      db.db
        .insert(registerGeneration)
        .values({ id: 1, generation: 1 })
        .onConflictDoUpdate({ target: registerGeneration.id, set: { generation: sql`${registerGeneration.generation} + 1` } });
    await bump(source);
    backup = await backupNow(source, settings(), clock);
    // the source changes on after its backup: "r<n+1>", "r<n+2>" describe content the backup does not hold
    await bump(source);
    await bump(source);
    const handedOut = await generation(source);
    const before = Date.now();
    await restore(backup.file, true);
    const restored = await generation(target);
    expect(restored).toBeGreaterThan(handedOut);
    expect(restored).toBeGreaterThanOrEqual(before);
    await bump(target);
    expect(await generation(target)).toBe(restored + 1);
  });

  it('drops the source install’s daily-backup jobs and backup records: the copy backs up on its own day', async () => {
    await runScheduledJobs(source.db, '2026-11-20' as never, {
      handlers: { [JOB_DAILY_BACKUP]: dailyBackupHandler(source, settings(), () => clock) },
      daily: [JOB_DAILY_BACKUP],
    });
    clock = new Date(clock.getTime() + 60_000);
    backup = await backupNow(source, settings(), clock);
    expect(backup.manifest.tables.backups!.rows).toBe(1);
    await restore(backup.file, true);
    expect(await target.db.select().from(backups)).toEqual([]);
    expect(await target.db.select().from(jobs).where(eq(jobs.kind, JOB_DAILY_BACKUP))).toEqual([]);
    expect(await backupHealth(target.db, clock)).toMatchObject({ last: null, stale: true });
    // the same day's backup runs on the copy
    const into = path.join(dir, 'copy');
    await runScheduledJobs(target.db, '2026-11-20' as never, {
      handlers: { [JOB_DAILY_BACKUP]: dailyBackupHandler(target, { dir: into, keep: 14 }, () => clock) },
      daily: [JOB_DAILY_BACKUP],
    });
    expect(readdirSync(into).filter((n) => n.endsWith('.tar'))).toHaveLength(1);
  });

  it('refuses a PostgreSQL target other sessions use (a running server) unless forced, and then warns', async (ctx) => {
    if (!targetUrl) return ctx.skip();
    backup = await backupNow(source, settings(), clock);
    const serverUrl = new URL(targetUrl);
    serverUrl.searchParams.delete('application_name');
    const server = new pg.Client({ connectionString: serverUrl.toString() });
    await server.connect();
    try {
      await expect(restore(backup.file, false)).rejects.toThrow(/1 个其他连接.*必须先停止所有服务.*1 other connection.*stop the servers/s);
      const forced = await restore(backup.file, true);
      expect(forced.warnings).toHaveLength(1);
      expect(forced.warnings[0]!.en).toMatch(/1 other connection/);
    } finally {
      await server.end();
    }
    expect((await restore(backup.file, true)).warnings).toEqual([]);
  });
});

describe('the daily backup', () => {
  const run = (today: string, keep = 14, into = dir) =>
    runScheduledJobs(source.db, today as never, {
      handlers: { [JOB_DAILY_BACKUP]: dailyBackupHandler(source, { dir: into, keep }, () => clock) },
      daily: [JOB_DAILY_BACKUP],
    });
  const files = () => readdirSync(dir).filter((n) => n.endsWith('.tar'));

  it('runs once a day however often the worker looks, and keeps only the newest files', async () => {
    await run('2026-11-20', 2);
    clock = new Date(clock.getTime() + 60_000);
    await run('2026-11-20', 2);
    expect(files()).toHaveLength(1);
    for (const day of ['2026-11-21', '2026-11-22', '2026-11-23']) {
      clock = new Date(`${day}T00:01:00+08:00`);
      await run(day, 2);
    }
    expect(files()).toEqual(['certdesk-backup-20261122T160100000Z.tar', 'certdesk-backup-20261121T160100000Z.tar'].sort());
    expect(await source.db.select().from(backups)).toHaveLength(4);
  });

  it('shows the administrator the newest backup, warns on the dashboard when it is two days old, and shows a failing one', async () => {
    // signed in afresh at each look: the clock moves past a session's lifetime
    const as = async (url: string) => (await w.app.inject({ method: 'GET', url, headers: { cookie: await w.login('admin') } })).json();
    const status = () => as('/api/backups/status');
    const board = () => as('/api/dashboard');
    expect(await status()).toMatchObject({ last: null, stale: true, failure: null });
    expect((await board()).backup).toEqual({ stale: true, staleAfterDays: 2, lastAt: null, failing: false });

    await run('2026-11-20');
    const made = clock.toISOString();
    expect(await status()).toMatchObject({ last: { takenAt: made, trigger: 'daily', tables: expect.any(Number) }, stale: false });
    expect((await status()).last.bytes).toBe(statSync(path.join(dir, files()[0]!)).size);

    // 48 hours later it is not yet too old; a minute past, it is
    clock = new Date(clock.getTime() + 48 * 3600_000);
    expect((await board()).backup).toEqual({ stale: false, staleAfterDays: 2, lastAt: made, failing: false });
    clock = new Date(clock.getTime() + 60_000);
    expect((await board()).backup).toMatchObject({ stale: true });

    // the backup directory is a file: the day's job fails, and says why
    const blocked = path.join(dir, 'blocked');
    writeFileSync(blocked, '');
    await run('2026-11-22', 14, blocked);
    expect((await status()).failure).toMatchObject({ attempts: 1, gaveUp: false, error: expect.stringContaining('blocked') });
    expect((await board()).backup).toMatchObject({ failing: true });
    const [job] = await source.db
      .select()
      .from(jobs)
      .where(eq(jobs.dedupeKey, `${JOB_DAILY_BACKUP}:2026-11-22`));
    expect(job).toMatchObject({ status: 'pending', attempts: 1 });

    // other roles see neither
    const service = await w.login('service');
    expect((await w.app.inject({ method: 'GET', url: '/api/backups/status', headers: { cookie: service } })).statusCode).toBe(403);
    expect((await w.app.inject({ method: 'GET', url: '/api/dashboard', headers: { cookie: service } })).json().backup).toBeNull();
  });
});

describe('the operator’s backup request (npm run backup while the server holds PGlite)', () => {
  it('makes a backup for the token the server wrote, and for nothing else', async () => {
    const token = 'a'.repeat(64);
    const app = await buildApp({
      db: source.db,
      config: loadConfig({}),
      now: () => clock,
      logger: false,
      server: { jobs: { handlers: {}, daily: [] }, operator: { token, run: () => backupNow(source, settings(), clock) } },
    });
    try {
      const ask = (authorization?: string) =>
        app.inject({ method: 'POST', url: '/api/operator/backup', headers: authorization ? { authorization } : {} });
      for (const wrong of [undefined, `Bearer ${'b'.repeat(64)}`, `Bearer ${token}x`, token]) {
        const refused = await ask(wrong);
        expect(refused.statusCode).toBe(401);
        expect(refused.json()).toMatchObject({ code: 'AUTH.REQUIRED' });
      }
      expect(readdirSync(dir)).toEqual([]);
      // a signed-in administrator's session is not the operator's token either
      const admin = await w.login('admin');
      expect((await app.inject({ method: 'POST', url: '/api/operator/backup', headers: { cookie: admin } })).statusCode).toBe(401);

      const made = await ask(`Bearer ${token}`);
      expect(made.statusCode, made.body).toBe(200);
      expect(made.json()).toMatchObject({ tables: expect.any(Number), rows: expect.any(Number), bytes: statSync(made.json().file).size });
      expect(await source.db.select().from(backups)).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
