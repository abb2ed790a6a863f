import type { Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/errors.js';
import { fieldError, issueToFieldError, type FieldError } from '../../lib/field-errors.js';
import type { DataScope } from '../auth/permissions.js';
import { listBranches } from '../branches/branch.repo.js';
import type { ClientColumnKey } from './client.columns.js';
import { ClientInputSchema, type ClientInput } from './client.dto.js';
import { findClientsByContractNos, findClientsByUsccs, lockClientRow } from './client.repo.js';
import { applyClientChanges, insertClientWithHistory, mapClientConstraintError } from './client.service.js';
import { readClientSheet, sheetRowToInput } from './client.xlsx.js';

export interface RowErrors {
  row: number;
  errors: FieldError[];
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Import clients from the export's sheet layout: rows with a known contract no. update
 * that client, others create one. Every row is checked first; any bad row → nothing written.
 */
export async function importClients(db: Db, actor: Actor, scope: DataScope, file: Buffer): Promise<ImportResult> {
  if (scope.kind === 'client') throw new AppError('AUTH.FORBIDDEN');
  const { columns, rows: sheetRows } = await readClientSheet(file);

  const branchByText = new Map<string, string>();
  for (const b of await listBranches(db)) {
    for (const text of [b.code, b.nameZh, b.nameEn]) branchByText.set(text.toLowerCase(), b.id);
  }

  const bad: RowErrors[] = [];
  const good: { row: number; input: ClientInput }[] = [];
  const firstRowOf = { contractNo: new Map<string, number>(), uscc: new Map<string, number>() };
  for (const { rowNumber, cells } of sheetRows) {
    const raw = sheetRowToInput(cells, (t) => branchByText.get(t.toLowerCase()));
    const parsed = ClientInputSchema.safeParse(raw);
    const errors = parsed.success
      ? []
      : parsed.error.issues.map((i) =>
          issueToFieldError({
            field: String(i.path[0] ?? ''),
            kind: i.code,
            message: i.message,
            inputMissing: raw[String(i.path[0])] === undefined,
          }),
        );
    if (parsed.success) {
      const input = parsed.data;
      if (scope.kind === 'branch' && input.branchId !== scope.branchId) errors.push(fieldError('branchId', 'BRANCH_OUT_OF_SCOPE'));
      for (const field of ['contractNo', 'uscc'] as const) {
        const earlier = firstRowOf[field].get(input[field]);
        if (earlier !== undefined) errors.push(fieldError(field, 'DUPLICATE_IN_FILE', { row: earlier }));
        else firstRowOf[field].set(input[field], rowNumber);
      }
      if (errors.length === 0) good.push({ row: rowNumber, input });
    }
    if (errors.length > 0) bad.push({ row: rowNumber, errors });
  }
  if (bad.length > 0) throw new AppError('IMPORT.INVALID_ROWS', { count: bad.length }, { rows: bad });

  try {
    return await db.transaction(async (tx) => {
      const existing = new Map(
        (
          await findClientsByContractNos(
            tx,
            good.map((g) => g.input.contractNo),
          )
        ).map((c) => [c.contractNo, c]),
      );
      const holders = new Map(
        (
          await findClientsByUsccs(
            tx,
            good.map((g) => g.input.uscc),
          )
        ).map((c) => [c.uscc.trim(), c]),
      );
      const conflicts: RowErrors[] = [];
      for (const { row, input } of good) {
        const holder = holders.get(input.uscc);
        if (holder && holder.contractNo !== input.contractNo) conflicts.push({ row, errors: [fieldError('uscc', 'USCC_TAKEN')] });
        const current = existing.get(input.contractNo);
        if (current && scope.kind === 'branch' && current.branchId !== scope.branchId) {
          conflicts.push({ row, errors: [fieldError('contractNo', 'BRANCH_OUT_OF_SCOPE')] });
        }
      }
      if (conflicts.length > 0) throw new AppError('IMPORT.INVALID_ROWS', { count: conflicts.length }, { rows: conflicts });

      const result: ImportResult = { created: 0, updated: 0, unchanged: 0 };
      for (const { input } of good) {
        const current = existing.get(input.contractNo);
        if (!current) {
          await insertClientWithHistory(tx, actor, input);
          result.created += 1;
          continue;
        }
        // a column left out of the file leaves that field as it is
        const inFile = Object.fromEntries(Object.entries(input).filter(([k]) => columns.has(k as ClientColumnKey)));
        const locked = (await lockClientRow(tx, scope, current.id))!;
        const changes = await applyClientChanges(tx, actor, locked, inFile, locked.version);
        if (changes.length > 0) result.updated += 1;
        else result.unchanged += 1;
      }
      return result;
    });
  } catch (err) {
    mapClientConstraintError(err, {});
  }
}
