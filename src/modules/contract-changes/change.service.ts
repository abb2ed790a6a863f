import { and, desc, eq, notInArray, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { nextSerial } from '../../db/sql-helpers.js';
import type { IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { roleLabels, type DataScope, type Role } from '../auth/permissions.js';
import { findCertificate, type CertificateRow } from '../certificates/certificate.repo.js';
import { certificates } from '../certificates/certificate.schema.js';
import { assertDeciderIndependent, isPartOfScope } from '../certificates/certificate.rules.js';
import { reissue } from '../certificates/reissue.service.js';
import { auditTeamIds } from '../programmes/programme.repo.js';
import { clientScopeCondition, lockClientRow } from '../clients/client.repo.js';
import { clients } from '../clients/client.schema.js';
import { applyClientChanges, getClient } from '../clients/client.service.js';
import { planAudit } from '../programmes/programme.service.js';
import { auditProgrammes, audits } from '../programmes/programme.schema.js';
import type { ApplyChangeSchema, ChangeListQuerySchema, FileChangeInput, ReviewChangeSchema } from './change.dto.js';
import {
  afterReview,
  auditSettles,
  changeFlow,
  changeStatusLabels,
  kindsHiddenFrom,
  mayApply,
  mayFile,
  mayReview,
  proposableFields,
  proposedFieldLabels,
  type ChangeKind,
} from './change.rules.js';
import { contractChanges, type ProposedChange } from './change.schema.js';

export const CHANGE_ENTITY = 'contract_change';
type ChangeRow = typeof contractChanges.$inferSelect;
export interface Caller {
  actor: Actor;
  role: Role;
  scope: DataScope;
}
/** Who reads changes: its role says which kinds it sees, its scope whose. */
export type Viewer = Pick<Caller, 'role' | 'scope'>;

/**
 * What a proposal may do to the certificate it names: a reduction keeps some of the scope's items,
 * an extension changes it, and a site's scope moves only with a scope change. Checked when the
 * change is filed and again when it is carried out (the certificate may have changed meanwhile).
 */
function assertProposalFits(kind: ChangeKind, p: ProposedChange, certificate: CertificateRow | undefined) {
  if (!certificate) return;
  if ((kind === 'scope_extension' || kind === 'scope_reduction') && p.scope !== undefined) {
    if (p.scope.trim() === certificate.scope.trim()) throw new AppError('CHANGE.SCOPE_UNCHANGED');
    if (kind === 'scope_reduction' && !isPartOfScope(p.scope, certificate.scope)) throw new AppError('CHANGE.REDUCTION_ADDS');
  }
  if (kind === 'address_sites' && p.sites) {
    const siteScopes = (sites: readonly { scope?: string }[]) => JSON.stringify(sites.map((x) => x.scope ?? '').sort());
    if (siteScopes(p.sites) !== siteScopes(certificate.sites)) throw new AppError('CHANGE.SITE_SCOPE_BY_SCOPE_CHANGE');
  }
}

/** F01: a client (portal) or customer service applies for a change. */
export async function fileChange(db: Db, caller: Caller, clientId: string, input: FileChangeInput, today: IsoDate) {
  if (!mayFile(caller.role, input.kind)) throw new AppError(input.kind === 'fees' ? 'CHANGE.FEES_BY_SERVICE_ONLY' : 'AUTH.FORBIDDEN');
  await getClient(db, caller.scope, clientId); // 404 outside the caller's scope
  const flow = changeFlow(input.kind);
  const proposable = proposableFields[input.kind];
  const foreign = (Object.keys(input.proposed) as (keyof ProposedChange)[]).filter(
    (f) => input.proposed[f] !== undefined && !proposable.includes(f),
  );
  const named = (fields: readonly (keyof ProposedChange)[]) => ({
    zh: fields.map((f) => proposedFieldLabels[f].zh).join('、'),
    en: fields.map((f) => proposedFieldLabels[f].en).join(', '),
  });
  if (foreign.length > 0) throw new AppError('CHANGE.PROPOSAL_NOT_FOR_KIND', { fields: named(foreign) });
  if (proposable.length > 0 && !proposable.some((f) => input.proposed[f] !== undefined)) {
    throw new AppError('CHANGE.PROPOSAL_MISSING', { fields: named(proposable) });
  }
  if (flow.documentsRequired && input.documents.length === 0) throw new AppError('CHANGE.DOCUMENTS_REQUIRED');
  if (flow.changesCertificate && !input.certificateId) throw new AppError('CHANGE.CERTIFICATE_REQUIRED');
  return db.transaction(async (tx) => {
    if (input.certificateId) {
      const certificate = await findCertificate(tx, caller.scope, input.certificateId);
      if (!certificate || certificate.clientId !== clientId) throw new AppError('CERTIFICATE.NOT_FOUND');
      assertProposalFits(input.kind, input.proposed, certificate);
    }
    if (input.raisedInAuditId) {
      const [audit] = await tx.select({ clientId: audits.clientId }).from(audits).where(eq(audits.id, input.raisedInAuditId));
      if (!audit || audit.clientId !== clientId) throw new AppError('AUDIT.NOT_FOUND');
    }
    const prefix = `BG-${today.slice(0, 4)}-`;
    const serial = await nextSerial(tx, 'contract-change-number', 'contract_changes', 'number', prefix);
    const [row] = await tx
      .insert(contractChanges)
      .values({
        ...input,
        certificateId: input.certificateId ?? null,
        raisedInAuditId: input.raisedInAuditId ?? null,
        number: `${prefix}${String(serial).padStart(4, '0')}`,
        clientId,
        filedBy: caller.actor.name,
        filedOn: today,
      })
      .returning();
    await recordChange(tx, caller.actor, {
      entity: CHANGE_ENTITY,
      entityId: row!.id,
      action: 'file',
      changes: [
        { field: 'kind', old: null, new: input.kind },
        { field: 'proposed', old: null, new: input.proposed },
      ],
    });
    return row!;
  });
}

/** The changes a viewer sees: its data scope's, of the kinds it may see (no fee change for those who may not see fees, issue 17). */
function changeScopeCondition(viewer: Viewer): SQL | undefined {
  const hidden = kindsHiddenFrom(viewer.role);
  return and(clientScopeCondition(viewer.scope), hidden.length > 0 ? notInArray(contractChanges.kind, hidden) : undefined);
}

const selection = { c: contractChanges, clientName: clients.name, certificateNo: certificates.certificateNo };

function toView(r: { c: ChangeRow; clientName: string; certificateNo: string | null }) {
  const flow = changeFlow(r.c.kind);
  return { ...r.c, clientName: r.clientName, certificateNo: r.certificateNo, reviewer: flow.reviewer, executor: flow.executor };
}

export async function listChanges(db: Db, viewer: Viewer, q: z.output<typeof ChangeListQuerySchema>) {
  const rows = await db
    .select(selection)
    .from(contractChanges)
    .innerJoin(clients, eq(clients.id, contractChanges.clientId))
    .leftJoin(certificates, eq(certificates.id, contractChanges.certificateId))
    .where(
      and(
        changeScopeCondition(viewer),
        q.status ? eq(contractChanges.status, q.status) : undefined,
        q.kind ? eq(contractChanges.kind, q.kind) : undefined,
        q.clientId ? eq(contractChanges.clientId, q.clientId) : undefined,
      ),
    )
    .orderBy(desc(contractChanges.filedOn), desc(contractChanges.number))
    .limit(1000);
  return rows.map(toView);
}

export async function getChange(db: Db, viewer: Viewer, id: string) {
  const [row] = await db
    .select(selection)
    .from(contractChanges)
    .innerJoin(clients, eq(clients.id, contractChanges.clientId))
    .leftJoin(certificates, eq(certificates.id, contractChanges.certificateId))
    .where(and(eq(contractChanges.id, id), changeScopeCondition(viewer)));
  if (!row) throw new AppError('CHANGE.NOT_FOUND');
  return toView(row);
}

async function lockChange(tx: Db, viewer: Viewer, id: string, version: number) {
  const [found] = await tx
    .select({ c: contractChanges })
    .from(contractChanges)
    .innerJoin(clients, eq(clients.id, contractChanges.clientId))
    .where(and(eq(contractChanges.id, id), changeScopeCondition(viewer)))
    .for('update', { of: contractChanges });
  if (!found) throw new AppError('CHANGE.NOT_FOUND');
  if (found.c.version !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
  return found.c;
}

async function update(tx: Db, actor: Actor, row: ChangeRow, action: string, values: Partial<ChangeRow>) {
  await tx
    .update(contractChanges)
    .set({ ...values, version: sql`${contractChanges.version} + 1` })
    .where(eq(contractChanges.id, row.id));
  await recordChange(tx, actor, {
    entity: CHANGE_ENTITY,
    entityId: row.id,
    action,
    changes: Object.entries(values).map(([field, v]) => ({ field, old: (row as Record<string, unknown>)[field] ?? null, new: v ?? null })),
  });
}

/** The review: approve, reject, or send to an audit (an extra audit with trigger MAJOR_CHANGE is planned). */
export async function reviewChange(db: Db, caller: Caller, id: string, input: z.output<typeof ReviewChangeSchema>, today: IsoDate) {
  await db.transaction(async (tx) => {
    const row = await lockChange(tx, caller, id, input.version);
    if (!mayReview(caller.role, row.kind)) throw new AppError('CHANGE.NOT_YOUR_STEP', { role: roleLabels[changeFlow(row.kind).reviewer] });
    if (row.status === 'awaiting_audit' && input.decision === 'reject') {
      // its audit failed or was called off: the change is closed as not granted
      const [audit] = await tx.select({ status: audits.status, result: audits.result }).from(audits).where(eq(audits.id, row.auditId!));
      const settled = audit?.status === 'cancelled' || (audit?.status === 'held' && auditSettles(audit.result) === 'rejected');
      if (!settled) throw new AppError('CHANGE.AUDIT_PENDING');
      await update(tx, caller.actor, row, 'review', {
        status: 'rejected',
        reviewedBy: caller.actor.name,
        reviewedOn: today,
        reviewNote: input.note,
      });
      return;
    }
    if (row.status !== 'submitted') throw new AppError('CHANGE.WRONG_STATUS', { status: changeStatusLabels[row.status] });
    const status = afterReview(row.kind, input.decision);
    if (status === 'AUDIT_REQUIRED') throw new AppError('CHANGE.AUDIT_REQUIRED');
    let auditId: string | null = null;
    if (status === 'awaiting_audit') {
      if (!input.auditPlannedStart) throw new AppError('CHANGE.AUDIT_DATE_REQUIRED');
      // the audit verifies the change: from the review on
      if (input.auditPlannedStart < today) throw new AppError('CHANGE.AUDIT_BEFORE_REVIEW', { reviewedOn: today });
      const [programme] = row.certificateId
        ? await tx
            .select({ id: auditProgrammes.id })
            .from(auditProgrammes)
            .where(and(eq(auditProgrammes.certificateId, row.certificateId), eq(auditProgrammes.status, 'open')))
        : [];
      if (!programme) throw new AppError('CHANGE.NO_OPEN_PROGRAMME');
      const audit = await planAudit(tx, caller.actor, caller.scope, programme.id, {
        type: 'extra',
        plannedStart: input.auditPlannedStart,
        plannedEnd: input.auditPlannedEnd ?? input.auditPlannedStart,
        sites: [],
        trigger: 'MAJOR_CHANGE',
        triggerNote: `合同变更 / contract change ${row.number}`,
      });
      auditId = audit.id;
    }
    await update(tx, caller.actor, row, 'review', {
      status,
      auditId,
      reviewedBy: caller.actor.name,
      reviewedOn: today,
      reviewNote: input.note,
    });
  });
  return getChange(db, caller, id);
}

/**
 * Carries an approved change out: the client record (a new name keeps the old one as a former
 * name), and the certificate reissued when its printed content changes. A change waiting for
 * its audit is carried out once that audit is held and passed.
 */
export async function applyChange(db: Db, caller: Caller, id: string, input: z.output<typeof ApplyChangeSchema>, today: IsoDate) {
  await db.transaction(async (tx) => {
    const row = await lockChange(tx, caller, id, input.version);
    if (!mayApply(caller.role, row.kind)) throw new AppError('CHANGE.NOT_YOUR_STEP', { role: roleLabels[changeFlow(row.kind).executor] });
    if (row.status === 'awaiting_audit') {
      const [audit] = await tx
        .select({ status: audits.status, result: audits.result, actualStart: audits.actualStart })
        .from(audits)
        .where(eq(audits.id, row.auditId!));
      const outcome = audit?.status === 'held' ? auditSettles(audit.result) : null;
      if (outcome === null) throw new AppError('CHANGE.AUDIT_NOT_HELD');
      // the audit verifies the change: held after the review that asked for it
      if (row.reviewedOn && audit!.actualStart! < row.reviewedOn)
        throw new AppError('CHANGE.AUDIT_BEFORE_REVIEW', { reviewedOn: row.reviewedOn });
      if (outcome === 'rejected') throw new AppError('CHANGE.AUDIT_FAILED');
    } else if (row.status !== 'approved') throw new AppError('CHANGE.WRONG_STATUS', { status: changeStatusLabels[row.status] });
    const flow = changeFlow(row.kind);
    // only what this kind may change, whatever else was stored with it
    const p: ProposedChange = Object.fromEntries(proposableFields[row.kind].map((f) => [f, row.proposed[f]]));
    if (flow.changesClient) {
      const client = await lockClientRow(tx, caller.scope, row.clientId);
      if (!client) throw new AppError('CLIENT.NOT_FOUND');
      const changes = {
        ...(p.name ? { name: p.name, formerNames: [...new Set([...client.formerNames, client.name])] } : {}),
        ...(p.contactPerson ? { contactPerson: p.contactPerson } : {}),
        ...(p.phone ? { phone: p.phone } : {}),
        ...(p.email ? { email: p.email } : {}),
        ...(p.address ? { address: p.address } : {}),
        ...(p.initialAuditFee !== undefined ? { initialAuditFee: p.initialAuditFee } : {}),
        ...(p.surveillanceFee !== undefined ? { surveillanceFee: p.surveillanceFee } : {}),
      };
      await applyClientChanges(tx, caller.actor, client, changes, client.version);
    }
    if (flow.changesCertificate && row.certificateId) {
      const certificate = await findCertificate(tx, caller.scope, row.certificateId, true);
      if (!certificate) throw new AppError('CERTIFICATE.NOT_FOUND');
      assertProposalFits(row.kind, p, certificate);
      // a scope change is a certification decision: not by anyone on the team of the audit it rests on
      if (flow.executor === 'decision_maker') {
        assertDeciderIndependent(caller.actor.id, await auditTeamIds(tx, { auditIds: row.auditId ? [row.auditId] : [] }));
      }
      await reissue(
        tx,
        caller.actor,
        certificate,
        {
          version: certificate.version,
          changedOn: today,
          // the reason reaches the client's notice: the change's number, not the CB's note on carrying it out (which stays on the change)
          reason: `合同变更 ${row.number}`,
          organisationName: p.name,
          address: p.address,
          sites: p.sites,
          scope: p.scope,
          scopeChange: row.kind === 'scope_extension' ? 'extension' : row.kind === 'scope_reduction' ? 'reduction' : undefined,
        },
        today,
      );
    }
    await update(tx, caller.actor, row, 'apply', {
      status: 'applied',
      appliedBy: caller.actor.name,
      appliedOn: today,
      applyNote: input.note,
    });
  });
  return getChange(db, caller, id);
}
