import { describe, expect, it } from 'vitest';
import { BACKUP_FILE_PATTERN, BACKUP_STALE_AFTER_DAYS, backupFileName, backupIsStale, backupsToPrune } from './backup.rules.js';

describe('backup rules', () => {
  it('names a file by its UTC time, so that names sort as times do', () => {
    expect(backupFileName(new Date('2026-12-03T11:00:00.123Z'))).toBe('certdesk-backup-20261203T110000123Z.tar');
    expect(BACKUP_FILE_PATTERN.test(backupFileName(new Date()))).toBe(true);
  });

  it('prunes the oldest beyond the number kept, never the newest, and nothing that is not a backup', () => {
    const names = ['2026-12-01', '2026-12-03', '2026-12-02'].map((d) => backupFileName(new Date(`${d}T00:00:00Z`)));
    expect(backupsToPrune([...names, 'notes.txt', `${names[0]}.sha256`], 2)).toEqual([names[0]]);
    expect(backupsToPrune(names, 3)).toEqual([]);
    expect(backupsToPrune(names, 0)).toEqual([names[2], names[0]]);
  });

  it('calls a backup stale only past the number of days, and no backup always', () => {
    const at = new Date('2026-12-01T00:00:00Z');
    const limit = at.getTime() + BACKUP_STALE_AFTER_DAYS * 24 * 3600_000;
    expect(backupIsStale(at, new Date(limit))).toBe(false);
    expect(backupIsStale(at, new Date(limit + 1))).toBe(true);
    expect(backupIsStale(null, at)).toBe(true);
  });
});
