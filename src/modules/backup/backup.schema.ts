import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const backupTriggers = ['daily', 'manual'] as const;

/**
 * The backups made, whichever process or machine made them: what the administrator's page and the
 * dashboard read (the files themselves are in the backup directory of the machine that wrote them).
 */
export const backups = pgTable(
  'backups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileName: text('file_name').notNull(),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull(),
    bytes: bigint('bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    tables: integer('tables').notNull(),
    rows: bigint('rows', { mode: 'number' }).notNull(),
    trigger: text('trigger', { enum: backupTriggers }).notNull(),
  },
  (t) => [check('backups_trigger_check', sql`${t.trigger} in ('daily', 'manual')`), index('backups_taken_at_idx').on(t.takenAt)],
);
