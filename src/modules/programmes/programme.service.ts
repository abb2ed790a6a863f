import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { FieldChange } from '../../lib/field-changes.js';
import { pgErrorOf, type Db } from '../../db/connection.js';
import type { IsoDate } from '../../lib/dates.js';
import { issueAuditSurvey } from '../surveys/survey.service.js';
import { AppError } from '../../lib/errors.js';
import { users } from '../auth/auth.schema.js';
import type { DataScope } from '../auth/permissions.js';
import { assertDeciderIndependent, assertFieldInScheme, certificateExpiry } from '../certificates/certificate.rules.js';
import { decide, getCertificate, withLockedCertificate } from '../certificates/certificate.service.js';
import { assertClientMayApply } from '../certificates/grant.service.js';
import { getClient, recordSurveillanceHeld } from '../clients/client.service.js';
import { dueItemsOf } from '../due-list/due-list.service.js';
import { loadParameters } from '../parameters/parameter.service.js';
import type {
  AuditPlanSchema,
  CancelAuditSchema,
  CreateProgrammeSchema,
  PlanAuditSchema,
  RecertifySchema,
  RecordAuditSchema,
  RescheduleAuditSchema,
  TeamSchema,
} from './programme.dto.js';
import {
  auditTeamIds,
  auditsOfProgrammes,
  findAudit,
  findProgramme,
  maintainDecisionsOf,
  previousAuditsOfClient,
  programmesOfClient,
  teamsOf,
  type AuditRow,
  type ProgrammeRow,
} from './programme.repo.js';
import { auditStatusLabels, type AuditType } from './programme.rules.js';
import { auditProgrammes, auditTeamMembers, audits } from './programme.schema.js';
import { openCycle, PROGRAMME_SOURCE, syncProgramme } from './programme.sync.js';
import { registrationsOf } from './registration.service.js';
import { areaCovers, assertPlanAllowed, teamProblems, type TeamMember } from './team.rules.js';

export const PROGRAMME_ENTITY = 'audit_programme';
export const AUDIT_ENTITY = 'audit';

const afterSalesOnly: readonly AuditType[] = ['mystery_shopping', 'random_survey'];
const needsCertificate: readonly AuditType[] = ['surveillance', 'recertification', 'extra', 'mystery_shopping', 'random_survey'];
const passed = (a: AuditRow) => a.status === 'held' && (a.result === 'pass' || a.result === 'pass_after_correction');

/** A client's programmes, each with its audits, teams and what it still owes. */
export async function clientProgrammes(db: Db, scope: DataScope, clientId: string, today: IsoDate) {
  await getClient(db, scope, clientId);
  const rows = await programmesOfClient(db, clientId);
  const ids = rows.map((r) => r.p.id);
  const allAudits = await auditsOfProgrammes(db, ids);
  const teams = await teamsOf(
    db,
    allAudits.map((a) => a.id),
  );
  const due = await dueItemsOf(db, PROGRAMME_SOURCE, ids, today);
  const decisions = await maintainDecisionsOf(
    db,
    allAudits.map((a) => a.id),
  );
  return rows.map(({ p, certificateNo }) => {
    const own = allAudits.filter((a) => a.programmeId === p.id);
    let surveillanceNo = 0;
    return {
      ...programmeView(p),
      certificateNo,
      audits: own.map((a) => {
        const counted = a.type === 'surveillance' && a.status !== 'cancelled';
        if (counted) surveillanceNo += 1;
        return auditView(
          a,
          teams.filter((m) => m.auditId === a.id),
          counted ? surveillanceNo : null,
          decisions.get(a.id) ?? null,
        );
      }),
      due: due.filter((d) => d.sourceId === p.id),
    };
  });
}

function programmeView(p: ProgrammeRow) {
  const { createdAt: _c, ...rest } = p;
  return rest;
}

function auditView(
  a: AuditRow,
  team: { userId: string; name: string; role: TeamMember['role'] }[],
  sequence: number | null,
  maintained: { decidedBy: string; decidedOn: string } | null,
) {
  const { createdAt: _c, ...rest } = a;
  return { ...rest, sequence, team: team.map(({ userId, name, role }) => ({ userId, name, role })), maintained };
}

