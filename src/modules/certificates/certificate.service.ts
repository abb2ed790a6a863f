import { recordChange, systemActor, type Actor } from '../../audit-log/audit-log.js';
import { pgErrorOf, type Db } from '../../db/connection.js';
import { normaliseCompanyName } from '../../lib/company-name.js';
import { addDays, type IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { enqueueJob, type JobHandler } from '../../jobs/outbox.js';
import type { DataScope } from '../auth/permissions.js';
import { getClient, refreshClientCertificateNos } from '../clients/client.service.js';
import { loadParameters } from '../parameters/parameter.service.js';
import type { z } from 'zod';
import type {
  GiveUpSchema,
  GrantCertificateSchema,
  ConfidentialSchema,
  ReissueSchema,
  RestoreSchema,
  RevokeSchema,
  SuspendSchema,
  WithdrawSchema,
} from './certificate.dto.js';
import { noticeTemplates } from './certificate.notices.js';
import { lapseOpenProposals, openCycle, syncProgrammesOfCertificate } from '../programmes/programme.sync.js';
import { loadWorkingDayCalendar } from '../calendar/calendar.service.js';
import { replaceDueItems } from '../due-list/due-list.repo.js';
import { clients } from '../clients/client.schema.js';
import { addWorkingDays } from '../../lib/working-days.js';
import { eq } from 'drizzle-orm';
import {
  allowedActions,
  applyCommand,
  assertMayApply,
  certificateExpiry,
  cncaStatusCode,
  decideGiveUp,
  suspensionEndOutcome,
  type CertificateCommand,
  type CertificateState,
  type GiveUpDecision,
  type RevocationGround,
  type Scheme,
  type CertificationField,
  assertDeciderIndependent,
  statusLabels,
  recordedGrounds,
  type RecordedGround,
} from './certificate.rules.js';
import {
  eventsOf,
  findCertificate,
  insertCertificate,
  insertEvent,
  insertNotice,
  listCertificatesOfClient,
  recordedOpenGrounds,
  applicantHistory,
  updateCertificateRow,
  type CertificateRow,
} from './certificate.repo.js';
import type { CertificateSite, certificates } from './certificate.schema.js';
import { auditTeamIds } from '../programmes/programme.repo.js';

export const CERTIFICATE_ENTITY = 'certificate';
export const JOB_SUSPENSION_END = 'certificate.suspension-end';
export const JOB_EXPIRY = 'certificate.expiry';
// the due items of revocations proposed (撤销建议), one per certificate
export const REVOCATION_PROPOSAL_SOURCE = 'revocation_proposal';

function toApi(row: CertificateRow) {
  const { nameKey: _nameKey, createdAt: _c, updatedAt: _u, ...rest } = row;
  return { ...rest, cncaStatusCode: cncaStatusCode[row.status], allowedActions: allowedActions(row.status) };
}

export async function listClientCertificates(db: Db, scope: DataScope, clientId: string) {
  await getClient(db, scope, clientId); // 404 outside the scope
  return (await listCertificatesOfClient(db, scope, clientId)).map(toApi);
}

export async function getCertificate(db: Db, scope: DataScope, id: string) {
  const row = await findCertificate(db, scope, id);
  if (!row) throw new AppError('CERTIFICATE.NOT_FOUND');
  const events = await eventsOf(db, id);
  return { ...toApi(row), events: events.map((e) => ({ ...e, at: e.at.toISOString() })) };
}

function stateOf(row: CertificateRow): CertificateState {
  return {
    status: row.status,
    originalIssueOn: row.originalIssueOn,
    issueOn: row.issueOn,
    expiresOn: row.expiresOn,
    suspendedFrom: row.suspendedFrom,
    suspendedUntil: row.suspendedUntil,
    suspendedScope: row.suspendedScope,
    revocationProposedOn: row.revocationProposedOn,
  };
}

async function queueExpiry(tx: Db, row: CertificateRow) {
  await enqueueJob(tx, {
    kind: JOB_EXPIRY,
    dedupeKey: `expiry:${row.id}:${row.expiresOn}`,
    dueOn: addDays(row.expiresOn, 1),
    payload: { certificateId: row.id },
  });
}

/** What a grant writes; the star level only from an assessment (decideAssessment). */
export interface CertificateGrant {
  certificateNo: string;
  scheme: Scheme;
  field: CertificationField;
  standard: string;
  scope: string;
  sites: CertificateSite[];
  starLevel: number | null;
  decisionOn: IsoDate;
  reason: string;
}

/**
 * 认证决定 of a management-system certificate by a decision-maker (POST /api/clients/{id}/certificates):
 * never an after-sales one, and never by someone on the team of the audits it rests on.
 */
export async function decideGrant(
  db: Db,
  actor: Actor,
  scope: DataScope,
  clientId: string,
  input: z.output<typeof GrantCertificateSchema>,
  today: IsoDate,
) {
  if (input.scheme !== 'management_system') throw new AppError('CERTIFICATE.AFTER_SALES_BY_ASSESSMENT');
  assertDeciderIndependent(actor.id, await auditTeamIds(db, { application: { clientId, field: input.field } }));
  return grantCertificate(db, actor, scope, clientId, { ...input, starLevel: null }, today);
}

/**
 * The bars on applying (SPEC §3): the same field within a year of a revocation, any field within a
 * year of an own-fault suspension or revocation, and while on the serious-dishonesty list.
 * Checked wherever an application or a grant starts.
 */
export async function assertClientMayApply(tx: Db, clientId: string, field: string, today: IsoDate): Promise<void> {
  const p = await loadParameters(tx);
  assertMayApply(await applicantHistory(tx, clientId), field, today, {
    revocationBarMonths: p['revocation.reapplyBarMonths'],
    ownFaultBarMonths: p['application.ownFaultBarMonths'],
    dishonestyBarMonths: p['application.dishonestyBarMonths'],
  });
}

/** Writes a granted certificate with its event, notice, expiry job and programme; the doors above decide whether it may be. */
export async function grantCertificate(db: Db, actor: Actor, scope: DataScope, clientId: string, input: CertificateGrant, today: IsoDate) {
  const client = await getClient(db, scope, clientId);
  if ((input.scheme === 'after_sales') !== (input.starLevel !== null)) throw new AppError('CERTIFICATE.STAR_LEVEL');
  if (input.decisionOn > today) throw new AppError('CERTIFICATE.DECISION_IN_FUTURE', { today });
  const params = await loadParameters(db);
  try {
    const id = await db.transaction(async (tx) => {
      await assertClientMayApply(tx, clientId, input.field, today);
      const row = await insertCertificate(tx, {
        clientId,
        certificateNo: input.certificateNo,
        scheme: input.scheme,
        field: input.field,
        standard: input.standard,
        organisationName: client.name,
        nameKey: normaliseCompanyName(client.name),
        address: client.address,
        scope: input.scope,
        sites: input.sites,
        starLevel: input.starLevel,
        decisionOn: input.decisionOn,
        originalIssueOn: input.decisionOn,
        issueOn: input.decisionOn,
        expiresOn: certificateExpiry(input.decisionOn, params['certificate.validityYears']),
      });
      await insertEvent(tx, {
        certificateId: row.id,
        kind: 'grant',
        effectiveOn: input.decisionOn,
        reason: input.reason,
        decidedBy: actor.name,
        public: true,
      });
      await insertNotice(tx, {
        clientId,
        certificateId: row.id,
        ...noticeTemplates.grant({ certificateNo: row.certificateNo, effectiveOn: row.issueOn, reason: input.reason }),
      });
      await queueExpiry(tx, row);
      await openCycle(tx, row, { fromApplication: true });
      await refreshClientCertificateNos(tx, clientId);
      await recordChange(tx, actor, {
        entity: CERTIFICATE_ENTITY,
        entityId: row.id,
        action: 'grant',
        changes: [{ field: 'status', old: null, new: 'valid' }],
      });
      return row.id;
    });
    return await getCertificate(db, scope, id);
  } catch (err) {
    const pg = pgErrorOf(err);
    if (pg?.code === '23505' && pg.constraint === 'certificates_certificate_no_unique')
      throw new AppError('CERTIFICATE.DUPLICATE_NUMBER', { certificateNo: input.certificateNo });
    throw err;
  }
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
  await insertNotice(tx, {
    clientId: row.clientId,
    certificateId: row.id,
    ...noticeTemplates[kind]({
      certificateNo: row.certificateNo,
      effectiveOn: d.effectiveOn,
      reason: d.reason,
      until: kind === 'recertify' ? after.expiresOn : after.suspendedUntil,
      part: after.suspendedScope,
    }),
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
    if (decision.command.kind === 'restore' && row.suspendedFrom) {
      assertDeciderIndependent(actor.id, await auditTeamIds(tx, { certificateId: row.id, heldSince: row.suspendedFrom }));
    }
    return decide(tx, actor, row, version, decision, today);
  });
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

/** The grounds the records hold open on a certificate: what a give-up counts whatever the staff tick. */
export async function giveUpGrounds(db: Db, scope: DataScope, id: string, today: IsoDate): Promise<RecordedGround[]> {
  if (!(await findCertificate(db, scope, id))) throw new AppError('CERTIFICATE.NOT_FOUND');
  return recordedGrounds(await recordedOpenGrounds(db, id, today));
}

/**
 * The organisation gives up its certificate: the rules choose revoke or withdraw, and say why.
 * The grounds the records hold open always count; staff may add others they know of.
 */
export async function handleGiveUp(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  input: z.output<typeof GiveUpSchema>,
  today: IsoDate,
) {
  let decision: GiveUpDecision | undefined;
  const certificate = await withLockedCertificate(db, scope, id, async (tx, row) => {
    const recorded = recordedGrounds(await recordedOpenGrounds(tx, row.id, today));
    decision = decideGiveUp(stateOf(row), [...recorded.map((g) => g.ground), ...input.openGrounds]);
    return decide(
      tx,
      actor,
      row,
      input.version,
      {
        command: { kind: decision.action },
        effectiveOn: today,
        ground: decision.ground,
        reason: `${input.reason}（${decision.why.zh}）`,
        details: { giveUp: true, why: decision.why, openGrounds: decision.openGrounds, recordedGrounds: recorded },
      },
      today,
    );
  });
  return { certificate, decision: decision! };
}

/** What a reissue changes on the certificate, and why (a contract change, an assessment, an administrative change). */
export interface Reissue {
  version: number;
  changedOn: IsoDate;
  reason: string;
  organisationName?: string;
  address?: string;
  scope?: string;
  sites?: CertificateSite[];
  scopeChange?: 'extension' | 'reduction';
  starLevel?: number;
}

/**
 * An administrative reissue (POST /api/certificates/{id}/reissue): the address and the sites'
 * names and addresses. A site's scope, like the scope itself, the name and the star level,
 * changes only through its own door.
 */
export function reissueAdministrative(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  input: z.output<typeof ReissueSchema>,
  today: IsoDate,
) {
  if (input.changedOn > today) throw new AppError('CERTIFICATE.CHANGE_IN_FUTURE', { today });
  return withLockedCertificate(db, scope, id, async (tx, row) => {
    const siteScopes = (sites: readonly CertificateSite[]) => JSON.stringify(sites.map((x) => x.scope ?? '').sort());
    if (input.sites && siteScopes(input.sites) !== siteScopes(row.sites)) throw new AppError('CERTIFICATE.SITE_SCOPE_BY_CONTRACT_CHANGE');
    await reissue(
      tx,
      actor,
      row,
      { version: input.version, changedOn: input.changedOn, reason: input.reason, address: input.address, sites: input.sites },
      today,
    );
  });
}

/** Reissues a locked certificate with what changed; called by the doors that may change each field. */
export async function reissue(tx: Db, actor: Actor, row: CertificateRow, input: Reissue, today: IsoDate) {
  const fields: Partial<typeof certificates.$inferInsert> = {};
  if (input.organisationName && input.organisationName !== row.organisationName) {
    fields.organisationName = input.organisationName;
    fields.nameKey = normaliseCompanyName(input.organisationName);
  }
  if (input.address && input.address !== row.address) fields.address = input.address;
  if (input.scope && input.scope !== row.scope) fields.scope = input.scope;
  if (input.sites && JSON.stringify(input.sites) !== JSON.stringify(row.sites)) fields.sites = input.sites;
  if (input.starLevel !== undefined && input.starLevel !== row.starLevel) {
    if (row.scheme !== 'after_sales') throw new AppError('CERTIFICATE.STAR_LEVEL');
    fields.starLevel = input.starLevel;
  }
  if (Object.keys(fields).length === 0) throw new AppError('CERTIFICATE.NOTHING_TO_REISSUE');
  const { nameKey: _k, ...shown } = fields;
  const before = Object.fromEntries(Object.keys(shown).map((k) => [k, row[k as keyof CertificateRow]]));
  return decide(
    tx,
    actor,
    row,
    input.version,
    {
      command: { kind: 'reissue', changedOn: input.changedOn },
      effectiveOn: input.changedOn,
      ground: input.scopeChange ? `SCOPE_${input.scopeChange.toUpperCase()}` : null,
      reason: input.reason,
      details: { before, after: shown, scopeChange: input.scopeChange ?? null },
      fields,
    },
    today,
  );
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
        reason: '暂停期满未恢复 / suspension period ended without restoration',
      },
      today,
    );
  } else if (outcome === 'propose') {
    await proposeRevocation(
      tx,
      systemActor,
      row,
      'SUSPENSION_NOT_RESTORED',
      '暂停期满未恢复，建议撤销 / suspension ended unrestored: revocation proposed',
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
  const [params, calendar, [client]] = await Promise.all([
    loadParameters(tx),
    loadWorkingDayCalendar(tx),
    tx.select({ branchId: clients.branchId }).from(clients).where(eq(clients.id, row.clientId)),
  ]);
  const dueOn = addWorkingDays(row.revocationProposedOn, params['revocation.decisionWorkingDays'], calendar);
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
    },
  ]);
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
