import { and, asc, desc, eq, gte, inArray, like, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { normaliseCompanyName } from '../../lib/company-name.js';
import { certificateEvents, certificates } from '../certificates/certificate.schema.js';

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
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const CERTIFICATE_NO = /^[A-Za-z0-9-]{3,40}$/;

/** By certificate number (exact or prefix) or by organisation name (exact or prefix of its key). */
export function searchRegister(db: Db, query: string, limit: number) {
  const q = query.trim();
  if (CERTIFICATE_NO.test(q)) {
    const no = q.toUpperCase();
    return db
      .select(publicColumns)
      .from(certificates)
      .where(like(certificates.certificateNo, `${escapeLike(no)}%`))
      .orderBy(sql`${certificates.certificateNo} = ${no} desc`, asc(certificates.certificateNo))
      .limit(limit);
  }
  const key = normaliseCompanyName(q);
  if (key.length === 0) return Promise.resolve([]);
  return db
    .select(publicColumns)
    .from(certificates)
    .where(or(eq(certificates.nameKey, key), like(certificates.nameKey, `${escapeLike(key)}%`)))
    .orderBy(sql`${certificates.nameKey} = ${key} desc`, asc(certificates.nameKey), asc(certificates.certificateNo))
    .limit(limit);
}

export async function findByNumber(db: Db, certificateNo: string) {
  const [row] = await db.select(publicColumns).from(certificates).where(eq(certificates.certificateNo, certificateNo.trim().toUpperCase()));
  return row;
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
