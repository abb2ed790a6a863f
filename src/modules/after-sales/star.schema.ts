import { check, date, integer, jsonb, pgTable, real, text, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from '../../db/sql-helpers.js';
import { certificates } from '../certificates/certificate.schema.js';
import { audits } from '../programmes/programme.schema.js';

/** GB/T 27922 second-level indicators with the CB's points; seeded from indicators.json, edited by admins. */
export const starIndicators = pgTable('star_indicators', {
  code: text('code').primaryKey(),
  groupCode: text('group_code').notNull(),
  groupNameZh: text('group_name_zh').notNull(),
  groupNameEn: text('group_name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  points: integer('points').notNull(),
  requiredFrom: integer('required_from'),
  sort: integer('sort').notNull(),
  version: integer('version').notNull().default(1),
});

export interface ScoredItem {
  code: string;
  applicable: boolean;
  achieved: number;
  finding: string | null;
  evidence: string | null;
}
export interface Nonconformity {
  description: string;
  rootCause: string | null;
  correctiveAction: string | null;
  verifiedOn: string | null;
  verifiedBy: string | null;
  method: 'written' | 'on_site' | null;
}

export const starConclusions = ['recommend', 'recommend_lower', 'not_recommend'] as const; // 推荐 / 推荐较低星级 / 不推荐

/** 评价记录: the team's scored indicator sheet of one audit, its nonconformities, conclusion and the decision. */
export const starAssessments = pgTable(
  'star_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    auditId: uuid('audit_id')
      .notNull()
      .unique()
      .references(() => audits.id),
    items: jsonb('items').$type<ScoredItem[]>().notNull(),
    specialDeductions: integer('special_deductions').notNull().default(0),
    specialBonus: real('special_bonus').notNull().default(0),
    specialNotes: text('special_notes'),
    total: real('total').notNull(),
    level: integer('level').notNull(),
    nonconformities: jsonb('nonconformities').$type<Nonconformity[]>().notNull().default([]),
    conclusion: text('conclusion', { enum: starConclusions }),
    recommendedLevel: integer('recommended_level'),
    conclusionNote: text('conclusion_note'),
    concludedBy: text('concluded_by'),
    concludedOn: date('concluded_on', { mode: 'string' }),
    decidedBy: text('decided_by'),
    decidedOn: date('decided_on', { mode: 'string' }),
    decisionNote: text('decision_note'),
    certificateId: uuid('certificate_id').references(() => certificates.id),
    version: integer('version').notNull().default(1),
  },
  () => [check('star_assessments_conclusion_check', checkIn('conclusion', starConclusions, { nullable: true }))],
);
