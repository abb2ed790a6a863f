import { and, arrayContains, arrayOverlaps, asc, count, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import type { DataScope } from '../auth/permissions.js';
import { auditLog } from '../../audit-log/audit-log.schema.js';
import { branches } from '../branches/branch.schema.js';
import { certificates } from '../certificates/certificate.schema.js';
import { clientColumnKeys, clientColumns, type ClientColumnKey } from './client.columns.js';
import type { Client, ClientListQuery } from './client.dto.js';
import { normaliseSearchTerm, placeInSearchTerm } from './client.rules.js';
import { escapeLike, isHanPair } from '../../lib/normalise-text.js';
import { clients } from './client.schema.js';
import { seenOnceApplied } from '../imports/import.repo.js';

/** A client an import is still writing is seen by nobody (imports/import.repo.ts). */
export const clientIsVisible = seenOnceApplied(clients.importId);

export type ClientRow = typeof clients.$inferSelect;
export type NewClientRow = typeof clients.$inferInsert;

/** The rows a scope may see; every client query goes through this. */
export function clientScopeCondition(scope: DataScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'branch':
      return eq(clients.branchId, scope.branchId);
    case 'client':
      return eq(clients.id, scope.clientId);
  }
}

/** The search text holds the term: through the trigram index, or for two Chinese characters the names' pairs (same rows). */
export function searchTextHolds(term: string): SQL {
  return isHanPair(term) ? sql`${clients.searchBigrams} @> array[${term}]::text[]` : ilike(clients.searchText, `%${escapeLike(term)}%`);
}

function filterConditions(query: ClientListQuery): SQL[] {
  const conditions: SQL[] = [];
  if (query.q) {
    const term = normaliseSearchTerm(query.q);
    const placed = placeInSearchTerm(query.q);
    // 北京华信 lists 苏州华信 too, after it (searchOrder)
    conditions.push(placed ? or(searchTextHolds(term), searchTextHolds(placed.rest))! : searchTextHolds(term));
  }
  for (const key of clientColumnKeys) {
    const column = clients[key];
    const col = clientColumns[key];
    switch (col.kind) {
      case 'text': {
        const v = query[key] as string | undefined;
        if (v) conditions.push(ilike(column, `%${escapeLike(v)}%`));
        break;
      }
      case 'textList': {
        const v = query[key] as string | undefined;
        if (v) conditions.push(sql`array_to_string(${column}, ' ') ilike ${`%${escapeLike(v)}%`}`);
        break;
      }
      case 'date':
      case 'money':
      case 'count': {
        const from = query[`${key}From`] as string | number | undefined;
        const to = query[`${key}To`] as string | number | undefined;
        if (from !== undefined) conditions.push(gte(column, from as never));
        if (to !== undefined) conditions.push(lte(column, to as never));
        break;
      }
      case 'boolean': {
        const values = query[key] as string[] | undefined;
        if (values?.length)
          conditions.push(
            inArray(
              column,
              values.map((v) => v === 'true'),
            ),
          );
        break;
      }
      case 'enum':
      case 'branch': {
        const values = query[key] as string[] | undefined;
        if (values?.length) conditions.push(inArray(column, values as never[]));
        break;
      }
    }
  }
  return conditions;
}

/**
 * With a search term, the best matches come first and the chosen sort orders each group: a name
 * (or former name) equal to the term, then one holding the term or its place and name
 * (北京华信 before 苏州华信), then the rest.
 */
function searchOrder(q: string | undefined): SQL[] {
  if (!q) return [];
  const term = normaliseSearchTerm(q);
  const placed = placeInSearchTerm(q);
  // the search text's names are its space-separated words
  const exact = sql`(' ' || ${clients.searchText} || ' ') like ${`% ${escapeLike(term)} %`}`;
  if (!placed) return [desc(exact)];
  const holds = sql`(${clients.searchText} like ${`%${escapeLike(term)}%`} or (${clients.searchText} like ${`%${escapeLike(placed.place)}%`} and ${clients.searchText} like ${`%${escapeLike(placed.rest)}%`}))`;
  return [desc(exact), desc(holds)];
}

const clientSelection = {
  client: clients,
  branchNameZh: branches.nameZh,
  branchNameEn: branches.nameEn,
};

