import { createHash, randomUUID } from 'node:crypto';
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../audit-log/audit-log.js';
import { auditLog } from '../../audit-log/audit-log.schema.js';
import { pgErrorOf, type Db } from '../../db/connection.js';
import { affectedRows } from '../../db/sql-helpers.js';
import { AppError } from '../../lib/errors.js';
import { fieldError, type FieldErrorCode } from '../../lib/field-errors.js';
import { diffFields } from '../../lib/field-changes.js';
import { runOffThread } from '../../lib/off-thread.js';
import type { TableHeader } from '../../lib/table-file.js';
import { normaliseUscc } from '../../lib/uscc.js';
import type { DataScope } from '../auth/permissions.js';
import { listBranches } from '../branches/branch.repo.js';
import { certificates } from '../certificates/certificate.schema.js';
import { dueItems } from '../due-list/due-item.schema.js';
import type { ImportRunHead, StagedRow } from '../imports/import.repo.js';
import { IMPORT_YIELD_ROWS, yieldToEventLoop, type CheckContext, type ImportKind } from '../imports/import.runner.js';
import { importRuns, importStagedRows } from '../imports/import.schema.js';
import { branches } from '../branches/branch.schema.js';
import { nothingSeen, planClientImport, type ImportPlan, type RowErrors, type SeenInFile } from './client-import.rules.js';
import { clientColumnKeys, clientColumns, type ClientColumnKey } from './client.columns.js';
import type { ClientRecord } from './client.dto.js';
import { clientsWithLiveCertificates, findClientsByContractNos, findClientsByUsccs, type ClientRow } from './client.repo.js';
import { readName, searchColumns, type NameReading } from './client.rules.js';
import { branchIdByText, readClientFile, type ReadClientChunk, type ReadClientRow } from './client-file.reader.js';
import { clients } from './client.schema.js';
import { CLIENT_ENTITY, newClientRecord } from './client.service.js';

export const CLIENT_IMPORT = 'clients';
/** How many rows of each kind the preview lists; the counts are always complete. */
export const PREVIEW_LIST_LIMIT = 1000;

/** Plans one chunk of rows against the stored clients it names (its lookups are bounded by the chunk). */
type Branch = Awaited<ReturnType<typeof listBranches>>[number];

async function planChunk(db: Db, scope: DataScope, branches: readonly Branch[], rows: readonly ReadClientRow[], seen: SeenInFile) {
  const named = rows.map((r) => r.input);
  const contractNos = named.flatMap((r) => (typeof r.contractNo === 'string' ? [r.contractNo.trim()] : []));
  const usccs = named.flatMap((r) => (typeof r.uscc === 'string' ? [normaliseUscc(r.uscc)] : []));
  const existing = new Map((await findClientsByContractNos(db, contractNos, false)).map((c) => [c.contractNo, c]));
  // a code a client had before a correction is still that organisation's
  const usccHolders = new Map(
    (await findClientsByUsccs(db, usccs)).flatMap((c) => [c.uscc.trim(), ...c.formerUsccs].map((code) => [code, c.contractNo] as const)),
  );
  const certified = await clientsWithLiveCertificates(
    db,
    [...existing.values()].map((c) => c.id),
  );
  const closedBranches = new Set(branches.filter((b) => !b.active).map((b) => b.id));
  const ctx = { scope, branchIdOf: branchIdByText(branches), closedBranches, existing, usccHolders, certified };
  const plan: ImportPlan = { creates: [], updates: [], unchanged: 0, refused: [], ignoredColumns: [], ignoredCellRows: 0 };
  for (let i = 0; i < rows.length; i += IMPORT_YIELD_ROWS) {
    const part = planClientImport(rows.slice(i, i + IMPORT_YIELD_ROWS), ctx, seen);
    plan.creates.push(...part.creates);
    plan.updates.push(...part.updates);
    plan.refused.push(...part.refused);
    plan.unchanged += part.unchanged;
    plan.ignoredColumns = [...new Set([...plan.ignoredColumns, ...part.ignoredColumns])];
    plan.ignoredCellRows += part.ignoredCellRows;
    await yieldToEventLoop();
  }
  return { plan, byId: new Map([...existing.values()].map((c) => [c.id, c])) };
}