export async function getAudit(db: Db, scope: DataScope, id: string) {
  const row = await findAudit(db, scope, id);
  if (!row) throw new AppError('AUDIT.NOT_FOUND');
  return auditView(row.a, await teamsOf(db, [id]), null, (await maintainDecisionsOf(db, [id])).get(id) ?? null);
}

/** An application-stage programme: the client applies for certification in a field, unless it is barred (SPEC §3). */
export async function createProgramme(
  db: Db,
  actor: Actor,
  scope: DataScope,
  clientId: string,
  input: z.output<typeof CreateProgrammeSchema>,
  today: IsoDate,
) {
  await getClient(db, scope, clientId);
  assertFieldInScheme(input.scheme, input.field);
  try {
    return await db.transaction(async (tx) => {
      await assertClientMayApply(tx, clientId, input.field, today);
      const [row] = await tx.insert(auditProgrammes).values({ clientId, scheme: input.scheme, field: input.field }).returning();
      await recordChange(tx, actor, {
        entity: PROGRAMME_ENTITY,
        entityId: row!.id,
        action: 'create',
        changes: [
          { field: 'scheme', old: null, new: input.scheme },
          { field: 'field', old: null, new: input.field },
        ],
      });
      return programmeView(row!);
    });
  } catch (err) {
    const pg = pgErrorOf(err);
    if (pg?.code === '23505' && pg.constraint === 'audit_programmes_application_idx')
      throw new AppError('PROGRAMME.OPEN_EXISTS', { field: input.field });
    throw err;
  }
}

/** A mystery-shopping visit (暗访) belongs to a surveillance of its programme: the one named, or the next planned. */
async function surveillanceForVisit(tx: Db, programmeId: string, forAuditId: string | null | undefined) {
  const [target] = await tx
    .select({ id: audits.id })
    .from(audits)
    .where(
      and(
        eq(audits.programmeId, programmeId),
        eq(audits.type, 'surveillance'),
        forAuditId ? eq(audits.id, forAuditId) : eq(audits.status, 'planned'),
        ne(audits.status, 'cancelled'),
      ),
    )
    .orderBy(asc(audits.plannedStart))
    .limit(1);
  if (!target) throw new AppError('AUDIT.MYSTERY_SHOPPING_TARGET');
  return target.id;
}

export async function planAudit(db: Db, actor: Actor, scope: DataScope, programmeId: string, input: z.output<typeof PlanAuditSchema>) {
  if (input.plannedEnd < input.plannedStart) throw new AppError('AUDIT.DATES');
  if (input.type === 'extra' && !input.trigger) throw new AppError('AUDIT.TRIGGER_REQUIRED');
  return db.transaction(async (tx) => {
    const found = await findProgramme(tx, scope, programmeId, true);
    if (!found) throw new AppError('PROGRAMME.NOT_FOUND');
    const p = found.p;
    if (p.status === 'closed') throw new AppError('PROGRAMME.CLOSED');
    if (afterSalesOnly.includes(input.type) && p.scheme !== 'after_sales')
      throw new AppError('AUDIT.TYPE_NOT_IN_SCHEME', { type: input.type });
    if (needsCertificate.includes(input.type) && !p.certificateId) throw new AppError('AUDIT.NEEDS_CERTIFICATE', { type: input.type });
    const forAuditId = input.type === 'mystery_shopping' ? await surveillanceForVisit(tx, p.id, input.forAuditId) : null;
    const [row] = await tx
      .insert(audits)
      .values({
        programmeId: p.id,
        clientId: p.clientId,
        type: input.type,
        plannedStart: input.plannedStart,
        plannedEnd: input.plannedEnd,
        sites: input.sites,
        trigger: input.type === 'extra' ? input.trigger! : null,
        triggerNote: input.type === 'extra' ? (input.triggerNote ?? null) : null,
        forAuditId,
      })
      .returning();
    await syncProgramme(tx, p.id);
    await recordChange(tx, actor, {
      entity: AUDIT_ENTITY,
      entityId: row!.id,
      action: 'plan',
      changes: [
        { field: 'type', old: null, new: input.type },
        { field: 'plannedStart', old: null, new: input.plannedStart },
        { field: 'plannedEnd', old: null, new: input.plannedEnd },
        ...(row!.trigger ? [{ field: 'trigger', old: null, new: row!.trigger }] : []),
      ],
    });
    return auditView(row!, [], null, null);
  });
}

