import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { checkIn } from '../../db/sql-helpers.js';
import { users } from '../auth/auth.schema.js';
import { certificates } from '../certificates/certificate.schema.js';
import { certificationFields, schemes } from '../certificates/certificate.rules.js';
import { codesOf, identityTypes, type IdentityType } from '../reporting/cnca-codes.js';
import { clients } from '../clients/client.schema.js';
import { auditResults, auditStatuses, auditTypes, extraTriggers } from './programme.rules.js';
import { registrationKinds, teamRoles, type PlanActivity } from './team.rules.js';

/** 审查方案: the audits of one certificate cycle; before the grant it has no certificate yet. */
export const auditProgrammes = pgTable(
  'audit_programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    certificateId: uuid('certificate_id').references(() => certificates.id),
    scheme: text('scheme', { enum: schemes }).notNull(),
    field: text('field', { enum: certificationFields }).notNull(),
    cycleNo: integer('cycle_no').notNull().default(1),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    closedOn: date('closed_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('audit_programmes_status_check', checkIn('status', ['open', 'closed'])),
    uniqueIndex('audit_programmes_cycle_idx').on(t.certificateId, t.cycleNo),
    // one application-stage programme per client and field
    uniqueIndex('audit_programmes_application_idx')
      .on(t.clientId, t.field)
      .where(sql`${t.certificateId} is null and ${t.status} = 'open'`),
    index('audit_programmes_client_idx').on(t.clientId),
  ],
);

export const audits = pgTable(
  'audits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => auditProgrammes.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    type: text('type', { enum: auditTypes }).notNull(),
    status: text('status', { enum: auditStatuses }).notNull().default('planned'),
    // a mystery-shopping visit (暗访) belongs to one surveillance
    forAuditId: uuid('for_audit_id').references((): AnyPgColumn => audits.id),
    trigger: text('trigger', { enum: extraTriggers }),
    triggerNote: text('trigger_note'),
    plannedStart: date('planned_start', { mode: 'string' }).notNull(),
    plannedEnd: date('planned_end', { mode: 'string' }).notNull(),
    actualStart: date('actual_start', { mode: 'string' }),
    actualEnd: date('actual_end', { mode: 'string' }),
    sites: text('sites')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    result: text('result', { enum: auditResults }),
    resultNote: text('result_note'),
    cancelReason: text('cancel_reason'),
    rescheduleCount: integer('reschedule_count').notNull().default(0),
    plan: jsonb('plan').$type<PlanActivity[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('audits_type_check', checkIn('type', auditTypes)),
    check('audits_status_check', checkIn('status', auditStatuses)),
    check('audits_result_check', checkIn('result', auditResults, { nullable: true })),
    check('audits_trigger_check', sql`(${t.type} = 'extra') = (${t.trigger} is not null)`),
    check(
      'audits_dates_check',
      sql`${t.plannedEnd} >= ${t.plannedStart} and (${t.actualEnd} is null or ${t.actualEnd} >= ${t.actualStart})`,
    ),
    check('audits_held_check', sql`(${t.status} = 'held') = (${t.actualEnd} is not null and ${t.result} is not null)`),
    index('audits_programme_idx').on(t.programmeId),
    index('audits_client_idx').on(t.clientId, t.plannedStart),
  ],
);

/** 审核组 */
export const auditTeamMembers = pgTable(
  'audit_team_members',
  {
    auditId: uuid('audit_id')
      .notNull()
      .references(() => audits.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role', { enum: teamRoles }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.auditId, t.userId] }),
    check('audit_team_members_role_check', checkIn('role', teamRoles)),
    index('audit_team_members_user_idx').on(t.userId),
  ],
);

/** 审核员注册资格: field, technical areas (专业代码), team-leader qualification, validity. */
export const auditorRegistrations = pgTable(
  'auditor_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind', { enum: registrationKinds }).notNull(),
    field: text('field', { enum: certificationFields }).notNull(),
    registrationNo: text('registration_no').notNull(),
    // the person's identity document, as the CNCA report's audit sheets ask (从业人员证件类型代码)
    identityType: text('identity_type').$type<IdentityType>(),
    identityNo: text('identity_no'),
    fullTime: boolean('full_time'), // 是否专职人员
    technicalAreas: text('technical_areas')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    teamLeader: boolean('team_leader').notNull().default(false),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('auditor_registrations_kind_check', checkIn('kind', registrationKinds)),
    check('auditor_registrations_field_check', checkIn('field', certificationFields)),
    check('auditor_registrations_identity_type_check', checkIn('identity_type', codesOf(identityTypes), { nullable: true })),
    check('auditor_registrations_dates_check', sql`${t.validUntil} >= ${t.validFrom}`),
    check('auditor_registrations_leader_check', sql`${t.kind} = 'auditor' or not ${t.teamLeader}`),
    index('auditor_registrations_user_idx').on(t.userId),
  ],
);

// lapsed (已失效): the certificate left the valid state by another decision, so there is nothing to suspend
export const proposalStatuses = ['open', 'accepted', 'dismissed', 'lapsed'] as const;
/** what the proposal rests on, which is the ground of the suspension if accepted */
export const proposalBases = ['OVERDUE_SURVEILLANCE', 'INCIDENT'] as const;

/** An overdue surveillance proposes suspending the certificate; a decision-maker accepts or dismisses it. */
export const suspensionProposals = pgTable(
  'suspension_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => auditProgrammes.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    // which missed deadline: 'surveillance:<n>:<due date>', so one missed deadline proposes once
    dueKey: text('due_key').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    proposedOn: date('proposed_on', { mode: 'string' }).notNull(),
    basis: text('basis', { enum: proposalBases }).notNull().default('OVERDUE_SURVEILLANCE'),
    status: text('status', { enum: proposalStatuses }).notNull().default('open'),
    decidedBy: text('decided_by'),
    decidedOn: date('decided_on', { mode: 'string' }),
    reason: text('reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('suspension_proposals_status_check', checkIn('status', proposalStatuses)),
    check('suspension_proposals_basis_check', checkIn('basis', proposalBases)),
    uniqueIndex('suspension_proposals_due_idx').on(t.certificateId, t.dueKey),
    index('suspension_proposals_open_idx')
      .on(t.proposedOn)
      .where(sql`${t.status} = 'open'`),
  ],
);
