import { and, eq, isNull, max, sql } from 'drizzle-orm';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import type { IsoDate } from '../../lib/dates.js';
import type { JobHandler } from '../../jobs/outbox.js';
import type { Role } from '../auth/permissions.js';
import { certificates } from '../certificates/certificate.schema.js';
import { clients } from '../clients/client.schema.js';
import { replaceDueItems } from '../due-list/due-list.repo.js';
import type { ParameterValues } from '../parameters/parameter.defaults.js';
import { loadParameters } from '../parameters/parameter.service.js';
import { maintainDecisionsOf } from './programme.repo.js';
import { programmeDueItems, scheduleParametersFor, type DueKind } from './programme.rules.js';
import { auditProgrammes, audits, suspensionProposals } from './programme.schema.js';

/** Keeps each programme's rows on the due-lists in step with its audits and its certificate. */

export const PROGRAMME_SOURCE = 'programme';
// the due items and audit-log entries of suspension proposals (暂停建议)
export const PROPOSAL_SOURCE = 'suspension_proposal';
export const PROPOSAL_ENTITY = 'suspension_proposal';

// who acts on each item: customer service asks the client to apply for recertification (再认证申请)
const departmentOf: Record<DueKind, Role> = {
  surveillance: 'audit_management',
  mystery_shopping: 'audit_management',
  random_survey: 'audit_management',
  planned_audit: 'audit_management',
  recertification: 'customer_service',
  surveillance_decision: 'decision_maker',
};

export async function syncProgramme(tx: Db, programmeId: string, params?: ParameterValues): Promise<void> {
  const [row] = await tx
    .select({ programme: auditProgrammes, certificate: certificates, branchId: clients.branchId })
    .from(auditProgrammes)
    .innerJoin(clients, eq(clients.id, auditProgrammes.clientId))
    .leftJoin(certificates, eq(certificates.id, auditProgrammes.certificateId))
    .where(eq(auditProgrammes.id, programmeId));
  if (!row) return;
  const { programme, certificate, branchId } = row;
  if (programme.status === 'closed') return replaceDueItems(tx, PROGRAMME_SOURCE, programmeId, []);
  const values = params ?? (await loadParameters(tx));
  const cycleAudits = await tx.select().from(audits).where(eq(audits.programmeId, programmeId));
  const maintained = await maintainDecisionsOf(
    tx,
    cycleAudits.map((a) => a.id),
  );
  const items = programmeDueItems(
    {
      scheme: programme.scheme,
      certificateStatus: certificate?.status ?? null,
      decisionOn: certificate?.decisionOn ?? null,
      expiresOn: certificate?.expiresOn ?? null,
      audits: cycleAudits,
      maintainedAuditIds: [...maintained.keys()],
    },
    scheduleParametersFor(programme.scheme, values),
  );
  await replaceDueItems(
    tx,
    PROGRAMME_SOURCE,
    programmeId,
    items.map((i) => ({
      ...i,
      department: departmentOf[i.kind],
      clientId: programme.clientId,
      branchId,
      certificateId: programme.certificateId,
    })),
  );
}

/** After any change to a certificate: its open programme follows (a revoked certificate owes nothing). */
export async function syncProgrammesOfCertificate(tx: Db, certificateId: string): Promise<void> {
  const open = await tx
    .select({ id: auditProgrammes.id })
    .from(auditProgrammes)
    .where(and(eq(auditProgrammes.certificateId, certificateId), eq(auditProgrammes.status, 'open')));
  for (const p of open) await syncProgramme(tx, p.id);
}

/**
 * A certificate's new cycle. At the grant, the application-stage programme of that client and
 * field takes the certificate; otherwise (recertification, or initial audits not recorded
 * here) a new programme starts.
 */
export async function openCycle(
  tx: Db,
  certificate: Pick<typeof certificates.$inferSelect, 'id' | 'clientId' | 'scheme' | 'field'>,
  opts: { fromApplication: boolean },
): Promise<string> {
  const [application] = opts.fromApplication
    ? await tx
        .update(auditProgrammes)
        .set({ certificateId: certificate.id, version: sql`${auditProgrammes.version} + 1` })
        .where(
          and(
            eq(auditProgrammes.clientId, certificate.clientId),
            eq(auditProgrammes.field, certificate.field),
            eq(auditProgrammes.scheme, certificate.scheme),
            eq(auditProgrammes.status, 'open'),
            isNull(auditProgrammes.certificateId),
          ),
        )
        .returning({ id: auditProgrammes.id })
    : [];
  let id = application?.id;
  if (!id) {
    const [last] = await tx
      .select({ cycleNo: max(auditProgrammes.cycleNo) })
      .from(auditProgrammes)
      .where(eq(auditProgrammes.certificateId, certificate.id));
    const [created] = await tx
      .insert(auditProgrammes)
      .values({
        clientId: certificate.clientId,
        certificateId: certificate.id,
        scheme: certificate.scheme,
        field: certificate.field,
        cycleNo: (last?.cycleNo ?? 0) + 1,
      })
      .returning({ id: auditProgrammes.id });
    id = created!.id;
  }
  await syncProgramme(tx, id);
  return id;
}

// the parameters the due dates are derived from (SPEC §4)
const scheduleParameterPrefixes = ['surveillance.', 'recertification.', 'afterSales.randomSurvey'];

/** A changed interval moves every open programme's due dates. */
export const resyncAfterParameterChange: JobHandler = async (tx, job) => {
  const key = String(job.payload.key);
  if (!scheduleParameterPrefixes.some((prefix) => key.startsWith(prefix))) return;
  const params = await loadParameters(tx);
  const open = await tx.select({ id: auditProgrammes.id }).from(auditProgrammes).where(eq(auditProgrammes.status, 'open'));
  for (const p of open) await syncProgramme(tx, p.id, params);
};

/**
 * A suspension proposal concerns a valid certificate: once the certificate is suspended by
 * other means, revoked, withdrawn or expired, its open proposals close themselves with the
 * reason, in the transaction of that decision.
 */
export async function lapseOpenProposals(tx: Db, actor: Actor, certificateId: string, reason: string, today: IsoDate): Promise<void> {
  const lapsed = await tx
    .update(suspensionProposals)
    .set({ status: 'lapsed', reason, decidedBy: actor.name, decidedOn: today, version: sql`${suspensionProposals.version} + 1` })
    .where(and(eq(suspensionProposals.certificateId, certificateId), eq(suspensionProposals.status, 'open')))
    .returning({ id: suspensionProposals.id });
  for (const { id } of lapsed) {
    await replaceDueItems(tx, PROPOSAL_SOURCE, id, []);
    await recordChange(tx, actor, {
      entity: PROPOSAL_ENTITY,
      entityId: id,
      action: 'lapse',
      changes: [
        { field: 'status', old: 'open', new: 'lapsed' },
        { field: 'reason', old: null, new: reason },
      ],
    });
  }
}