/** Locks a planned audit at the version the caller read, runs the change, re-derives the programme's due items. */
async function changePlannedAudit(
  db: Db,
  scope: DataScope,
  id: string,
  version: number,
  fn: (tx: Db, audit: AuditRow, found: NonNullable<Awaited<ReturnType<typeof findAudit>>>) => Promise<void>,
) {
  await db.transaction(async (tx) => {
    const found = await findAudit(tx, scope, id, true);
    if (!found) throw new AppError('AUDIT.NOT_FOUND');
    if (found.a.version !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
    if (found.a.status !== 'planned') throw new AppError('AUDIT.NOT_PLANNED', { status: auditStatusLabels[found.a.status] });
    await fn(tx, found.a, found);
    await tx
      .update(audits)
      .set({ version: sql`${audits.version} + 1` })
      .where(eq(audits.id, id));
    await syncProgramme(tx, found.p.id);
  });
  return getAudit(db, scope, id);
}

async function saveAuditChange(
  tx: Db,
  actor: Actor,
  audit: AuditRow,
  action: string,
  values: Partial<typeof audits.$inferInsert>,
  extra: FieldChange[] = [],
) {
  await tx.update(audits).set(values).where(eq(audits.id, audit.id));
  const changes = Object.entries(values)
    .filter(([k]) => k !== 'rescheduleCount')
    .map(([k, v]) => ({ field: k, old: audit[k as keyof AuditRow] ?? null, new: v ?? null }));
  await recordChange(tx, actor, { entity: AUDIT_ENTITY, entityId: audit.id, action, changes: [...changes, ...extra] });
}

export function rescheduleAudit(db: Db, actor: Actor, scope: DataScope, id: string, input: z.output<typeof RescheduleAuditSchema>) {
  if (input.plannedEnd < input.plannedStart) throw new AppError('AUDIT.DATES');
  return changePlannedAudit(db, scope, id, input.version, (tx, audit) =>
    saveAuditChange(
      tx,
      actor,
      audit,
      'reschedule',
      { plannedStart: input.plannedStart, plannedEnd: input.plannedEnd, rescheduleCount: audit.rescheduleCount + 1 },
      [{ field: 'reason', old: null, new: input.reason }],
    ),
  );
}

/** A cancelled surveillance takes its planned mystery-shopping visits with it. */
export function cancelAudit(db: Db, actor: Actor, scope: DataScope, id: string, input: z.output<typeof CancelAuditSchema>) {
  return changePlannedAudit(db, scope, id, input.version, async (tx, audit) => {
    await saveAuditChange(tx, actor, audit, 'cancel', { status: 'cancelled', cancelReason: input.reason });
    const visits = await tx
      .update(audits)
      .set({ status: 'cancelled', cancelReason: input.reason, version: sql`${audits.version} + 1` })
      .where(and(eq(audits.forAuditId, audit.id), eq(audits.status, 'planned')))
      .returning({ id: audits.id });
    for (const v of visits)
      await recordChange(tx, actor, {
        entity: AUDIT_ENTITY,
        entityId: v.id,
        action: 'cancel',
        changes: [{ field: 'status', old: 'planned', new: 'cancelled' }],
      });
  });
}

export function recordAudit(db: Db, actor: Actor, scope: DataScope, id: string, input: z.output<typeof RecordAuditSchema>, today: IsoDate) {
  if (input.actualEnd < input.actualStart) throw new AppError('AUDIT.DATES');
  if (input.actualEnd > today) throw new AppError('AUDIT.IN_FUTURE', { today });
  return changePlannedAudit(db, scope, id, input.version, async (tx, audit, found) => {
    // a random survey (随机调查) asks the client's customers by phone or post: no team on site
    if (audit.type !== 'random_survey' && (await teamsOf(tx, [id])).length === 0) throw new AppError('AUDIT.NO_TEAM');
    if (audit.type === 'surveillance' && found.p.scheme === 'after_sales') {
      const [visit] = await tx
        .select({ id: audits.id })
        .from(audits)
        .where(and(eq(audits.forAuditId, id), eq(audits.type, 'mystery_shopping'), eq(audits.status, 'held')))
        .limit(1);
      if (!visit) throw new AppError('AUDIT.MYSTERY_SHOPPING_MISSING');
    }
    await saveAuditChange(tx, actor, audit, 'record', {
      status: 'held',
      actualStart: input.actualStart,
      actualEnd: input.actualEnd,
      result: input.result,
      resultNote: input.resultNote ?? null,
    });
    if (audit.type === 'surveillance') await recordSurveillanceHeld(tx, actor, audit.clientId, input.actualEnd);
    await issueAuditSurvey(tx, audit, input.actualStart);
  });
}

/** Replaces the audit team after checking every member's registration against the audit (SPEC §4, §11). */
export function assignTeam(db: Db, actor: Actor, scope: DataScope, id: string, input: z.output<typeof TeamSchema>) {
  return changePlannedAudit(db, scope, id, input.version, async (tx, audit, found) => {
    const { team, problems } = await checkedTeam(tx, found, input.members);
    if (problems[0]) throw problems[0];
    assertPlanAllowed(audit.plan, { from: audit.plannedStart, to: audit.plannedEnd, sites: audit.sites }, team);
    const before = await teamsOf(tx, [id]);
    await tx.delete(auditTeamMembers).where(eq(auditTeamMembers.auditId, id));
    await tx.insert(auditTeamMembers).values(input.members.map((m) => ({ auditId: id, ...m })));
    const describe = (t: { name: string; role: string }[]) => t.map((m) => `${m.name}（${m.role}）`).join('、') || null;
    await recordChange(tx, actor, {
      entity: AUDIT_ENTITY,
      entityId: id,
      action: 'assign-team',
      changes: [{ field: 'team', old: describe(before), new: describe(team) }],
    });
  });
}

/** The members as people (active auditor accounts) and what keeps them from being the audit's team. */
async function checkedTeam(
  db: Db,
  found: NonNullable<Awaited<ReturnType<typeof findAudit>>>,
  members: readonly { userId: string; role: TeamMember['role'] }[],
) {
  const ids = members.map((m) => m.userId);
  const people = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.role, 'auditor'), eq(users.active, true)));
  if (people.length !== new Set(ids).size) return { team: [], problems: [new AppError('TEAM.UNKNOWN_USER')] };
  const team: TeamMember[] = members.map((m) => ({ ...m, name: people.find((p) => p.id === m.userId)?.name ?? m.userId }));
  const problems = teamProblems(team, await registrationsOf(db, ids), {
    field: found.p.field,
    technicalAreas: found.technicalAreas,
    from: found.a.plannedStart,
    to: found.a.plannedEnd,
  });
  return { team, problems };
}

