import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { checkIn } from '../../db/sql-helpers.js';
import { clients } from '../clients/client.schema.js';
import { codesOf, riskLevels, type RiskLevel } from '../reporting/cnca-codes.js';
import { certificateStatuses, certificationFields, schemes } from './certificate.rules.js';

export interface CertificateSite {
  name: string;
  address: string;
  scope?: string;
}

/** 认证证书: one row per certificate number; a reissue updates it and leaves an event. */
export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    certificateNo: text('certificate_no').notNull().unique(),
    scheme: text('scheme', { enum: schemes }).notNull(),
    field: text('field', { enum: certificationFields }).notNull(),
    standard: text('standard').notNull(),
    organisationName: text('organisation_name').notNull(),
    // normalised name (no region prefix, no 有限公司…) for the public register lookup
    nameKey: text('name_key').notNull(),
    address: text('address').notNull(),
    scope: text('scope').notNull(),
    sites: jsonb('sites').$type<CertificateSite[]>().notNull().default([]),
    starLevel: integer('star_level'),
    decisionOn: date('decision_on', { mode: 'string' }).notNull(),
    originalIssueOn: date('original_issue_on', { mode: 'string' }).notNull(),
    issueOn: date('issue_on', { mode: 'string' }).notNull(),
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: certificateStatuses }).notNull().default('valid'),
    suspendedFrom: date('suspended_from', { mode: 'string' }),
    suspendedUntil: date('suspended_until', { mode: 'string' }),
    suspendedScope: text('suspended_scope'),
    revocationProposedOn: date('revocation_proposed_on', { mode: 'string' }),
    // kept out of IAF CertSearch
    confidential: boolean('confidential').notNull().default(false),
    // what the CNCA report asks of the certificate (证书信息表 19, 58, 63, 71): set through its one door (report-data)
    coveredEmployees: integer('covered_employees'), // 体系覆盖的员工数
    riskLevel: text('risk_level').$type<RiskLevel>(), // 风险级别代码
    baseAuditDays: numeric('base_audit_days', { precision: 6, scale: 3, mode: 'number' }), // 基础人日数
    // why the base audit time differs from IAF MD 5's table, or why it was entered where there is none
    baseAuditDaysReason: text('base_audit_days_reason'),
    serviceAreaCode: text('service_area_code'), // 服务认证所属领域代码
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('certificates_status_check', checkIn('status', certificateStatuses)),
    check('certificates_scheme_check', checkIn('scheme', schemes)),
    check('certificates_field_check', checkIn('field', certificationFields)),
    check('certificates_risk_level_check', checkIn('risk_level', codesOf(riskLevels), { nullable: true })),
    check('certificates_covered_employees_check', sql`${t.coveredEmployees} is null or ${t.coveredEmployees} >= 0`),
    check(
      'certificates_star_level_check',
      sql`(${t.scheme} = 'after_sales') = (${t.starLevel} is not null) and (${t.starLevel} is null or ${t.starLevel} between 1 and 5)`,
    ),
    check(
      'certificates_suspension_check',
      sql`${t.status} <> 'suspended' or (${t.suspendedFrom} is not null and ${t.suspendedUntil} is not null)`,
    ),
    index('certificates_client_idx').on(t.clientId),
    index('certificates_name_key_idx').on(t.nameKey.op('text_pattern_ops')),
    index('certificates_no_pattern_idx').on(t.certificateNo.op('text_pattern_ops')),
  ],
);

export const certificateEventKinds = [
  'grant',
  'suspend',
  'restore',
  'revoke',
  'withdraw',
  'expire',
  'reissue',
  'revocation_proposed',
  'recertify',
  'maintain', // 保持认证资格: the decision after a surveillance
] as const;

/**
 * Status history of a certificate; the public ones (all but proposals) make the register feed.
 * Each records the reason, the deciding person and the date (SPEC §3).
 */
export const certificateEvents = pgTable(
  'certificate_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    kind: text('kind', { enum: certificateEventKinds }).notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    ground: text('ground'),
    reason: text('reason').notNull(),
    decidedBy: text('decided_by').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    public: boolean('public').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('certificate_events_certificate_idx').on(t.certificateId, t.id),
    index('certificate_events_public_idx')
      .on(t.effectiveOn, t.id)
      .where(sql`${t.public}`),
    // one decision to maintain per surveillance
    uniqueIndex('certificate_events_maintain_audit_idx')
      .on(sql`(${t.details}->>'auditId')`)
      .where(sql`${t.kind} = 'maintain'`),
  ],
);

/**
 * One row, bumped in every transaction that writes a certificate or one of its events: the public
 * register's ETag, so a cache in front of it revalidates after any certificate event. The row lock
 * orders the bumps as their transactions commit, which max(updated_at) or a sequence would not
 * (a transaction that began earlier may commit later, under a number already handed out).
 */
export const registerGeneration = pgTable(
  'register_generation',
  {
    id: integer('id').primaryKey(),
    generation: bigint('generation', { mode: 'number' }).notNull(),
  },
  (t) => [check('register_generation_one_row', sql`${t.id} = 1`)],
);
