import { and, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { parseCompanyName } from '../../lib/company-name.js';
import type { IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { fieldError, issueToFieldError, withCellValues, type FieldError } from '../../lib/field-errors.js';
import { createHash, randomUUID } from 'node:crypto';
import { readTableFileInChunks } from '../../lib/table-file.js';
import type { StagedRow } from '../imports/import.repo.js';
import { IMPORT_CHUNK_ROWS, type ImportKind } from '../imports/import.runner.js';
import { importStagedRows } from '../imports/import.schema.js';
import type { DataScope } from '../auth/permissions.js';
import { branches } from '../branches/branch.schema.js';
import { clientIsVisible, clientScopeCondition } from '../clients/client.repo.js';
import { clients } from '../clients/client.schema.js';
import { parseDateCell } from '../clients/client.xlsx.js';
import type { ConfirmMatchSchema, RejectMatchSchema, RiskItemListQuery, SelfReportSchema } from './risk.dto.js';
import { RiskItemInputSchema, type RiskItemInput } from './risk.dto.js';
import { openIncident } from './incident.service.js';
import {
  buildNameIndex,
  lookupTerms,
  matchMentions,
  mentionsIn,
  NAME_WORD_MIN_CLIENTS,
  NAME_WORD_MIN_NAMES,
  PROPOSE_AT,
  wordsAfterNames,
  type IsNameWord,
  type ItemMentions,
  type MatchReason,
} from './risk.matcher.js';
import { riskKinds } from './risk.rules.js';
import { riskIncidents, riskItems, riskMatches } from './risk.schema.js';

/**
 * 客户风险信息 (SPEC §5): items are recorded or imported by quality-technical staff, matched
 * against every certified client at once, and each candidate confirmed or rejected; a
 * confirmation opens an incident (incident.service).
 */

export const RISK_ITEM_ENTITY = 'risk_item';
type RiskItemRow = typeof riskItems.$inferSelect;

/** Clients that could be named by the item: same credit code, a shared name key, or the same brand for close names. */
async function candidateClients(tx: Db, item: { organisationNamed?: string | null }, mentions: ItemMentions) {
  const { codes, keys } = lookupTerms(mentions);
  const named = item.organisationNamed ? parseCompanyName(item.organisationNamed).key : '';
  const conditions: SQL[] = [];
  if (codes.length > 0) conditions.push(inArray(clients.uscc, codes));
  if (keys.length > 0)
    conditions.push(
      sql`${clients.nameKeys} && array[${sql.join(
        keys.map((k) => sql`${k}`),
        sql`, `,
      )}]::text[]`,
    );
  // the trigram index serves a 3-character brand; the matcher then judges how close the names are
  if (named.length >= 4) conditions.push(ilike(clients.searchText, `%${named.slice(0, 3)}%`));
  if (conditions.length === 0) return [];
  return tx
    .select({
      id: clients.id,
      name: clients.name,
      formerNames: clients.formerNames,
      uscc: clients.uscc,
      province: clients.province,
      address: clients.address,
    })
    .from(clients)
    .where(and(clientIsVisible, or(...conditions)))
    .limit(500);
}

/**
 * Which of these pairs of characters are words client names are made of: in at least
 * NAME_WORD_MIN_NAMES names (the pair index); undefined for a client base too small to tell.
 */
async function nameWords(tx: Db, pairs: string[]): Promise<IsNameWord | undefined> {
  if (pairs.length === 0) return undefined;
  const counted = (await tx.execute(
    sql`select count(*)::int as n from (select 1 from ${clients} limit ${NAME_WORD_MIN_CLIENTS}) x`,
  )) as unknown as { rows: { n: number }[] };
  if (counted.rows[0]!.n < NAME_WORD_MIN_CLIENTS) return undefined;
  const rows = (await tx.execute(sql`
    select p from unnest(array[${sql.join(
      pairs.map((p) => sql`${p}`),
      sql`, `,
    )}]::text[]) p
    where (select count(*) from (select 1 from ${clients} where ${clients.searchBigrams} @> array[p] limit ${NAME_WORD_MIN_NAMES}) x) >= ${NAME_WORD_MIN_NAMES}`)) as unknown as {
    rows: { p: string }[];
  };
  const words = new Set(rows.rows.map((r) => r.p));
  return (pair) => words.has(pair);
}

async function matchAndStore(tx: Db, item: RiskItemRow): Promise<number> {
  // what the item names is read once: for the lookup, the words after its names and the match
  const mentions = mentionsIn(item);
  const found = await candidateClients(tx, item, mentions);
  const index = buildNameIndex(found.map((c) => ({ ...c, uscc: c.uscc.trim() })));
  const candidates = matchMentions(mentions, index, await nameWords(tx, wordsAfterNames(mentions, index)));
  if (candidates.length > 0) {
    await tx
      .insert(riskMatches)
      .values(
        candidates.map((c) => ({ riskItemId: item.id, clientId: c.clientId, score: c.score, reasons: c.reasons, matched: c.matched })),
      );
  } else {
    await tx.update(riskItems).set({ status: 'no_match' }).where(eq(riskItems.id, item.id));
  }
  return candidates.length;
}

async function insertItem(tx: Db, actor: Actor, values: typeof riskItems.$inferInsert) {
  const [item] = await tx.insert(riskItems).values(values).returning();
  const found = await matchAndStore(tx, item!);
  await recordChange(tx, actor, {
    entity: RISK_ITEM_ENTITY,
    entityId: item!.id,
    action: 'create',
    changes: [
      { field: 'organisationNamed', old: null, new: item!.organisationNamed },
      { field: 'candidates', old: null, new: found },
    ],
  });
  return { item: item!, found };
}

function assertNotFuture(date: IsoDate, today: IsoDate, field: string) {
  if (date > today) throw new AppError('RISK.FUTURE_DATE', { field });
}

export async function createRiskItem(db: Db, actor: Actor, input: RiskItemInput, today: IsoDate) {
  assertNotFuture(input.publishedOn, today, 'publishedOn');
  const { item } = await db.transaction((tx) => insertItem(tx, actor, { ...input, origin: 'manual', createdBy: actor.name }));
  return getRiskItem(db, { kind: 'all' }, item.id);
}

const importColumns = [
  { key: 'source', zh: '来源', en: 'Source', required: true },
  { key: 'sourceKind', zh: '来源类型', en: 'Source kind' },
  { key: 'publishedOn', zh: '发布日期', en: 'Published on', required: true },
  { key: 'organisationNamed', zh: '涉及组织', en: 'Organisation named' },
  { key: 'kind', zh: '类别', en: 'Kind', required: true },
  { key: 'text', zh: '内容', en: 'Text', required: true },
  { key: 'link', zh: '链接', en: 'Link' },
] as const;
type ImportColumn = (typeof importColumns)[number]['key'];

const kindByWord = new Map<string, string>([
  ...riskKinds.map((k) => [k, k] as const),
  ['质量', 'quality'],
  ['环境', 'environment'],
  ['安全', 'safety'],
  ['其他', 'other'],
]);
const sourceKindByWord = new Map<string, string>([
  ['media', 'media'],
  ['authority', 'authority'],
  ['媒体', 'media'],
  ['政府网站', 'authority'],
  ['政府', 'authority'],
  ['监管部门', 'authority'],
]);

export const RISK_IMPORT = 'risk-items';
/** How many rows of each kind the import preview lists; the counts are always complete. */
export const RISK_PREVIEW_LIST_LIMIT = 1000;

function checkRiskRow(cells: Partial<Record<ImportColumn, string>>, today: IsoDate): { input: RiskItemInput } | { errors: FieldError[] } {
  const raw = {
    ...cells,
    sourceKind: sourceKindByWord.get((cells.sourceKind ?? 'media').toLowerCase()) ?? cells.sourceKind,
    kind: kindByWord.get((cells.kind ?? '').toLowerCase()) ?? cells.kind,
    publishedOn: cells.publishedOn ? parseDateCell(cells.publishedOn) : undefined,
  };
  const parsed = RiskItemInputSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) =>
      issueToFieldError({
        field: String(i.path[0] ?? ''),
        kind: i.code,
        message: i.message,
        inputMissing: raw[String(i.path[0]) as keyof typeof raw] === undefined,
      }),
    );
    return { errors };
  }
  if (parsed.data.publishedOn > today) return { errors: [fieldError('publishedOn', 'DATE')] };
  return { input: parsed.data };
}

