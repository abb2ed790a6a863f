import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from '../../db/sql-helpers.js';
import { branches } from '../branches/branch.schema.js';
import { clients } from '../clients/client.schema.js';
import { auditProgrammes } from '../programmes/programme.schema.js';
import type { CreditCheck, CreditFinding, Material } from './application.rules.js';

export const applicationStatuses = ['received', 'accepted', 'refused'] as const;

/** 售后服务认证申请: the applicant, its materials, the review with the credit check, and the outcome. */
export const serviceApplications = pgTable(
  'service_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    applicantName: text('applicant_name').notNull(),
    uscc: text('uscc').notNull(),
    province: text('province').notNull(),
    address: text('address').notNull(),
    contactPerson: text('contact_person').notNull(),
    phone: text('phone').notNull(),
    branchId: uuid('branch_id')
      .notNull()
      .references(() => branches.id),
    headcount: integer('headcount'), // 认证范围内人数
    scope: text('scope').notNull(),
    materials: jsonb('materials').$type<Partial<Record<Material, boolean>> & { otherCertificates?: string }>().notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    reviewDueOn: date('review_due_on', { mode: 'string' }).notNull(),
    credit: jsonb('credit').$type<Record<CreditCheck, CreditFinding>>(),
    creditNote: text('credit_note'),
    // why the credit check has no evidence file attached (a screenshot could not be kept …)
    creditNoEvidenceReason: text('credit_no_evidence_reason'),
    creditCheckedBy: text('credit_checked_by'),
    creditCheckedOn: date('credit_checked_on', { mode: 'string' }),
    status: text('status', { enum: applicationStatuses }).notNull().default('received'),
    decisionNote: text('decision_note'),
    decidedBy: text('decided_by'),
    decidedOn: date('decided_on', { mode: 'string' }),
    clientId: uuid('client_id').references(() => clients.id),
    programmeId: uuid('programme_id').references(() => auditProgrammes.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('service_applications_status_check', checkIn('status', applicationStatuses)),
    index('service_applications_open_idx')
      .on(t.reviewDueOn)
      .where(sql`${t.status} = 'received'`),
  ],
);
