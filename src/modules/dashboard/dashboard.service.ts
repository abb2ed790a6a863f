import { and, asc, eq, gte, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { addMonths, type IsoDate } from '../../lib/dates.js';
import { roleMay, type DataScope, type Role } from '../auth/permissions.js';
import { backupHealth } from '../backup/backup.runs.js';
import { missingYears } from '../calendar/calendar.service.js';
import { certificates } from '../certificates/certificate.schema.js';
import { clientIsVisible, clientScopeCondition } from '../clients/client.repo.js';
import { clientGrades, clients } from '../clients/client.schema.js';
import { campaignCounts } from '../classification/classification.service.js';
import { complianceMeters } from '../communication/communication.service.js';
import { complaints } from '../complaints/complaint.schema.js';
import { complaintScopeCondition } from '../complaints/complaint.service.js';
import { dueItems } from '../due-list/due-item.schema.js';
import { auditTeamMembers, audits } from '../programmes/programme.schema.js';
import { dueScopeCondition, dueWindows, listDueItems } from '../due-list/due-list.service.js';
import { riskIncidents } from '../risk/risk.schema.js';
import { failedDeliveries } from '../notices/notice.service.js';
import { surveyTotals } from '../surveys/survey.service.js';
import { surveys } from '../surveys/survey.schema.js';
import type { DashboardSchema } from './dashboard.dto.js';

/** The departments that own due items; other staff (general admin, admin) see every department's. */
const departments: readonly Role[] = ['customer_service', 'audit_management', 'quality_technical', 'decision_maker'];

const monthsAhead = 6;

/** Who is told that a year's holiday table is missing: those who keep the calendar (SPEC §1). */
const holidayWarningRoles: readonly Role[] = ['admin', 'general_admin'];

/**
 * The home page of a role (工作台): what is due and overdue for the department today, what is
 * unusual, and the charts of the areas the role may read. Each part is there only when the role
 * may see its module.
 */
export async function dashboard(
  db: Db,
  user: { id: string; role: Role },
  scope: DataScope,
  today: IsoDate,
  now: Date,
): Promise<z.output<typeof DashboardSchema>> {
  const { role } = user;
  const year = Number(today.slice(0, 4));
  const department = departments.includes(role) ? role : undefined;
  const may = (p: Parameters<typeof roleMay>[1]) => roleMay(role, p);
  // an auditor owes its own audits, not a department's list
  const seesDueList = may('duelist:read') && role !== 'auditor';

  // the whole page shows certificates by status; a portal user's page shows its own
  const certificateRows = await db
    .select({ status: certificates.status, n: sql<number>`count(*)::int` })
    .from(certificates)
    .innerJoin(clients, eq(clients.id, certificates.clientId))
    .where(clientScopeCondition(scope))
    .groupBy(certificates.status);
  const certificatesByStatus = Object.fromEntries(certificateRows.map((r) => [r.status, r.n]));

  if (role === 'client' && scope.kind === 'client') {
    const openSurveys = await countWhere(
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(surveys)
        .where(and(eq(surveys.clientId, scope.clientId), isNull(surveys.answeredOn))),
    );
    return { role, today, portal: { openSurveys, certificates: certificatesByStatus } };
  }

  // the first due-list window (30 days by default) is what 'soon' means here too
  const { days: windowDays, ends } = await dueWindows(db, today);
  const horizon = ends[0];
  const monthEnd = addMonths(`${today.slice(0, 7)}-01`, monthsAhead);
  const ofDepartment = and(dueScopeCondition(scope), department ? eq(dueItems.department, department) : undefined);
  const when = <T>(allowed: boolean, work: () => Promise<T>) => (allowed ? work() : Promise.resolve(null));
  // the parts are independent: asked for together, so the page waits for the slowest, not the sum
  const [
    due,
    dueByKind,
    dueByMonth,
    gradeRows,
    complaintsOverdue,
    incidentsOpen,
    survey,
    campaign,
    meters,
    myAudits,
    holidayYearsMissing,
    backup,
    mailFailed,
  ] = await Promise.all([
    when(seesDueList, () => listDueItems(db, scope, { bucket: 'overdue', department, lang: 'zh', page: 1, pageSize: 8 }, today)),
    when(seesDueList, () =>
      db
        .select({
          kind: dueItems.kind,
          overdue: sql<number>`count(*) filter (where ${dueItems.dueOn} < ${today})::int`,
          soon: sql<number>`count(*) filter (where ${dueItems.dueOn} >= ${today})::int`,
        })
        .from(dueItems)
        .where(and(ofDepartment, lte(dueItems.dueOn, horizon)))
        .groupBy(dueItems.kind),
    ),
    when(seesDueList, () =>
      db
        .select({ month: sql<string>`to_char(${dueItems.dueOn}, 'YYYY-MM')`, n: sql<number>`count(*)::int` })
        .from(dueItems)
        .where(and(ofDepartment, gte(dueItems.dueOn, today), lt(dueItems.dueOn, monthEnd)))
        .groupBy(sql`1`)
        .orderBy(sql`1`),
    ),
    when(may('classification:read'), () =>
      db
        .select({ grade: clients.grade, n: sql<number>`count(*)::int` })
        .from(clients)
        .where(and(clientIsVisible, clientScopeCondition(scope), sql`${clients.grade} is not null`))
        .groupBy(clients.grade),
    ),
    when(may('complaints:read'), () =>
      countWhere(
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(complaints)
          .leftJoin(clients, eq(clients.id, complaints.clientId))
          .where(
            and(
              inArray(complaints.status, ['received', 'investigating']),
              lt(complaints.answerDueOn, today),
              complaintScopeCondition(scope),
            ),
          ),
      ),
    ),
    when(may('incidents:read'), () =>
      countWhere(
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(riskIncidents)
          .innerJoin(clients, eq(clients.id, riskIncidents.clientId))
          .where(and(eq(riskIncidents.status, 'open'), clientScopeCondition(scope))),
      ),
    ),
    when(may('surveys:read'), () => surveyTotals(db, scope, year)),
    when(may('classification:read'), () => campaignCounts(db, scope, year)),
    when(may('communication:read'), () => complianceMeters(db, scope, year, { totalsOnly: true })),
    when(role === 'auditor', () =>
      db
        .select({
          id: audits.id,
          type: audits.type,
          plannedStart: audits.plannedStart,
          plannedEnd: audits.plannedEnd,
          clientId: audits.clientId,
          clientName: clients.name,
          teamRole: auditTeamMembers.role,
        })
        .from(auditTeamMembers)
        .innerJoin(audits, eq(audits.id, auditTeamMembers.auditId))
        .innerJoin(clients, eq(clients.id, audits.clientId))
        .where(and(eq(auditTeamMembers.userId, user.id), eq(audits.status, 'planned')))
        .orderBy(asc(audits.plannedStart))
        .limit(10),
    ),
    when(holidayWarningRoles.includes(role), () => missingYears(db, today)),
    // the administrator is warned when the newest backup is too old or the daily one fails
    when(may('backups:read'), () => backupHealth(db, now)),
    // notice e-mails out of attempts: general administration looks after the outgoing mail
    when(may('mail:status'), () => failedDeliveries(db)),
  ]);

  return {
    role,
    today,
    windowDays,
    due: due && { counts: due.counts, windowDays: due.windowDays, overdue: due.items },
    dueByKind: dueByKind ?? [],
    dueByMonth: dueByMonth ?? [],
    certificatesByStatus,
    gradeDistribution: gradeRows?.length
      ? // every grade, 0 where none
        (Object.fromEntries(clientGrades.map((g) => [g, gradeRows.find((r) => r.grade === g)?.n ?? 0])) as Record<
          (typeof clientGrades)[number],
          number
        >)
      : null,
    unusual: {
      complaintsOverdue,
      incidentsOpen,
      suspended: certificateRows.find((r) => r.status === 'suspended')?.n ?? 0,
      mailFailed,
    },
    survey,
    myAudits,
    // the years whose holiday table is owed and not entered: deadlines counted into them are provisional
    holidayYearsMissing: holidayYearsMissing ?? [],
    classification: campaign && { total: campaign.total, graded: campaign.graded, dueOn: campaign.dueOn },
    communication: meters && {
      clients: meters.total.clients,
      below: meters.total.below,
      followUps: meters.total.followUps,
      followUpTarget: meters.total.followUpTarget,
      events: meters.total.events,
      eventsRequired: meters.eventsRequired,
    },
    backup: backup && {
      stale: backup.stale,
      staleAfterDays: backup.staleAfterDays,
      lastAt: backup.last?.takenAt ?? null,
      failing: backup.failure !== null,
    },
  };
}

async function countWhere(q: Promise<{ n: number }[]>) {
  const [row] = await q;
  return row?.n ?? 0;
}