function toClient(r: { client: ClientRow; branchNameZh: string; branchNameEn: string }): Client {
  const { searchText: _searchText, nameKeys: _nameKeys, searchBigrams: _searchBigrams, createdAt, updatedAt, ...rest } = r.client;
  return {
    ...rest,
    uscc: rest.uscc.trim(),
    branchName: { zh: r.branchNameZh, en: r.branchNameEn },
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}

export async function listClients(
  db: Db,
  scope: DataScope,
  query: ClientListQuery,
  paging: { limit: number; offset: number },
): Promise<{ items: Client[]; total: number }> {
  const where = and(clientIsVisible, clientScopeCondition(scope), ...filterConditions(query));
  const sortColumn = clients[query.sort as ClientColumnKey];
  const orderBy = [
    ...searchOrder(query.q),
    ...(query.order === 'desc' ? [desc(sortColumn), desc(clients.id)] : [asc(sortColumn), asc(clients.id)]),
  ];
  const [rows, [{ total } = { total: 0 }]] = await Promise.all([
    db
      .select(clientSelection)
      .from(clients)
      .innerJoin(branches, eq(branches.id, clients.branchId))
      .where(where)
      .orderBy(...orderBy)
      .limit(paging.limit)
      .offset(paging.offset),
    db.select({ total: count() }).from(clients).where(where),
  ]);
  return { items: rows.map(toClient), total };
}

export async function findClient(db: Db, scope: DataScope, id: string): Promise<Client | undefined> {
  const [row] = await db
    .select(clientSelection)
    .from(clients)
    .innerJoin(branches, eq(branches.id, clients.branchId))
    .where(and(eq(clients.id, id), clientIsVisible, clientScopeCondition(scope)));
  return row ? toClient(row) : undefined;
}

/** Locks the row for the rest of the transaction. */
export async function lockClientRow(tx: Db, scope: DataScope, id: string): Promise<ClientRow | undefined> {
  const [row] = await tx
    .select()
    .from(clients)
    .where(and(eq(clients.id, id), clientIsVisible, clientScopeCondition(scope)))
    .for('update');
  return row;
}

export async function insertClient(tx: Db, values: NewClientRow): Promise<ClientRow> {
  const [row] = await tx.insert(clients).values(values).returning();
  return row!;
}

/** Writes only when the version is still the one read; undefined otherwise. */
export async function updateClientRow(
  tx: Db,
  id: string,
  expectedVersion: number,
  values: Partial<NewClientRow>,
): Promise<ClientRow | undefined> {
  const [row] = await tx
    .update(clients)
    .set({ ...values, version: sql`${clients.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(clients.id, id), eq(clients.version, expectedVersion)))
    .returning();
  return row;
}

// well below the 65,535 bind parameters PostgreSQL takes in one statement
const LOOKUP_CHUNK = 5000;

function chunks<T>(xs: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += LOOKUP_CHUNK) out.push(xs.slice(i, i + LOOKUP_CHUNK));
  return out;
}

/** The clients with these contract numbers, locked for the transaction when `lock`. */
export async function findClientsByContractNos(tx: Db, contractNos: readonly string[], lock = true): Promise<ClientRow[]> {
  const found: ClientRow[] = [];
  for (const part of chunks([...new Set(contractNos)])) {
    const query = tx.select().from(clients).where(inArray(clients.contractNo, part));
    found.push(...(lock ? await query.for('update') : await query));
  }
  return found;
}

type ClientKeys = Pick<ClientRow, 'id' | 'uscc' | 'contractNo' | 'branchId' | 'formerUsccs'>;
const clientKeys = {
  id: clients.id,
  uscc: clients.uscc,
  contractNo: clients.contractNo,
  branchId: clients.branchId,
  formerUsccs: clients.formerUsccs,
};

/**
 * The clients that have, or had before a correction, one of these credit codes: one index lookup
 * per code for the former ones. `former_usccs && array[…500 codes]`, alone or OR-ed with the current
 * code, was planned as a scan of every client (the planner reckons each code matches 0.5% of rows):
 * 130 ms per 500 codes over 50,000 clients, 7 ms this way.
 */
export async function findClientsByUsccs(tx: Db, usccs: readonly string[]): Promise<ClientKeys[]> {
  const found = new Map<string, ClientKeys>();
  for (const part of chunks([...new Set(usccs)])) {
    const current = await tx.select(clientKeys).from(clients).where(inArray(clients.uscc, part));
    const former = await tx
      .select(clientKeys)
      .from(sql`jsonb_array_elements_text(${JSON.stringify(part)}::jsonb) as u(code)`)
      .innerJoin(clients, arrayContains(clients.formerUsccs, sql`array[code]`));
    for (const r of [...current, ...former]) found.set(r.id, r);
  }
  return [...found.values()];
}

/** The numbers of the client's certificates, in order. */
export async function certificateNosOf(tx: Db, clientId: string): Promise<string[]> {
  const rows = await tx
    .select({ no: certificates.certificateNo })
    .from(certificates)
    .where(eq(certificates.clientId, clientId))
    .orderBy(asc(certificates.certificateNo));
  return rows.map((r) => r.no);
}

export async function setClientCertificateNos(
  tx: Db,
  clientId: string,
  certificateNos: string[],
  searchText: string,
  searchBigrams: string[],
): Promise<void> {
  await tx.update(clients).set({ certificateNos, searchText, searchBigrams }).where(eq(clients.id, clientId));
}

/** The client that had this credit code before a correction, if any. */
export async function clientWithFormerUscc(tx: Db, uscc: string): Promise<Pick<ClientRow, 'id' | 'name'> | undefined> {
  const [row] = await tx
    .select({ id: clients.id, name: clients.name })
    .from(clients)
    .where(arrayContains(clients.formerUsccs, [uscc]));
  return row;
}

/** The organisation behind a client: every client record that has or had one of its credit codes. */
export async function sameOrganisationIds(tx: Db, clientId: string): Promise<string[]> {
  const [self] = await tx.select({ uscc: clients.uscc, former: clients.formerUsccs }).from(clients).where(eq(clients.id, clientId));
  if (!self) return [clientId];
  const codes = [self.uscc.trim(), ...self.former];
  const rows = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(or(inArray(clients.uscc, codes), arrayOverlaps(clients.formerUsccs, codes)));
  return [...new Set([clientId, ...rows.map((r) => r.id)])];
}

/** Was the client a VIP at some time since `since` (its change history says when the flag was taken off)? */
export async function wasVipSince(tx: Db, clientId: string, since: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entity, 'client'),
        eq(auditLog.entityId, clientId),
        gte(auditLog.at, sql`${since}::date`),
        sql`${auditLog.changes} @> ${JSON.stringify([{ field: 'vip', old: true }])}::jsonb`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** The clients among these holding a live (valid or suspended) certificate: their name is on it. */
export async function clientsWithLiveCertificates(tx: Db, clientIds: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks([...new Set(clientIds)])) {
    const rows = await tx
      .selectDistinct({ clientId: certificates.clientId })
      .from(certificates)
      .where(and(inArray(certificates.clientId, part), inArray(certificates.status, ['valid', 'suspended'])));
    for (const r of rows) found.add(r.clientId);
  }
  return found;
}
