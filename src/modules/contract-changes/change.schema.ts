import { check, date, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { checkIn } from '../../db/sql-helpers.js';
import { certificates, type CertificateSite } from '../certificates/certificate.schema.js';
import { clients } from '../clients/client.schema.js';
import { audits } from '../programmes/programme.schema.js';
import { changeKinds, changeStatuses } from './change.rules.js';

/** What the F01 form proposes; only the fields of the kind are given. */
export interface ProposedChange {
  name?: string;
  contactPerson?: string;
  phone?: string;
  email?: string;
  address?: string;
  sites?: CertificateSite[];
  scope?: string;
  initialAuditFee?: number;
  surveillanceFee?: number;
}

/** 合同变更申请 (F01 变更申请表) and what became of it. */
export const contractChanges = pgTable(
  'contract_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    certificateId: uuid('certificate_id').references(() => certificates.id),
    kind: text('kind', { enum: changeKinds }).notNull(),
    description: text('description').notNull(),
    proposed: jsonb('proposed').$type<ProposedChange>().notNull(),
    documents: text('documents')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    // a change raised by the team during an on-site audit travels with that audit's file
    raisedInAuditId: uuid('raised_in_audit_id').references(() => audits.id),
    // the audit planned to verify it
    auditId: uuid('audit_id').references(() => audits.id),
    status: text('status', { enum: changeStatuses }).notNull().default('submitted'),
    filedBy: text('filed_by').notNull(),
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    reviewedBy: text('reviewed_by'),
    reviewedOn: date('reviewed_on', { mode: 'string' }),
    reviewNote: text('review_note'),
    appliedBy: text('applied_by'),
    appliedOn: date('applied_on', { mode: 'string' }),
    applyNote: text('apply_note'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('contract_changes_kind_check', checkIn('kind', changeKinds)),
    check('contract_changes_status_check', checkIn('status', changeStatuses)),
    index('contract_changes_client_idx').on(t.clientId),
    index('contract_changes_status_idx').on(t.status, t.filedOn),
  ],
);
