import { eq, isNotNull } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange, systemActor, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { addDays, type IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { workingDayDeadline } from '../../lib/working-days.js';
import { enqueueJob, type JobHandler } from '../../jobs/outbox.js';
import type { DataScope } from '../auth/permissions.js';
import { loadWorkingDayCalendar } from '../calendar/calendar.service.js';
import { clients } from '../clients/client.schema.js';
import { getClient } from '../clients/client.service.js';
import { replaceDueItems } from '../due-list/due-list.repo.js';
import { loadParameters } from '../parameters/parameter.service.js';
import { auditTeamIds } from '../programmes/programme.repo.js';
import { lapseOpenProposals, syncProgrammesOfCertificate } from '../programmes/programme.sync.js';
import type { ConfidentialSchema, RestoreSchema, RevokeSchema, SuspendSchema, WithdrawSchema } from './certificate.dto.js';
import { groundWords, systemReason } from './certificate.grounds.js';
import { recordNotice } from '../notices/notice.service.js';
import {
  allowedActions,
  applyCommand,
  assertDeciderIndependent,
  cncaStatusCode,
  statusLabels,
  suspensionEndOutcome,
  type CertificateCommand,
  type CertificateState,
  type RevocationGround,
  recordedGrounds,
  recordedGroundSourceLabels,
} from './certificate.rules.js';
import {
  eventsOf,
  findCertificate,
  insertEvent,
  listCertificatesOfClient,
  recordedOpenGrounds,
  updateCertificateRow,
  type CertificateRow,
} from './certificate.repo.js';
import { certificates } from './certificate.schema.js';
import { baseAuditDays } from './audit-time.rules.js';

/** The certificate's life after the grant: decisions, the scheduled changes, the revocation proposed. */

export const CERTIFICATE_ENTITY = 'certificate';
export const JOB_SUSPENSION_END = 'certificate.suspension-end';
export const JOB_EXPIRY = 'certificate.expiry';
// the due items of revocations proposed (撤销建议), one per certificate
export const REVOCATION_PROPOSAL_SOURCE = 'revocation_proposal';

function toApi(row: CertificateRow) {
  const { nameKey: _nameKey, createdAt: _c, updatedAt: _u, ...rest } = row;
  return {
    ...rest,
    cncaStatusCode: cncaStatusCode[row.status],
    allowedActions: allowedActions(row.status),
    baseAuditDaysByTable: baseAuditDays(row.field, row.coveredEmployees, row.riskLevel).days,
  };
}

export async function listClientCertificates(db: Db, scope: DataScope, clientId: string) {
  await getClient(db, scope, clientId); // 404 outside the scope
  return (await listCertificatesOfClient(db, scope, clientId)).map(toApi);
}

export async function getCertificate(db: Db, scope: DataScope, id: string) {
  const row = await findCertificate(db, scope, id);
  if (!row) throw new AppError('CERTIFICATE.NOT_FOUND');
  // a portal sees the public events only: a revocation proposed is the CB's internal step
  const events = (await eventsOf(db, id)).filter((e) => scope.kind !== 'client' || e.public);
  return { ...toApi(row), events: events.map((e) => ({ ...e, at: e.at.toISOString() })) };
}

export function stateOf(row: CertificateRow): CertificateState {
  return {
    status: row.status,
    scope: row.scope,
    originalIssueOn: row.originalIssueOn,
    issueOn: row.issueOn,
    expiresOn: row.expiresOn,
    suspendedFrom: row.suspendedFrom,
    suspendedUntil: row.suspendedUntil,
    suspendedScope: row.suspendedScope,
    revocationProposedOn: row.revocationProposedOn,
  };
}

export async function queueExpiry(tx: Db, row: CertificateRow) {
  await enqueueJob(tx, {
    kind: JOB_EXPIRY,
    dedupeKey: `expiry:${row.id}:${row.expiresOn}`,
    dueOn: addDays(row.expiresOn, 1),
    payload: { certificateId: row.id },
  });
}

export interface Decision {
  command: CertificateCommand;
  effectiveOn: IsoDate;
  ground: string | null;
  reason: string;
  details?: Record<string, unknown>;
  fields?: Partial<typeof certificates.$inferInsert>;
}

/** Applies the rules to a locked certificate and saves; with the event, the notice, the jobs and the audit entry. */
export async function decide(
  tx: Db,
  actor: Actor,
  row: CertificateRow,
  expectedVersion: number,
  d: Decision,
  today: IsoDate,
): Promise<CertificateRow> {
  const params = await loadParameters(tx);
  const after = applyCommand(stateOf(row), d.command, today, {
    suspensionMaxMonths: params['suspension.maxMonths'],
    suspensionMaxBackdateDays: params['suspension.maxBackdateDays'],
  });
  const updated = await updateCertificateRow(tx, row.id, expectedVersion, { ...after, ...d.fields });
  if (!updated) throw new AppError('CONCURRENCY.STALE_VERSION');
  await syncProgrammesOfCertificate(tx, row.id);
  if (after.status !== 'valid') {
    const reason = `证书已${statusLabels[after.status].zh}（${d.reason}）/ certificate ${statusLabels[after.status].en}`;
    await lapseOpenProposals(tx, actor, row.id, reason, today);
  }
  if (after.revocationProposedOn !== row.revocationProposedOn) await syncRevocationProposal(tx, updated);
  const kind = d.command.kind;
  await insertEvent(tx, {
    certificateId: row.id,
    kind,
    effectiveOn: d.effectiveOn,
    ground: d.ground,
    reason: d.reason,
    decidedBy: actor.name,
    details: d.details ?? {},
    public: true,
  });
  await recordNotice(tx, {
    kind,
    clientId: row.clientId,
    certificateId: row.id,
    facts: {
      certificateNo: row.certificateNo,
      effectiveOn: d.effectiveOn,
      ground: d.ground,
      reason: d.reason,
      until: kind === 'recertify' ? after.expiresOn : after.suspendedUntil,
      part: after.suspendedScope,
    },
  });
  if (kind === 'suspend') {
    await enqueueJob(tx, {
      kind: JOB_SUSPENSION_END,
      dedupeKey: `suspension-end:${row.id}:${after.suspendedUntil}`,
      dueOn: addDays(after.suspendedUntil!, 1),
      payload: { certificateId: row.id },
    });
  }
  if (kind === 'recertify') await queueExpiry(tx, updated);
  const changed = (Object.keys(after) as (keyof CertificateState)[])
    .filter((k) => after[k] !== row[k])
    .map((k) => ({ field: k, old: row[k], new: after[k] }));
  const fieldChanges = Object.entries(d.fields ?? {}).map(([k, v]) => ({ field: k, old: row[k as keyof CertificateRow], new: v }));
  await recordChange(tx, actor, { entity: CERTIFICATE_ENTITY, entityId: row.id, action: kind, changes: [...changed, ...fieldChanges] });
  return updated;
}

export async function withLockedCertificate(db: Db, scope: DataScope, id: string, fn: (tx: Db, row: CertificateRow) => Promise<unknown>) {
  await db.transaction(async (tx) => {
    const row = await findCertificate(tx, scope, id, true);
    if (!row) throw new AppError('CERTIFICATE.NOT_FOUND');
    await fn(tx, row);
  });
  return getCertificate(db, scope, id);
}

/**
 * A staff decision on a certificate (suspend, restore, revoke, withdraw), in one transaction. A
 * restoration rests on the audits held since the suspension began: none of their team may take it.
 */
export function applyDecision(db: Db, actor: Actor, scope: DataScope, id: string, version: number, decision: Decision, today: IsoDate) {
  return withLockedCertificate(db, scope, id, async (tx, row) => {
    if (decision.command.kind === 'withdraw') await assertWithdrawable(tx, row, decision.ground, today);
    if (decision.command.kind === 'restore' && row.suspendedFrom) {
      assertDeciderIndependent(actor.id, await auditTeamIds(tx, { certificateId: row.id, heldSince: row.suspendedFrom }));
    }
    return decide(tx, actor, row, version, decision, today);
  });
}

/**
 * 注销 is no way around a revocation: a client giving its certificate up goes through the give-up
 * (which revokes when grounds are open), and nothing is withdrawn while the records hold grounds
 * for suspension or revocation open, or a revocation is proposed.
 */
async function assertWithdrawable(tx: Db, row: CertificateRow, ground: string | null, today: IsoDate) {
  if (ground === 'CLIENT_GAVE_UP') throw new AppError('CERTIFICATE.GIVE_UP_BY_ITS_ROUTE');
  const sources = [
    ...new Set([
      ...recordedGrounds(await recordedOpenGrounds(tx, row.id, today)).map((g) => g.source),
      ...(row.revocationProposedOn ? ['revocation_proposed' as const] : []),
    ]),
  ].map((source) => recordedGroundSourceLabels[source]);
  if (sources.length > 0) {
    throw new AppError('CERTIFICATE.GROUNDS_OPEN', {
      grounds: { zh: sources.map((l) => l.zh).join('、'), en: sources.map((l) => l.en).join(', ') },
    });
  }
}

/** What each request means as a decision: its command, effective date, grounds and reason. */
export const decisions = {
  suspension: (input: z.output<typeof SuspendSchema>): Decision => ({
    command: { kind: 'suspend', from: input.from, until: input.until, partScope: input.partScope ?? null },
    effectiveOn: input.from,
    ground: input.ground,
    reason: input.reason,
    details: { from: input.from, until: input.until, partScope: input.partScope ?? null },
  }),
  restoration: (input: z.output<typeof RestoreSchema>, today: IsoDate): Decision => ({
    command: { kind: 'restore' },
    effectiveOn: today,
    ground: null,
    reason: input.reason,
  }),
  revocation: (input: z.output<typeof RevokeSchema>, today: IsoDate): Decision => ({
    command: { kind: 'revoke' },
    effectiveOn: today,
    ground: input.ground,
    reason: input.reason,
  }),
  withdrawal: (input: z.output<typeof WithdrawSchema>, today: IsoDate): Decision => ({
    command: { kind: 'withdraw' },
    effectiveOn: today,
    ground: input.ground,
    reason: input.reason,
  }),
};

/** Keeps a certificate out of IAF CertSearch, or lets it back in (IAF MD 28 allows an organisation to ask). */
export function setCertificateConfidential(db: Db, actor: Actor, scope: DataScope, id: string, input: z.output<typeof ConfidentialSchema>) {
  return withLockedCertificate(db, scope, id, async (tx, row) => {
    if (row.version !== input.version) throw new AppError('CONCURRENCY.STALE_VERSION');
    if (row.confidential === input.confidential) return;
    await updateCertificateRow(tx, row.id, row.version, { confidential: input.confidential });
    await recordChange(tx, actor, {
      entity: CERTIFICATE_ENTITY,
      entityId: row.id,
      action: 'set-confidential',
      changes: [
        { field: 'confidential', old: row.confidential, new: input.confidential },
        { field: 'reason', old: null, new: input.reason },
      ],
    });
  });
}

async function lockById(tx: Db, id: string) {
  return findCertificate(tx, { kind: 'all' }, id, true);
}

/** The day after a suspension period: revoke, or propose revocation, if it was not restored. */
export const handleSuspensionEnd: JobHandler = async (tx, job, today) => {
  const row = await lockById(tx, String(job.payload.certificateId));
  if (!row) return;
  const params = await loadParameters(tx);
  const outcome = suspensionEndOutcome(stateOf(row), today, params['suspension.autoRevokeAtEnd'] === 1);
  if (outcome === 'revoke') {
    await decide(
      tx,
      systemActor,
      row,
      row.version,
      {
        command: { kind: 'revoke' },
        effectiveOn: addDays(row.suspendedUntil!, 1),
        ground: 'SUSPENSION_NOT_RESTORED',
        reason: systemReason('SUSPENSION_NOT_RESTORED'),
      },
      today,
    );
  } else if (outcome === 'propose') {
    await proposeRevocation(
      tx,
      systemActor,
      row,
      'SUSPENSION_NOT_RESTORED',
      `${groundWords.SUSPENSION_NOT_RESTORED.zh}，建议撤销 / ${groundWords.SUSPENSION_NOT_RESTORED.en}: revocation proposed`,
      today,
    );
  }
};

/**
 * Marks the certificate for a decision-maker's revocation (撤销建议), through the versioned
 * update so a user still looking at the old state gets 409.
 */
export async function proposeRevocation(
  tx: Db,
  actor: Actor,
  row: CertificateRow,
  ground: RevocationGround,
  reason: string,
  today: IsoDate,
) {
  const updated = await updateCertificateRow(tx, row.id, row.version, { revocationProposedOn: today });
  if (!updated) throw new AppError('CONCURRENCY.STALE_VERSION');
  await insertEvent(tx, {
    certificateId: row.id,
    kind: 'revocation_proposed',
    effectiveOn: today,
    ground,
    reason,
    decidedBy: actor.name,
    public: false,
  });
  await syncRevocationProposal(tx, updated);
  await recordChange(tx, actor, {
    entity: CERTIFICATE_ENTITY,
    entityId: row.id,
    action: 'propose-revocation',
    changes: [{ field: 'revocationProposedOn', old: row.revocationProposedOn, new: today }],
  });
}

/**
 * A revocation proposed stands on the decision-makers' due-list, due `revocation.decisionWorkingDays`
 * working days after it was proposed (SPEC §3: decided within 5 working days of verifying its
 * trigger); it leaves when the certificate is revoked, restored, withdrawn or expires.
 */
async function syncRevocationProposal(tx: Db, row: CertificateRow) {
  if (!row.revocationProposedOn) return replaceDueItems(tx, REVOCATION_PROPOSAL_SOURCE, row.id, []);
  const params = await loadParameters(tx);
  const calendar = await loadWorkingDayCalendar(tx);
  const [client] = await tx.select({ branchId: clients.branchId }).from(clients).where(eq(clients.id, row.clientId));
  const { dueOn, provisional } = workingDayDeadline(row.revocationProposedOn, params['revocation.decisionWorkingDays'], calendar);
  await replaceDueItems(tx, REVOCATION_PROPOSAL_SOURCE, row.id, [
    {
      kind: 'revocation_proposal',
      sequence: null,
      department: 'decision_maker',
      clientId: row.clientId,
      branchId: client?.branchId ?? null,
      certificateId: row.id,
      auditId: null,
      dueOn,
      targetOn: dueOn,
      opensOn: row.revocationProposedOn,
      plannedOn: null,
      basis: 'REVOCATION_DECISION_WORKING_DAYS',
      provisional,
    },
  ]);
}

/** The years with a holiday table changed: each open revocation proposal's deadline is counted again. */
export async function recountRevocationDeadlines(tx: Db): Promise<void> {
  const open = await tx.select().from(certificates).where(isNotNull(certificates.revocationProposedOn));
  for (const row of open) await syncRevocationProposal(tx, row);
}

/** The day after the last valid day: a still-valid certificate becomes expired. */
export const handleExpiry: JobHandler = async (tx, job, today) => {
  const row = await lockById(tx, String(job.payload.certificateId));
  if (!row || row.status !== 'valid' || today <= row.expiresOn) return;
  await decide(
    tx,
    systemActor,
    row,
    row.version,
    { command: { kind: 'expire' }, effectiveOn: addDays(row.expiresOn, 1), ground: null, reason: '有效期届满 / validity ended' },
    today,
  );
};

export const certificateJobHandlers: Record<string, JobHandler> = {
  [JOB_SUSPENSION_END]: handleSuspensionEnd,
  [JOB_EXPIRY]: handleExpiry,
};
