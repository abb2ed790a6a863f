import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from '../../db/sql-helpers.js';
import { certificates } from '../certificates/certificate.schema.js';
import { clients } from '../clients/client.schema.js';
import { surveys } from '../surveys/survey.schema.js';
import { deliveryStatuses, noticeKinds } from './notice.rules.js';

/** Notices to the certified organisation (暂停/恢复/撤销… 通知, survey invitations, complaint answers), shown in its portal. */
export const clientNotices = pgTable(
  'client_notices',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    certificateId: uuid('certificate_id').references(() => certificates.id),
    // a survey invitation's form: its mail is not sent once the form is answered
    surveyId: uuid('survey_id').references(() => surveys.id),
    // null only on notices recorded before kinds were kept
    kind: text('kind', { enum: noticeKinds }),
    subjectZh: text('subject_zh').notNull(),
    subjectEn: text('subject_en').notNull(),
    bodyZh: text('body_zh').notNull(),
    bodyEn: text('body_en').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('client_notices_kind_check', checkIn('kind', noticeKinds, { nullable: true })),
    index('client_notices_client_idx').on(t.clientId, t.id),
  ],
);

/**
 * The e-mail of a notice: queued in the notice's transaction, sent by the worker outside any
 * transaction (claimed with a lease, sent, recorded), retried with backoff until it is sent or
 * out of attempts. `last_answer` is the SMTP server's own answer to the last attempt.
 */
export const noticeDeliveries = pgTable(
  'notice_deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    noticeId: bigint('notice_id', { mode: 'number' })
      .notNull()
      .references(() => clientNotices.id),
    address: text('address'),
    status: text('status', { enum: deliveryStatuses }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    // while 'sending': another worker takes it over only after this (its sender crashed)
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    lastAnswer: text('last_answer'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('notice_deliveries_status_check', checkIn('status', deliveryStatuses)),
    index('notice_deliveries_notice_idx').on(t.noticeId),
    index('notice_deliveries_due_idx')
      .on(t.nextAttemptAt, t.id)
      .where(sql`${t.status} in ('queued', 'sending')`),
    index('notice_deliveries_failed_idx')
      .on(t.id)
      .where(sql`${t.status} = 'failed'`),
  ],
);
