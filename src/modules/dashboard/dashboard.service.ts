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
import { auditProgrammes, auditTeamMembers, audits } from '../programmes/programme.schema.js';
import { assessedAuditTypes, owedByMember } from '../after-sales/star.rules.js';
import { starAssessments } from '../after-sales/star.schema.js';
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

/** The parts of the page beyond the due-list, each the figures of one area of work. */
type Part =
  | 'certificates' // the certificates-by-status chart
  | 'suspended' // the suspended certificates tile
  | 'grades' // the client-grade chart
  | 'complaints' // complaints past their answer date
  | 'incidents' // open risk incidents
  | 'survey' // the year's satisfaction surveys
  | 'classification' // the year's classification campaign
  | 'communication' // client maintenance meters
  | 'auditorWork'; // one's own planned audits and held audits waiting for one's work

/**
 * What each staff role's page shows: the figures of the work SPEC §1 gives it, not every module
 * it may read (every staff role reads complaints, surveys and client care). The administrator
 * oversees everything; an auditor's page is its own audits. A part also needs the role to read
 * its module.
 */
const roleParts: Record<Exclude<Role, 'client'>, readonly Part[]> = {
  admin: ['certificates', 'suspended', 'grades', 'complaints', 'incidents', 'survey', 'classification', 'communication'],
  // publishes certificate information, runs the survey programme and takes complaints
  general_admin: ['certificates', 'suspended', 'complaints', 'survey'],
  // owns the clients: their requests, complaints, incidents' reports, surveys, maintenance; suspension handling
  customer_service: ['certificates', 'suspended', 'grades', 'complaints', 'incidents', 'survey', 'communication'],
  // audit programmes, risk handling decisions, classification
  audit_management: ['certificates', 'suspended', 'grades', 'incidents', 'classification'],
  // risk information, and the complaints it handles
  quality_technical: ['certificates', 'suspended', 'complaints', 'incidents'],
  // certification decisions: its due-list holds the decisions owed
  decision_maker: ['certificates', 'suspended'],
  auditor: ['auditorWork'],
};

/** How many of an auditor's audits the page lists. */
const auditsListed = 10;

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
  const shows = (part: Part) => role !== 'client' && roleParts[role].includes(part);
  // an auditor owes its own audits, not a department's list
  const seesDueList = may('duelist:read') && role !== 'auditor';

  // certificates by status; a portal user's page shows its own
  const certificateRows =
    role === 'client' || shows('certificates') || shows('suspended')
      ? await db
          .select({ status: certificates.status, n: sql<number>`count(*)::int` })
          .from(certificates)
          .innerJoin(clients, eq(clients.id, certificates.clientId))
          .where(clientScopeCondition(scope))
          .groupBy(certificates.status)
      : [];
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
    heldAudits,
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
    when(shows('grades') && may('classification:read'), () =>
      db
        .select({ grade: clients.grade, n: sql<number>`count(*)::int` })
        .from(clients)
        .where(and(clientIsVisible, clientScopeCondition(scope), sql`${clients.grade} is not null`))
        .groupBy(clients.grade),
    ),
    when(shows('complaints') && may('complaints:read'), () =>
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
    when(shows('incidents') && may('incidents:read'), () =>
      countWhere(
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(riskIncidents)
          .innerJoin(clients, eq(clients.id, riskIncidents.clientId))
          .where(and(eq(riskIncidents.status, 'open'), clientScopeCondition(scope))),
      ),
    ),
    when(shows('survey') && may('surveys:read'), () => surveyTotals(db, scope, year)),
    when(shows('classification') && may('classification:read'), () => campaignCounts(db, scope, year)),
    when(shows('communication') && may('communication:read'), () => complianceMeters(db, scope, year, { totalsOnly: true })),
    when(shows('auditorWork'), () =>
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
        .limit(auditsListed),
    ),
    when(shows('auditorWork'), () => heldAuditsAwaiting(db, user.id, scope)),
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
    // every month of the next six, an empty one as 0: a chart with a month left out reads as if it were not there
    dueByMonth: dueByMonth
      ? Array.from({ length: monthsAhead }, (_, k) => addMonths(`${today.slice(0, 7)}-01` as IsoDate, k).slice(0, 7)).map((month) => ({
          month,
          n: dueByMonth.find((r) => r.month === month)?.n ?? 0,
        }))
      : [],
    ...(shows('certificates') ? { certificatesByStatus } : {}),
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
      suspended: shows('suspended') ? (certificateRows.find((r) => r.status === 'suspended')?.n ?? 0) : null,
      mailFailed,
    },
    survey,
    myAudits,
    heldAudits,
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

/**
 * An auditor's held audits waiting for its work: the after-sales audits whose GB/T 27922 sheet
 * its team has not scored, verified or concluded (what it owes is the star rules'), the one waiting longest first.
 * Only those of clients in its scope: the sheet is worked on there.
 */
async function heldAuditsAwaiting(db: Db, userId: string, scope: DataScope) {
  const rows = await db
    .select({
      id: audits.id,
      type: audits.type,
      actualStart: audits.actualStart,
      actualEnd: audits.actualEnd,
      clientId: audits.clientId,
      clientName: clients.name,
      teamRole: auditTeamMembers.role,
      conclusion: starAssessments.conclusion,
      nonconformities: starAssessments.nonconformities,
      scored: sql<boolean>`${starAssessments.id} is not null`,
    })
    .from(auditTeamMembers)
    .innerJoin(audits, eq(audits.id, auditTeamMembers.auditId))
    .innerJoin(auditProgrammes, eq(auditProgrammes.id, audits.programmeId))
    .innerJoin(clients, eq(clients.id, audits.clientId))
    .leftJoin(starAssessments, eq(starAssessments.auditId, audits.id))
    .where(
      and(
        eq(auditTeamMembers.userId, userId),
        eq(audits.status, 'held'),
        eq(auditProgrammes.scheme, 'after_sales'),
        inArray(audits.type, [...assessedAuditTypes]),
        isNull(starAssessments.conclusion),
        clientScopeCondition(scope),
      ),
    )
    // the one waiting longest first: it is the most overdue for its assessment
    .orderBy(asc(audits.actualEnd), asc(clients.name));
  const awaiting = rows.flatMap(({ conclusion, nonconformities, scored, ...a }) => {
    const owed = owedByMember(scored ? { conclusion, nonconformities: nonconformities ?? [] } : null, a.teamRole === 'team_leader');
    return owed && a.actualEnd ? [{ ...a, actualEnd: a.actualEnd, owed }] : [];
  });
  return { total: awaiting.length, items: awaiting.slice(0, auditsListed) };
}

async function countWhere(q: Promise<{ n: number }[]>) {
  const [row] = await q;
  return row?.n ?? 0;
}
