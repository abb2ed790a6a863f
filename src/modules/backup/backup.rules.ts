/** The outbox job kind of the daily backup (its dedupe key carries the day). */
export const JOB_DAILY_BACKUP = 'backup.daily';

/** Backups kept in the backup directory by default; older ones are deleted after each new one. */
export const DEFAULT_BACKUPS_KEPT = 14;

/** The dashboard warns the administrator when the newest backup is older than this. */
export const BACKUP_STALE_AFTER_DAYS = 2;

const DAY_MS = 24 * 60 * 60 * 1000;

/** certdesk-backup-20261203T110000123Z.tar: UTC, so names sort by time whatever the machine's zone. */
export const BACKUP_FILE_PATTERN = /^certdesk-backup-\d{8}T\d{9}Z\.tar$/;

export function backupFileName(at: Date): string {
  return `certdesk-backup-${at.toISOString().replace(/[-:.]/g, '')}.tar`;
}

/** The backup files beyond the newest `keep` (names sort by time). */
export function backupsToPrune(names: string[], keep: number): string[] {
  return names
    .filter((n) => BACKUP_FILE_PATTERN.test(n))
    .sort()
    .reverse()
    .slice(Math.max(keep, 1));
}

/** No backup at all, or the newest older than BACKUP_STALE_AFTER_DAYS. */
export function backupIsStale(lastAt: Date | null, now: Date, staleAfterDays = BACKUP_STALE_AFTER_DAYS): boolean {
  return lastAt === null || now.getTime() - lastAt.getTime() > staleAfterDays * DAY_MS;
}