const columnsOf = getTableColumns(clients);
/** A record's fields under their column names, as jsonb_populate_record reads them. */
function asColumns(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [columnsOf[k as keyof typeof columnsOf].name, v]));
}

/** The rows to write, each with its search text and name keys computed now (not in the final transaction). */
async function stagedRowsOf(
  plan: ImportPlan,
  byId: ReadonlyMap<string, ClientRow>,
  read: ReadonlyMap<string, NameReading>,
): Promise<StagedRow[]> {
  const readingOf = (name: string) => read.get(name) ?? readName(name);
  const staged: StagedRow[] = [];
  const breathe = async () => {
    if (staged.length % IMPORT_YIELD_ROWS === 0) await yieldToEventLoop();
  };
  for (const { row, input } of plan.creates) {
    await breathe();
    const record = newClientRecord(input);
    staged.push({
      rowNo: row,
      action: 'create',
      targetId: randomUUID(),
      version: null,
      data: asColumns({
        ...record,
        formerUsccs: [],
        ...searchColumns(record, readingOf),
      }),
      changes: diffFields({} as ClientRecord, record, clientColumnKeys),
    });
  }
  for (const u of plan.updates) {
    await breathe();
    const before = byId.get(u.clientId)!;
    const changed = Object.fromEntries(u.changes.map((c) => [c.field, c.new])) as Partial<ClientRecord>;
    const merged = { ...before, ...changed };
    // a corrected credit code keeps the old one: the organisation is still the one that had it
    const formerUsccs =
      changed.uscc !== undefined
        ? { formerUsccs: [...new Set([...before.formerUsccs, before.uscc.trim()])].filter((c) => c !== changed.uscc) }
        : {};
    staged.push({
      rowNo: u.row,
      action: 'update',
      targetId: u.clientId,
      version: u.version,
      data: asColumns({
        ...changed,
        ...formerUsccs,
        ...searchColumns(merged, readingOf),
      }),
      changes: u.changes,
    });
  }
  return staged;
}

/** What the confirmation promises: the rows to create and each update's changes on its version. */
function promised(p: ImportPlan) {
  return {
    creates: p.creates.map((c) => c.input),
    updates: p.updates.map((u) => [u.clientId, u.version, u.changes]),
  };
}

async function checkClientFile(db: Db, { run, chunkRows, offThreadBytes, stage }: CheckContext) {
  const scope = (run.scope ?? { kind: 'all' }) as DataScope;
  const branches = await listBranches(db);
  const seen = nothingSeen();
  const hash = createHash('sha256');
  const counts = { rows: 0, created: 0, updated: 0, unchanged: 0, refused: 0 };
  const ignored = new Set<ClientColumnKey>();
  let ignoredCellRows = 0;
  const creates: { row: number; contractNo: string; name: string }[] = [];
  const updates: { row: number; clientId: string; contractNo: string; name: string; changes: unknown[] }[] = [];
  const refusedRows: RowErrors[] = [];
  const args = { content: run.content, fileName: run.fileName, chunkRows, branches };
  const onChunk = async ({ rows, readings }: ReadClientChunk) => {
    const { plan, byId } = await planChunk(db, scope, branches, rows, seen);
    hash.update(JSON.stringify(promised(plan)));
    counts.rows += rows.length;
    counts.created += plan.creates.length;
    counts.updated += plan.updates.length;
    counts.unchanged += plan.unchanged;
    counts.refused += plan.refused.length;
    for (const c of plan.ignoredColumns) ignored.add(c);
    ignoredCellRows += plan.ignoredCellRows;
    for (const c of plan.creates)
      if (creates.length < PREVIEW_LIST_LIMIT) creates.push({ row: c.row, contractNo: c.input.contractNo, name: c.input.name });
    for (const { row, clientId, contractNo, name, changes } of plan.updates)
      if (updates.length < PREVIEW_LIST_LIMIT) updates.push({ row, clientId, contractNo, name, changes });
    for (const r of plan.refused) if (refusedRows.length < PREVIEW_LIST_LIMIT) refusedRows.push(r);
    // refused rows are only counted and listed: a file with any is never written
    await stage(counts.refused > 0 ? [] : await stagedRowsOf(plan, byId, new Map(readings)), counts.rows);
  };
  const header =
    run.content.length >= offThreadBytes
      ? await runOffThread<typeof args, ReadClientChunk, TableHeader<ClientColumnKey>>(
          new URL('./client-file.reader.ts', import.meta.url),
          'readClientFile',
          args,
          onChunk,
        )
      : await readClientFile(args, onChunk);
  return {
    fingerprint: hash.digest('hex'),
    summary: counts,
    preview: { ignoredColumns: [...ignored], ignoredCellRows, unknownColumns: header.unknown, creates, updates, refusedRows },
  };
}

