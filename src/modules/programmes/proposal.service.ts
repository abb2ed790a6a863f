import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange, systemActor, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import type { IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import type { JobHandler } from '../../jobs/outbox.js';
import type { DataScope } from '../auth/permissions.js';
import { certificates } from '../certificates/certificate.schema.js';
import { decide, decisions, withLockedCertificate } from '../certificates/certificate.service.js';
import { clientScopeCondition } from '../clients/client.repo.js';
import { clients } from '../clients/client.schema.js';
import { dueItems } from '../due-list/due-item.schema.js';
import { replaceDueItems } from '../due-list/due-list.repo.js';
import type { ProposalAcceptSchema, ProposalDismissSchema } from './programme.dto.js';
import { audits, suspensionProposals } from './programme.schema.js';
import { PROGRAMME_SOURCE, PROPOSAL_ENTITY, PROPOSAL_SOURCE } from './programme.sync.js';

/**
 * 暂停建议: a surveillance past its last permitted day is a ground for suspension (SPEC §3, §4).
 * The daily scan proposes it once per missed deadline; a decision-maker accepts (the
 * certificate is suspended) or dismisses it with a reason.
 */

export const JOB_OVERDUE_SCAN = 'programmes.overdue-scan';

type ProposalRow = typeof suspensionProposals.$inferSelect;

export const scanOverdueSurveillance: JobHandler = async (tx, _job, today) => {
  const overdue = await tx
    .select({
      programmeId: dueItems.sourceId,
      certificateId: certificates.id,
      // a programme's due items always carry the certificate's client and branch
      clientId: certificates.clientId,
      branchId: sql<string>`${dueItems.branchId}`,
      sequence: dueItems.sequence,
      dueOn: dueItems.dueOn,
    })
    .from(dueItems)
    .innerJoin(certificates, eq(certificates.id, dueItems.certificateId))
    .where(
      and(
        eq(dueItems.source, PROGRAMME_SOURCE),
        eq(dueItems.kind, 'surveillance'),
        lt(dueItems.dueOn, today),
        eq(certificates.status, 'valid'),
      ),
    );
  for (const o of overdue) {
    await proposeSuspension(
      tx,
      systemActor,
      { ...o, dueKey: `surveillance:${o.sequence}:${o.dueOn}`, basis: 'OVERDUE_SURVEILLANCE' },
      today,
    );
  }
};

/**
 * Puts a suspension before the decision-makers, once per `dueKey` (a missed deadline, an
 * incident); returns the proposal, or null when that key was proposed before.
 */
export async function proposeSuspension(
  tx: Db,
  actor: Actor,
  p: {
    certificateId: string;
    programmeId: string;
    clientId: string;
    branchId: string;
    dueKey: string;
    dueOn: IsoDate;
    sequence: number | null;
    basis: ProposalRow['basis'];
  },
  today: IsoDate,
): Promise<ProposalRow | null> {
  const [proposal] = await tx
    .insert(suspensionProposals)
    .values({
      certificateId: p.certificateId,
      programmeId: p.programmeId,
      clientId: p.clientId,
      dueKey: p.dueKey,
      dueOn: p.dueOn,
      proposedOn: today,
      basis: p.basis,
    })
    .onConflictDoNothing()
    .returning();
  if (!proposal) return null;
  await replaceDueItems(tx, PROPOSAL_SOURCE, proposal.id, [
    {
      kind: 'suspension_proposal',
      sequence: p.sequence,
      department: 'decision_maker',
      clientId: p.clientId,
      branchId: p.branchId,
      certificateId: p.certificateId,
      auditId: null,
      dueOn: today,
      targetOn: today,
      opensOn: null,
      plannedOn: null,
      basis: p.basis,
    },
  ]);
  await recordChange(tx, actor, {
    entity: PROPOSAL_ENTITY,
    entityId: proposal.id,
    action: 'propose',
    changes: [{ field: 'dueKey', old: null, new: proposal.dueKey }],
  });
  return proposal;
}

export async function listProposals(db: Db, scope: DataScope, status: ProposalRow['status'] | undefined) {
  const rows = await db
    .select({
      p: suspensionProposals,
      certificateNo: certificates.certificateNo,
      certificateVersion: certificates.version,
      certificateStatus: certificates.status,
      certificateExpiresOn: certificates.expiresOn,
      clientName: clients.name,
    })
    .from(suspensionProposals)
    .innerJoin(certificates, eq(certificates.id, suspensionProposals.certificateId))
    .innerJoin(clients, eq(clients.id, suspensionProposals.clientId))
    .where(and(clientScopeCondition(scope), status ? eq(suspensionProposals.status, status) : undefined))
    // the open ones first, most overdue (oldest due date) first; then the decided ones, latest decision first
    .orderBy(
      sql`${suspensionProposals.status} <> 'open'`,
      sql`case when ${suspensionProposals.status} = 'open' then ${suspensionProposals.dueOn} end asc`,
      desc(suspensionProposals.decidedOn),
      desc(suspensionProposals.proposedOn),
      asc(suspensionProposals.dueOn),
      asc(suspensionProposals.id),
    )
    .limit(1000);
  const planned = await plannedSurveillances(
    db,
    rows.filter((r) => r.p.basis === 'OVERDUE_SURVEILLANCE').map((r) => r.p.programmeId),
  );
  return rows.map(({ p, ...rest }) => ({
    ...p,
    ...rest,
    plannedAudit: p.basis === 'OVERDUE_SURVEILLANCE' ? (planned.get(p.programmeId) ?? null) : null,
  }));
}

/**
 * The surveillance audit each programme has planned, the one its overdue surveillance waits for:
 * as on the due-list, the planned surveillance that starts first.
 */
async function plannedSurveillances(db: Db, programmeIds: string[]) {
  const byProgramme = new Map<string, { id: string; plannedStart: string; plannedEnd: string }>();
  if (programmeIds.length === 0) return byProgramme;
  const rows = await db
    .select({ programmeId: audits.programmeId, id: audits.id, plannedStart: audits.plannedStart, plannedEnd: audits.plannedEnd })
    .from(audits)
    .where(and(inArray(audits.programmeId, [...new Set(programmeIds)]), eq(audits.type, 'surveillance'), eq(audits.status, 'planned')))
    .orderBy(asc(audits.plannedStart), asc(audits.createdAt));
  for (const { programmeId, ...audit } of rows) if (!byProgramme.has(programmeId)) byProgramme.set(programmeId, audit);
  return byProgramme;
}

async function lockOpenProposal(tx: Db, scope: DataScope, id: string, version: number) {
  const [row] = await tx
    .select({ p: suspensionProposals })
    .from(suspensionProposals)
    .innerJoin(clients, eq(clients.id, suspensionProposals.clientId))
    .where(and(eq(suspensionProposals.id, id), clientScopeCondition(scope)))
    .for('update', { of: suspensionProposals });
  if (!row) throw new AppError('PROPOSAL.NOT_FOUND');
  if (row.p.version !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
  if (row.p.status !== 'open') throw new AppError('PROPOSAL.DECIDED');
  return row.p;
}

async function closeProposal(tx: Db, actor: Actor, p: ProposalRow, status: 'accepted' | 'dismissed', reason: string, today: IsoDate) {
  await tx
    .update(suspensionProposals)
    .set({ status, reason, decidedBy: actor.name, decidedOn: today, version: sql`${suspensionProposals.version} + 1` })
    .where(eq(suspensionProposals.id, p.id));
  await replaceDueItems(tx, PROPOSAL_SOURCE, p.id, []);
  await recordChange(tx, actor, {
    entity: PROPOSAL_ENTITY,
    entityId: p.id,
    action: status === 'accepted' ? 'accept' : 'dismiss',
    changes: [
      { field: 'status', old: 'open', new: status },
      { field: 'reason', old: null, new: reason },
    ],
  });
}

const groundOf = { OVERDUE_SURVEILLANCE: 'SURVEILLANCE_NOT_ACCEPTED', INCIDENT: 'MAJOR_INCIDENT' } as const;

/** Accepting suspends the certificate on the proposal's ground. */
export async function acceptProposal(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  input: z.output<typeof ProposalAcceptSchema>,
  today: IsoDate,
) {
  const [found] = await db.select().from(suspensionProposals).where(eq(suspensionProposals.id, id));
  if (!found) throw new AppError('PROPOSAL.NOT_FOUND');
  return withLockedCertificate(db, scope, found.certificateId, async (tx, certificate) => {
    const p = await lockOpenProposal(tx, scope, id, input.version);
    // closed as accepted first: the suspension then lapses only the certificate's other proposals
    await closeProposal(tx, actor, p, 'accepted', input.reason, today);
    await decide(
      tx,
      actor,
      certificate,
      certificate.version,
      decisions.suspension({ ...input, ground: groundOf[p.basis], partScope: null, version: certificate.version }),
      today,
    );
  });
}

export async function dismissProposal(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  input: z.output<typeof ProposalDismissSchema>,
  today: IsoDate,
) {
  await db.transaction(async (tx) => {
    const p = await lockOpenProposal(tx, scope, id, input.version);
    await closeProposal(tx, actor, p, 'dismissed', input.reason, today);
  });
  const [row] = await db.select().from(suspensionProposals).where(eq(suspensionProposals.id, id));
  return row!;
}
