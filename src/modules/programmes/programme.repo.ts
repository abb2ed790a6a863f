import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import type { DataScope } from '../auth/permissions.js';
import { users } from '../auth/auth.schema.js';
import { certificateEvents, certificates } from '../certificates/certificate.schema.js';
import { clientScopeCondition } from '../clients/client.repo.js';
import { clients } from '../clients/client.schema.js';
import { auditProgrammes, auditTeamMembers, audits } from './programme.schema.js';

export type ProgrammeRow = typeof auditProgrammes.$inferSelect;
export type AuditRow = typeof audits.$inferSelect;

/** Programmes and audits are seen through their client: the client's scope is theirs. */
export async function findProgramme(db: Db, scope: DataScope, id: string, lock = false) {
  const q = db
    .select({ p: auditProgrammes, technicalAreas: clients.technicalAreaCodes })
    .from(auditProgrammes)
    .innerJoin(clients, eq(clients.id, auditProgrammes.clientId))
    .where(and(eq(auditProgrammes.id, id), clientScopeCondition(scope)));
  const [row] = await (lock ? q.for('update', { of: auditProgrammes }) : q);
  return row;
}

export async function findAudit(db: Db, scope: DataScope, id: string, lock = false) {
  const q = db
    .select({ a: audits, p: auditProgrammes, technicalAreas: clients.technicalAreaCodes })
    .from(audits)
    .innerJoin(auditProgrammes, eq(auditProgrammes.id, audits.programmeId))
    .innerJoin(clients, eq(clients.id, audits.clientId))
    .where(and(eq(audits.id, id), clientScopeCondition(scope)));
  const [row] = await (lock ? q.for('update', { of: audits }) : q);
  return row;
}

export function programmesOfClient(db: Db, clientId: string) {
  return db
    .select({ p: auditProgrammes, certificateNo: certificates.certificateNo })
    .from(auditProgrammes)
    .leftJoin(certificates, eq(certificates.id, auditProgrammes.certificateId))
    .where(eq(auditProgrammes.clientId, clientId))
    .orderBy(asc(auditProgrammes.field), asc(auditProgrammes.cycleNo), asc(auditProgrammes.createdAt));
}

export function auditsOfProgrammes(db: Db, programmeIds: string[]) {
  if (programmeIds.length === 0) return Promise.resolve([] as AuditRow[]);
  return db.select().from(audits).where(inArray(audits.programmeId, programmeIds)).orderBy(asc(audits.plannedStart), asc(audits.createdAt));
}

export function teamsOf(db: Db, auditIds: string[]) {
  if (auditIds.length === 0) return Promise.resolve([]);
  return db
    .select({ auditId: auditTeamMembers.auditId, userId: auditTeamMembers.userId, role: auditTeamMembers.role, name: users.displayName })
    .from(auditTeamMembers)
    .innerJoin(users, eq(users.id, auditTeamMembers.userId))
    .where(inArray(auditTeamMembers.auditId, auditIds))
    .orderBy(sql`case ${auditTeamMembers.role} when 'team_leader' then 0 when 'auditor' then 1 else 2 end`, asc(users.displayName));
}

/** 以往审核: the audits of this client each person was on, most recent first. */
export function previousAuditsOfClient(db: Db, clientId: string, exceptAuditId: string) {
  return db
    .select({
      userId: auditTeamMembers.userId,
      auditId: audits.id,
      type: audits.type,
      role: auditTeamMembers.role,
      start: sql<string>`coalesce(${audits.actualStart}, ${audits.plannedStart})`,
      status: audits.status,
    })
    .from(auditTeamMembers)
    .innerJoin(audits, eq(audits.id, auditTeamMembers.auditId))
    .where(and(eq(audits.clientId, clientId), ne(audits.id, exceptAuditId), ne(audits.status, 'cancelled')))
    .orderBy(sql`coalesce(${audits.actualStart}, ${audits.plannedStart}) desc`);
}

/**
 * Who audited what a certification decision rests on (the decider must not be among them):
 * the team members of the audits `which` selects.
 */
export async function auditTeamIds(
  db: Db,
  which:
    | { certificateId: string; heldSince: string } // audits held since a date (a restoration)
    | { programmeId: string; type: AuditRow['type'] } // a cycle's audits of one type (recertification)
    | { auditIds: string[] },
): Promise<string[]> {
  const where =
    'heldSince' in which
      ? and(
          eq(auditProgrammes.certificateId, which.certificateId),
          eq(audits.status, 'held'),
          sql`${audits.actualEnd} >= ${which.heldSince}`,
        )
      : 'programmeId' in which
        ? and(eq(audits.programmeId, which.programmeId), eq(audits.type, which.type), ne(audits.status, 'cancelled'))
        : which.auditIds.length > 0
          ? inArray(audits.id, which.auditIds)
          : sql`false`;
  const rows = await db
    .selectDistinct({ userId: auditTeamMembers.userId })
    .from(auditTeamMembers)
    .innerJoin(audits, eq(audits.id, auditTeamMembers.auditId))
    .innerJoin(auditProgrammes, eq(auditProgrammes.id, audits.programmeId))
    .where(where);
  return rows.map((r) => r.userId);
}

/** The audits of the client's open application-stage programme in a field (before the grant), or null without one. */
export async function applicationAudits(db: Db, clientId: string, field: ProgrammeRow['field']): Promise<AuditRow[] | null> {
  const [programme] = await db
    .select({ id: auditProgrammes.id })
    .from(auditProgrammes)
    .where(
      and(
        eq(auditProgrammes.clientId, clientId),
        eq(auditProgrammes.field, field),
        sql`${auditProgrammes.certificateId} is null`,
        eq(auditProgrammes.status, 'open'),
      ),
    );
  return programme ? db.select().from(audits).where(eq(audits.programmeId, programme.id)) : null;
}

/** 保持认证资格: who kept the certificate after each of these audits, and when. */
export async function maintainDecisionsOf(db: Db, auditIds: string[]): Promise<Map<string, { decidedBy: string; decidedOn: string }>> {
  if (auditIds.length === 0) return new Map();
  const auditId = sql<string>`${certificateEvents.details}->>'auditId'`;
  const rows = await db
    .select({ auditId, decidedBy: certificateEvents.decidedBy, decidedOn: certificateEvents.effectiveOn })
    .from(certificateEvents)
    .where(and(eq(certificateEvents.kind, 'maintain'), inArray(auditId, auditIds)));
  return new Map(rows.map((r) => [r.auditId, { decidedBy: r.decidedBy, decidedOn: r.decidedOn }]));
}