/** How many stale rows a refused write names (the count is always complete). */
export const STALE_ROWS_LISTED = 20;

/**
 * The staged rows of `staged` (a subquery) that no longer hold against the stored clients, each
 * with the field and the reason, in row order: a client changed or removed since its update was
 * checked, a contract number or credit code another client took since, a branch closed, a client
 * certified since a row renamed it. One set-based statement; throws IMPORT.ROWS_STALE naming them.
 */
async function assertStillAsPreviewed(tx: Db, staged: SQL): Promise<void> {
  const r = (await tx.execute(sql`
    with s as ${staged}, stale as (
      select s.row_no, s.target_id, 'contractNo' as field, 'CHANGED_SINCE_PREVIEW' as code from s left join ${clients} c on c.id = s.target_id
        where s.action = 'update' and (c.id is null or c.version <> s.version)
      union all select s.row_no, s.target_id, 'contractNo', 'CONTRACT_NO_TAKEN' from s join ${clients} c on c.contract_no = s.data->>'contract_no' and c.id <> s.target_id
      union all select s.row_no, s.target_id, 'uscc', 'USCC_TAKEN' from s join ${clients} c on c.uscc = (s.data->>'uscc')::char(18) and c.id <> s.target_id where s.data ? 'uscc'
      union all select s.row_no, s.target_id, 'uscc', 'USCC_TAKEN' from s where s.data ? 'uscc' and exists
          (select 1 from ${clients} c where c.former_usccs @> array[s.data->>'uscc'] and c.id <> s.target_id)
      union all select s.row_no, s.target_id, 'branchId', 'BRANCH_CLOSED' from s join ${branches} b on b.id = (s.data->>'branch_id')::uuid where s.data ? 'branch_id' and not b.active
      union all select s.row_no, s.target_id, 'name', 'CERTIFIED_SINCE_PREVIEW' from s where s.action = 'update' and s.data ? 'name' and exists
          (select 1 from ${certificates} ce where ce.client_id = s.target_id and ce.status in ('valid', 'suspended')))
    select st.row_no, st.field, st.code, coalesce(s.data->>'contract_no', c.contract_no) as contract_no, count(*) over () as total,
      latest.actor_name, latest.fields
    from stale st join s on s.row_no = st.row_no left join ${clients} c on c.id = st.target_id
    -- who changed a client since the preview, and what: its latest audit entry
    left join lateral (select a.actor_name, (select array_agg(x->>'field') from jsonb_array_elements(a.changes) x) as fields
      from ${auditLog} a where st.code = 'CHANGED_SINCE_PREVIEW' and c.id is not null
        and a.entity = ${CLIENT_ENTITY} and a.entity_id = st.target_id::text order by a.at desc, a.id desc limit 1) latest on true
    order by st.row_no limit ${STALE_ROWS_LISTED}`)) as unknown as {
    rows: {
      row_no: number;
      field: string;
      code: FieldErrorCode;
      contract_no: string | null;
      total: string | number;
      actor_name: string | null;
      fields: string[] | null;
    }[];
  };
  const [first] = r.rows;
  if (!first) return;
  const rows = r.rows.map((x) => ({ row: x.row_no, errors: [staleError(x)], contractNo: x.contract_no }));
  throw new AppError(
    'IMPORT.ROWS_STALE',
    { count: Number(first.total), row: first.row_no, contractNo: first.contract_no ?? '—' },
    { rows },
  );
}

