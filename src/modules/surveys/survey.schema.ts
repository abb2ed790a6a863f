import { check, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from '../../db/sql-helpers.js';
import { clients } from '../clients/client.schema.js';
import { complaints } from '../complaints/complaint.schema.js';
import { audits } from '../programmes/programme.schema.js';
import { credibilityRespondents, surveyChannels, surveyKinds, type QuestionCode } from './survey.rules.js';

/** The yearly random sample of certified clients; the seed is kept so the draw can be repeated and checked. */
export const surveySamples = pgTable('survey_samples', {
  id: uuid('id').primaryKey().defaultRandom(),
  year: integer('year').notNull().unique(),
  seed: integer('seed').notNull(),
  percent: integer('percent').notNull(),
  population: integer('population').notNull(),
  size: integer('size').notNull(),
  drawnOn: date('drawn_on', { mode: 'string' }).notNull(),
  drawnBy: text('drawn_by').notNull(),
});

/** 顾客满意度调查表: one form issued to one client, answered in the portal or entered from paper. */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: surveyKinds }).notNull(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    auditId: uuid('audit_id').references(() => audits.id),
    sampleId: uuid('sample_id').references(() => surveySamples.id),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    answeredOn: date('answered_on', { mode: 'string' }),
    channel: text('channel', { enum: surveyChannels }),
    answers: jsonb('answers').$type<Record<QuestionCode, number>>(),
    contractScore: numeric('contract_score', { precision: 5, scale: 2, mode: 'number' }),
    auditScore: numeric('audit_score', { precision: 5, scale: 2, mode: 'number' }),
    serviceScore: numeric('service_score', { precision: 5, scale: 2, mode: 'number' }),
    totalScore: numeric('total_score', { precision: 5, scale: 2, mode: 'number' }),
    comment: text('comment'),
    respondent: text('respondent'),
    enteredBy: text('entered_by'),
    complaintId: uuid('complaint_id').references(() => complaints.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('surveys_kind_check', checkIn('kind', surveyKinds)),
    check('surveys_channel_check', checkIn('channel', surveyChannels, { nullable: true })),
    uniqueIndex('surveys_audit_idx').on(t.auditId),
    index('surveys_client_idx').on(t.clientId),
    index('surveys_issued_idx').on(t.issuedOn),
  ],
);

/** 认证可信度调查: the yearly survey of authorities, communities and clients' customers. */
export const credibilityResponses = pgTable(
  'credibility_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    respondentKind: text('respondent_kind', { enum: credibilityRespondents }).notNull(),
    respondent: text('respondent').notNull(),
    clientId: uuid('client_id').references(() => clients.id),
    score: numeric('score', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    comment: text('comment'),
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [
    check('credibility_responses_kind_check', checkIn('respondent_kind', credibilityRespondents)),
    index('credibility_year_idx').on(t.year),
  ],
);
