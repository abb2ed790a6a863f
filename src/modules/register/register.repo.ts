import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/connection.js';
import { normaliseCompanyName } from '../../lib/company-name.js';
import { nextPrefix } from '../../lib/prefix-range.js';
import { certificateEvents, certificates, registerGeneration } from '../certificates/certificate.schema.js';

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

const CERTIFICATE_NO = /^[A-Za-z0-9-]{3,40}$/;

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
  const byNameKey = db
    .select(publicColumns)
    .from(certificates)
    .where(startsWith(certificates.nameKey))
    .orderBy(sql`${certificates.nameKey} = ${sql.placeholder('key')} desc`, asc(certificates.nameKey), asc(certificates.certificateNo))
    .limit(sql.placeholder('limit'))
    .prepare('register_by_name_key');
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
  return { byNumberPrefix, byNameKey, byNumber, generation };
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

/** By certificate number (exact or prefix) or by organisation name (exact or prefix of its key). */
export function searchRegister(db: Db, query: string, limit: number) {
  const q = query.trim();
  if (CERTIFICATE_NO.test(q)) {
    const no = q.toUpperCase();
    return lookups(db).byNumberPrefix.execute({ key: no, upper: nextPrefix(no), limit });
  }
  const key = normaliseCompanyName(q);
  if (key.length === 0) return Promise.resolve([]);
  return lookups(db).byNameKey.execute({ key, upper: nextPrefix(key), limit });
}

export async function findByNumber(db: Db, certificateNo: string) {
  const [row] = await lookups(db).byNumber.execute({ no: certificateNo.trim().toUpperCase() });
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
