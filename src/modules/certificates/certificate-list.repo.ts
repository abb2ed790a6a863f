import { and, asc, count, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { normaliseCompanyName } from '../../lib/company-name.js';
import { compactNumber, escapeLike, looksLikeNumber, normaliseText } from '../../lib/normalise-text.js';
import type { DataScope } from '../auth/permissions.js';
import { branches } from '../branches/branch.schema.js';
import { clientIsVisible, clientScopeCondition, searchTextHolds } from '../clients/client.repo.js';
import { normaliseSearchTerm } from '../clients/client.rules.js';
import { clients } from '../clients/client.schema.js';
import type { CertificateListQuery, CertificateListRow } from './certificate.dto.js';
import { certificates } from './certificate.schema.js';

/**
 * The search of the certificate register: a number (CD23-SC1002R0M, cd23 sc1002, ＣＤ２３ＳＣ１００２)
 * anywhere in the certificate's number, separators ignored; anything else finds the organisation
 * as the client list does (name, former name, pinyin, initials) or the name the certificate bears.
 */
function searchCondition(q: string): SQL {
  if (looksLikeNumber(q)) {
    const compact = compactNumber(q);
    return sql`regexp_replace(${certificates.certificateNo}, '[^A-Z0-9]', '', 'g') like ${`%${escapeLike(compact)}%`}`;
  }
  const key = normaliseCompanyName(q);
  const onCertificate = ilike(certificates.organisationName, `%${escapeLike(normaliseText(q).trim())}%`);
  return or(
    searchTextHolds(normaliseSearchTerm(q)),
    onCertificate,
    ...(key ? [sql`${certificates.nameKey} like ${`%${escapeLike(key)}%`}`] : []),
  )!;
}

function filterConditions(query: CertificateListQuery): SQL[] {
  const conditions: SQL[] = [];
  if (query.q) conditions.push(searchCondition(query.q));
  if (query.status?.length) conditions.push(inArray(certificates.status, query.status));
  if (query.scheme?.length) conditions.push(inArray(certificates.scheme, query.scheme));
  if (query.field?.length) conditions.push(inArray(certificates.field, query.field));
  if (query.starLevel?.length) conditions.push(inArray(certificates.starLevel, query.starLevel));
  if (query.branchId?.length) conditions.push(inArray(clients.branchId, query.branchId));
  if (query.standard) conditions.push(ilike(certificates.standard, `%${escapeLike(query.standard)}%`));
  if (query.expiresFrom) conditions.push(gte(certificates.expiresOn, query.expiresFrom));
  if (query.expiresTo) conditions.push(lte(certificates.expiresOn, query.expiresTo));
  if (query.decisionFrom) conditions.push(gte(certificates.decisionOn, query.decisionFrom));
  if (query.decisionTo) conditions.push(lte(certificates.decisionOn, query.decisionTo));
  return conditions;
}

const rowSelection = {
  id: certificates.id,
  clientId: certificates.clientId,
  certificateNo: certificates.certificateNo,
  scheme: certificates.scheme,
  field: certificates.field,
  standard: certificates.standard,
  organisationName: certificates.organisationName,
  starLevel: certificates.starLevel,
  status: certificates.status,
  suspendedFrom: certificates.suspendedFrom,
  suspendedUntil: certificates.suspendedUntil,
  suspendedScope: certificates.suspendedScope,
  decisionOn: certificates.decisionOn,
  originalIssueOn: certificates.originalIssueOn,
  issueOn: certificates.issueOn,
  expiresOn: certificates.expiresOn,
  confidential: certificates.confidential,
  branchId: clients.branchId,
  branchNameZh: branches.nameZh,
  branchNameEn: branches.nameEn,
};

/** 证书台账: the certificates of the clients `scope` sees, a page of them and how many match in all. */
export async function listCertificates(
  db: Db,
  scope: DataScope,
  query: CertificateListQuery,
  paging: { limit: number; offset: number },
): Promise<{ items: CertificateListRow[]; total: number }> {
  const where = and(clientIsVisible, clientScopeCondition(scope), ...filterConditions(query));
  const sortColumn = certificates[query.sort];
  const direction = query.order === 'desc' ? desc : asc;
  const [rows, [{ total } = { total: 0 }]] = await Promise.all([
    db
      .select(rowSelection)
      .from(certificates)
      .innerJoin(clients, eq(clients.id, certificates.clientId))
      .innerJoin(branches, eq(branches.id, clients.branchId))
      .where(where)
      .orderBy(direction(sortColumn), direction(certificates.certificateNo))
      .limit(paging.limit)
      .offset(paging.offset),
    db.select({ total: count() }).from(certificates).innerJoin(clients, eq(clients.id, certificates.clientId)).where(where),
  ]);
  return {
    items: rows.map(({ branchNameZh, branchNameEn, ...r }) => ({ ...r, branchName: { zh: branchNameZh, en: branchNameEn } })),
    total,
  };
}
