import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from '../../db/sql-helpers.js';
import { clientGrades, clients } from '../clients/client.schema.js';
import { audits } from '../programmes/programme.schema.js';
import { evaluatedSystems, evaluationSources, gradeOverrides, type EvaluatedSystem, type Grade } from './classification.rules.js';

/** The evaluation items of each management system (SPEC §6); the CB may add its own. */
export const evaluationItems = pgTable(
  'evaluation_items',
  {
    code: text('code').primaryKey(),
    system: text('system', { enum: evaluatedSystems }).notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    sort: integer('sort').notNull(),
    active: boolean('active').notNull().default(true),
  },
  () => [check('evaluation_items_system_check', checkIn('system', evaluatedSystems))],
);

/**
 * One grading of a client (客户分类评价): the annual evaluation, an auditor's effectiveness
 * evaluation form brought back from an audit, or an adjustment from risk information.
 * Every row is kept: the history; the latest one sets clients.grade.
 */
export const clientEvaluations = pgTable(
  'client_evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    year: integer('year').notNull(),
    evaluatedOn: date('evaluated_on', { mode: 'string' }).notNull(),
    source: text('source', { enum: evaluationSources }).notNull(),
    auditId: uuid('audit_id').references(() => audits.id),
    itemGrades: jsonb('item_grades').$type<Record<string, Grade>>().notNull(),
    systemGrades: jsonb('system_grades').$type<Partial<Record<EvaluatedSystem, Grade>>>().notNull(),
    overrides: text('overrides', { enum: gradeOverrides })
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    overallGrade: text('overall_grade', { enum: clientGrades }).notNull(),
    note: text('note'),
    evaluatedBy: text('evaluated_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('client_evaluations_source_check', checkIn('source', evaluationSources)),
    check('client_evaluations_grade_check', checkIn('overall_grade', clientGrades)),
    index('client_evaluations_client_idx').on(t.clientId, t.evaluatedOn),
    index('client_evaluations_year_idx').on(t.year),
  ],
);

/** 年度客户分析报告 marked as issued: takes the report off audit management's due-list. */
export const analysisReports = pgTable('analysis_reports', {
  year: integer('year').primaryKey(),
  issuedOn: date('issued_on', { mode: 'string' }).notNull(),
  issuedBy: text('issued_by').notNull(),
});
