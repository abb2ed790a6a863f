import { and, asc, count, desc, eq, gte, inArray, lt, lte, max, ne, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { auditLog } from '../../audit-log/audit-log.schema.js';
import type { Db } from '../../db/connection.js';
import { serviceApplications } from '../after-sales/application.schema.js';
import { starAssessments, starIndicators } from '../after-sales/star.schema.js';
import { users } from '../auth/auth.schema.js';
import { branches } from '../branches/branch.schema.js';
import { certificates } from '../certificates/certificate.schema.js';
import { clientEvaluations, evaluationItems } from '../classification/classification.schema.js';
import { clients } from '../clients/client.schema.js';
import { clientEvents, clientRequests, clientSuggestions } from '../communication/communication.schema.js';
import { complaints } from '../complaints/complaint.schema.js';
import { contractChanges } from '../contract-changes/change.schema.js';
import { auditorRegistrations, auditProgrammes, audits, suspensionProposals } from '../programmes/programme.schema.js';
import { regulatoryReports } from '../reporting/reporting.schema.js';
import { riskIncidents, riskItems } from '../risk/risk.schema.js';
import { credibilityResponses, surveys, surveySamples } from '../surveys/survey.schema.js';
import { auditTypeLabels, certificationFieldText, reportKindLabels, text, type ReferenceKind, type Text } from './audit-trail.labels.js';
import { isUuid, type ReferenceNames, type StoredEntry } from './audit-trail.rules.js';

const same = (s: string): Text => ({ zh: s, en: s });
const uuids = (ids: readonly string[]) => ids.filter(isUuid);
const named = (clientName: string | null, zhTail: string, enTail: string): Text => ({
  zh: [clientName, zhTail].filter(Boolean).join(' '),
  en: [clientName, enTail].filter(Boolean).join(' '),
});

type Resolver = (db: Db, ids: string[]) => Promise<[string, Text][]>;

/** How each kind of referenced record is named: a person by name, a client by its name, a certificate by its number… */
const resolvers: Record<ReferenceKind, Resolver> = {
  user: async (db, ids) => {
    const rows = await db
      .select({ id: users.id, name: users.displayName, username: users.username })
      .from(users)
      .where(inArray(users.id, uuids(ids)));
    const found: [string, Text][] = rows.map((r) => [r.id, text(`${r.name}（${r.username}）`, `${r.name} (${r.username})`)]);
    // a sign-in under a name that is no account is filed under that name (masked: auth/sign-in.rules.ts)
    const unknown: [string, Text][] = ids
      .filter((id) => !isUuid(id))
      .map((id) => [id, text(`未知用户名 ${id}`, `unknown user name ${id}`)]);
    return [...found, ...unknown];
  },
  branch: async (db, ids) =>
    (
      await db
        .select()
        .from(branches)
        .where(inArray(branches.id, uuids(ids)))
    ).map((r) => [r.id, text(r.nameZh, r.nameEn)]),
  client: async (db, ids) =>
    (
      await db
        .select({ id: clients.id, name: clients.name })
        .from(clients)
        .where(inArray(clients.id, uuids(ids)))
    ).map((r) => [r.id, same(r.name)]),
  certificate: async (db, ids) =>
    (
      await db
        .select({ id: certificates.id, no: certificates.certificateNo })
        .from(certificates)
        .where(inArray(certificates.id, uuids(ids)))
    ).map((r) => [r.id, same(r.no)]),
  audit: async (db, ids) =>
    (
      await db
        .select({ id: audits.id, type: audits.type, plannedStart: audits.plannedStart, client: clients.name })
        .from(audits)
        .innerJoin(clients, eq(clients.id, audits.clientId))
        .where(inArray(audits.id, uuids(ids)))
    ).map((r) => {
      const type = auditTypeLabels[r.type] ?? same(r.type);
      return [r.id, named(r.client, `${type.zh}（${r.plannedStart}）`, `${type.en} (${r.plannedStart})`)];
    }),
  programme: async (db, ids) =>
    (
      await db
        .select({ id: auditProgrammes.id, field: auditProgrammes.field, cycle: auditProgrammes.cycleNo, client: clients.name })
        .from(auditProgrammes)
        .innerJoin(clients, eq(clients.id, auditProgrammes.clientId))
        .where(inArray(auditProgrammes.id, uuids(ids)))
    ).map((r) => {
      const f = certificationFieldText(r.field);
      return [r.id, named(r.client, `${f.zh} 第 ${r.cycle} 周期`, `${f.en}, cycle ${r.cycle}`)];
    }),
  registration: async (db, ids) =>
    (
      await db
        .select({ id: auditorRegistrations.id, no: auditorRegistrations.registrationNo, name: users.displayName })
        .from(auditorRegistrations)
        .innerJoin(users, eq(users.id, auditorRegistrations.userId))
        .where(inArray(auditorRegistrations.id, uuids(ids)))
    ).map((r) => [r.id, same(`${r.name} ${r.no}`)]),
  proposal: async (db, ids) =>
    (
      await db
        .select({ id: suspensionProposals.id, no: certificates.certificateNo, dueOn: suspensionProposals.dueOn })
        .from(suspensionProposals)
        .innerJoin(certificates, eq(certificates.id, suspensionProposals.certificateId))
        .where(inArray(suspensionProposals.id, uuids(ids)))
    ).map((r) => [r.id, text(`${r.no}（${r.dueOn}）`, `${r.no} (${r.dueOn})`)]),
  riskItem: async (db, ids) =>
    (
      await db
        .select({ id: riskItems.id, source: riskItems.source, named: riskItems.organisationNamed, on: riskItems.publishedOn })
        .from(riskItems)
        .where(inArray(riskItems.id, uuids(ids)))
    ).map((r) => [r.id, text(`${r.named ?? r.source}（${r.on}）`, `${r.named ?? r.source} (${r.on})`)]),
  incident: async (db, ids) =>
    (
      await db
        .select({ id: riskIncidents.id, eventOn: riskIncidents.eventOn, client: clients.name })
        .from(riskIncidents)
        .innerJoin(clients, eq(clients.id, riskIncidents.clientId))
        .where(inArray(riskIncidents.id, uuids(ids)))
    ).map((r) => [r.id, named(r.client, `（${r.eventOn}）`, `(${r.eventOn})`)]),
  complaint: async (db, ids) =>
    (
      await db
        .select({ id: complaints.id, no: complaints.number })
        .from(complaints)
        .where(inArray(complaints.id, uuids(ids)))
    ).map((r) => [r.id, same(r.no)]),
  contractChange: async (db, ids) =>
    (
      await db
        .select({ id: contractChanges.id, no: contractChanges.number, client: clients.name })
        .from(contractChanges)
        .innerJoin(clients, eq(clients.id, contractChanges.clientId))
        .where(inArray(contractChanges.id, uuids(ids)))
    ).map((r) => [r.id, same(`${r.no} ${r.client}`)]),
  application: async (db, ids) =>
    (
      await db
        .select({ id: serviceApplications.id, no: serviceApplications.number, name: serviceApplications.applicantName })
        .from(serviceApplications)
        .where(inArray(serviceApplications.id, uuids(ids)))
    ).map((r) => [r.id, same(`${r.no} ${r.name}`)]),
  starAssessment: async (db, ids) =>
    (
      await db
        .select({ id: starAssessments.id, plannedStart: audits.plannedStart, client: clients.name })
        .from(starAssessments)
        .innerJoin(audits, eq(audits.id, starAssessments.auditId))
        .innerJoin(clients, eq(clients.id, audits.clientId))
        .where(inArray(starAssessments.id, uuids(ids)))
    ).map((r) => [r.id, named(r.client, `（${r.plannedStart}）`, `(${r.plannedStart})`)]),
  starIndicator: async (db, ids) =>
    (await db.select().from(starIndicators).where(inArray(starIndicators.code, ids))).map((r) => [
      r.code,
      text(`${r.code} ${r.nameZh}`, `${r.code} ${r.nameEn}`),
    ]),
  survey: async (db, ids) =>
    (
      await db
        .select({ id: surveys.id, issuedOn: surveys.issuedOn, client: clients.name })
        .from(surveys)
        .innerJoin(clients, eq(clients.id, surveys.clientId))
        .where(inArray(surveys.id, uuids(ids)))
    ).map((r) => [r.id, named(r.client, `（${r.issuedOn}）`, `(${r.issuedOn})`)]),
  surveySample: async (db, ids) =>
    (
      await db
        .select({ id: surveySamples.id, year: surveySamples.year })
        .from(surveySamples)
        .where(inArray(surveySamples.id, uuids(ids)))
    ).map((r) => [r.id, text(`${r.year} 年`, String(r.year))]),
  credibilityResponse: async (db, ids) =>
    (
      await db
        .select({ id: credibilityResponses.id, year: credibilityResponses.year, respondent: credibilityResponses.respondent })
        .from(credibilityResponses)
        .where(inArray(credibilityResponses.id, uuids(ids)))
    ).map((r) => [r.id, text(`${r.year} 年 ${r.respondent}`, `${r.year} ${r.respondent}`)]),
  clientEvent: async (db, ids) =>
    (
      await db
        .select()
        .from(clientEvents)
        .where(inArray(clientEvents.id, uuids(ids)))
    ).map((r) => [r.id, text(`${r.title}（${r.heldOn}）`, `${r.title} (${r.heldOn})`)]),
  clientRequest: async (db, ids) =>
    (
      await db
        .select({ id: clientRequests.id, on: clientRequests.receivedOn, client: clients.name })
        .from(clientRequests)
        .innerJoin(clients, eq(clients.id, clientRequests.clientId))
        .where(inArray(clientRequests.id, uuids(ids)))
    ).map((r) => [r.id, named(r.client, `（${r.on}）`, `(${r.on})`)]),
  clientSuggestion: async (db, ids) =>
    (
      await db
        .select({ id: clientSuggestions.id, on: clientSuggestions.receivedOn, client: clients.name })
        .from(clientSuggestions)
        .leftJoin(clients, eq(clients.id, clientSuggestions.clientId))
        .where(inArray(clientSuggestions.id, uuids(ids)))
    ).map((r) => [r.id, named(r.client, `（${r.on}）`, `(${r.on})`)]),
  clientEvaluation: async (db, ids) =>
    (
      await db
        .select({ id: clientEvaluations.id, year: clientEvaluations.year, client: clients.name })
        .from(clientEvaluations)
        .innerJoin(clients, eq(clients.id, clientEvaluations.clientId))
        .where(inArray(clientEvaluations.id, uuids(ids)))
    ).map((r) => [r.id, named(r.client, `${r.year} 年度`, String(r.year))]),
  evaluationItem: async (db, ids) =>
    (await db.select().from(evaluationItems).where(inArray(evaluationItems.code, ids))).map((r) => [
      r.code,
      text(`${r.code} ${r.nameZh}`, `${r.code} ${r.nameEn}`),
    ]),
  report: async (db, ids) =>
    (
      await db
        .select({
          id: regulatoryReports.id,
          kind: regulatoryReports.kind,
          period: regulatoryReports.period,
          on: regulatoryReports.generatedOn,
        })
        .from(regulatoryReports)
        .where(inArray(regulatoryReports.id, uuids(ids)))
    ).map((r) => {
      const kind = reportKindLabels[r.kind] ?? same(r.kind);
      return [r.id, text(`${kind.zh} ${r.period ?? r.on}`, `${kind.en} ${r.period ?? r.on}`)];
    }),
};

/** Looks every wanted record up, one query per kind; what is not found stays out (it reads as gone). */
export async function resolveReferences(db: Db, wanted: Map<ReferenceKind, Set<string>>): Promise<ReferenceNames> {
  const names: ReferenceNames = new Map();
  await Promise.all(
    [...wanted].map(async ([kind, ids]) => {
      const list = [...ids];
      const rows = list.length ? await resolvers[kind](db, list) : [];
      names.set(kind, new Map(rows));
    }),
  );
  return names;
}

// ---- the search ----

export interface AuditLogFilter {
  /** instants, from the CB's local dates */
  from?: Date;
  before?: Date;
  actorId?: string;
  entity?: string;
  action?: string;
  category?: 'changes' | 'security';
  record?: string;
  q?: string;
  /** entries written up to this one only: an export reads the log as it stood when it began */
  upToId?: number;
  /** the fields of each entity the reader may not see (visibility.ts): neither shown nor searched */
  hidden: { byEntity: Record<string, string[]>; otherwise: string[] };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const textArray = (values: readonly string[]): SQL =>
  values.length
    ? sql`array[${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}]::text[]`
    : sql`array[]::text[]`;

/** The reader's hidden fields of the entry's entity, as a SQL text[]. */
function hiddenOf(hidden: AuditLogFilter['hidden']): SQL {
  const cases = Object.entries(hidden.byEntity);
  if (cases.length === 0) return textArray(hidden.otherwise);
  return sql`(case ${auditLog.entity} ${sql.join(
    cases.map(([entity, fields]) => sql`when ${entity} then ${textArray(fields)}`),
    sql` `,
  )} else ${textArray(hidden.otherwise)} end)`;
}

/** Ids of records named by `term`: exactly (a number, a contract no., a user name) or, with `contains`, in part. */
function recordsNamed(term: string, contains: boolean): SQL {
  const match = (column: AnyPgColumn) => (contains ? sql`${column} ilike ${`%${escapeLike(term)}%`}` : sql`${column} = ${term}`);
  return sql`(
    select ${clients.id}::text from ${clients} where ${match(clients.name)} or ${match(clients.contractNo)}
    union all select ${certificates.id}::text from ${certificates} where ${match(certificates.certificateNo)}
    union all select ${complaints.id}::text from ${complaints} where ${match(complaints.number)}
    union all select ${contractChanges.id}::text from ${contractChanges} where ${match(contractChanges.number)}
    union all select ${serviceApplications.id}::text from ${serviceApplications} where ${match(serviceApplications.number)}
    union all select ${users.id}::text from ${users} where ${match(users.username)} or ${match(users.displayName)}
  )`;
}

function conditions(f: AuditLogFilter): SQL | undefined {
  const hidden = hiddenOf(f.hidden);
  // an entry whose every change is hidden from the reader is not listed (nor counted)
  const visible = sql`not (jsonb_array_length(${auditLog.changes}) > 0 and not exists (
    select 1 from jsonb_array_elements(${auditLog.changes}) as c(x) where not ((x->>'field') = any(${hidden}))))`;
  const term = f.q ? `%${escapeLike(f.q)}%` : undefined;
  // what the reader may see of a value: an object without its hidden keys (a contract change's fees)
  const seen = (v: SQL) => sql`(case when jsonb_typeof(${v}) = 'object' then ${v} - ${hidden} else ${v} end)::text`;
  return and(
    visible,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.before ? lt(auditLog.at, f.before) : undefined,
    f.actorId ? eq(auditLog.actorId, f.actorId) : undefined,
    f.upToId !== undefined ? lte(auditLog.id, f.upToId) : undefined,
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.category === 'security' ? eq(auditLog.entity, 'user') : f.category === 'changes' ? ne(auditLog.entity, 'user') : undefined,
    f.record ? or(eq(auditLog.entityId, f.record), sql`${auditLog.entityId} in ${recordsNamed(f.record, false)}`) : undefined,
    term
      ? or(
          sql`${auditLog.actorName} ilike ${term}`,
          sql`${auditLog.entityId} ilike ${term}`,
          sql`${auditLog.address} ilike ${term}`,
          sql`exists (select 1 from jsonb_array_elements(${auditLog.changes}) as c(x)
            where not ((x->>'field') = any(${hidden})) and (${seen(sql`(x->'old')`)} ilike ${term} or ${seen(sql`(x->'new')`)} ilike ${term}))`,
          sql`${auditLog.entityId} in ${recordsNamed(f.q!, true)}`,
        )
      : undefined,
  );
}

const columns = {
  id: auditLog.id,
  at: auditLog.at,
  actorId: auditLog.actorId,
  actorName: auditLog.actorName,
  entity: auditLog.entity,
  entityId: auditLog.entityId,
  action: auditLog.action,
  changes: auditLog.changes,
  address: auditLog.address,
};

export async function searchEntries(db: Db, f: AuditLogFilter, page: { limit: number; offset: number }): Promise<StoredEntry[]> {
  return db
    .select(columns)
    .from(auditLog)
    .where(conditions(f))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(page.limit)
    .offset(page.offset);
}

/** The newest entry's id: what an export reads up to, so that entries written meanwhile do not shift its pages. */
export async function lastEntryId(db: Db): Promise<number> {
  const [row] = await db.select({ id: max(auditLog.id) }).from(auditLog);
  return row?.id ?? 0;
}

export async function countEntries(db: Db, f: AuditLogFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditLog).where(conditions(f));
  return row?.n ?? 0;
}

/** Every entry of one record, newest first: its whole story. */
export function entriesOfRecord(db: Db, entity: string, entityId: string, limit: number): Promise<StoredEntry[]> {
  return db
    .select(columns)
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
}

/** The people the log may name as actors: every account, for the filter. */
export function actorsForFilter(db: Db) {
  return db.select({ id: users.id, name: users.displayName, username: users.username }).from(users).orderBy(asc(users.displayName));
}
