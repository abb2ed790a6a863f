import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea, checkIn } from '../../db/sql-helpers.js';

export const importStatuses = ['previewed', 'applied'] as const;

/**
 * An uploaded import file and what became of it: checked and shown as a preview first, written
 * only when its uploader confirms that same preview (its fingerprint) against unchanged data.
 */
export const importRuns = pgTable(
  'import_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(), // which import: 'clients', …
    fileName: text('file_name').notNull(),
    content: bytea('content').notNull(),
    sha256: text('sha256').notNull(),
    status: text('status', { enum: importStatuses }).notNull().default('previewed'),
    // what the preview promised: a hash of the rows to create and the changes to make
    fingerprint: text('fingerprint').notNull(),
    summary: jsonb('summary').$type<Record<string, unknown>>().notNull(),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
    result: jsonb('result').$type<Record<string, unknown>>(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('import_runs_status_check', checkIn('status', importStatuses)),
    index('import_runs_created_idx').on(t.createdBy, t.createdAt),
  ],
);
