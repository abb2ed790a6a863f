import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from '../../db/sql-helpers.js';
import { users } from '../auth/auth.schema.js';
import { clients } from '../clients/client.schema.js';
import { complaintCauses, complaintChannels, complaintKinds, complaintStatuses } from './complaint.rules.js';

/** 申诉 / 投诉 register (SPEC §10): who complained of what, who owns it, by when it is answered. */
export const complaints = pgTable(
  'complaints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    kind: text('kind', { enum: complaintKinds }).notNull(),
    channel: text('channel', { enum: complaintChannels }).notNull(),
    complainantName: text('complainant_name').notNull(),
    complainantContact: text('complainant_contact').notNull(),
    organisation: text('organisation'),
    // the certified client concerned, when known
    clientId: uuid('client_id').references(() => clients.id),
    certificateNo: text('certificate_no'),
    subject: text('subject').notNull(),
    // 原因分类: given by staff, at the latest when the case is answered
    cause: text('cause', { enum: complaintCauses }),
    description: text('description').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    answerDueOn: date('answer_due_on', { mode: 'string' }).notNull(),
    ownerId: uuid('owner_id').references(() => users.id),
    status: text('status', { enum: complaintStatuses }).notNull().default('received'),
    answer: text('answer'),
    answeredOn: date('answered_on', { mode: 'string' }),
    answeredBy: text('answered_by'),
    // 调查安排: how the owner will investigate, written when the investigation starts (inside the CB)
    investigationNote: text('investigation_note'),
    escalatedOn: date('escalated_on', { mode: 'string' }),
    escalationNote: text('escalation_note'),
    closedOn: date('closed_on', { mode: 'string' }),
    closingNote: text('closing_note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('complaints_kind_check', checkIn('kind', complaintKinds)),
    check('complaints_channel_check', checkIn('channel', complaintChannels)),
    check('complaints_status_check', checkIn('status', complaintStatuses)),
    check('complaints_cause_check', checkIn('cause', complaintCauses)),
    index('complaints_received_idx').on(t.receivedOn),
    index('complaints_client_idx').on(t.clientId),
    index('complaints_open_idx')
      .on(t.answerDueOn)
      .where(sql`${t.status} in ('received', 'investigating')`),
  ],
);