/** What keeps a team being built from being the audit's, each in both languages; nothing is saved. */
export async function checkTeam(db: Db, scope: DataScope, id: string, members: z.output<typeof TeamSchema>['members']) {
  const found = await findAudit(db, scope, id);
  if (!found) throw new AppError('AUDIT.NOT_FOUND');
  return { problems: (await checkedTeam(db, found, members)).problems.map((p) => p.toBody()) };
}

/** The audit plan (审核计划); an auditor may write it only for an audit whose team they are on. */
export function saveAuditPlan(
  db: Db,
  actor: Actor,
  user: { id: string; role: string },
  scope: DataScope,
  id: string,
  input: z.output<typeof AuditPlanSchema>,
) {
  return changePlannedAudit(db, scope, id, input.version, async (tx, audit) => {
    const team = await teamsOf(tx, [id]);
    if (user.role === 'auditor' && !team.some((m) => m.userId === user.id)) throw new AppError('AUTH.FORBIDDEN');
    assertPlanAllowed(input.activities, { from: audit.plannedStart, to: audit.plannedEnd, sites: audit.sites }, team);
    const activities = [...input.activities].sort((a, b) => `${a.date}${a.from}`.localeCompare(`${b.date}${b.from}`));
    await tx.update(audits).set({ plan: activities }).where(eq(audits.id, id));
    await recordChange(tx, actor, {
      entity: AUDIT_ENTITY,
      entityId: id,
      action: 'plan-activities',
      changes: [{ field: 'plan', old: audit.plan.length, new: activities.length }],
    });
  });
}

/**
 * Who may be put on the team: every auditor with a registration for the programme's field
 * valid over the audit, what it covers, and the audits of this client each has been on.
 */