/**
 * A batch of risk items from a spreadsheet or CSV, as a background import: every row is checked
 * and staged first (one refused row and nothing is written); the confirmed batch is written in
 * one transaction, each item matched against the clients as it goes in.
 */
export function riskImportKind(today: () => IsoDate): ImportKind {
  return {
    kind: RISK_IMPORT,
    async check(_db, { run, chunkRows, stage }) {
      const day = today();
      const hash = createHash('sha256');
      const counts = { rows: 0, created: 0, refused: 0 };
      const creates: { row: number; source: string; organisationNamed: string | null; kind: string }[] = [];
      const refusedRows: { row: number; errors: FieldError[] }[] = [];
      const header = await readTableFileInChunks<ImportColumn>(run.content, run.fileName, importColumns, chunkRows, async (rows) => {
        const staged: StagedRow[] = [];
        for (const { rowNumber, cells } of rows) {
          counts.rows++;
          const checked = checkRiskRow(cells, day);
          if ('errors' in checked) {
            counts.refused++;
            if (refusedRows.length < RISK_PREVIEW_LIST_LIMIT)
              refusedRows.push({ row: rowNumber, errors: withCellValues(checked.errors, cells) });
            continue;
          }
          counts.created++;
          const { input } = checked;
          if (creates.length < RISK_PREVIEW_LIST_LIMIT)
            creates.push({ row: rowNumber, source: input.source, organisationNamed: input.organisationNamed ?? null, kind: input.kind });
          hash.update(JSON.stringify(input));
          staged.push({ rowNo: rowNumber, action: 'create', targetId: randomUUID(), version: null, data: input, changes: [] });
        }
        await stage(counts.refused > 0 ? [] : staged, counts.rows);
      });
      return { fingerprint: hash.digest('hex'), summary: counts, preview: { unknownColumns: header.unknown, creates, refusedRows } };
    },
    // a risk item depends on no stored record: what was checked still holds
    async merge(tx, run, actor) {
      const result = { created: 0, matched: 0, noMatch: 0 };
      // read back a page at a time: never the whole batch in memory
      for (let after = 0; ;) {
        const page = await tx
          .select({ rowNo: importStagedRows.rowNo, data: importStagedRows.data })
          .from(importStagedRows)
          .where(and(eq(importStagedRows.importId, run.id), sql`${importStagedRows.rowNo} > ${after}`))
          .orderBy(importStagedRows.rowNo)
          .limit(IMPORT_CHUNK_ROWS);
        if (page.length === 0) break;
        for (const { data } of page) {
          const input = data as RiskItemInput;
          const { found } = await insertItem(tx, actor, { ...input, origin: 'import', importBatch: run.id, createdBy: actor.name });
          result.created += 1;
          if (found > 0) result.matched += 1;
          else result.noMatch += 1;
        }
        after = page[page.length - 1]!.rowNo;
      }
      return { written: result.created, result };
    },
  };
}

