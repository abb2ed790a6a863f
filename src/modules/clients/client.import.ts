import { createHash, randomUUID } from 'node:crypto';
import { getTableColumns, sql } from 'drizzle-orm';
import type { Actor } from '../../audit-log/audit-log.js';
import { auditLog } from '../../audit-log/audit-log.schema.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/errors.js';
import { diffFields } from '../../lib/field-changes.js';
import { readTableFileInChunks } from '../../lib/table-file.js';
import { normaliseUscc } from '../../lib/uscc.js';
import type { DataScope } from '../auth/permissions.js';
import { listBranches } from '../branches/branch.repo.js';
import { certificates } from '../certificates/certificate.schema.js';
import { dueItems } from '../due-list/due-item.schema.js';
import type { ImportRunHead, StagedRow } from '../imports/import.repo.js';
import { IMPORT_YIELD_ROWS, yieldToEventLoop, type CheckContext, type ImportKind } from '../imports/import.runner.js';
import { importStagedRows } from '../imports/import.schema.js';
import { branches } from '../branches/branch.schema.js';
import { nothingSeen, planClientImport, type ImportPlan, type RowErrors, type SeenInFile } from './client-import.rules.js';
import { clientColumnKeys, type ClientColumnKey } from './client.columns.js';
import type { ClientRecord } from './client.dto.js';
import { clientsWithLiveCertificates, findClientsByContractNos, findClientsByUsccs, type ClientRow } from './client.repo.js';
import { clientNameKeys, clientSearchText } from './client.rules.js';
import { clients } from './client.schema.js';
import { CLIENT_ENTITY, mapClientConstraintError, newClientRecord } from './client.service.js';
import { clientSheetColumns, sheetRowToInput, type SheetRow } from './client.xlsx.js';

export const CLIENT_IMPORT = 'clients';
/** How many rows of each kind the preview lists; the counts are always complete. */
export const PREVIEW_LIST_LIMIT = 1000;

type Branches = Awaited<ReturnType<typeof listBranches>>;

function branchLookup(all: Branches) {
  const byText = new Map<string, string>();
  for (const b of all) for (const text of [b.code, b.nameZh, b.nameEn]) byText.set(text.toLowerCase(), b.id);
  return {
    branchIdOf: (t: string) => byText.get(t.toLowerCase()),
    closedBranches: new Set(all.filter((b) => !b.active).map((b) => b.id)),
  };
}

