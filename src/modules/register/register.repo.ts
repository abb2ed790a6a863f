import { and, asc, count, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/connection.js';
import { normaliseCompanyName, parseCompanyName, placesAgree, type CompanyNameParts } from '../../lib/company-name.js';
import { compactNumber, normaliseText } from '../../lib/normalise-text.js';
import { nextPrefix } from '../../lib/prefix-range.js';
import { certificateEvents, certificates, registerGeneration } from '../certificates/certificate.schema.js';
import { certificateNoKey } from '../certificates/certificate.rules.js';
import { clients } from '../clients/client.schema.js';

/**
 * The public register: only what a certificate says in public. No contacts, fees, notes,
 * client ids or reasons leave this file.
 */
const publicColumns = {
  certificateNo: certificates.certificateNo,
  organisationName: certificates.organisationName,
  scheme: certificates.scheme,
  standard: certificates.standard,
  scope: certificates.scope,
  starLevel: certificates.starLevel,
  status: certificates.status,
  originalIssueOn: certificates.originalIssueOn,
  issueOn: certificates.issueOn,
  expiresOn: certificates.expiresOn,
  suspendedFrom: certificates.suspendedFrom,
  suspendedUntil: certificates.suspendedUntil,
  suspendedScope: certificates.suspendedScope,
  // the register's generation (its ETag) in the same statement: one round trip, one snapshot
  generation: sql<number>`(select ${registerGeneration.generation} from ${registerGeneration} where ${registerGeneration.id} = 1)`.mapWith(
    (v: string | number | null) => Number(v ?? 0),
  ),
};

// a number: letters, digits and separators (CD23-SC1002R0M, cd23 sc1002 r0m), after normaliseText
const NUMBER_QUERY = /^[0-9a-z\s\-_./]+$/;
const NUMBER_LENGTH = { min: 3, max: 40 } as const;

/**
 * `column` starts with the `key` placeholder: a byte-wise range on its text_pattern_ops index,
 * which a prepared statement's generic plan can use (LIKE $1 cannot, and is re-planned per call).
 */
function startsWith(column: AnyPgColumn) {
  return sql`${column} ~>=~ ${sql.placeholder('key')} and ${column} ~<~ ${sql.placeholder('upper')}`;
}

/**
 * The lookups are the register's hot path: prepared once per database (named statements on
 * PostgreSQL, so the server plans them once per connection).
 */
function prepareLookups(db: Db) {
  const byNumberPrefix = db
    .select(publicColumns)
    .from(certificates)
    .where(startsWith(certificates.certificateNo))
    .orderBy(sql`${certificates.certificateNo} = ${sql.placeholder('key')} desc`, asc(certificates.certificateNo))
    .limit(sql.placeholder('limit'))
    .prepare('register_by_number_prefix');
  const countByNumberPrefix = db
    .select({ n: count() })
    .from(certificates)
    .where(startsWith(certificates.certificateNo))
    .prepare('register_count_by_number_prefix');
  // an equal key first, then the organisations whose name holds the place asked for (北京华信 before 苏州华信)
  const byNameKey = db
    .select(publicColumns)
    .from(certificates)
    .where(startsWith(certificates.nameKey))
    .orderBy(
      sql`${certificates.nameKey} = ${sql.placeholder('key')} desc`,
      sql`strpos(${certificates.organisationName}, ${sql.placeholder('place')}) > 0 desc`,
      asc(certificates.nameKey),
      asc(certificates.certificateNo),
    )
    .limit(sql.placeholder('limit'))
    .prepare('register_by_name_key');
  const countByNameKey = db
    .select({ n: count() })
    .from(certificates)
    .where(startsWith(certificates.nameKey))
    .prepare('register_count_by_name_key');
  // a former name of the certified client (its name keys hold its former names' keys: GIN index), then
  // those clients' certificates: two short index lookups, where one join let the planner walk every certificate
  const clientsByFormerKey = db
    .select({ id: clients.id, formerNames: clients.formerNames })
    .from(clients)
    .where(sql`${clients.nameKeys} @> array[${sql.placeholder('key')}]::text[] and cardinality(${clients.formerNames}) > 0`)
    .limit(sql.placeholder('limit'))
    .prepare('register_clients_by_former_key');
  const byClients = db
    .select({ ...publicColumns, clientId: certificates.clientId })
    .from(certificates)
    .where(sql`${certificates.clientId} = any(${sql.placeholder('ids')}::uuid[])`)
    .orderBy(asc(certificates.certificateNo))
    .limit(sql.placeholder('limit'))
    .prepare('register_by_clients');
  const byNumber = db
    .select(publicColumns)
    .from(certificates)
    .where(eq(certificates.certificateNo, sql.placeholder('no')))
    .prepare('register_by_number');
  const generation = db
    .select({ generation: registerGeneration.generation })
    .from(registerGeneration)
    .where(eq(registerGeneration.id, 1))
    .prepare('register_generation');
  return { byNumberPrefix, countByNumberPrefix, byNameKey, countByNameKey, clientsByFormerKey, byClients, byNumber, generation };
}

const prepared = new WeakMap<Db, ReturnType<typeof prepareLookups>>();
function lookups(db: Db) {
  let p = prepared.get(db);
  if (!p) {
    p = prepareLookups(db);
    prepared.set(db, p);
  }
  return p;
}

type RegisterRow = Awaited<ReturnType<ReturnType<typeof lookups>['byNumber']['execute']>>[number];
/** A register answer: the rows (an exact match first), how many there are in all, and for a row found by a former name, that name. */
export type RegisterHit = RegisterRow & { formerName: string | null };

/** By certificate number (exact or prefix, with or without separators, full-width or not). */
async function searchByNumber(db: Db, typed: string, limit: number): Promise<{ rows: RegisterHit[]; total: number }> {
  const written = normaliseText(typed).replace(/\s+/g, '').toUpperCase();
  const compact = compactNumber(typed);
  const rows: RegisterHit[] = [];
  let total = 0;
  // as written (a number stored with its hyphen), then without separators
  for (const key of new Set([written, compact])) {
    const found = await lookups(db).byNumberPrefix.execute({ key, upper: nextPrefix(key), limit });
    for (const row of found) if (!rows.some((r) => r.certificateNo === row.certificateNo)) rows.push({ ...row, formerName: null });
    total +=
      found.length < limit ? found.length : ((await lookups(db).countByNumberPrefix.execute({ key, upper: nextPrefix(key) }))[0]?.n ?? 0);
  }
  const exact = (r: RegisterHit) => r.certificateNo === written || r.certificateNo === compact;
  rows.sort((a, b) => Number(exact(b)) - Number(exact(a)));
  return { rows: rows.slice(0, limit), total: Math.max(total, rows.length) };
}

/**
 * By organisation name: its key (exact or prefix) or a former name's key (exact), ranked an equal
 * name first, then an equal key in the place asked for, an equal key elsewhere, then longer names.
 */
async function searchByName(db: Db, typed: string, limit: number): Promise<{ rows: RegisterHit[]; total: number }> {
  const key = normaliseCompanyName(typed);
  if (key.length === 0) return { rows: [], total: 0 };
  const parsed = parseCompanyName(typed);
  const place = parsed.places[0] ?? '';
  const upper = nextPrefix(key);
  const [byName, formerClients] = await Promise.all([
    lookups(db).byNameKey.execute({ key, upper, place, limit }),
    lookups(db).clientsByFormerKey.execute({ key: parsed.key, limit }),
  ]);
  const formerNamesOf = new Map(formerClients.map((c) => [c.id, c.formerNames]));
  const byFormer =
    formerClients.length === 0 ? [] : await lookups(db).byClients.execute({ ids: `{${formerClients.map((c) => c.id).join(',')}}`, limit });
  const whole = normaliseText(typed).replace(/\s+/g, '');
  const sameName = (name: string) => normaliseText(name).replace(/\s+/g, '') === whole;
  const rank = new Map<string, number>();
  const rows: RegisterHit[] = [];
  for (const row of byName) {
    const ranked = sameName(row.organisationName) ? 0 : placeRank(parseCompanyName(row.organisationName), parsed, 1);
    rows.push({ ...row, formerName: null });
    rank.set(row.certificateNo, ranked);
  }
  for (const { clientId, ...row } of byFormer) {
    const former = formerNamesOf.get(clientId)!.find((n) => parseCompanyName(n).key === parsed.key);
    // found by its current name already, or its current name shares the key: no former name to show
    if (!former || rank.has(row.certificateNo)) continue;
    rows.push({ ...row, formerName: former });
    rank.set(row.certificateNo, sameName(former) ? 0 : placeRank(parseCompanyName(former), parsed, 1));
  }
  rows.sort((a, b) => rank.get(a.certificateNo)! - rank.get(b.certificateNo)!);
  const formerHits = rows.filter((r) => r.formerName !== null).length;
  const total =
    byName.length < limit
      ? byName.length + formerHits
      : ((await lookups(db).countByNameKey.execute({ key, upper }))[0]?.n ?? 0) + formerHits;
  return { rows: rows.slice(0, limit), total };
}

/** 1: the key asked for in the place asked for (or none asked); 2: elsewhere; 3: a longer name. */
function placeRank(found: CompanyNameParts, asked: CompanyNameParts, base: number): number {
  if (found.key !== asked.key) return base + 2;
  return placesAgree(asked.places, found.places) === 'different' ? base + 1 : base;
}

/** By certificate number or by organisation name (current or former): an exact match first. */
export function searchRegister(db: Db, query: string, limit: number): Promise<{ rows: RegisterHit[]; total: number }> {
  const q = normaliseText(query).trim();
  const compact = compactNumber(q);
  if (NUMBER_QUERY.test(q) && compact.length >= NUMBER_LENGTH.min && compact.length <= NUMBER_LENGTH.max)
    return searchByNumber(db, query, limit);
  return searchByName(db, query, limit);
}

export async function findByNumber(db: Db, certificateNo: string) {
  const [row] = await lookups(db).byNumber.execute({ no: certificateNoKey(certificateNo) });
  return row;
}

/** Bumped by every certificate change and event (0 before the first): the register's ETag. */
export async function currentRegisterGeneration(db: Db): Promise<number> {
  const [row] = await lookups(db).generation.execute();
  return row?.generation ?? 0;
}

export const feedKinds = ['grant', 'reissue', 'suspend', 'restore', 'revoke', 'withdraw', 'expire'] as const;

export function registerFeed(db: Db, filter: { kinds?: string[]; from?: string; to?: string }, limit: number) {
  return db
    .select({
      kind: certificateEvents.kind,
      effectiveOn: certificateEvents.effectiveOn,
      certificateNo: certificates.certificateNo,
      organisationName: certificates.organisationName,
      details: sql<
        Record<string, unknown>
      >`case when ${certificateEvents.kind} = 'suspend' then ${certificateEvents.details} else '{}'::jsonb end`,
    })
    .from(certificateEvents)
    .innerJoin(certificates, eq(certificates.id, certificateEvents.certificateId))
    .where(
      and(
        eq(certificateEvents.public, true),
        filter.kinds?.length ? inArray(certificateEvents.kind, filter.kinds as (typeof feedKinds)[number][]) : undefined,
        filter.from ? gte(certificateEvents.effectiveOn, filter.from) : undefined,
        filter.to ? lte(certificateEvents.effectiveOn, filter.to) : undefined,
      ),
    )
    .orderBy(desc(certificateEvents.effectiveOn), desc(certificateEvents.id))
    .limit(limit);
}