/** A certified client reports a major incident itself: the item is matched to it and the incident opens at once. */
export async function selfReportIncident(db: Db, actor: Actor, clientId: string, input: z.output<typeof SelfReportSchema>, today: IsoDate) {
  assertNotFuture(input.eventOn, today, 'eventOn');
  return db.transaction(async (tx) => {
    const [client] = await tx.select({ name: clients.name }).from(clients).where(eq(clients.id, clientId));
    if (!client) throw new AppError('CLIENT.NOT_FOUND');
    const [item] = await tx
      .insert(riskItems)
      .values({
        source: client.name,
        sourceKind: 'client',
        publishedOn: today,
        organisationNamed: client.name,
        kind: input.kind,
        text: input.text,
        origin: 'portal',
        status: 'matched',
        createdBy: actor.name,
      })
      .returning();
    await tx.insert(riskMatches).values({
      riskItemId: item!.id,
      clientId,
      score: 1,
      reasons: ['SAME_CREDIT_CODE'],
      matched: client.name,
      decision: 'confirmed',
      decidedBy: actor.name,
      decidedAt: new Date(),
      note: '获证组织自报 / reported by the client',
    });
    await recordChange(tx, actor, { entity: RISK_ITEM_ENTITY, entityId: item!.id, action: 'self-report', changes: [] });
    return openIncident(tx, actor, { clientId, riskItemId: item!.id, kind: input.kind, eventOn: input.eventOn }, today);
  });
}

