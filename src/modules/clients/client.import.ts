import type { Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/errors.js';
import { normaliseUscc } from '../../lib/uscc.js';
import type { DataScope } from '../auth/permissions.js';
import { listBranches } from '../branches/branch.repo.js';
import { fingerprintOf, lockOwnPreview, markApplied, savePreview } from '../imports/import.repo.js';
import { planClientImport, type ImportPlan } from './client-import.rules.js';
import { clientsWithLiveCertificates, findClientsByContractNos, findClientsByUsccs, lockClientRow } from './client.repo.js';
import { applyClientChanges, insertClientWithHistory, mapClientConstraintError } from './client.service.js';
import { readClientSheet, sheetRowToInput, type SheetRow } from './client.xlsx.js';

export const CLIENT_IMPORT = 'clients';
/** How many rows of each kind the preview lists; the counts are always complete. */
export const PREVIEW_LIST_LIMIT = 1000;

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

/** Plans the import against the stored clients the file names (locked when `lock`). */
async function plan(db: Db, scope: DataScope, rows: readonly SheetRow[], lock: boolean): Promise<ImportPlan> {
  const branchByText = new Map<string, string>();
  const branches = await listBranches(db);
  const closedBranches = new Set(branches.filter((b) => !b.active).map((b) => b.id));
  for (const b of branches) {
    for (const text of [b.code, b.nameZh, b.nameEn]) branchByText.set(text.toLowerCase(), b.id);
  }
  const branchIdOf = (t: string) => branchByText.get(t.toLowerCase());
  const named = rows.map((r) => sheetRowToInput(r.cells, branchIdOf));
  const contractNos = named.flatMap((r) => (typeof r.contractNo === 'string' ? [r.contractNo.trim()] : []));
  const usccs = named.flatMap((r) => (typeof r.uscc === 'string' ? [normaliseUscc(r.uscc)] : []));
  const existing = new Map((await findClientsByContractNos(db, contractNos, lock)).map((c) => [c.contractNo, c]));
  // a code a client had before a correction is still that organisation's
  const usccHolders = new Map(
    (await findClientsByUsccs(db, usccs)).flatMap((c) => [c.uscc.trim(), ...c.formerUsccs].map((code) => [code, c.contractNo] as const)),
  );
  const certified = await clientsWithLiveCertificates(
    db,
    [...existing.values()].map((c) => c.id),
  );
  return planClientImport(rows, { scope, branchIdOf, closedBranches, existing, usccHolders, certified });
}

/** What the confirmation must find unchanged: the rows to create and each update's changes on its version. */
function promised(p: ImportPlan) {
  return {
    creates: p.creates.map((c) => c.input),
    updates: p.updates.map((u) => [u.clientId, u.version, u.changes]),
    refused: p.refused.length,
  };
}

/**
 * Checks an uploaded sheet and keeps it with its preview: rows to create, rows to update with
 * each changed field, rows refused with reasons. Nothing is written to the clients.
 */
export async function previewClientImport(db: Db, actor: Actor, scope: DataScope, upload: { fileName: string; content: Buffer }) {
  if (scope.kind === 'client') throw new AppError('AUTH.FORBIDDEN');
  const { rows, unknownColumns } = await readClientSheet(upload.content, upload.fileName);
  const p = await plan(db, scope, rows, false);
  const summary = {
    rows: rows.length,
    created: p.creates.length,
    updated: p.updates.length,
    unchanged: p.unchanged,
    refused: p.refused.length,
  };
  const run = await savePreview(db, actor, {
    kind: CLIENT_IMPORT,
    fileName: upload.fileName,
    content: upload.content,
    fingerprint: fingerprintOf(promised(p)),
    summary,
  });
  return {
    id: run.id,
    fileName: run.fileName,
    ...summary,
    canConfirm: p.refused.length === 0 && p.creates.length + p.updates.length > 0,
    ignoredColumns: p.ignoredColumns,
    unknownColumns,
    creates: p.creates.slice(0, PREVIEW_LIST_LIMIT).map((c) => ({ row: c.row, contractNo: c.input.contractNo, name: c.input.name })),
    updates: p.updates
      .slice(0, PREVIEW_LIST_LIMIT)
      .map(({ row, clientId, contractNo, name, changes }) => ({ row, clientId, contractNo, name, changes })),
    refusedRows: p.refused.slice(0, PREVIEW_LIST_LIMIT),
  };
}

/**
 * Writes a previewed import, all rows or none, when the file checked now promises exactly what
 * its preview showed (otherwise someone changed those clients meanwhile: preview again).
 */
export async function confirmClientImport(db: Db, actor: Actor, scope: DataScope, id: string): Promise<ImportResult> {
  if (scope.kind === 'client') throw new AppError('AUTH.FORBIDDEN');
  try {
    return await db.transaction(async (tx) => {
      const run = await lockOwnPreview(tx, actor, CLIENT_IMPORT, id);
      const { rows } = await readClientSheet(run.content, run.fileName);
      const p = await plan(tx, scope, rows, true);
      if (p.refused.length > 0) throw new AppError('IMPORT.INVALID_ROWS', { count: p.refused.length }, { rows: p.refused });
      if (fingerprintOf(promised(p)) !== run.fingerprint) throw new AppError('IMPORT.PREVIEW_STALE');
      for (const { input } of p.creates) await insertClientWithHistory(tx, actor, input);
      for (const u of p.updates) {
        const locked = (await lockClientRow(tx, scope, u.clientId))!;
        const changes = Object.fromEntries(u.changes.map((c) => [c.field, c.new]));
        await applyClientChanges(tx, actor, locked, changes, u.version);
      }
      const result = { created: p.creates.length, updated: p.updates.length, unchanged: p.unchanged };
      await markApplied(tx, run.id, result);
      return result;
    });
  } catch (err) {
    mapClientConstraintError(err, {});
  }
}
