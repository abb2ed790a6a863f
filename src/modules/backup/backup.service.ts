import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { eq, sql, type SQL } from 'drizzle-orm';
import { migrationsFolder, type Database, type Db } from '../../db/connection.js';
import { TAR_END, tarHeader, tarPadding } from '../../lib/tar.js';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupFileError,
  certdeskVersion,
  DATA_MEMBER,
  MANIFEST_MEMBER,
  openBackup,
  OperatorError,
  sha256Of,
  TABLE_LINE_PREFIX,
  type Manifest,
  type OpenedBackup,
  type TableContent,
} from './backup.format.js';
import { registerGeneration } from '../certificates/certificate.schema.js';
import { backups } from './backup.schema.js';
import { jobs } from '../../jobs/job.schema.js';
import { backupFileName, BACKUP_FILE_PATTERN, backupsToPrune, JOB_DAILY_BACKUP } from './backup.rules.js';

/** Rows fetched from a cursor at a time, and rows inserted per statement on restore: memory stays bounded. */
const FETCH_ROWS = 1000;
const INSERT_ROWS = 500;

interface TableInfo {
  name: string;
  /** the columns a restore writes (generated columns are derived again) */
  columns: string[];
  /** primary-key order, text compared bytewise so that every backend and locale agrees */
  orderBy: string;
}

type Tx = Pick<Db, 'execute'>;

async function rowsOf<T>(tx: Tx, query: SQL): Promise<T[]> {
  return ((await tx.execute(query)) as unknown as { rows: T[] }).rows;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The application's tables (schema public), each with its primary key; drizzle's own bookkeeping is not data. */
async function tablesOf(tx: Tx): Promise<TableInfo[]> {
  const rows = await rowsOf<{ name: string; columns: string[]; pk: { col: string; text: boolean }[] | null }>(
    tx,
    sql`select c.relname as name,
          (select array_agg(a.attname::text order by a.attnum) from pg_attribute a
            where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = '') as columns,
          (select json_agg(json_build_object('col', a.attname, 'text', a.atttypid in ('text'::regtype, 'varchar'::regtype, 'bpchar'::regtype))
                  order by array_position(i.indkey::int2[], a.attnum))
             from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
            where i.indrelid = c.oid and i.indisprimary) as pk
        from pg_class c
       where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
       order by c.relname collate "C"`,
  );
  return rows.map((r) => ({
    name: r.name,
    columns: r.columns,
    orderBy: r.pk?.length ? r.pk.map((k) => `t.${quote(k.col)}${k.text ? ' collate "C"' : ''}`).join(', ') : 't::text collate "C"',
  }));
}

/** Each row's to_jsonb text in a table's fixed order, a batch at a time, from a cursor in the caller's transaction. */
async function eachRowBatch(tx: Tx, table: TableInfo, onBatch: (lines: string[]) => Promise<void> | void): Promise<void> {
  await tx.execute(
    sql.raw(
      `declare certdesk_backup_rows no scroll cursor for select to_jsonb(t)::text as r from ${quote(table.name)} t order by ${table.orderBy}`,
    ),
  );
  for (;;) {
    const batch = await rowsOf<{ r: string }>(tx, sql.raw(`fetch forward ${FETCH_ROWS} from certdesk_backup_rows`));
    if (batch.length) await onBatch(batch.map((b) => b.r));
    if (batch.length < FETCH_ROWS) break;
  }
  await tx.execute(sql`close certdesk_backup_rows`);
}

/** to_jsonb writes timestamps in the session's time zone: one zone for every reading, so texts agree. */
async function fixSessionForRowText(tx: Tx): Promise<void> {
  await tx.execute(sql`set local timezone = 'UTC'`);
  await tx.execute(sql`set local extra_float_digits = 1`);
}

class TableHash {
  private hash = createHash('sha256');
  rows = 0;
  add(lines: string[]) {
    for (const line of lines) this.hash.update(`${line}\n`);
    this.rows += lines.length;
  }
  done(): TableContent {
    return { rows: this.rows, sha256: this.hash.digest('hex') };
  }
}

async function sequencesOf(tx: Tx): Promise<Record<string, number | null>> {
  const rows = await rowsOf<{ name: string; value: string | null }>(
    tx,
    sql`select sequencename as name, last_value::text as value from pg_sequences where schemaname = 'public' order by sequencename collate "C"`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.value === null ? null : Number(r.value)]));
}

