import { and, asc, count, desc, eq, gte, inArray, lt, lte, max, ne, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { auditLog } from '../../audit-log/audit-log.schema.js';
import type { Db } from '../../db/connection.js';
import { serviceApplications } from '../after-sales/application.schema.js';
import { starAssessments, starIndicators } from '../after-sales/star.schema.js';
import { users } from '../auth/auth.schema.js';
import { branches } from '../branches/branch.schema.js';
import { holidays } from '../calendar/holiday.schema.js';
import { isIsoDate } from '../../lib/dates.js';
import { escapeLike } from '../../lib/normalise-text.js';
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
import { seenOnceApplied } from '../imports/import.repo.js';
import {
  auditTypeLabels,
  certificationFields,
  certificationFieldText,
  referenceKinds,
  reportKindLabels,
  text,
  type ReferenceKind,
  type Text,
} from './audit-trail.labels.js';
import {
  codesLabelled,
  entitiesNamedBy,
  isUuid,
  keyedRecordsNamed,
  searchTerms,
  type ReferenceNames,
  type StoredEntry,
} from './audit-trail.rules.js';

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
  holiday: async (db, ids) => {
    const dates = ids.filter(isIsoDate);
    const found = new Map<string, Text>();
    const named = (date: string, zhName: unknown, enName: unknown) =>
      text(`${date} ${String(zhName)}`, `${date} ${String(enName ?? zhName)}`);
    if (dates.length) {
      for (const r of await db.select().from(holidays).where(inArray(holidays.date, dates)))
        found.set(r.date, named(r.date, r.nameZh, r.nameEn));
    }
    // a deleted date is named as its entries last named it (its delete entry says only what kind it was)
    const gone = dates.filter((d) => !found.has(d));
    if (gone.length) {
      const rows = await db
        .selectDistinctOn([auditLog.entityId], { date: auditLog.entityId, changes: auditLog.changes })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.entity, 'holiday'),
            inArray(auditLog.entityId, gone),
            sql`exists (select 1 from jsonb_array_elements(${auditLog.changes}) as c(x) where x->>'field' = 'nameZh' and x->>'new' is not null)`,
          ),
        )
        .orderBy(auditLog.entityId, desc(auditLog.at), desc(auditLog.id));
      for (const r of rows) {
        const value = (field: string) => r.changes.find((c) => c.field === field)?.new;
        found.set(r.date, named(r.date, value('nameZh'), value('nameEn')));
      }
    }
    return [...found];
  },
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

/** A text literal of SQL (typed, so that concat() and case know what it is). */
const lit = (s: string): SQL => sql`${s}::text`;
type Part = SQL | AnyPgColumn | string;
const part = (p: Part): SQL => (typeof p === 'string' ? lit(p) : sql`(${p})::text`);
/** the parts end to end, a null as nothing */
const cat = (...parts: Part[]): SQL => sql`concat(${sql.join(parts.map(part), sql`, `)})`;
/** a client's name, if any, then a space and the rest: how the log names a client's record (repo `named`) */
const ofClient = (client: AnyPgColumn, ...tail: Part[]): SQL => sql`concat_ws(' ', ${client}, ${cat(...tail)})`;
/** a code as its label in one language */
const labelOf = (column: AnyPgColumn, labels: Record<string, Text>, lang: 'zh' | 'en'): SQL =>
  sql`(case ${column} ${sql.join(
    Object.entries(labels).map(([code, label]) => sql`when ${lit(code)} then ${lit(label[lang])}`),
    sql` `,
  )} else ${column} end)`;

/**
 * Each kind of record as the log names it (the resolvers above), as SQL: its id, the tables it is
 * read from, and the texts a reader may type to find it (the name shown, in both languages, and
 * its number or name alone). `keyed`: its id is a code, never a value of another record's field.
 */