/** Why a staged row is stale; a client changed meanwhile names who changed it and which fields. */
function staleError(x: { field: string; code: FieldErrorCode; actor_name: string | null; fields: string[] | null }) {
  if (x.code !== 'CHANGED_SINCE_PREVIEW' || x.actor_name === null) return fieldError(x.field, x.code);
  const named = (x.fields ?? []).filter((f): f is ClientColumnKey => Object.hasOwn(clientColumns, f));
  const fields = (lang: 'zh' | 'en') => named.map((f) => clientColumns[f][lang]).join(lang === 'zh' ? '、' : ', ');
  return fieldError(named.length === 1 ? named[0]! : x.field, 'CHANGED_SINCE_PREVIEW_BY', {
    who: x.actor_name,
    fields: { zh: fields('zh') || '—', en: fields('en') || '—' },
  });
}

/** Every client column an import may write (the rest keep their defaults: version, timestamps, import). */
const writable = Object.values(columnsOf)
  .map((c) => c.name)
  .filter((n) => !['version', 'created_at', 'updated_at', 'import_id'].includes(n));
const ident = (n: string) => sql.raw(`"${n}"`);

/** A client written meanwhile under a staged row's contract number or credit code: the preview is stale. */
function staleOnConflict(err: unknown): never {
  if (pgErrorOf(err)?.code === '23505') throw new AppError('IMPORT.PREVIEW_STALE');
  throw err;
}

/**
 * One chunk of staged rows written hidden: the new clients, and every row's audit entry, marked
 * with the import (nobody sees them before it is applied). Updates wait for the final transaction.
 */
async function writeHiddenClients(tx: Db, run: ImportRunHead, actor: Actor, afterRow: number, limit: number) {
  const id = run.id;
  const bounds = (await tx.execute(sql`
    select count(*)::int as handled, max(row_no) as last_row from
      (select row_no from ${importStagedRows} where import_id = ${id} and row_no > ${afterRow} order by row_no limit ${limit}) s`)) as unknown as {
    rows: { handled: number; last_row: number | null }[];
  };
  const { handled, last_row: lastRow } = bounds.rows[0]!;
  if (handled === 0 || lastRow === null) return { handled: 0, lastRow: afterRow };
  const chunk = sql`(select * from ${importStagedRows} where import_id = ${id} and row_no > ${afterRow} and row_no <= ${lastRow})`;
  await assertStillAsPreviewed(tx, chunk);
  const cols = sql.join(
    writable.map((n) => ident(n)),
    sql`, `,
  );
  const vals = sql.join(
    writable.map((n) => (n === 'id' ? sql`s.target_id` : sql`r.${ident(n)}`)),
    sql`, `,
  );
  try {
    await tx.execute(sql`
      insert into ${clients} (${cols}, import_id)
      select ${vals}, ${id}::uuid from ${chunk} s, jsonb_populate_record(null::clients, s.data) r
      where s.action = 'create' order by s.row_no`);
  } catch (err) {
    staleOnConflict(err);
  }
  await tx.execute(sql`
    insert into ${auditLog} (actor_id, actor_name, entity, entity_id, action, changes, import_id)
    select ${actor.id}::uuid, ${actor.name}, ${CLIENT_ENTITY}, s.target_id::text, s.action, s.changes, ${id}::uuid
    from ${chunk} s order by s.row_no`);
  return { handled, lastRow };
}

