import path from 'node:path';
import { and, desc, eq, gt, isNotNull, ne } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Database, Db } from '../../db/connection.js';
import { jobs } from '../../jobs/job.schema.js';
import type { JobHandler } from '../../jobs/outbox.js';
import { BACKUP_STALE_AFTER_DAYS, backupIsStale, JOB_DAILY_BACKUP } from './backup.rules.js';
import { backups } from './backup.schema.js';
import { inSnapshot, pruneBackups, writeBackup, type BackupResult } from './backup.service.js';

export { JOB_DAILY_BACKUP };

/**
 * While a daily backup of PostgreSQL runs in its own snapshot, the job's transaction waits on
 * another connection: a statement this often keeps it from the idle-in-transaction bound.
 */
const JOB_KEEPALIVE_MS = 5_000;

export interface BackupSettings {
  dir: string;
  keep: number;
}

export function backupSettings(config: Pick<Config, 'BACKUP_DIR' | 'BACKUP_KEEP' | 'DATA_DIR'>): BackupSettings {
  return { dir: path.resolve(config.BACKUP_DIR ?? path.join(config.DATA_DIR, 'backups')), keep: config.BACKUP_KEEP };
}

async function record(tx: Db, result: BackupResult, trigger: 'daily' | 'manual'): Promise<void> {
  const tables = Object.values(result.manifest.tables);
  await tx.insert(backups).values({
    fileName: path.basename(result.file),
    takenAt: new Date(result.manifest.createdAt),
    bytes: result.bytes,
    sha256: result.sha256,
    tables: tables.length,
    rows: tables.reduce((n, t) => n + t.rows, 0),
    trigger,
  });
}

/** A backup now, outside any other transaction (the CLI, the operator's request to the server). */
export async function backupNow(database: Database, settings: BackupSettings, now: Date): Promise<BackupResult> {
  const result = await inSnapshot(database.db, (tx) => writeBackup(tx, database.backend, settings.dir, now));
  await record(database.db, result, 'manual');
  await pruneBackups(settings.dir, settings.keep);
  return result;
}

/**
 * The daily backup, run by whichever process takes the day's job (the outbox's SKIP LOCKED: one
 * of them). On PGlite the job's own transaction is the snapshot (one connection: nothing else
 * runs meanwhile); on PostgreSQL a REPEATABLE READ snapshot beside it, so the others write on.
 */
export function dailyBackupHandler(database: Database, settings: BackupSettings, now: () => Date): JobHandler {
  return async (tx) => {
    let result: BackupResult;
    if (database.backend === 'pglite') {
      result = await writeBackup(tx, 'pglite', settings.dir, now());
    } else {
      const keepAlive = setInterval(() => void tx.execute('select 1').catch(() => undefined), JOB_KEEPALIVE_MS);
      try {
        result = await inSnapshot(database.db, (snapshot) => writeBackup(snapshot, 'postgres', settings.dir, now()));
      } finally {
        clearInterval(keepAlive);
      }
    }
    await record(tx, result, 'daily');
    await pruneBackups(settings.dir, settings.keep);
  };
}

/** The newest backup, whether it is too old, and a daily backup failing since (whatever made them). */
export async function backupHealth(db: Db, now: Date) {
  const [last] = await db.select().from(backups).orderBy(desc(backups.takenAt)).limit(1);
  const [failing] = await db
    .select({ at: jobs.createdAt, attempts: jobs.attempts, error: jobs.lastError, status: jobs.status })
    .from(jobs)
    .where(
      and(
        eq(jobs.kind, JOB_DAILY_BACKUP),
        ne(jobs.status, 'done'),
        isNotNull(jobs.lastError),
        last ? gt(jobs.createdAt, last.takenAt) : undefined,
      ),
    )
    .orderBy(desc(jobs.createdAt))
    .limit(1);
  return {
    last: last
      ? {
          takenAt: last.takenAt.toISOString(),
          fileName: last.fileName,
          bytes: last.bytes,
          rows: last.rows,
          tables: last.tables,
          trigger: last.trigger,
        }
      : null,
    stale: backupIsStale(last?.takenAt ?? null, now),
    staleAfterDays: BACKUP_STALE_AFTER_DAYS,
    failure: failing
      ? { at: failing.at.toISOString(), attempts: failing.attempts, error: failing.error ?? '', gaveUp: failing.status === 'failed' }
      : null,
  };
}

/** What the administrator's page shows: the health, and how backups are set up on this server. */
export async function backupStatus(db: Db, settings: BackupSettings & { daily: boolean }, now: Date) {
  return { ...(await backupHealth(db, now)), daily: settings.daily, keep: settings.keep, dir: settings.dir };
}