interface NameSearch {
  id: AnyPgColumn;
  from: SQL;
  names: SQL[];
  keyed?: true;
}
const nameSearches: Record<ReferenceKind, NameSearch> = {
  user: {
    id: users.id,
    from: sql`${users}`,
    names: [sql`${users.username}`, sql`${users.displayName}`, cat(users.displayName, '（', users.username, '）')],
  },
  branch: { id: branches.id, from: sql`${branches}`, names: [sql`${branches.nameZh}`, sql`${branches.nameEn}`, sql`${branches.code}`] },
  client: { id: clients.id, from: sql`${clients}`, names: [sql`${clients.name}`, sql`${clients.contractNo}`] },
  certificate: { id: certificates.id, from: sql`${certificates}`, names: [sql`${certificates.certificateNo}`] },
  audit: {
    id: audits.id,
    from: sql`${audits} join ${clients} on ${clients.id} = ${audits.clientId}`,
    names: [
      ofClient(clients.name, labelOf(audits.type, auditTypeLabels, 'zh'), '（', audits.plannedStart, '）'),
      ofClient(clients.name, labelOf(audits.type, auditTypeLabels, 'en'), ' (', audits.plannedStart, ')'),
    ],
  },
  programme: {
    id: auditProgrammes.id,
    from: sql`${auditProgrammes} join ${clients} on ${clients.id} = ${auditProgrammes.clientId}`,
    names: [
      ofClient(clients.name, labelOf(auditProgrammes.field, certificationFields, 'zh'), ' 第 ', auditProgrammes.cycleNo, ' 周期'),
      ofClient(clients.name, labelOf(auditProgrammes.field, certificationFields, 'en'), ', cycle ', auditProgrammes.cycleNo),
    ],
  },
  registration: {
    id: auditorRegistrations.id,
    from: sql`${auditorRegistrations} join ${users} on ${users.id} = ${auditorRegistrations.userId}`,
    names: [sql`${auditorRegistrations.registrationNo}`, cat(users.displayName, ' ', auditorRegistrations.registrationNo)],
  },
  proposal: {
    id: suspensionProposals.id,
    from: sql`${suspensionProposals} join ${certificates} on ${certificates.id} = ${suspensionProposals.certificateId}`,
    names: [
      cat(certificates.certificateNo, '（', suspensionProposals.dueOn, '）'),
      cat(certificates.certificateNo, ' (', suspensionProposals.dueOn, ')'),
    ],
  },
  riskItem: {
    id: riskItems.id,
    from: sql`${riskItems}`,
    names: [
      cat(sql`coalesce(${riskItems.organisationNamed}, ${riskItems.source})`, '（', riskItems.publishedOn, '）'),
      cat(sql`coalesce(${riskItems.organisationNamed}, ${riskItems.source})`, ' (', riskItems.publishedOn, ')'),
    ],
  },
  incident: {
    id: riskIncidents.id,
    from: sql`${riskIncidents} join ${clients} on ${clients.id} = ${riskIncidents.clientId}`,
    names: [ofClient(clients.name, '（', riskIncidents.eventOn, '）'), ofClient(clients.name, '(', riskIncidents.eventOn, ')')],
  },
  complaint: { id: complaints.id, from: sql`${complaints}`, names: [sql`${complaints.number}`] },
  contractChange: {
    id: contractChanges.id,
    from: sql`${contractChanges} join ${clients} on ${clients.id} = ${contractChanges.clientId}`,
    names: [sql`${contractChanges.number}`, cat(contractChanges.number, ' ', clients.name)],
  },
  application: {
    id: serviceApplications.id,
    from: sql`${serviceApplications}`,
    names: [sql`${serviceApplications.number}`, cat(serviceApplications.number, ' ', serviceApplications.applicantName)],
  },
  starAssessment: {
    id: starAssessments.id,
    from: sql`${starAssessments} join ${audits} on ${audits.id} = ${starAssessments.auditId} join ${clients} on ${clients.id} = ${audits.clientId}`,
    names: [ofClient(clients.name, '（', audits.plannedStart, '）'), ofClient(clients.name, '(', audits.plannedStart, ')')],
  },
  starIndicator: {
    id: starIndicators.code,
    from: sql`${starIndicators}`,
    names: [cat(starIndicators.code, ' ', starIndicators.nameZh), cat(starIndicators.code, ' ', starIndicators.nameEn)],
    keyed: true,
  },
  survey: {
    id: surveys.id,
    from: sql`${surveys} join ${clients} on ${clients.id} = ${surveys.clientId}`,
    names: [ofClient(clients.name, '（', surveys.issuedOn, '）'), ofClient(clients.name, '(', surveys.issuedOn, ')')],
  },
  surveySample: { id: surveySamples.id, from: sql`${surveySamples}`, names: [cat(surveySamples.year, ' 年'), cat(surveySamples.year)] },
  credibilityResponse: {
    id: credibilityResponses.id,
    from: sql`${credibilityResponses}`,
    names: [
      cat(credibilityResponses.year, ' 年 ', credibilityResponses.respondent),
      cat(credibilityResponses.year, ' ', credibilityResponses.respondent),
    ],
  },
  clientEvent: {
    id: clientEvents.id,
    from: sql`${clientEvents}`,
    names: [cat(clientEvents.title, '（', clientEvents.heldOn, '）'), cat(clientEvents.title, ' (', clientEvents.heldOn, ')')],
  },
  clientRequest: {
    id: clientRequests.id,
    from: sql`${clientRequests} join ${clients} on ${clients.id} = ${clientRequests.clientId}`,
    names: [ofClient(clients.name, '（', clientRequests.receivedOn, '）'), ofClient(clients.name, '(', clientRequests.receivedOn, ')')],
  },
  clientSuggestion: {
    id: clientSuggestions.id,
    from: sql`${clientSuggestions} left join ${clients} on ${clients.id} = ${clientSuggestions.clientId}`,
    names: [
      ofClient(clients.name, '（', clientSuggestions.receivedOn, '）'),
      ofClient(clients.name, '(', clientSuggestions.receivedOn, ')'),
    ],
  },
  clientEvaluation: {
    id: clientEvaluations.id,
    from: sql`${clientEvaluations} join ${clients} on ${clients.id} = ${clientEvaluations.clientId}`,
    names: [ofClient(clients.name, clientEvaluations.year, ' 年度'), ofClient(clients.name, clientEvaluations.year)],
  },
  evaluationItem: {
    id: evaluationItems.code,
    from: sql`${evaluationItems}`,
    names: [cat(evaluationItems.code, ' ', evaluationItems.nameZh), cat(evaluationItems.code, ' ', evaluationItems.nameEn)],
    keyed: true,
  },
  holiday: {
    id: holidays.date,
    from: sql`${holidays}`,
    names: [cat(holidays.date, ' ', holidays.nameZh), cat(holidays.date, ' ', holidays.nameEn), sql`${holidays.nameZh}`],
    keyed: true,
  },
  report: {
    id: regulatoryReports.id,
    from: sql`${regulatoryReports}`,
    names: [
      cat(
        labelOf(regulatoryReports.kind, reportKindLabels, 'zh'),
        ' ',
        sql`coalesce(${regulatoryReports.period}, ${regulatoryReports.generatedOn}::text)`,
      ),
      cat(
        labelOf(regulatoryReports.kind, reportKindLabels, 'en'),
        ' ',
        sql`coalesce(${regulatoryReports.period}, ${regulatoryReports.generatedOn}::text)`,
      ),
    ],
  },
};