export interface Content {
  tables: Record<string, TableContent>;
  sequences: Record<string, number | null>;
}

/** Row counts and content checksums of every table, read in the caller's transaction (one snapshot). */
export async function contentOf(tx: Tx): Promise<Content> {
  await fixSessionForRowText(tx);
  const tables: Record<string, TableContent> = {};
  for (const table of await tablesOf(tx)) {
    const hash = new TableHash();
    await eachRowBatch(tx, table, (lines) => hash.add(lines));
    tables[table.name] = hash.done();
  }
  return { tables, sequences: await sequencesOf(tx) };
}

/**
 * Tables a restore renews on purpose after its checks (see renewAfterRestore): a copy's
 * `register_generation` differs from its source's by design.
 */
export const TABLES_RENEWED_BY_RESTORE = ['register_generation'];

/** What differs between two contents, one line each; empty when they agree. */
export function differences(expected: Content, actual: Content, ignore: string[] = []): string[] {
  const out: string[] = [];
  for (const name of new Set([...Object.keys(expected.tables), ...Object.keys(actual.tables)])) {
    if (ignore.includes(name)) continue;
    const e = expected.tables[name];
    const a = actual.tables[name];
    if (!e || !a) out.push(`${name}: ${e ? 'missing after restore' : 'not in the backup'}`);
    else if (e.rows !== a.rows) out.push(`${name}: ${e.rows} rows backed up, ${a.rows} restored`);
    else if (e.sha256 !== a.sha256) out.push(`${name}: same ${a.rows} rows but different content`);
  }
  for (const [name, value] of Object.entries(expected.sequences)) {
    if (value !== null && actual.sequences[name] !== value)
      out.push(`sequence ${name}: ${value} backed up, ${actual.sequences[name]} restored`);
  }
  return out;
}

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

