import { and, asc, eq, lt, lte, or, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { localDate } from '../../lib/dates.js';
import { certificates } from '../certificates/certificate.schema.js';
import { clients } from '../clients/client.schema.js';
import { surveys } from '../surveys/survey.schema.js';
import { afterFailure, composeMail, MAIL_SEND_LEASE_SECONDS, noticeLink, noticeReference } from './notice.rules.js';
import { clientNotices, noticeDeliveries } from './notice.schema.js';

/** Sends one message; resolves with the server's answer, rejects with an error carrying it. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<string>;
}

/** What the deliveries need from the configuration. */
export type MailSettings = Pick<
  Config,
  'PUBLIC_BASE_URL' | 'CB_NAME' | 'CB_NAME_EN' | 'CB_TIME_ZONE' | 'MAIL_MAX_ATTEMPTS' | 'MAIL_RETRY_BASE_SECONDS'
>;

// each step of the SMTP conversation gives up well within the lease, so a slow server cannot make two senders
const SMTP_TIMEOUT_MS = 30_000;

/** The SMTP mailer of the configuration, or null when mail is off (no SMTP_HOST). */
export function smtpMailer(config: Config): Mailer | null {
  if (!config.SMTP_HOST) return null;
  const transport = nodemailer.createTransport({
    host: config.SMTP_HOST,
    port: config.SMTP_PORT,
    secure: config.SMTP_SECURE,
    auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? '' } : undefined,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  return {
    async send(message) {
      const info = await transport.sendMail({ from: config.SMTP_FROM, ...message });
      return info.response;
    },
  };
}

/** The server's answer to a failed attempt (a 4xx/5xx line), or what went wrong before it answered. */
function answerOf(err: unknown): string {
  const e = err as { response?: string; message?: string };
  return String(e.response ?? e.message ?? err).slice(0, 1000);
}

/** The SMTP reply code of a failed attempt; null when the server never answered (network, timeout). */
function responseCodeOf(err: unknown): number | null {
  const code = (err as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' ? code : null;
}

/**
 * Sends the due deliveries, one at a time, each in three steps so that no transaction is open
 * during the SMTP conversation: claim (one UPDATE of a row taken with SKIP LOCKED: status
 * sending, a lease, the attempt counted), send, record (only if the claim is still ours). A
 * sender that dies between sending and recording leaves the row claimed: after the lease
 * another worker sends it again — at most one extra copy, never two senders at once.
 * Without a mailer (mail off) the queued deliveries are marked so; the notices stay in the portal.
 */
export async function deliverDueMail(db: Db, mailer: Mailer | null, settings: MailSettings, now: Date, limit = 50) {
  if (!mailer) {
    const off = await db
      .update(noticeDeliveries)
      .set({ status: 'mail_off', leaseUntil: null })
      .where(eq(noticeDeliveries.status, 'queued'))
      .returning({ id: noticeDeliveries.id });
    return { sent: 0, failed: 0, mailOff: off.length, notNeeded: 0 };
  }
  let sent = 0;
  let failed = 0;
  let notNeeded = 0;
  for (let i = 0; i < limit; i += 1) {
    const next = db
      .select({ id: noticeDeliveries.id })
      .from(noticeDeliveries)
      .where(
        or(
          and(eq(noticeDeliveries.status, 'queued'), lte(noticeDeliveries.nextAttemptAt, now)),
          and(eq(noticeDeliveries.status, 'sending'), lt(noticeDeliveries.leaseUntil, now)),
        ),
      )
      .orderBy(asc(noticeDeliveries.nextAttemptAt), asc(noticeDeliveries.id))
      .limit(1)
      .for('update', { skipLocked: true });
    const [claim] = await db
      .update(noticeDeliveries)
      .set({
        status: 'sending',
        leaseUntil: new Date(now.getTime() + MAIL_SEND_LEASE_SECONDS * 1000),
        attempts: sql`${noticeDeliveries.attempts} + 1`,
      })
      .where(eq(noticeDeliveries.id, sql`(${next})`))
      .returning();
    if (!claim) break;
    const [n] = await db
      .select({
        id: clientNotices.id,
        at: clientNotices.at,
        subjectZh: clientNotices.subjectZh,
        subjectEn: clientNotices.subjectEn,
        bodyZh: clientNotices.bodyZh,
        bodyEn: clientNotices.bodyEn,
        certificateNo: certificates.certificateNo,
        clientName: clients.name,
        surveyAnsweredOn: surveys.answeredOn,
      })
      .from(clientNotices)
      .innerJoin(clients, eq(clients.id, clientNotices.clientId))
      .leftJoin(certificates, eq(certificates.id, clientNotices.certificateId))
      .leftJoin(surveys, eq(surveys.id, clientNotices.surveyId))
      .where(eq(clientNotices.id, claim.noticeId));
    // an invitation to a form answered meanwhile (in the portal, or on paper) asks for nothing: not sent, not an attempt
    if (n!.surveyAnsweredOn) {
      await db
        .update(noticeDeliveries)
        .set({ status: 'not_needed', attempts: claim.attempts - 1, leaseUntil: null })
        .where(
          and(eq(noticeDeliveries.id, claim.id), eq(noticeDeliveries.status, 'sending'), eq(noticeDeliveries.attempts, claim.attempts)),
        );
      notNeeded += 1;
      continue;
    }
    const notice = n!;
    const mail = composeMail({
      ...notice,
      reference: noticeReference(notice.id, localDate(notice.at, settings.CB_TIME_ZONE)),
      link: noticeLink(settings.PUBLIC_BASE_URL, notice.certificateNo),
      cbName: settings.CB_NAME,
      cbNameEn: settings.CB_NAME_EN,
    });
    let outcome: Partial<typeof noticeDeliveries.$inferInsert>;
    try {
      const answer = await mailer.send({ to: claim.address!, ...mail });
      outcome = { status: 'sent', lastAnswer: answer.slice(0, 1000), sentAt: now };
      sent += 1;
    } catch (err) {
      const next = afterFailure(
        claim.attempts,
        { maxAttempts: settings.MAIL_MAX_ATTEMPTS, baseSeconds: settings.MAIL_RETRY_BASE_SECONDS },
        now,
        responseCodeOf(err),
      );
      outcome = { ...next, lastAnswer: answerOf(err) };
      failed += 1;
    }
    // a claim taken over after its lease (this sender was too slow) is the other worker's to record
    await db
      .update(noticeDeliveries)
      .set({ ...outcome, leaseUntil: null })
      .where(and(eq(noticeDeliveries.id, claim.id), eq(noticeDeliveries.status, 'sending'), eq(noticeDeliveries.attempts, claim.attempts)));
  }
  return { sent, failed, mailOff: 0, notNeeded };
}