/**
 * What `term` names, resolved to ids before the log is read (the log grows by hundreds of
 * thousands of entries a year; the records it names are few): each kind of record whose name
 * shown is `term` (or, with `contains`, has it in it), as (kind, id). A client's name is part of
 * how its audits, incidents, surveys… are named, so they are found by it too.
 */
function recordsNamed(term: string, contains: boolean): SQL {
  const pattern = `%${escapeLike(term)}%`;
  const match = (name: SQL) => (contains ? sql`${name} ilike ${pattern}` : sql`${name} = ${term}`);
  return sql.join(
    (Object.entries(nameSearches) as [ReferenceKind, NameSearch][]).map(
      ([kind, s]) =>
        sql`select ${lit(kind)} as kind, (${s.id})::text as id from ${s.from} where ${sql.join(s.names.map(match), sql` or `)}`,
    ),
    sql` union all `,
  );
}

/** The kinds of record and the entities named by them, as a SQL VALUES list (kind, entity). */
const entitiesOfKinds: SQL = sql`(values ${sql.join(
  referenceKinds.flatMap((kind) => entitiesNamedBy(kind).map((entity) => sql`(${lit(kind)}, ${lit(entity)})`)),
  sql`, `,
)}) as k(kind, entity)`;

/** Entries whose own record `term` names: (entity, entity id) pairs, so that the log's (entity, entity_id) index finds them. */
function entriesNamed(term: string, contains: boolean): SQL {
  const keyed = keyedRecordsNamed(term, contains);
  return sql`(${auditLog.entity}, ${auditLog.entityId}) in (
    select k.entity, n.id from (${recordsNamed(term, contains)}) as n join ${entitiesOfKinds} on k.kind = n.kind
    ${
      keyed.length
        ? sql`union all values ${sql.join(
            keyed.map((r) => sql`(${lit(r.entity)}, ${lit(r.entityId)})`),
            sql`, `,
          )}`
        : sql``
    })`;
}