/** The staged updates (a subquery) written over the clients still at the version checked; returns how many were. */
async function applyUpdates(tx: Db, updates: SQL): Promise<number> {
  // only the columns some update writes: every column set costs every row (10,000 updates: ~0.2 s of ~40 columns on PGlite)
  const given = (await tx.execute(sql`select distinct jsonb_object_keys(s.data) as name from ${updates} s`)) as unknown as {
    rows: { name: string }[];
  };
  const names = new Set(given.rows.map((w) => w.name));
  if (names.size === 0) return 0;
  // the updates' trigrams wait in the index's pending list, emptied once the import has committed
  // (`afterApplied`): emptied here, the list cost the final transaction ~0.4 s of 10,000 updates on PGlite
  await tx.execute(sql.raw(`set local gin_pending_list_limit = '${MERGE_GIN_PENDING_LIST_MB}MB'`));
  const sets = sql.join(
    writable
      .filter((n) => n !== 'id' && names.has(n))
      .map((n) => sql`${ident(n)} = case when s.data ? ${n} then r.${ident(n)} else c.${ident(n)} end`),
    sql`, `,
  );
  try {
    return affectedRows(
      await tx.execute(sql`
        update ${clients} c set ${sets}, version = c.version + 1, updated_at = now()
        from ${updates} s, jsonb_populate_record(null::clients, s.data) r
        where c.id = s.target_id and c.version = s.version`),
    );
  } catch (err) {
    staleOnConflict(err);
  }
}

/** How long the trigram index's pending list may grow in the final transaction: more than its updates add. */
const MERGE_GIN_PENDING_LIST_MB = 1024;

/**
 * The final transaction: the updates, checked against the clients as they are now, and a last look
 * that no branch a hidden client was written into has closed meanwhile. Marking the import applied
 * (the caller) then shows its new clients and every audit entry at once.
 */
async function mergeClients(tx: Db, run: ImportRunHead) {
  const id = run.id;
  const updates = sql`(select * from ${importStagedRows} where import_id = ${id} and action = 'update')`;
  const closedMeanwhile = (await tx.execute(sql`
    select 1 from ${branches} b where not b.active
      and exists (select 1 from ${clients} c where c.branch_id = b.id and c.import_id = ${id})`)) as unknown as { rows: unknown[] };
  // rare: then the creates are looked at again, to name the rows whose branch closed
  await assertStillAsPreviewed(
    tx,
    closedMeanwhile.rows.length > 0 ? sql`(select * from ${importStagedRows} where import_id = ${id})` : updates,
  );
  const updated = await applyUpdates(tx, updates);
  const hidden = (await tx.execute(sql`select count(*)::int as n from ${clients} where import_id = ${id}`)) as unknown as {
    rows: { n: number }[];
  };
  const creates = Number(run.summary?.created ?? 0);
  const changes = Number(run.summary?.updated ?? 0);
  // a client changed since the check is a stale preview: the whole transaction rolls back
  if (hidden.rows[0]!.n !== creates || updated !== changes) throw new AppError('IMPORT.PREVIEW_STALE');
  await tx.execute(sql`
    update ${dueItems} d set branch_id = (s.data->>'branch_id')::uuid from ${updates} s
    where s.data ? 'branch_id' and d.client_id = s.target_id`);
  return { written: creates + changes, result: { created: creates, updated: changes, unchanged: Number(run.summary?.unchanged ?? 0) } };
}

/** Removes clients that imports which then failed wrote hidden, `limit` at a time (their audit entries stay, never shown). */
async function discardHiddenClients(db: Db, limit: number): Promise<number> {
  return affectedRows(
    await db.execute(sql`
      delete from ${clients} where id in (select c.id from ${clients} c join ${importRuns} r on r.id = c.import_id
        where r.status = 'failed' limit ${limit})`),
  );
}

export const clientImportKind: ImportKind = {
  kind: CLIENT_IMPORT,
  check: checkClientFile,
  writeHidden: writeHiddenClients,
  discardHidden: discardHiddenClients,
  merge: mergeClients,
  // a statement of its own: users wait for it, but not for it and the final transaction at once
  afterApplied: async (db) => {
    for (const index of ['clients_search_trgm_idx', 'clients_search_bigrams_idx']) {
      await db.execute(sql`select gin_clean_pending_list(${index}::regclass)`);
    }
  },
};

export function assertClientImportAllowed(scope: DataScope) {
  if (scope.kind === 'client') throw new AppError('AUTH.FORBIDDEN');
}
