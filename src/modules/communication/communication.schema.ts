import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from '../../db/sql-helpers.js';
import { users } from '../auth/auth.schema.js';
import { branches } from '../branches/branch.schema.js';
import { clients } from '../clients/client.schema.js';
import { contactKinds, eventKinds, lossStatuses, requestClasses, requestStatuses } from './communication.rules.js';

/** 客户维护人: who looks after a client. */
export const clientMaintainers = pgTable('client_maintainers', {
  clientId: uuid('client_id')
    .primaryKey()
    .references(() => clients.id),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  since: date('since', { mode: 'string' }).notNull(),
});

/** 沟通记录: one contact with a client, in its file. */
export const clientContacts = pgTable(
  'client_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    kind: text('kind', { enum: contactKinds }).notNull(),
    contactedOn: date('contacted_on', { mode: 'string' }).notNull(),
    // 电话回访: counts towards the yearly follow-up share
    followUp: boolean('follow_up').notNull().default(false),
    summary: text('summary').notNull(),
    agreedSurveillanceOn: date('agreed_surveillance_on', { mode: 'string' }),
    auditNeeds: text('audit_needs'),
    byUserId: uuid('by_user_id').references(() => users.id),
    byName: text('by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('client_contacts_kind_check', checkIn('kind', contactKinds)),
    index('client_contacts_client_idx').on(t.clientId, t.contactedOn),
  ],
);

/** 客户活动: symposiums and trainings held for clients. */
export const clientEvents = pgTable(
  'client_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: eventKinds }).notNull(),
    title: text('title').notNull(),
    branchId: uuid('branch_id').references(() => branches.id),
    attendees: integer('attendees').notNull().default(0),
    note: text('note'),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [check('client_events_kind_check', checkIn('kind', eventKinds)), index('client_events_held_idx').on(t.heldOn)],
);

/** 客户要求: classified (a)/(b)/(c), with the outcome; (c) names the manager it went to. */
export const clientRequests = pgTable(
  'client_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    content: text('content').notNull(),
    class: text('class', { enum: requestClasses }).notNull(),
    escalatedToId: uuid('escalated_to_id').references(() => users.id),
    status: text('status', { enum: requestStatuses }).notNull().default('open'),
    outcome: text('outcome'),
    closedOn: date('closed_on', { mode: 'string' }),
    recordedBy: text('recorded_by').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('client_requests_class_check', checkIn('class', requestClasses)),
    check('client_requests_status_check', checkIn('status', requestStatuses)),
    check('client_requests_escalation_check', sql`(${t.class} = 'beyond_authority') = (${t.escalatedToId} is not null)`),
    index('client_requests_received_idx').on(t.receivedOn),
  ],
);

/** 客户建议: logged through the year, summarised at its end. */
export const clientSuggestions = pgTable(
  'client_suggestions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id').references(() => clients.id),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    content: text('content').notNull(),
    response: text('response'),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [index('client_suggestions_received_idx').on(t.receivedOn)],
);

/** 流失 / 异常客户: why a client was lost or became abnormal; a lost VIP carries the analysis and remedial decision. */
export const clientLosses = pgTable(
  'client_losses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    status: text('status', { enum: lossStatuses }).notNull(),
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    cause: text('cause').notNull(),
    analysis: text('analysis'),
    remedialDecision: text('remedial_decision'),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [check('client_losses_status_check', checkIn('status', lossStatuses)), index('client_losses_client_idx').on(t.clientId)],
);