function itemConditions(q: RiskItemListQuery): SQL | undefined {
  return and(
    q.status ? eq(riskItems.status, q.status) : undefined,
    q.kind ? eq(riskItems.kind, q.kind) : undefined,
    q.from ? gte(riskItems.publishedOn, q.from) : undefined,
    q.to ? lte(riskItems.publishedOn, q.to) : undefined,
    q.q
      ? or(ilike(riskItems.text, `%${q.q}%`), ilike(riskItems.source, `%${q.q}%`), ilike(riskItems.organisationNamed, `%${q.q}%`))
      : undefined,
  );
}

/**
 * The client an item is about, for the list: the confirmed candidate, else the best one proposed
 * (a hint below PROPOSE_AT is no match to name there). Drizzle would leave the outer id unqualified.
 */
const topCandidate = sql<string | null>`(
  select c.name from ${riskMatches} m join ${clients} c on c.id = m.client_id
  where m.risk_item_id = risk_items.id and (m.decision = 'confirmed' or (m.decision = 'pending' and m.score >= ${PROPOSE_AT}))
  order by (m.decision = 'confirmed') desc, m.score desc limit 1)`;

export async function listRiskItems(db: Db, q: RiskItemListQuery, paging = { limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) {
  const where = itemConditions(q);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(riskItems)
    .where(where);
  const rows = await db
    .select({ item: riskItems, topCandidate })
    .from(riskItems)
    .where(where)
    .orderBy(desc(riskItems.publishedOn), desc(riskItems.createdAt))
    .limit(paging.limit)
    .offset(paging.offset);
  return { total: count!.n, items: rows.map((r) => toItem(r.item, r.topCandidate)) };
}

function toItem(item: RiskItemRow, top: string | null) {
  return { ...item, createdAt: item.createdAt.toISOString(), topCandidate: top };
}

/** The item with its candidates; branch staff see the candidates of their own branch only. */
export async function getRiskItem(db: Db, scope: DataScope, id: string) {
  const [item] = await db.select().from(riskItems).where(eq(riskItems.id, id));
  if (!item) throw new AppError('RISK.NOT_FOUND');
  const rows = await db
    .select({
      m: riskMatches,
      clientName: clients.name,
      branchZh: branches.nameZh,
      branchEn: branches.nameEn,
      incidentId: riskIncidents.id,
    })
    .from(riskMatches)
    .innerJoin(clients, eq(clients.id, riskMatches.clientId))
    .innerJoin(branches, eq(branches.id, clients.branchId))
    .leftJoin(riskIncidents, and(eq(riskIncidents.riskItemId, riskMatches.riskItemId), eq(riskIncidents.clientId, riskMatches.clientId)))
    .where(and(eq(riskMatches.riskItemId, id), clientScopeCondition(scope)))
    .orderBy(desc(riskMatches.score), clients.name);
  const candidates = rows.map(({ m, ...r }) => ({
    clientId: m.clientId,
    clientName: r.clientName,
    branchName: { zh: r.branchZh, en: r.branchEn },
    score: m.score,
    reasons: m.reasons as MatchReason[],
    matched: m.matched,
    proposed: m.score >= PROPOSE_AT,
    decision: m.decision,
    decidedBy: m.decidedBy,
    decidedAt: m.decidedAt?.toISOString() ?? null,
    note: m.note,
    incidentId: r.incidentId,
  }));
  const top = candidates.find((c) => c.decision === 'confirmed') ?? candidates.find((c) => c.decision === 'pending');
  return { ...toItem(item, top?.clientName ?? null), candidates };
}

async function lockItemMatch(tx: Db, scope: DataScope, itemId: string, clientId: string, version: number) {
  const [item] = await tx.select().from(riskItems).where(eq(riskItems.id, itemId)).for('update');
  if (!item) throw new AppError('RISK.NOT_FOUND');
  if (item.version !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
  const [match] = await tx
    .select({ m: riskMatches })
    .from(riskMatches)
    .innerJoin(clients, eq(clients.id, riskMatches.clientId))
    .where(and(eq(riskMatches.riskItemId, itemId), eq(riskMatches.clientId, clientId), clientScopeCondition(scope)));
  if (!match) throw new AppError('RISK.NOT_A_CANDIDATE');
  if (match.m.decision !== 'pending') throw new AppError('RISK.ALREADY_DECIDED');
  return { item, match: match.m };
}

/** After a decision: matched once any candidate is confirmed, no_match once all are rejected. */
async function settleItem(tx: Db, item: RiskItemRow) {
  const [left] = await tx
    .select({
      confirmed: sql<number>`count(*) filter (where ${riskMatches.decision} = 'confirmed')::int`,
      pending: sql<number>`count(*) filter (where ${riskMatches.decision} = 'pending')::int`,
    })
    .from(riskMatches)
    .where(eq(riskMatches.riskItemId, item.id));
  const status = left!.confirmed > 0 ? 'matched' : left!.pending > 0 ? 'open' : 'no_match';
  await tx
    .update(riskItems)
    .set({ status, version: sql`${riskItems.version} + 1` })
    .where(eq(riskItems.id, item.id));
}

export async function confirmMatch(
  db: Db,
  actor: Actor,
  scope: DataScope,
  itemId: string,
  clientId: string,
  input: z.output<typeof ConfirmMatchSchema>,
  today: IsoDate,
) {
  const { eventOn } = input;
  assertNotFuture(eventOn, today, 'eventOn');
  await db.transaction(async (tx) => {
    const { item, match } = await lockItemMatch(tx, scope, itemId, clientId, input.version);
    await tx
      .update(riskMatches)
      .set({ decision: 'confirmed', decidedBy: actor.name, decidedAt: new Date(), note: input.note ?? null })
      .where(eq(riskMatches.id, match.id));
    await settleItem(tx, item);
    await recordChange(tx, actor, {
      entity: RISK_ITEM_ENTITY,
      entityId: item.id,
      action: 'confirm-match',
      changes: [{ field: 'clientId', old: null, new: clientId }],
    });
    await openIncident(tx, actor, { clientId, riskItemId: item.id, kind: item.kind, eventOn }, today);
  });
  return getRiskItem(db, scope, itemId);
}

export async function rejectMatch(
  db: Db,
  actor: Actor,
  scope: DataScope,
  itemId: string,
  clientId: string,
  input: z.output<typeof RejectMatchSchema>,
) {
  await db.transaction(async (tx) => {
    const { item, match } = await lockItemMatch(tx, scope, itemId, clientId, input.version);
    await tx
      .update(riskMatches)
      .set({ decision: 'rejected', decidedBy: actor.name, decidedAt: new Date(), note: input.note })
      .where(eq(riskMatches.id, match.id));
    await settleItem(tx, item);
    await recordChange(tx, actor, {
      entity: RISK_ITEM_ENTITY,
      entityId: item.id,
      action: 'reject-match',
      changes: [
        { field: 'clientId', old: clientId, new: null },
        { field: 'note', old: null, new: input.note },
      ],
    });
  });
  return getRiskItem(db, scope, itemId);
}
