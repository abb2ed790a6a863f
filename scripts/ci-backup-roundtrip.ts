/**
 * CI: the backup commands end to end. A fresh PGlite DATA_DIR with the demo data → `npm run backup`
 * → `npm run restore` into a fresh PGlite directory and into a new PostgreSQL database
 * (RESTORE_DATABASE_URL, an empty database) → then that PostgreSQL database backed up and restored
 * into a second new one (PostgreSQL → PostgreSQL). Every target must hold the same rows and the same
 * per-table content checksums as the source; the figures are printed.
 * Usage: RESTORE_DATABASE_URL=postgresql://... npx tsx scripts/ci-backup-roundtrip.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../src/db/connection.js';
import { localDate } from '../src/lib/dates.js';
import { contentOf, differences, inSnapshot, TABLES_RENEWED_BY_RESTORE, type Content } from '../src/modules/backup/backup.service.js';
import { seedDemo, seedReferenceData } from '../src/seed/seed.js';

const targetUrl = process.env.RESTORE_DATABASE_URL;
if (!targetUrl) throw new Error('RESTORE_DATABASE_URL: an empty PostgreSQL database to restore into');
const started = performance.now();
const work = mkdtempSync(path.join(tmpdir(), 'certdesk-backup-ci-'));
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

function run(script: 'backup' | 'restore', env: Record<string, string>, args: string[] = []): Record<string, unknown> {
  const { DATABASE_URL: _inherited, ...base } = process.env;
  const out = execFileSync('npx', ['tsx', `src/${script}-cli.ts`, ...args, '--json'], { env: { ...base, ...env }, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, unknown>;
}

async function contentIn(database: Database): Promise<Content> {
  try {
    return await inSnapshot(database.db, contentOf);
  } finally {
    await database.close();
  }
}

function expectSame(name: string, source: Content, target: Content) {
  // a restore renews the register generation on purpose (old ETags must not come back)
  const wrong = differences(source, target, TABLES_RENEWED_BY_RESTORE);
  if (wrong.length) throw new Error(`${name} differs from the source:\n  ${wrong.join('\n  ')}`);
  console.log(`  ${name}: same rows and checksums in all ${Object.keys(target.tables).length} tables`);
}

try {
  const source = path.join(work, 'source');
  const seeded = await openPglite(path.join(source, 'pglite'));
  await seeded.migrate();
  await seedReferenceData(seeded.db);
  await seedDemo(seeded.db, localDate(new Date(), 'Asia/Shanghai'));
  await seeded.close();
  const sourceContent = await contentIn(await openPglite(path.join(source, 'pglite')));
  console.log(`seeded PGlite (${seconds()} s)`);

  const backup = run('backup', { DATA_DIR: source });
  console.log(
    `backup: ${backup.tables} tables, ${backup.rows} rows, ${backup.bytes} bytes, ${Number(backup.seconds).toFixed(1)} s → ${String(backup.file)}`,
  );

  const copy = path.join(work, 'copy');
  const intoPglite = run('restore', { DATA_DIR: copy }, [String(backup.file)]);
  console.log(`restore into a fresh PGlite: ${intoPglite.rows} rows, ${Number(intoPglite.seconds).toFixed(1)} s`);
  expectSame('PGlite copy', sourceContent, await contentIn(await openPglite(path.join(copy, 'pglite'))));

  const intoPostgres = run('restore', { DATA_DIR: work, DATABASE_URL: targetUrl }, [String(backup.file)]);
  console.log(`restore into PostgreSQL: ${intoPostgres.rows} rows, ${Number(intoPostgres.seconds).toFixed(1)} s`);
  expectSame('PostgreSQL copy', sourceContent, await contentIn(await openPostgres(targetUrl, 2)));

  // a restore refuses a target that holds data
  try {
    run('restore', { DATA_DIR: work, DATABASE_URL: targetUrl }, [String(backup.file)]);
    throw new Error('a restore into a database holding data was not refused');
  } catch (err) {
    if (!String((err as { stderr?: string }).stderr).includes('not empty')) throw err;
    console.log('  restore into a database holding data: refused');
  }

  const secondUrl = new URL(targetUrl);
  secondUrl.pathname = `${secondUrl.pathname}_2`;
  const admin = new pg.Client({ connectionString: targetUrl });
  await admin.connect();
  await admin.query(`create database "${secondUrl.pathname.slice(1)}"`);
  await admin.end();
  const pgBackup = run('backup', { DATA_DIR: path.join(work, 'pg-backups'), DATABASE_URL: targetUrl });
  console.log(`backup of PostgreSQL: ${pgBackup.rows} rows, ${pgBackup.bytes} bytes, ${Number(pgBackup.seconds).toFixed(1)} s`);
  run('restore', { DATA_DIR: work, DATABASE_URL: secondUrl.toString() }, [String(pgBackup.file)]);
  const afterPg = await contentIn(await openPostgres(secondUrl.toString(), 2));
  // each backup records itself in `backups` after its snapshot: the copy of the copy is the source again
  expectSame('PostgreSQL → PostgreSQL copy', sourceContent, afterPg);
  console.log(`backup round trip passed in ${seconds()} s`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