async function journalOf(folder = migrationsFolder): Promise<Journal> {
  return JSON.parse(await readFile(path.join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;
}

/** The last migration applied to a database: none when drizzle's table is not there yet. */
async function appliedMigration(tx: Tx): Promise<{ when: number; count: number } | null> {
  const [exists] = await rowsOf<{ t: string | null }>(tx, sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`);
  if (!exists?.t) return null;
  const [row] = await rowsOf<{ n: number; when: string | null }>(
    tx,
    sql`select count(*)::int as n, max(created_at)::text as when from drizzle.__drizzle_migrations`,
  );
  return row?.when ? { when: Number(row.when), count: row.n } : null;
}

export interface BackupResult {
  file: string;
  bytes: number;
  /** of the whole file, as `sha256sum` prints it (also written beside it as <file>.sha256) */
  sha256: string;
  manifest: Manifest;
  seconds: number;
}

/**
 * Writes a backup of everything `tx` sees into `dir`. The caller makes `tx` one snapshot (see
 * inSnapshot). The file is written under a temporary name and renamed when whole, so a crash or a
 * full disk never leaves a file that looks like a backup.
 */
export async function writeBackup(tx: Tx, backend: Database['backend'], dir: string, now: Date): Promise<BackupResult> {
  const started = performance.now();
  // a backup holds password hashes and every client's records: for the server's own account only
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const migration = await appliedMigration(tx);
  const journal = await journalOf();
  const tag = journal.entries.find((e) => e.when === migration?.when)?.tag;
  if (!migration || !tag)
    throw new OperatorError(
      '数据库未由此版本的 CertDesk 建立（未迁移），没有可备份的数据',
      'the database is not migrated by this version of CertDesk; nothing to back up',
    );
  const [{ version: serverVersion } = { version: '' }] = await rowsOf<{ version: string }>(tx, sql`select version() as version`);

  const final = path.join(dir, backupFileName(now));
  const partial = path.join(dir, `.${path.basename(final)}.${randomBytes(4).toString('hex')}.partial`);
  const handle = await open(partial, 'wx', 0o600);
  try {
    // the data member first, its header written at the end when its size is known
    let position = 512;
    const dataHash = createHash('sha256');
    const gzip = createGzip();
    const drained = (async () => {
      for await (const chunk of gzip as AsyncIterable<Buffer>) {
        dataHash.update(chunk);
        await handle.write(chunk, 0, chunk.length, position);
        position += chunk.length;
      }
    })();
    const put = async (text: string) => {
      if (!gzip.write(text)) await once(gzip, 'drain');
    };

    await fixSessionForRowText(tx);
    const tables: Record<string, TableContent> = {};
    for (const table of await tablesOf(tx)) {
      await put(`${TABLE_LINE_PREFIX}${JSON.stringify(table.name)}}\n`);
      const hash = new TableHash();
      await eachRowBatch(tx, table, async (lines) => {
        hash.add(lines);
        await put(`${lines.join('\n')}\n`);
      });
      tables[table.name] = hash.done();
    }
    const sequences = await sequencesOf(tx);
    gzip.end();
    await drained;
    const dataBytes = position - 512;

    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      certdeskVersion,
      createdAt: now.toISOString(),
      backend,
      serverVersion,
      migration: { tag, when: migration.when, count: migration.count },
      tables,
      sequences,
      data: { member: DATA_MEMBER, bytes: dataBytes, sha256: dataHash.digest('hex') },
    };
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    const tail = Buffer.concat([
      tarPadding(dataBytes),
      tarHeader(MANIFEST_MEMBER, manifestBytes.length, now),
      manifestBytes,
      tarPadding(manifestBytes.length),
      TAR_END,
    ]);
    await handle.write(tail, 0, tail.length, position);
    await handle.write(tarHeader(DATA_MEMBER, dataBytes, now), 0, 512, 0);
    await handle.sync();
    await handle.close();
    await rename(partial, final);
    const sha256 = await sha256Of(final);
    await writeFile(`${final}.sha256`, `${sha256}  ${path.basename(final)}\n`, { mode: 0o600 });
    const { size } = await stat(final);
    return { file: final, bytes: size, sha256, manifest, seconds: (performance.now() - started) / 1000 };
  } catch (err) {
    await handle.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw err;
  }
}

/**
 * Runs `fn` in one read-only snapshot of the whole database. PostgreSQL: REPEATABLE READ, so
 * the server's other connections write on meanwhile. PGlite has one connection: a transaction on
 * it is a snapshot by itself (and the server's requests wait for it).
 */
export function inSnapshot<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(fn, { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

/** Deletes the oldest backup files in `dir` beyond `keep`; returns the names deleted. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => BACKUP_FILE_PATTERN.test(n));
  const doomed = backupsToPrune(names, keep);
  for (const name of doomed) {
    await rm(path.join(dir, name), { force: true });
    await rm(path.join(dir, `${name}.sha256`), { force: true });
  }
  return doomed;
}

/** The target holds data (or a newer schema), or servers use it: a restore would mix or lose data. */
export class RestoreRefusedError extends OperatorError {}

export interface RestoreResult {
  manifest: Manifest;
  tables: number;
  rows: number;
  seconds: number;
  /** said to the operator beside the result (a forced restore while other connections were open) */
  warnings: { zh: string; en: string }[];
}

export type CheckedBackup = OpenedBackup & { file: string; wholeFileChecked: boolean };

/**
 * Checks a backup file completely (whole-file checksum when its `.sha256` is there, manifest,
 * data checksum, a migration this version knows) before the target is opened, so that a refused
 * file leaves nothing behind, not even a new empty database directory.
 */
export async function checkBackupFile(file: string): Promise<CheckedBackup> {
  const opened = await openBackup(file);
  const { manifest } = opened;
  const journal = await journalOf();
  if (!journal.entries.some((e) => e.when === manifest.migration.when && e.tag === manifest.migration.tag)) {
    throw new BackupFileError(
      `${file} 由迁移 ${manifest.migration.tag}（CertDesk ${manifest.certdeskVersion}）生成，此版本不认识；请用该版本或更新的版本恢复`,
      `${file} was made at migration ${manifest.migration.tag} (CertDesk ${manifest.certdeskVersion}), which this version does not know: restore it with that version or a newer one`,
    );
  }
  return { ...opened, file };
}

/**
 * Other sessions on the target PostgreSQL database (a CertDesk server, a psql); PGlite has none by
 * its directory lock. The restore's own pool may hold several connections: they share the
 * application_name the restore command gives them (RESTORE_APPLICATION_NAME).
 */
async function otherConnections(database: Database): Promise<number> {
  if (database.backend !== 'postgres') return 0;
  const [row] = await rowsOf<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from pg_stat_activity
         where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()
           and not (application_name = current_setting('application_name') and application_name like ${`${RESTORE_APPLICATION_NAME}%`})`,
  );
  return row?.n ?? 0;
}

/** The application_name prefix of a restore's own connections (each run adds its process id). */
export const RESTORE_APPLICATION_NAME = 'certdesk-restore';

/**
 * What a restored copy must not take over from its source, in the restore's transaction after the
 * checks. The register's ETags are "r<generation>", bumped +1 per change: the restored generation
 * is an older one, and the next changes would hand out ETags that browsers and caches already
 * hold for other content (a 304 for a certificate whose status changed). Milliseconds since the
 * epoch exceed every generation handed out before (one change per millisecond for the install's
 * whole life never happens), so greatest(generation, now in ms) starts above all of them; bumps stay
 * +1. The daily-backup jobs and the `backups` records describe the source's files in the source's
 * BACKUP_DIR, not this install's: kept, they would show a backup that is not here and skip today's.
 */
async function renewAfterRestore(tx: Tx & Pick<Db, 'insert' | 'delete'>): Promise<void> {
  const nowMs = sql`(extract(epoch from clock_timestamp()) * 1000)::bigint`;
  await tx
    .insert(registerGeneration)
    .values({ id: 1, generation: sql`${nowMs}` as unknown as number })
    .onConflictDoUpdate({ target: registerGeneration.id, set: { generation: sql`greatest(${registerGeneration.generation}, ${nowMs})` } });
  await tx.delete(jobs).where(eq(jobs.kind, JOB_DAILY_BACKUP));
  await tx.delete(backups);
}

/**
 * Restores a checked backup (checkBackupFile) into `database`: refuses a target holding any row,
 * or one other sessions use, unless `force` (which then drops everything in it), migrates the
 * target to the backup's migration, loads every table and the sequences in one transaction that
 * commits only if every table's row count and content checksum equal the manifest's (and then
 * renews what a copy must not take over), then applies this version's newer migrations.
 */
export async function restoreBackup(database: Database, backup: CheckedBackup, opts: { force: boolean }): Promise<RestoreResult> {
  const started = performance.now();
  const { manifest, data, file } = backup;
  const journal = await journalOf();
  const upTo = journal.entries.filter((e) => e.when <= manifest.migration.when);
  const warnings: RestoreResult['warnings'] = [];

  const { db } = database;
  const others = await otherConnections(database);
  if (others) {
    const zh = `目标数据库还有 ${others} 个其他连接（运行中的 CertDesk 服务或其他客户端）；恢复前必须先停止所有服务`;
    const en = `the target database has ${others} other connection(s) (a running CertDesk server or another client); stop the servers before a restore`;
    if (!opts.force) throw new RestoreRefusedError(`${zh}，或加 --force 强制恢复`, `${en}, or pass --force to restore anyway`);
    warnings.push({ zh, en });
  }
  const target = await targetState(db);
  const newerSchema = target.migration !== null && target.migration.when > manifest.migration.when;
  if (target.rows || newerSchema) {
    if (!opts.force) {
      throw target.rows
        ? new RestoreRefusedError(
            `目标数据库不是空的（${target.rows} 行）；请恢复到空数据库，或加 --force 替换其中的全部数据`,
            `the target database is not empty (${target.rows} rows); restore into an empty one, or pass --force to replace everything in it`,
          )
        : new RestoreRefusedError(
            '目标数据库的迁移版本比备份新；请恢复到空数据库，或加 --force',
            'the target database is at a newer migration than the backup; restore into an empty one, or pass --force',
          );
    }
    await db.execute(sql`drop schema if exists drizzle cascade`);
    await db.execute(sql`drop schema if exists public cascade`);
    await db.execute(sql`create schema public`);
  }

  const folder = await mkdtemp(path.join(tmpdir(), 'certdesk-migrations-'));
  try {
    await mkdir(path.join(folder, 'meta'));
    await writeFile(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: upTo }));
    for (const e of upTo) await copyFile(path.join(migrationsFolder, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`));
    await database.migrate({ folder });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }

  let rows = 0;
  await db.transaction(async (tx) => {
    await fixSessionForRowText(tx);
    const tables = new Map((await tablesOf(tx)).map((t) => [t.name, t]));
    // foreign keys are put back (and so checked) once every table is in: rows load in any order
    const foreignKeys = await rowsOf<{ tbl: string; name: string; def: string }>(
      tx,
      sql`select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def
            from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`,
    );
    for (const fk of foreignKeys) await tx.execute(sql.raw(`alter table ${fk.tbl} drop constraint ${quote(fk.name)}`));

    let table: TableInfo | undefined;
    let batch: string[] = [];
    const flush = async () => {
      if (!table || !batch.length) return;
      const cols = table.columns.map(quote).join(', ');
      await tx.execute(
        sql`insert into ${sql.raw(quote(table.name))} (${sql.raw(cols)}) select ${sql.raw(cols)} from jsonb_populate_recordset(null::${sql.raw(quote(table.name))}, ${`[${batch.join(',')}]`}::jsonb)`,
      );
      rows += batch.length;
      batch = [];
    };
    const lines = createInterface({
      input: createReadStream(file, { start: data.offset, end: data.offset + data.size - 1 }).pipe(createGunzip()),
      crlfDelay: Infinity,
    });
    for await (const line of lines) {
      if (line.startsWith(TABLE_LINE_PREFIX)) {
        await flush();
        const name = (JSON.parse(line) as { '@table': string })['@table'];
        table = tables.get(name);
        if (!table)
          throw new BackupFileError(
            `${file} 含有迁移 ${manifest.migration.tag} 不会建立的表 ${name}`,
            `${file} holds table ${name}, which migration ${manifest.migration.tag} does not create`,
          );
      } else if (line) {
        batch.push(line);
        if (batch.length >= INSERT_ROWS) await flush();
      }
    }
    await flush();

    for (const fk of foreignKeys) await tx.execute(sql.raw(`alter table ${fk.tbl} add constraint ${quote(fk.name)} ${fk.def}`));
    for (const [name, value] of Object.entries(manifest.sequences)) {
      if (value !== null) await tx.execute(sql`select setval(${quote(name)}, ${value}, true)`);
    }
    const wrong = differences(manifest, await contentOf(tx));
    if (wrong.length)
      throw new OperatorError(
        `恢复的数据与备份不符，未保留任何数据：\n  ${wrong.join('\n  ')}`,
        `the restored data differs from the backup, nothing was kept:\n  ${wrong.join('\n  ')}`,
      );
    await renewAfterRestore(tx);
  });

  await database.migrate();
  return { manifest, tables: Object.keys(manifest.tables).length, rows, seconds: (performance.now() - started) / 1000, warnings };
}

/** How many rows the target holds (0 for a new or merely migrated database) and its migration. */
async function targetState(db: Db): Promise<{ rows: number; migration: { when: number } | null }> {
  let rows = 0;
  for (const table of await tablesOf(db)) {
    const [r] = await rowsOf<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${quote(table.name)}`));
    rows += r?.n ?? 0;
  }
  return { rows, migration: await appliedMigration(db) };
}