export async function teamCandidates(db: Db, scope: DataScope, id: string) {
  const found = await findAudit(db, scope, id);
  if (!found) throw new AppError('AUDIT.NOT_FOUND');
  const { a, p, technicalAreas } = found;
  const people = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(eq(users.role, 'auditor'), eq(users.active, true)))
    .orderBy(asc(users.displayName));
  const regs = await registrationsOf(
    db,
    people.map((u) => u.id),
  );
  const previous = await previousAuditsOfClient(db, a.clientId, a.id);
  return people.flatMap((u) => {
    const own = regs.filter(
      (r) => r.userId === u.id && r.field === p.field && r.validFrom <= a.plannedStart && r.validUntil >= a.plannedEnd,
    );
    if (own.length === 0) return [];
    const covers = technicalAreas.filter((area) => own.some((r) => r.technicalAreas.some((reg) => areaCovers(reg, area))));
    return [
      {
        userId: u.id,
        name: u.name,
        kinds: [...new Set(own.map((r) => r.kind))],
        teamLeader: own.some((r) => r.teamLeader),
        registrationNos: own.map((r) => r.registrationNo),
        coversAreas: covers,
        previousAudits: previous.filter((x) => x.userId === u.id).map(({ userId: _u, ...rest }) => rest),
      },
    ];
  });
}

/**
 * 再认证决定: on a recertification audit of this cycle that was held and passed, the
 * certificate gets a new validity from the decision, this cycle closes and the next opens.
 */
export async function recertifyCertificate(
  db: Db,
  actor: Actor,
  scope: DataScope,
  programmeId: string,
  input: z.output<typeof RecertifySchema>,
  today: IsoDate,
) {
  const found = await findProgramme(db, scope, programmeId);
  if (!found) throw new AppError('PROGRAMME.NOT_FOUND');
  const { p } = found;
  if (!p.certificateId) throw new AppError('AUDIT.NEEDS_CERTIFICATE', { type: 'recertification' });
  if (p.status === 'closed') throw new AppError('PROGRAMME.CLOSED');
  if (input.decisionOn > today) throw new AppError('CERTIFICATE.DECISION_IN_FUTURE', { today });
  const params = await loadParameters(db);
  return withLockedCertificate(db, scope, p.certificateId, async (tx, row) => {
    assertDeciderIndependent(actor.id, await auditTeamIds(tx, { programmeId: p.id, type: 'recertification' }));
    const cycleAudits = await tx.select().from(audits).where(eq(audits.programmeId, p.id));
    const recertifications = cycleAudits.filter((a) => a.type === 'recertification' && passed(a));
    if (recertifications.length === 0) throw new AppError('RECERTIFICATION.AUDIT_MISSING');
    const heldOn = recertifications.map((a) => a.actualEnd!).sort()[0]!;
    // the decision rests on the audit: it is not dated before the audit ended
    if (input.decisionOn < heldOn) throw new AppError('CERTIFICATE.DECISION_BEFORE_AUDIT', { auditEnd: heldOn });
    const [closed] = await tx
      .update(auditProgrammes)
      .set({ status: 'closed', closedOn: input.decisionOn, version: sql`${auditProgrammes.version} + 1` })
      .where(and(eq(auditProgrammes.id, p.id), eq(auditProgrammes.status, 'open')))
      .returning({ id: auditProgrammes.id });
    if (!closed) throw new AppError('CONCURRENCY.STALE_VERSION');
    await syncProgramme(tx, p.id);
    await recordChange(tx, actor, {
      entity: PROGRAMME_ENTITY,
      entityId: p.id,
      action: 'close',
      changes: [{ field: 'status', old: 'open', new: 'closed' }],
    });
    const updated = await decide(
      tx,
      actor,
      row,
      input.version,
      {
        command: {
          kind: 'recertify',
          decisionOn: input.decisionOn,
          expiresOn: certificateExpiry(input.decisionOn, params['certificate.validityYears']),
        },
        effectiveOn: input.decisionOn,
        ground: null,
        reason: input.reason,
        details: { programmeId: p.id, cycleNo: p.cycleNo },
        fields: { decisionOn: input.decisionOn },
      },
      today,
    );
    await openCycle(tx, updated, { fromApplication: false });
  }).then(() => getCertificate(db, scope, p.certificateId!));
}
