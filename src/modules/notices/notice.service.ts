import { and, count, desc, eq, gt, gte, inArray, sql } from 'drizzle-orm';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { localDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import type { DataScope } from '../auth/permissions.js';
import { certificates } from '../certificates/certificate.schema.js';
import { clientScopeCondition } from '../clients/client.repo.js';
import { clients } from '../clients/client.schema.js';
import { deliveryStatuses, noticeReference, type NoticeKind } from './notice.rules.js';
import { clientNotices, noticeDeliveries } from './notice.schema.js';
import { renderNotice, type NoticeFacts } from './notice.templates.js';

/** A notice to record: its kind with that kind's facts, the client and the certificate it concerns. */
export type NewNotice = {
  [K in NoticeKind]: { kind: K; facts: NoticeFacts[K]; clientId: string; certificateId?: string | null; surveyId?: string | null };
}[NoticeKind];

/**
 * The one door of every client notice: in the caller's transaction (that of the event it tells
 * of), the notice is written from its kind's template and its e-mail is queued to the client's
 * address — or marked "no address". The worker sends it after the transaction commits.
 */
export async function recordNotices(tx: Db, notices: readonly NewNotice[]): Promise<void> {
  if (!notices.length) return;
  const clientIds = [...new Set(notices.map((n) => n.clientId))];
  const addresses = new Map(
    (await tx.select({ id: clients.id, email: clients.email }).from(clients).where(inArray(clients.id, clientIds))).map((c) => [
      c.id,
      c.email,
    ]),
  );
  // in slices: one statement takes at most 65,535 parameters (a yearly survey sample is thousands)
  for (let i = 0; i < notices.length; i += 2000) {
    const slice = notices.slice(i, i + 2000);
    const rows = await tx
      .insert(clientNotices)
      .values(
        slice.map((n) => ({
          clientId: n.clientId,
          certificateId: n.certificateId ?? null,
          surveyId: n.surveyId ?? null,
          kind: n.kind,
          ...renderNotice(n.kind, n.facts),
        })),
      )
      .returning({ id: clientNotices.id, clientId: clientNotices.clientId });
    await tx.insert(noticeDeliveries).values(
      rows.map((r) => {
        const address = addresses.get(r.clientId) ?? null;
        return { noticeId: r.id, address, status: address ? ('queued' as const) : ('no_address' as const) };
      }),
    );
  }
}

export function recordNotice(tx: Db, notice: NewNotice): Promise<void> {
  return recordNotices(tx, [notice]);
}

const noticeColumns = {
  id: clientNotices.id,
  kind: clientNotices.kind,
  certificateId: clientNotices.certificateId,
  certificateNo: certificates.certificateNo,
  subjectZh: clientNotices.subjectZh,
  subjectEn: clientNotices.subjectEn,
  bodyZh: clientNotices.bodyZh,
  bodyEn: clientNotices.bodyEn,
  at: clientNotices.at,
  delivery: {
    status: noticeDeliveries.status,
    address: noticeDeliveries.address,
    attempts: noticeDeliveries.attempts,
    lastAnswer: noticeDeliveries.lastAnswer,
    nextAttemptAt: noticeDeliveries.nextAttemptAt,
    sentAt: noticeDeliveries.sentAt,
  },
};

/** A client's notices, newest first, each with its reference number and its e-mail's state. */
export async function noticesOfClient(db: Db, clientId: string, timeZone: string) {
  const rows = await db
    .select(noticeColumns)
    .from(clientNotices)
    .leftJoin(certificates, eq(certificates.id, clientNotices.certificateId))
    .leftJoin(noticeDeliveries, eq(noticeDeliveries.noticeId, clientNotices.id))
    .where(eq(clientNotices.clientId, clientId))
    .orderBy(desc(clientNotices.id))
    .limit(200);
  return rows.map((r) => ({
    ...r,
    reference: noticeReference(r.id, localDate(r.at, timeZone)),
    at: r.at.toISOString(),
    delivery: r.delivery?.status
      ? {
          ...r.delivery,
          nextAttemptAt: r.delivery.status === 'queued' ? r.delivery.nextAttemptAt!.toISOString() : null,
          sentAt: r.delivery.sentAt?.toISOString() ?? null,
        }
      : null,
  }));
}

/** One notice with what its letter prints: the client's postal details and the certificate's number. */
export async function noticeForLetter(db: Db, scope: DataScope, id: number, timeZone: string) {
  const [row] = await db
    .select({
      id: clientNotices.id,
      kind: clientNotices.kind,
      subjectZh: clientNotices.subjectZh,
      subjectEn: clientNotices.subjectEn,
      bodyZh: clientNotices.bodyZh,
      bodyEn: clientNotices.bodyEn,
      at: clientNotices.at,
      certificateNo: certificates.certificateNo,
      clientName: clients.name,
      address: clients.address,
      postcode: clients.postcode,
      contactPerson: clients.contactPerson,
    })
    .from(clientNotices)
    .innerJoin(clients, eq(clients.id, clientNotices.clientId))
    .leftJoin(certificates, eq(certificates.id, clientNotices.certificateId))
    .where(and(eq(clientNotices.id, id), clientScopeCondition(scope)));
  if (!row) throw new AppError('NOTICE.NOT_FOUND');
  const day = localDate(row.at, timeZone);
  return { ...row, day, reference: noticeReference(row.id, day) };
}

/** How many undelivered notices the mail status lists per state (the counts give the rest). */
const MAIL_STATUS_LIST_LENGTH = 20;

/** The latest deliveries in one state, with the notice and the client they are for. */
function latestDeliveries(db: Db, status: 'failed' | 'no_address') {
  return db
    .select({
      noticeId: clientNotices.id,
      at: clientNotices.at,
      subjectZh: clientNotices.subjectZh,
      subjectEn: clientNotices.subjectEn,
      clientId: clients.id,
      clientName: clients.name,
      address: noticeDeliveries.address,
      attempts: noticeDeliveries.attempts,
      lastAnswer: noticeDeliveries.lastAnswer,
    })
    .from(noticeDeliveries)
    .innerJoin(clientNotices, eq(clientNotices.id, noticeDeliveries.noticeId))
    .innerJoin(clients, eq(clients.id, clientNotices.clientId))
    .where(eq(noticeDeliveries.status, status))
    .orderBy(desc(noticeDeliveries.id))
    .limit(MAIL_STATUS_LIST_LENGTH);
}

/** Outgoing mail at a glance: deliveries by state, the latest that failed for good and the latest without an address. */
export async function mailOverview(db: Db, timeZone: string) {
  const byStatus = await db.select({ status: noticeDeliveries.status, n: count() }).from(noticeDeliveries).groupBy(noticeDeliveries.status);
  const withReference = (rows: Awaited<ReturnType<typeof latestDeliveries>>) =>
    rows.map((f) => ({ ...f, reference: noticeReference(f.noticeId, localDate(f.at, timeZone)), at: f.at.toISOString() }));
  const failures = withReference(await latestDeliveries(db, 'failed'));
  const noAddress = withReference(await latestDeliveries(db, 'no_address'));
  return {
    counts: Object.fromEntries(deliveryStatuses.map((s) => [s, byStatus.find((r) => r.status === s)?.n ?? 0])) as Record<
      (typeof deliveryStatuses)[number],
      number
    >,
    failures,
    noAddress,
  };
}

/** Deliveries that failed for good (the general-administration dashboard counts them). */
export async function failedDeliveries(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(noticeDeliveries)
    .where(eq(noticeDeliveries.status, 'failed'));
  return row?.n ?? 0;
}

/**
 * A client's e-mail address set or corrected: the deliveries of its notices that failed or had
 * no address, queued within the last `withinDays`, are queued again to the new address (in the
 * caller's transaction: the client's change). Older ones are left as they are: stale news. On the
 * database's clock, like the queue itself.
 */
export async function requeueForNewAddress(tx: Db, clientId: string, address: string, withinDays: number): Promise<number> {
  const rows = await tx
    .update(noticeDeliveries)
    .set({ status: 'queued', address, attempts: 0, nextAttemptAt: sql`now()`, lastAnswer: null, leaseUntil: null })
    .where(
      and(
        inArray(noticeDeliveries.status, ['failed', 'no_address']),
        gte(noticeDeliveries.createdAt, sql`now() - make_interval(days => ${withinDays})`),
        inArray(
          noticeDeliveries.noticeId,
          tx.select({ id: clientNotices.id }).from(clientNotices).where(eq(clientNotices.clientId, clientId)),
        ),
      ),
    )
    .returning({ id: noticeDeliveries.id });
  return rows.length;
}

/** 重新发送: a notice mail that failed or had no address, queued again to the client's address as it is now. */
export async function resendNotice(db: Db, actor: Actor, scope: DataScope, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ deliveryId: noticeDeliveries.id, status: noticeDeliveries.status, address: noticeDeliveries.address, email: clients.email })
      .from(clientNotices)
      .innerJoin(clients, eq(clients.id, clientNotices.clientId))
      .innerJoin(noticeDeliveries, eq(noticeDeliveries.noticeId, clientNotices.id))
      .where(and(eq(clientNotices.id, id), clientScopeCondition(scope)))
      .for('update', { of: noticeDeliveries });
    if (!row) throw new AppError('NOTICE.NOT_FOUND');
    if (row.status !== 'failed' && row.status !== 'no_address') throw new AppError('NOTICE.NOT_RESENDABLE');
    if (!row.email) throw new AppError('NOTICE.CLIENT_HAS_NO_EMAIL');
    await tx
      .update(noticeDeliveries)
      .set({ status: 'queued', address: row.email, attempts: 0, nextAttemptAt: sql`now()`, lastAnswer: null, leaseUntil: null })
      .where(eq(noticeDeliveries.id, row.deliveryId));
    await recordChange(tx, actor, {
      entity: 'notice',
      entityId: String(id),
      action: 'resend',
      changes: [{ field: 'address', old: row.address, new: row.email }],
    });
  });
}

/** The newest delivery's id (0 for none): where a batch of history to keep from the mail begins. */
export async function lastDeliveryId(db: Db): Promise<number> {
  const [row] = await db.select({ id: sql<number | null>`max(${noticeDeliveries.id})` }).from(noticeDeliveries);
  return Number(row?.id ?? 0);
}

/**
 * The deliveries queued after `afterId` are of notices recorded for past events (the demo's
 * history): history, not news — they stay in the portal and print as letters, but are not mailed.
 */
export async function keepPastEventsFromMail(db: Db, afterId: number): Promise<number> {
  const rows = await db
    .update(noticeDeliveries)
    .set({ status: 'past_event' })
    .where(and(gt(noticeDeliveries.id, afterId), eq(noticeDeliveries.status, 'queued')))
    .returning({ id: noticeDeliveries.id });
  return rows.length;
}
