import { and, between, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { periodBounds, type IsoDate } from '../../lib/dates.js';
import { incidentKindLabels } from '../risk/risk.export.js';
import type { DataScope } from '../auth/permissions.js';
import { branches } from '../branches/branch.schema.js';
import { certificateEvents, certificates } from '../certificates/certificate.schema.js';
import { clientIsVisible, clientScopeCondition } from '../clients/client.repo.js';
import { clients } from '../clients/client.schema.js';
import { clientContacts, clientLosses } from '../communication/communication.schema.js';
import {
  complaintCauses,
  complaintCauseWords,
  UNCLASSIFIED,
  unclassifiedWords,
  type ComplaintCause,
} from '../complaints/complaint.rules.js';
import { complaints } from '../complaints/complaint.schema.js';
import { complaintScopeCondition } from '../complaints/complaint.service.js';
import { loadParameters } from '../parameters/parameter.service.js';
import { incidentScopeCondition } from '../risk/incident.service.js';
import { riskKinds } from '../risk/risk.rules.js';
import { riskIncidents, riskItems } from '../risk/risk.schema.js';
import type { CaseAnalysisSchema, ChurnAnalysisSchema, FollowUpSummarySchema } from './analyses.dto.js';
import { caseTables, churnDefinition, churnTables, followUpDefinition, followUpTables } from './analyses.tables.js';
import type { Words } from './analysis-chart.js';
import { caseBreakdown, caseCharts, type CasePeriod, type CaseRow } from './case-breakdown.rules.js';
import { CHURN_YEARS_SHOWN, churnAnalysis, churnCharts } from './churn.rules.js';
import { followUpCharts, followUpQuarters } from './follow-up.rules.js';

function periodDays(p: CasePeriod): [IsoDate, IsoDate] {
  const { from, to } = periodBounds(p.year, p.quarter ?? undefined);
  return [from, to];
}

const branchWords = (zh: string | null, en: string | null): Words | null => (zh === null ? null : { zh, en: en ?? zh });

interface CaseSubject<K extends string> {
  subject: Words;
  /** what the categories are: a complaint's cause, an incident's kind */
  dimension: Words;
  categories: readonly K[];
  names: Record<K, Words>;
}

function caseAnalysis<K extends string>(rows: CaseRow<K>[], { subject, dimension, categories, names }: CaseSubject<K>, p: CasePeriod) {
  const a = caseBreakdown(rows, categories, p);
  const charts = caseCharts(a, names, subject, dimension);
  return {
    year: a.year,
    quarter: a.quarter,
    total: a.total,
    byCategory: a.byCategory.map((c) => ({ ...c, name: names[c.category] })),
    charts,
    tables: caseTables(a, names, dimension, charts),
  };
}

const complaintCategoryNames: Record<ComplaintCause | typeof UNCLASSIFIED, Words> = {
  ...complaintCauseWords,
  [UNCLASSIFIED]: unclassifiedWords,
};

/**
 * 申投诉分析: complaints and appeals of the period by cause, branch (of the client concerned) and
 * month received. A case not answered yet may have no cause. The causes no case had are left out.
 */
export async function complaintAnalysis(db: Db, scope: DataScope, p: CasePeriod): Promise<z.output<typeof CaseAnalysisSchema>> {
  const rows = await db
    .select({ cause: complaints.cause, on: complaints.receivedOn, branchId: clients.branchId, zh: branches.nameZh, en: branches.nameEn })
    .from(complaints)
    .leftJoin(clients, eq(clients.id, complaints.clientId))
    .leftJoin(branches, eq(branches.id, clients.branchId))
    .where(and(complaintScopeCondition(scope), between(complaints.receivedOn, ...periodDays(p))));
  const all = [...complaintCauses, UNCLASSIFIED] as const;
  const found = new Set(rows.map((r) => r.cause ?? UNCLASSIFIED));
  return caseAnalysis(
    rows.map((r) => ({ ...r, category: r.cause ?? UNCLASSIFIED, branch: branchWords(r.zh, r.en) })),
    {
      subject: { zh: '申投诉', en: 'Complaints and appeals' },
      dimension: { zh: '原因', en: 'cause' },
      categories: found.size > 0 ? all.filter((c) => found.has(c)) : all,
      names: complaintCategoryNames,
    },
    p,
  );
}

/** 风险事件分析: incidents of the period by kind, the client's branch and the month of the event. */
export async function incidentAnalysis(db: Db, scope: DataScope, p: CasePeriod): Promise<z.output<typeof CaseAnalysisSchema>> {
  const rows = await db
    .select({
      category: riskIncidents.kind,
      on: riskIncidents.eventOn,
      branchId: clients.branchId,
      zh: branches.nameZh,
      en: branches.nameEn,
    })
    .from(riskIncidents)
    .innerJoin(clients, eq(clients.id, riskIncidents.clientId))
    .innerJoin(branches, eq(branches.id, clients.branchId))
    .innerJoin(riskItems, eq(riskItems.id, riskIncidents.riskItemId))
    .where(and(incidentScopeCondition(scope), between(riskIncidents.eventOn, ...periodDays(p))));
  return caseAnalysis(
    rows.map((r) => ({ ...r, branch: branchWords(r.zh, r.en) })),
    {
      subject: { zh: '风险事件', en: 'Incidents' },
      dimension: { zh: '类别', en: 'kind' },
      categories: riskKinds,
      names: incidentKindLabels,
    },
    p,
  );
}

/** 流失分析: the clients of the scope with the day each joined, and their loss records up to the year's end. */
export async function churn(db: Db, scope: DataScope, year: number, timeZone: string): Promise<z.output<typeof ChurnAnalysisSchema>> {
  const where = and(clientIsVisible, clientScopeCondition(scope));
  const clientRows = await db
    .select({
      id: clients.id,
      branchId: clients.branchId,
      zh: branches.nameZh,
      en: branches.nameEn,
      // least() passes over nulls: the earliest of the days known
      joinedOn: sql<string>`least(${clients.initialAuditOn}, ${clients.applicationAcceptedOn}, (${clients.createdAt} at time zone ${timeZone})::date)::text`,
    })
    .from(clients)
    .innerJoin(branches, eq(branches.id, clients.branchId))
    .where(where);
  const records = await db
    .select({
      clientId: clientLosses.clientId,
      status: clientLosses.status,
      recordedOn: clientLosses.recordedOn,
      cause: clientLosses.cause,
    })
    .from(clientLosses)
    .innerJoin(clients, eq(clients.id, clientLosses.clientId))
    .where(and(where, sql`${clientLosses.recordedOn} <= ${`${year}-12-31`}`));
  const a = churnAnalysis(
    clientRows.map((c) => ({ id: c.id, branchId: c.branchId, branch: { zh: c.zh, en: c.en }, joinedOn: c.joinedOn })),
    records,
    year,
    CHURN_YEARS_SHOWN,
  );
  return {
    year,
    definition: churnDefinition,
    thisYear: a.thisYear,
    lastYear: a.lastYear,
    change: a.change,
    history: a.history,
    charts: churnCharts(a),
    tables: churnTables(a),
  };
}

/** 电话回访季度汇总: the certificates of the scope's clients (validity by day) and the year's follow-up records. */
export async function followUpSummary(
  db: Db,
  scope: DataScope,
  year: number,
  today: IsoDate,
): Promise<z.output<typeof FollowUpSummarySchema>> {
  const params = await loadParameters(db);
  const targetPercent = params['communication.followUpRatePercent'];
  const where = and(clientIsVisible, clientScopeCondition(scope));
  const ended = db
    .select({ certificateId: certificateEvents.certificateId, endedOn: sql<string>`min(${certificateEvents.effectiveOn})`.as('ended_on') })
    .from(certificateEvents)
    .where(inArray(certificateEvents.kind, ['revoke', 'withdraw']))
    .groupBy(certificateEvents.certificateId)
    .as('ended');
  const certificateRows = await db
    .select({
      clientId: certificates.clientId,
      branchId: clients.branchId,
      zh: branches.nameZh,
      en: branches.nameEn,
      originalIssueOn: certificates.originalIssueOn,
      expiresOn: certificates.expiresOn,
      endedOn: ended.endedOn,
    })
    .from(certificates)
    .innerJoin(clients, eq(clients.id, certificates.clientId))
    .innerJoin(branches, eq(branches.id, clients.branchId))
    .leftJoin(ended, eq(ended.certificateId, certificates.id))
    .where(and(where, sql`${certificates.originalIssueOn} <= ${`${year}-12-31`}`, sql`${certificates.expiresOn} >= ${`${year}-01-01`}`));
  const calls = await db
    .select({ clientId: clientContacts.clientId, on: clientContacts.contactedOn })
    .from(clientContacts)
    .innerJoin(clients, eq(clients.id, clientContacts.clientId))
    .where(and(where, eq(clientContacts.followUp, true), between(clientContacts.contactedOn, `${year}-01-01`, `${year}-12-31`)));
  const s = followUpQuarters(
    certificateRows.map((c) => ({ ...c, branch: { zh: c.zh, en: c.en } })),
    calls,
    { year, today, targetPercent },
  );
  return {
    year,
    targetPercent,
    definition: followUpDefinition(targetPercent),
    quarters: s.quarters,
    charts: followUpCharts(s),
    tables: followUpTables(s),
  };
}
