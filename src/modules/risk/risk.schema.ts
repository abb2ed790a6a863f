import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from '../../db/sql-helpers.js';
import { certificates } from '../certificates/certificate.schema.js';
import { clients } from '../clients/client.schema.js';
import { audits, suspensionProposals } from '../programmes/programme.schema.js';
import { incidentActionKinds, riskKinds, riskOrigins, riskSourceKinds, selfCheckFindings } from './risk.rules.js';

export const riskItemStatuses = ['open', 'matched', 'no_match'] as const; // 待确认 / 已确认客户 / 无获证客户
export const matchDecisions = ['pending', 'confirmed', 'rejected'] as const;
export const incidentStatuses = ['open', 'closed'] as const;

/** 客户风险信息: one item found in the media or on an authority's site, or reported by a client. */
export const riskItems = pgTable(
  'risk_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    source: text('source').notNull(),
    sourceKind: text('source_kind', { enum: riskSourceKinds }).notNull(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    organisationNamed: text('organisation_named'),
    kind: text('kind', { enum: riskKinds }).notNull(),
    text: text('text').notNull(),
    link: text('link'),
    origin: text('origin', { enum: riskOrigins }).notNull(),
    importBatch: uuid('import_batch'),
    status: text('status', { enum: riskItemStatuses }).notNull().default('open'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('risk_items_source_kind_check', checkIn('source_kind', riskSourceKinds)),
    check('risk_items_kind_check', checkIn('kind', riskKinds)),
    check('risk_items_origin_check', checkIn('origin', riskOrigins)),
    check('risk_items_status_check', checkIn('status', riskItemStatuses)),
    index('risk_items_published_idx').on(t.publishedOn),
    index('risk_items_open_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'open'`),
  ],
);

/** A client the matcher found for an item, with the staff's decision on it. */
export const riskMatches = pgTable(
  'risk_matches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    riskItemId: uuid('risk_item_id')
      .notNull()
      .references(() => riskItems.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    score: real('score').notNull(),
    reasons: text('reasons').array().notNull(),
    matched: text('matched').notNull(),
    decision: text('decision', { enum: matchDecisions }).notNull().default('pending'),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    note: text('note'),
  },
  (t) => [
    check('risk_matches_decision_check', checkIn('decision', matchDecisions)),
    uniqueIndex('risk_matches_item_client_idx').on(t.riskItemId, t.clientId),
    index('risk_matches_client_idx').on(t.clientId),
  ],
);

/** 风险事件处理: what follows a confirmed item, step by step with deadlines (SPEC §5). */
export const riskIncidents = pgTable(
  'risk_incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    riskItemId: uuid('risk_item_id')
      .notNull()
      .references(() => riskItems.id),
    kind: text('kind', { enum: riskKinds }).notNull(),
    eventOn: date('event_on', { mode: 'string' }).notNull(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: incidentStatuses }).notNull().default('open'),
    // 当天报告审核管理部 and 暂停申请
    reportToAuditManagementDueOn: date('report_to_audit_management_due_on', { mode: 'string' }).notNull(),
    reportedToAuditManagementOn: date('reported_to_audit_management_on', { mode: 'string' }),
    reportedToAuditManagementBy: text('reported_to_audit_management_by'),
    suspensionRequestedOn: date('suspension_requested_on', { mode: 'string' }),
    suspensionRequestedBy: text('suspension_requested_by'),
    suspensionRequestNote: text('suspension_request_note'),
    // 事件报告: within 7 working days
    reportDueOn: date('report_due_on', { mode: 'string' }).notNull(),
    // counted into a year whose holiday table is not entered: recounted once it is
    reportDueProvisional: boolean('report_due_provisional').notNull().default(false),
    reportEvent: text('report_event'),
    reportInvestigation: text('report_investigation'),
    reportActions: text('report_actions'),
    reportOpinion: text('report_opinion'),
    reportSubmittedOn: date('report_submitted_on', { mode: 'string' }),
    reportSubmittedBy: text('report_submitted_by'),
    // 分支机构对以往审核的自查
    selfCheckFinding: text('self_check_finding', { enum: selfCheckFindings }),
    selfCheckNote: text('self_check_note'),
    selfCheckOn: date('self_check_on', { mode: 'string' }),
    selfCheckBy: text('self_check_by'),
    // 审核管理部决定的措施 and 整改
    actionsDecidedOn: date('actions_decided_on', { mode: 'string' }),
    actionsDecidedBy: text('actions_decided_by'),
    actionsNote: text('actions_note'),
    rectificationDueOn: date('rectification_due_on', { mode: 'string' }),
    rectificationEvidence: text('rectification_evidence'),
    rectificationSubmittedOn: date('rectification_submitted_on', { mode: 'string' }),
    rectificationVerifiedOn: date('rectification_verified_on', { mode: 'string' }),
    rectificationVerifiedBy: text('rectification_verified_by'),
    rectificationVerificationNote: text('rectification_verification_note'),
    closedOn: date('closed_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('risk_incidents_kind_check', checkIn('kind', riskKinds)),
    check('risk_incidents_status_check', checkIn('status', incidentStatuses)),
    check('risk_incidents_self_check_check', checkIn('self_check_finding', selfCheckFindings, { nullable: true })),
    uniqueIndex('risk_incidents_item_client_idx').on(t.riskItemId, t.clientId),
    index('risk_incidents_client_idx').on(t.clientId),
    index('risk_incidents_open_idx')
      .on(t.openedOn)
      .where(sql`${t.status} = 'open'`),
  ],
);

/** One action audit management decided for an incident, linked to what it created. */
export const incidentActions = pgTable(
  'incident_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => riskIncidents.id),
    kind: text('kind', { enum: incidentActionKinds }).notNull(),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    auditId: uuid('audit_id').references(() => audits.id),
    proposalId: uuid('proposal_id').references(() => suspensionProposals.id),
    note: text('note'),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    decidedBy: text('decided_by').notNull(),
  },
  (t) => [
    check('incident_actions_kind_check', checkIn('kind', incidentActionKinds)),
    index('incident_actions_incident_idx').on(t.incidentId),
  ],
);
