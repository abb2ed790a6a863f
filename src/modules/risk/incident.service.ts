import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange, systemActor, type Actor } from '../../audit-log/audit-log.js';
import type { FieldChange } from '../../lib/field-changes.js';
import type { Db } from '../../db/connection.js';
import type { IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { workingDayDeadline } from '../../lib/working-days.js';
import type { DataScope } from '../auth/permissions.js';
import { branches } from '../branches/branch.schema.js';
import { loadWorkingDayCalendar } from '../calendar/calendar.service.js';
import { findCertificate } from '../certificates/certificate.repo.js';
import { proposeRevocation } from '../certificates/certificate.service.js';
import { clientScopeCondition } from '../clients/client.repo.js';
import { clients } from '../clients/client.schema.js';
import { replaceDueItems } from '../due-list/due-list.repo.js';
import { loadParameters } from '../parameters/parameter.service.js';
import { planAudit } from '../programmes/programme.service.js';
import { auditProgrammes } from '../programmes/programme.schema.js';
import { proposeSuspension } from '../programmes/proposal.service.js';
import type {
  DecideActionsInput,
  IncidentListQuerySchema,
  IncidentReportSchema,
  RectificationSchema,
  SelfCheckSchema,
  StepNoteSchema,
  SuspensionRequestSchema,
  VerifyRectificationSchema,
} from './risk.dto.js';
import { auditActionKinds, incidentDeadlines, mayClose, owedSteps, type RiskKind } from './risk.rules.js';
import { incidentActions, riskIncidents, riskItems } from './risk.schema.js';
import { certificates } from '../certificates/certificate.schema.js';

/**
 * 风险事件处理 (SPEC §5): a confirmed risk item opens an incident; each step is recorded by the
 * department that owns it, the steps still owed stand on the due-lists with their deadlines,
 * and the incident closes itself when nothing is owed.
 */

export const INCIDENT_ENTITY = 'risk_incident';
export const INCIDENT_SOURCE = 'risk_incident';
type IncidentRow = typeof riskIncidents.$inferSelect;

/** Replaces the incident's rows on the due-lists with the steps it still owes. */
async function syncIncidentDueItems(tx: Db, incident: IncidentRow) {
  const [client] = await tx.select({ branchId: clients.branchId }).from(clients).where(eq(clients.id, incident.clientId));
  await replaceDueItems(
    tx,
    INCIDENT_SOURCE,
    incident.id,
    owedSteps(incident).map((s) => ({
      kind: s.kind,
      sequence: null,
      department: s.department,
      clientId: incident.clientId,
      branchId: client!.branchId,
      certificateId: null,
      auditId: null,
      dueOn: s.dueOn,
      targetOn: s.dueOn,
      opensOn: null,
      plannedOn: null,
      basis: s.basis,
      provisional: s.provisional,
    })),
  );
}

/**
 * The years with a holiday table changed: an open incident's report deadline that was, or would
 * now be, counted into a year without a table is counted again from the event on today's table
 * (with today's `risk.incidentReportWorkingDays`), and the change is in its history. Deadlines
 * counted on complete years stay as they were fixed when the incident opened.
 */
export async function recountIncidentReportDeadlines(tx: Db): Promise<void> {
  const params = await loadParameters(tx);
  const calendar = await loadWorkingDayCalendar(tx);
  const open = await tx
    .select()
    .from(riskIncidents)
    .where(and(eq(riskIncidents.status, 'open'), isNull(riskIncidents.reportSubmittedOn)))
    .for('update');
  for (const row of open) {
    const next = workingDayDeadline(row.eventOn, params['risk.incidentReportWorkingDays'], calendar);
    if (!row.reportDueProvisional && !next.provisional) continue;
    if (next.dueOn === row.reportDueOn && next.provisional === row.reportDueProvisional) continue;
    const [updated] = await tx
      .update(riskIncidents)
      .set({ reportDueOn: next.dueOn, reportDueProvisional: next.provisional, version: sql`${riskIncidents.version} + 1` })
      .where(eq(riskIncidents.id, row.id))
      .returning();
    await syncIncidentDueItems(tx, updated!);
    await recordChange(tx, systemActor, {
      entity: INCIDENT_ENTITY,
      entityId: row.id,
      action: 'recount-report-due',
      changes: [
        { field: 'reportDueOn', old: row.reportDueOn, new: next.dueOn },
        { field: 'reportDueProvisional', old: row.reportDueProvisional, new: next.provisional },
      ].filter((c) => c.old !== c.new),
    });
  }
}

export async function openIncident(
  tx: Db,
  actor: Actor,
  input: { clientId: string; riskItemId: string; kind: RiskKind; eventOn: IsoDate },
  today: IsoDate,
): Promise<string> {
  const params = await loadParameters(tx);
  const deadlines = incidentDeadlines(input.eventOn, today, await loadWorkingDayCalendar(tx), {
    reportToAuditManagementDays: params['risk.reportToAuditManagementDays'],
    incidentReportWorkingDays: params['risk.incidentReportWorkingDays'],
  });
  const [row] = await tx
    .insert(riskIncidents)
    .values({ ...input, openedOn: today, ...deadlines })
    .returning();
  await syncIncidentDueItems(tx, row!);
  await recordChange(tx, actor, {
    entity: INCIDENT_ENTITY,
    entityId: row!.id,
    action: 'open',
    changes: [
      { field: 'eventOn', old: null, new: row!.eventOn },
      { field: 'reportDueOn', old: null, new: row!.reportDueOn },
      ...(row!.reportDueProvisional ? [{ field: 'reportDueProvisional', old: null, new: true }] : []),
    ],
  });
  return row!.id;
}

const incidentSelection = {
  i: riskIncidents,
  clientName: clients.name,
  branchZh: branches.nameZh,
  branchEn: branches.nameEn,
  itemText: riskItems.text,
  itemSource: riskItems.source,
  itemSourceKind: riskItems.sourceKind,
};

/** Incidents in a scope: a portal sees only those it reported itself. */
export function incidentScopeCondition(scope: DataScope) {
  return and(clientScopeCondition(scope), scope.kind === 'client' ? eq(riskItems.origin, 'portal') : undefined);
}

function incidentQuery(db: Db) {
  return db
    .select(incidentSelection)
    .from(riskIncidents)
    .innerJoin(clients, eq(clients.id, riskIncidents.clientId))
    .innerJoin(branches, eq(branches.id, clients.branchId))
    .innerJoin(riskItems, eq(riskItems.id, riskIncidents.riskItemId));
}

type IncidentJoined = Awaited<ReturnType<ReturnType<typeof incidentQuery>['execute']>>[number];

function toIncident(r: IncidentJoined, actions: IncidentActionView[], today: IsoDate) {
  return {
    ...r.i,
    clientName: r.clientName,
    branchName: { zh: r.branchZh, en: r.branchEn },
    riskItemText: r.itemText,
    riskItemSource: r.itemSource,
    owed: owedSteps(r.i).map((s) => ({ ...s, overdue: s.dueOn < today })),
    actions,
  };
}

type IncidentActionView = Omit<typeof incidentActions.$inferSelect, 'incidentId'> & { certificateNo: string };

async function actionsOf(db: Db, incidentIds: string[]) {
  if (incidentIds.length === 0) return new Map<string, IncidentActionView[]>();
  const rows = await db
    .select({ a: incidentActions, certificateNo: certificates.certificateNo })
    .from(incidentActions)
    .innerJoin(certificates, eq(certificates.id, incidentActions.certificateId))
    .where(inArray(incidentActions.incidentId, incidentIds))
    .orderBy(asc(incidentActions.decidedOn));
  const out = new Map<string, IncidentActionView[]>();
  for (const { a, certificateNo } of rows) {
    const { incidentId, ...rest } = a;
    out.set(incidentId, [...(out.get(incidentId) ?? []), { ...rest, certificateNo }]);
  }
  return out;
}

export async function listIncidents(db: Db, scope: DataScope, q: z.output<typeof IncidentListQuerySchema>, today: IsoDate) {
  const rows = await incidentQuery(db)
    .where(
      and(
        incidentScopeCondition(scope),
        q.status ? eq(riskIncidents.status, q.status) : undefined,
        q.clientId ? eq(riskIncidents.clientId, q.clientId) : undefined,
      ),
    )
    .orderBy(desc(riskIncidents.openedOn), desc(riskIncidents.eventOn))
    .limit(1000);
  const actions = await actionsOf(
    db,
    rows.map((r) => r.i.id),
  );
  const all = rows.map((r) => toIncident(r, actions.get(r.i.id) ?? [], today));
  return q.overdue === undefined ? all : all.filter((i) => i.owed.some((s) => s.overdue) === q.overdue);
}

export async function getIncident(db: Db, scope: DataScope, id: string, today: IsoDate) {
  const [row] = await incidentQuery(db).where(and(eq(riskIncidents.id, id), incidentScopeCondition(scope)));
  if (!row) throw new AppError('INCIDENT.NOT_FOUND');
  return toIncident(row, (await actionsOf(db, [id])).get(id) ?? [], today);
}

/**
 * One step of an incident in one transaction: lock it at the version read, refuse a closed
 * one, apply the change, close it when nothing is owed any more, and re-derive its due items.
 */
async function recordStep(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  version: number,
  action: string,
  today: IsoDate,
  change: (tx: Db, row: IncidentRow, source: { sourceKind: string }) => Promise<Partial<IncidentRow>>,
) {
  await db.transaction(async (tx) => {
    const [found] = await tx
      .select({ i: riskIncidents, sourceKind: riskItems.sourceKind })
      .from(riskIncidents)
      .innerJoin(clients, eq(clients.id, riskIncidents.clientId))
      .innerJoin(riskItems, eq(riskItems.id, riskIncidents.riskItemId))
      .where(and(eq(riskIncidents.id, id), incidentScopeCondition(scope)))
      .for('update', { of: riskIncidents });
    if (!found) throw new AppError('INCIDENT.NOT_FOUND');
    const row = found.i;
    if (row.version !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
    if (row.status === 'closed') throw new AppError('INCIDENT.CLOSED');
    const values = await change(tx, row, found);
    const after = { ...row, ...values };
    if (mayClose(after)) Object.assign(values, { status: 'closed', closedOn: today });
    const [updated] = await tx
      .update(riskIncidents)
      .set({ ...values, version: sql`${riskIncidents.version} + 1` })
      .where(eq(riskIncidents.id, id))
      .returning();
    await syncIncidentDueItems(tx, updated!);
    const changes: FieldChange[] = Object.entries(values).map(([field, value]) => ({
      field,
      old: (row as Record<string, unknown>)[field] ?? null,
      new: value ?? null,
    }));
    await recordChange(tx, actor, { entity: INCIDENT_ENTITY, entityId: id, action, changes });
  });
  return getIncident(db, scope, id, today);
}

const notYet = (done: IsoDate | null) => {
  if (done) throw new AppError('INCIDENT.STEP_DONE', { on: done });
};

/** 当天报告审核管理部 */
export function reportToAuditManagement(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  input: z.output<typeof StepNoteSchema>,
  today: IsoDate,
) {
  return recordStep(db, actor, scope, id, input.version, 'report-to-audit-management', today, async (_tx, row) => {
    notYet(row.reportedToAuditManagementOn);
    return { reportedToAuditManagementOn: today, reportedToAuditManagementBy: actor.name };
  });
}

/** 暂停申请: the request to audit management; the decision follows as an action. */
export function requestSuspension(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  input: z.output<typeof SuspensionRequestSchema>,
  today: IsoDate,
) {
  return recordStep(db, actor, scope, id, input.version, 'request-suspension', today, async (_tx, row) => {
    notYet(row.suspensionRequestedOn);
    return { suspensionRequestedOn: today, suspensionRequestedBy: actor.name, suspensionRequestNote: input.note };
  });
}

/** 分支机构自查: did the past audit miss anything? */
export function recordSelfCheck(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  input: z.output<typeof SelfCheckSchema>,
  today: IsoDate,
) {
  return recordStep(db, actor, scope, id, input.version, 'self-check', today, async (_tx, row) => {
    notYet(row.selfCheckOn);
    return { selfCheckFinding: input.finding, selfCheckNote: input.note, selfCheckOn: today, selfCheckBy: actor.name };
  });
}

/** 事件报告: event, investigation, actions and opinion. */
export function submitIncidentReport(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  input: z.output<typeof IncidentReportSchema>,
  today: IsoDate,
) {
  return recordStep(db, actor, scope, id, input.version, 'report', today, async (_tx, row) => {
    notYet(row.reportSubmittedOn);
    return {
      reportEvent: input.event,
      reportInvestigation: input.investigation,
      reportActions: input.actions,
      reportOpinion: input.opinion,
      reportSubmittedOn: today,
      reportSubmittedBy: actor.name,
    };
  });
}

const TRIGGER_BY_SOURCE = { media: 'MEDIA_EXPOSURE', authority: 'OTHER', client: 'SERIOUS_ACCIDENT' } as const;

/**
 * Audit management's decision: each action becomes what carries it out — an extra audit in
 * the certificate's programme, a suspension proposal for the decision-makers, or a proposed
 * revocation — linked to the incident.
 */
export function decideIncidentActions(db: Db, actor: Actor, scope: DataScope, id: string, input: DecideActionsInput, today: IsoDate) {
  return recordStep(db, actor, scope, id, input.version, 'decide-actions', today, async (tx, row, source) => {
    notYet(row.actionsDecidedOn);
    for (const action of input.actions) {
      const certificate = await findCertificate(tx, scope, action.certificateId, true);
      if (!certificate || certificate.clientId !== row.clientId || !['valid', 'suspended'].includes(certificate.status)) {
        throw new AppError('INCIDENT.CERTIFICATE_NOT_CLIENTS', { certificateNo: certificate?.certificateNo ?? action.certificateId });
      }
      const linked: { auditId?: string; proposalId?: string } = {};
      const [programme] = await tx
        .select({ id: auditProgrammes.id })
        .from(auditProgrammes)
        .where(and(eq(auditProgrammes.certificateId, certificate.id), eq(auditProgrammes.status, 'open')));
      if (auditActionKinds.includes(action.kind)) {
        if (!action.plannedStart) throw new AppError('INCIDENT.AUDIT_DATE_REQUIRED');
        if (!programme) throw new AppError('INCIDENT.NO_OPEN_PROGRAMME', { certificateNo: certificate.certificateNo });
        const audit = await planAudit(tx, actor, scope, programme.id, {
          type: 'extra',
          plannedStart: action.plannedStart,
          plannedEnd: action.plannedEnd ?? action.plannedStart,
          sites: [],
          trigger: TRIGGER_BY_SOURCE[source.sourceKind as keyof typeof TRIGGER_BY_SOURCE],
          triggerNote: `风险事件 / incident: ${action.kind}${action.note ? ` — ${action.note}` : ''}`,
        });
        linked.auditId = audit.id;
      } else if (action.kind === 'suspension') {
        if (!programme) throw new AppError('INCIDENT.NO_OPEN_PROGRAMME', { certificateNo: certificate.certificateNo });
        const [client] = await tx.select({ branchId: clients.branchId }).from(clients).where(eq(clients.id, row.clientId));
        const proposal = await proposeSuspension(
          tx,
          actor,
          {
            certificateId: certificate.id,
            programmeId: programme.id,
            clientId: row.clientId,
            branchId: client!.branchId,
            dueKey: `incident:${row.id}`,
            dueOn: today,
            sequence: null,
            basis: 'INCIDENT',
          },
          today,
        );
        if (proposal) linked.proposalId = proposal.id;
      } else {
        await proposeRevocation(tx, actor, certificate, 'SERIOUS_QUALITY_ACCIDENT', `风险事件 / incident: ${input.note}`, today);
      }
      await tx.insert(incidentActions).values({
        incidentId: row.id,
        kind: action.kind,
        certificateId: certificate.id,
        auditId: linked.auditId ?? null,
        proposalId: linked.proposalId ?? null,
        note: action.note ?? null,
        decidedOn: today,
        decidedBy: actor.name,
      });
    }
    return {
      actionsDecidedOn: today,
      actionsDecidedBy: actor.name,
      actionsNote: input.note,
      rectificationDueOn: input.rectificationDueOn ?? null,
    };
  });
}

/** 整改证据 from the client, recorded by staff; may be resubmitted until it is verified. */
export function submitRectification(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  input: z.output<typeof RectificationSchema>,
  today: IsoDate,
) {
  return recordStep(db, actor, scope, id, input.version, 'submit-rectification', today, async (_tx, row) => {
    if (!row.rectificationDueOn) throw new AppError('INCIDENT.ACTIONS_FIRST');
    notYet(row.rectificationVerifiedOn);
    return { rectificationEvidence: input.evidence, rectificationSubmittedOn: today };
  });
}

/** 整改验证: accepted closes the step; not accepted sends it back for new evidence. */
export function verifyRectification(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  input: z.output<typeof VerifyRectificationSchema>,
  today: IsoDate,
) {
  return recordStep(
    db,
    actor,
    scope,
    id,
    input.version,
    input.accepted ? 'verify-rectification' : 'reject-rectification',
    today,
    async (_tx, row) => {
      if (!row.rectificationSubmittedOn) throw new AppError('INCIDENT.NO_EVIDENCE');
      notYet(row.rectificationVerifiedOn);
      return input.accepted
        ? { rectificationVerifiedOn: today, rectificationVerifiedBy: actor.name, rectificationVerificationNote: input.note }
        : { rectificationSubmittedOn: null, rectificationVerificationNote: input.note };
    },
  );
}
