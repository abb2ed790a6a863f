import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { branches } from '../branches/branch.schema.js';
import { certificates } from '../certificates/certificate.schema.js';
import { clients } from '../clients/client.schema.js';

/**
 * What is owed and by when, for every department's due-list (到期提醒). Each owning module
 * replaces its own rows (source + sourceId) whenever the thing they come from changes, so the
 * list is one indexed range query however many certificates there are.
 */
export const dueItems = pgTable(
  'due_items',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    source: text('source').notNull(), // the module that owns the row, e.g. 'programme'
    sourceId: uuid('source_id').notNull(),
    kind: text('kind').notNull(),
    sequence: integer('sequence'),
    department: text('department').notNull(), // the role that acts on it
    // none for what the CB as a whole owes (the CNCA monthly report)
    clientId: uuid('client_id').references(() => clients.id),
    branchId: uuid('branch_id').references(() => branches.id),
    certificateId: uuid('certificate_id').references(() => certificates.id),
    auditId: uuid('audit_id'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    targetOn: date('target_on', { mode: 'string' }).notNull(),
    opensOn: date('opens_on', { mode: 'string' }),
    plannedOn: date('planned_on', { mode: 'string' }),
    basis: text('basis').notNull(),
    // a working-day deadline reaching into a year whose holiday table is not entered (暂定)
    provisional: boolean('provisional').notNull().default(false),
  },
  (t) => [
    index('due_items_due_idx').on(t.dueOn, t.id),
    index('due_items_branch_due_idx').on(t.branchId, t.dueOn, t.id),
    index('due_items_department_due_idx').on(t.department, t.dueOn, t.id),
    index('due_items_source_idx').on(t.source, t.sourceId),
    index('due_items_client_idx').on(t.clientId),
    index('due_items_planned_idx')
      .on(t.plannedOn)
      .where(sql`${t.plannedOn} is not null`),
  ],
);
