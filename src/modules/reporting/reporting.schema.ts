import { date, index, integer, jsonb, pgTable, text, timestamp, uuid, check } from 'drizzle-orm/pg-core';
import { bytea, checkIn } from '../../db/sql-helpers.js';

export const reportKinds = ['cnca_monthly', 'certsearch'] as const;

/** 监管报送记录: every generated regulatory file, who made it, and when it was submitted. */
export const regulatoryReports = pgTable(
  'regulatory_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: reportKinds }).notNull(),
    // the reported month (YYYY-MM); null for a CertSearch export, which is a snapshot
    period: text('period'),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    content: bytea('content').notNull(),
    counts: jsonb('counts').$type<Record<string, number>>().notNull(),
    issues: integer('issues').notNull(),
    generatedBy: text('generated_by').notNull(),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull().defaultNow(),
    // the CB's local date, for the refresh duty
    generatedOn: date('generated_on', { mode: 'string' }).notNull(),
    submittedOn: date('submitted_on', { mode: 'string' }),
    submittedBy: text('submitted_by'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('regulatory_reports_kind_check', checkIn('kind', reportKinds)),
    index('regulatory_reports_kind_idx').on(t.kind, t.period, t.generatedAt),
  ],
);
