import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import type { DataScope } from '../auth/permissions.js';
import { clientScopeCondition, sameOrganisationIds } from '../clients/client.repo.js';
import { clients } from '../clients/client.schema.js';
import { dueItems } from '../due-list/due-item.schema.js';
import { suspensionProposals } from '../programmes/programme.schema.js';
import { incidentActions, riskIncidents } from '../risk/risk.schema.js';
import type { ApplicantHistory } from './certificate.rules.js';
import { certificateEvents, certificates, registerGeneration } from './certificate.schema.js';

export type CertificateRow = typeof certificates.$inferSelect;
export type NewCertificateRow = typeof certificates.$inferInsert;
export type CertificateEventRow = typeof certificateEvents.$inferSelect;

/** Certificates are seen through their client: the client's scope is the certificate's. */
export function listCertificatesOfClient(db: Db, scope: DataScope, clientId: string): Promise<CertificateRow[]> {
  return db
    .select({ c: certificates })
    .from(certificates)
    .innerJoin(clients, eq(clients.id, certificates.clientId))
    .where(and(eq(certificates.clientId, clientId), clientScopeCondition(scope)))
    .orderBy(asc(certificates.certificateNo))
    .then((rows) => rows.map((r) => r.c));
}

export async function findCertificate(db: Db, scope: DataScope, id: string, lock = false): Promise<CertificateRow | undefined> {
  const q = db
    .select({ c: certificates })
    .from(certificates)
    .innerJoin(clients, eq(clients.id, certificates.clientId))
    .where(and(eq(certificates.id, id), clientScopeCondition(scope)));
  const [row] = await (lock ? q.for('update', { of: certificates }) : q);
  return row?.c;
}

export function eventsOf(db: Db, certificateId: string): Promise<CertificateEventRow[]> {
  return db.select().from(certificateEvents).where(eq(certificateEvents.certificateId, certificateId)).orderBy(desc(certificateEvents.id));
}

/** What the public register shows has changed: in the transaction of the change (see registerGeneration). */
async function bumpRegisterGeneration(tx: Db): Promise<void> {
  await tx
    .insert(registerGeneration)
    .values({ id: 1, generation: 1 })
    .onConflictDoUpdate({ target: registerGeneration.id, set: { generation: sql`${registerGeneration.generation} + 1` } });
}

export async function insertCertificate(tx: Db, values: NewCertificateRow): Promise<CertificateRow> {
  const [row] = await tx.insert(certificates).values(values).returning();
  await bumpRegisterGeneration(tx);
  return row!;
}

export async function updateCertificateRow(
  tx: Db,
  id: string,
  expectedVersion: number,
  values: Partial<NewCertificateRow>,
): Promise<CertificateRow | undefined> {
  // the certificate's row lock first, then the register's: one order everywhere
  const [row] = await tx
    .update(certificates)
    .set({ ...values, version: sql`${certificates.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(certificates.id, id), eq(certificates.version, expectedVersion)))
    .returning();
  if (row) await bumpRegisterGeneration(tx);
  return row;
}

export async function insertEvent(tx: Db, values: typeof certificateEvents.$inferInsert): Promise<void> {
  await tx.insert(certificateEvents).values(values);
  await bumpRegisterGeneration(tx);
}

/** What may bar the organisation from applying: its revocations and suspensions, and its serious-dishonesty listing. */
export async function applicantHistory(tx: Db, clientId: string): Promise<ApplicantHistory> {
  // the organisation, not the record: every client that has or had one of its credit codes
  const organisation = await sameOrganisationIds(tx, clientId);
  // one after the other: inside a transaction the queries share one connection
  const decisions = await tx
    .select({
      kind: certificateEvents.kind,
      field: certificates.field,
      on: certificateEvents.effectiveOn,
      ground: certificateEvents.ground,
    })
    .from(certificateEvents)
    .innerJoin(certificates, eq(certificates.id, certificateEvents.certificateId))
    .where(and(eq(certificates.clientId, clientId), inArray(certificateEvents.kind, ['revoke', 'suspend'])));
  const listings = await tx
    .select({ listedOn: clients.dishonestyListedOn, removedOn: clients.dishonestyRemovedOn, source: clients.dishonestySource })
    .from(clients)
    .where(and(inArray(clients.id, organisation), isNotNull(clients.dishonestyListedOn)))
    .orderBy(desc(clients.dishonestyListedOn));
  const listed = listings[0];
  return {
    decisions: decisions as ApplicantHistory['decisions'],
    dishonesty: listed?.listedOn ? { listedOn: listed.listedOn, removedOn: listed.removedOn, source: listed.source ?? '' } : null,
  };
}

/**
 * The grounds for suspension or revocation the CB's own records hold open on a certificate
 * (SPEC §3, give-up): open suspension proposals, surveillance overdue, open incidents whose
 * actions include suspending or revoking it or whose suspension request awaits those actions.
 */
export async function recordedOpenGrounds(db: Db, certificateId: string, today: string) {
  // one after the other: called inside a transaction, whose queries share one connection
  const proposals = await db
    .select({ basis: suspensionProposals.basis, since: suspensionProposals.proposedOn })
    .from(suspensionProposals)
    .where(and(eq(suspensionProposals.certificateId, certificateId), eq(suspensionProposals.status, 'open')));
  const overdue = await db
    .select({ since: dueItems.dueOn, sequence: dueItems.sequence })
    .from(dueItems)
    .where(
      and(
        eq(dueItems.certificateId, certificateId),
        eq(dueItems.source, 'programme'),
        eq(dueItems.kind, 'surveillance'),
        lt(dueItems.dueOn, today),
      ),
    );
  const incidents = await db
    .select({ kind: incidentActions.kind, since: incidentActions.decidedOn })
    .from(incidentActions)
    .innerJoin(riskIncidents, eq(riskIncidents.id, incidentActions.incidentId))
    .where(
      and(
        eq(incidentActions.certificateId, certificateId),
        eq(riskIncidents.status, 'open'),
        inArray(incidentActions.kind, ['suspension', 'revocation']),
      ),
    );
  // an incident whose suspension request awaits audit management's actions is open against every certificate of the client
  const requested = await db
    .select({ since: riskIncidents.suspensionRequestedOn })
    .from(riskIncidents)
    .innerJoin(certificates, eq(certificates.clientId, riskIncidents.clientId))
    .where(
      and(
        eq(certificates.id, certificateId),
        eq(riskIncidents.status, 'open'),
        isNotNull(riskIncidents.suspensionRequestedOn),
        isNull(riskIncidents.actionsDecidedOn),
      ),
    );
  return { proposals, overdue, incidents: [...incidents, ...requested.map((r) => ({ since: r.since! }))] };
}