/** Ids named by `term` that a value may hold (a person, a client, an audit…; not the codes of indicators). */
function valueIdsNamed(term: string): SQL {
  const kinds = (Object.entries(nameSearches) as [ReferenceKind, NameSearch][]).filter(([, s]) => !s.keyed).map(([k]) => lit(k));
  return sql`select n.id from (${recordsNamed(term, true)}) as n where n.kind in (${sql.join(kinds, sql`, `)})`;
}

/** An entry an import wrote with the rows it was still writing is read once that import is applied. */
const entryIsVisible = seenOnceApplied(auditLog.importId);

function conditions(f: AuditLogFilter): SQL | undefined {
  const hidden = hiddenOf(f.hidden);
  // an entry whose every change is hidden from the reader is not listed (nor counted)
  const visible = sql`not (jsonb_array_length(${auditLog.changes}) > 0 and not exists (
    select 1 from jsonb_array_elements(${auditLog.changes}) as c(x) where not ((x->>'field') = any(${hidden}))))`;
  return and(
    visible,
    entryIsVisible,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.before ? lt(auditLog.at, f.before) : undefined,
    f.actorId ? eq(auditLog.actorId, f.actorId) : undefined,
    f.upToId !== undefined ? lte(auditLog.id, f.upToId) : undefined,
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.category === 'security' ? eq(auditLog.entity, 'user') : f.category === 'changes' ? ne(auditLog.entity, 'user') : undefined,
    f.record ? or(eq(auditLog.entityId, f.record), entriesNamed(f.record, false)) : undefined,
    f.q ? textSearch(f.q, hidden) : undefined,
  );
}

/**
 * Text as the reader reads it, found in what is stored: the actor, the address, the record's id
 * or name, a value's text (an amount also as shown), a value that is a record the text names
 * (a person, a client…) or a code whose label it is part of. Never in a field hidden from the reader.
 */
function textSearch(q: string, hidden: SQL): SQL {
  const terms = searchTerms(q).map((t) => `%${escapeLike(t)}%`);
  const anyTerm = (v: SQL) => or(...terms.map((t) => sql`${v} ilike ${t}`))!;
  // what the reader may see of a value: an object without its hidden keys (a contract change's fees)
  const seen = (v: SQL) => sql`(case when jsonb_typeof(${v}) = 'object' then ${v} - ${hidden} else ${v} end)::text`;
  const codes = codesLabelled(q);
  const coded = codes.length
    ? sql` or exists (select 1 from (values ${sql.join(
        codes.map((c) => sql`(${lit(c.entity)}, ${lit(c.field)}, to_jsonb(${lit(c.code)}))`),
        sql`, `,
      )}) as l(entity, field, code) where l.entity = ${auditLog.entity} and l.field = (x->>'field')
          and ((x->'old') @> l.code or (x->'new') @> l.code))`
    : sql``;
  return or(
    anyTerm(sql`${auditLog.actorName}`),
    anyTerm(sql`${auditLog.entityId}`),
    anyTerm(sql`${auditLog.address}`),
    sql`exists (select 1 from jsonb_array_elements(${auditLog.changes}) as c(x)
      where not ((x->>'field') = any(${hidden})) and (${anyTerm(seen(sql`(x->'old')`))} or ${anyTerm(seen(sql`(x->'new')`))}
        or (x->>'old') in (${valueIdsNamed(q)}) or (x->>'new') in (${valueIdsNamed(q)})${coded}))`,
    entriesNamed(q, true),
  )!;
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
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId), entryIsVisible))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
}

/** The people the log may name as actors: every account, for the filter. */
export function actorsForFilter(db: Db) {
  return db.select({ id: users.id, name: users.displayName, username: users.username }).from(users).orderBy(asc(users.displayName));
}