/** Plans one chunk of rows against the stored clients it names (its lookups are bounded by the chunk). */
async function planChunk(db: Db, scope: DataScope, lookup: ReturnType<typeof branchLookup>, rows: readonly SheetRow[], seen: SeenInFile) {
  const named = rows.map((r) => sheetRowToInput(r.cells, lookup.branchIdOf));
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
  const ctx = { scope, ...lookup, existing, usccHolders, certified };
  const plan: ImportPlan = { creates: [], updates: [], unchanged: 0, refused: [], ignoredColumns: [] };
  for (let i = 0; i < rows.length; i += IMPORT_YIELD_ROWS) {
    const part = planClientImport(rows.slice(i, i + IMPORT_YIELD_ROWS), ctx, seen);
    plan.creates.push(...part.creates);
    plan.updates.push(...part.updates);
    plan.refused.push(...part.refused);
    plan.unchanged += part.unchanged;
    plan.ignoredColumns = [...new Set([...plan.ignoredColumns, ...part.ignoredColumns])];
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
async function stagedRowsOf(plan: ImportPlan, byId: ReadonlyMap<string, ClientRow>): Promise<StagedRow[]> {
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
      data: asColumns({ ...record, formerUsccs: [], searchText: clientSearchText(record), nameKeys: clientNameKeys(record) }),
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
      data: asColumns({ ...changed, ...formerUsccs, searchText: clientSearchText(merged), nameKeys: clientNameKeys(merged) }),
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

async function checkClientFile(db: Db, { run, chunkRows, stage }: CheckContext) {
  const scope = (run.scope ?? { kind: 'all' }) as DataScope;
  const lookup = branchLookup(await listBranches(db));
  const seen = nothingSeen();
  const hash = createHash('sha256');
  const counts = { rows: 0, created: 0, updated: 0, unchanged: 0, refused: 0 };
  const ignored = new Set<ClientColumnKey>();
  const creates: { row: number; contractNo: string; name: string }[] = [];
  const updates: { row: number; clientId: string; contractNo: string; name: string; changes: unknown[] }[] = [];
  const refusedRows: RowErrors[] = [];
  const header = await readTableFileInChunks(run.content, run.fileName, clientSheetColumns, chunkRows, async (rows) => {
    const { plan, byId } = await planChunk(db, scope, lookup, rows as SheetRow[], seen);
    hash.update(JSON.stringify(promised(plan)));
    counts.rows += rows.length;
    counts.created += plan.creates.length;
    counts.updated += plan.updates.length;
    counts.unchanged += plan.unchanged;
    counts.refused += plan.refused.length;
    for (const c of plan.ignoredColumns) ignored.add(c);
    for (const c of plan.creates)
      if (creates.length < PREVIEW_LIST_LIMIT) creates.push({ row: c.row, contractNo: c.input.contractNo, name: c.input.name });
    for (const { row, clientId, contractNo, name, changes } of plan.updates)
      if (updates.length < PREVIEW_LIST_LIMIT) updates.push({ row, clientId, contractNo, name, changes });
    for (const r of plan.refused) if (refusedRows.length < PREVIEW_LIST_LIMIT) refusedRows.push(r);
    // refused rows are only counted and listed: a file with any is never written
    await stage(counts.refused > 0 ? [] : await stagedRowsOf(plan, byId), counts.rows);
  });
  return {
    fingerprint: hash.digest('hex'),
    summary: counts,
    preview: { ignoredColumns: [...ignored], unknownColumns: header.unknown, creates, updates, refusedRows },
  };
}

/** How many staged rows no longer hold against the stored clients (one set-based statement). */
async function staleCount(tx: Db, importId: string): Promise<number> {
  const r = (await tx.execute(sql`
    with s as (select * from ${importStagedRows} where import_id = ${importId})
    select
      (select count(*) from s left join ${clients} c on c.id = s.target_id
        where s.action = 'update' and (c.id is null or c.version <> s.version))
      + (select count(*) from s join ${clients} c on c.contract_no = s.data->>'contract_no' where s.action = 'create')
      + (select count(*) from s join ${clients} c on c.uscc = (s.data->>'uscc')::char(18) and c.id <> s.target_id where s.data ? 'uscc')
      + (select count(*) from s join (select id, unnest(former_usccs) as code from ${clients}) f
          on f.code = s.data->>'uscc' and f.id <> s.target_id where s.data ? 'uscc')
      + (select count(*) from s join ${branches} b on b.id = (s.data->>'branch_id')::uuid where s.data ? 'branch_id' and not b.active)
      + (select count(*) from s where s.action = 'update' and s.data ? 'name' and exists
          (select 1 from ${certificates} ce where ce.client_id = s.target_id and ce.status in ('valid', 'suspended')))
      as stale`)) as unknown as { rows: { stale: string | number }[] };
  return Number(r.rows[0]!.stale);
}

/** Every client column an import may write (the rest keep their defaults: version, timestamps). */
const writable = Object.values(columnsOf)
  .map((c) => c.name)
  .filter((n) => !['version', 'created_at', 'updated_at'].includes(n));
const ident = (n: string) => sql.raw(`"${n}"`);

async function mergeClients(tx: Db, run: ImportRunHead, actor: Actor) {
  const id = run.id;
  const createCols = sql.join(
    writable.map((n) => ident(n)),
    sql`, `,
  );
  const createVals = sql.join(
    writable.map((n) => (n === 'id' ? sql`s.target_id` : sql`r.${ident(n)}`)),
    sql`, `,
  );
  const updateSets = sql.join(
    writable.filter((n) => n !== 'id').map((n) => sql`${ident(n)} = case when s.data ? ${n} then r.${ident(n)} else c.${ident(n)} end`),
    sql`, `,
  );
  try {
    const created = (await tx.execute(sql`
      insert into ${clients} (${createCols})
      select ${createVals} from ${importStagedRows} s, jsonb_populate_record(null::clients, s.data) r
      where s.import_id = ${id} and s.action = 'create' order by s.row_no`)) as unknown as { rowCount?: number; affectedRows?: number };
    const updated = (await tx.execute(sql`
      update ${clients} c set ${updateSets}, version = c.version + 1, updated_at = now()
      from ${importStagedRows} s, jsonb_populate_record(null::clients, s.data) r
      where s.import_id = ${id} and s.action = 'update' and c.id = s.target_id and c.version = s.version`)) as unknown as {
      rowCount?: number;
      affectedRows?: number;
    };
    const creates = Number(run.summary?.created ?? 0);
    const updates = Number(run.summary?.updated ?? 0);
    // a client changed since the check is a stale preview: the whole transaction rolls back
    if ((created.rowCount ?? created.affectedRows) !== creates || (updated.rowCount ?? updated.affectedRows) !== updates)
      throw new AppError('IMPORT.PREVIEW_STALE');
    await tx.execute(sql`
      update ${dueItems} d set branch_id = (s.data->>'branch_id')::uuid from ${importStagedRows} s
      where s.import_id = ${id} and s.action = 'update' and s.data ? 'branch_id' and d.client_id = s.target_id`);
    await tx.execute(sql`
      insert into ${auditLog} (actor_id, actor_name, entity, entity_id, action, changes)
      select ${actor.id}::uuid, ${actor.name}, ${CLIENT_ENTITY}, s.target_id::text, s.action, s.changes
      from ${importStagedRows} s where s.import_id = ${id} order by s.row_no`);
    return { written: creates + updates, result: { created: creates, updated: updates, unchanged: Number(run.summary?.unchanged ?? 0) } };
  } catch (err) {
    mapClientConstraintError(err, {});
  }
}

export const clientImportKind: ImportKind = {
  kind: CLIENT_IMPORT,
  check: checkClientFile,
  async assertCurrent(tx, run) {
    if ((await staleCount(tx, run.id)) > 0) throw new AppError('IMPORT.PREVIEW_STALE');
  },
  merge: mergeClients,
};

export function assertClientImportAllowed(scope: DataScope) {
  if (scope.kind === 'client') throw new AppError('AUTH.FORBIDDEN');
}
