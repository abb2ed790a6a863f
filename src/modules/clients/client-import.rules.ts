import { diffFields, type FieldChange } from '../../lib/field-changes.js';
import { fieldError, issueToFieldError, type FieldError, type FieldErrorCode } from '../../lib/field-errors.js';
import type { DataScope } from '../auth/permissions.js';
import { clientColumnKeys, clientColumns, type ClientColumnKey } from './client.columns.js';
import { ClientChangesSchema, ClientInputSchema, type ClientInput, type ClientRecord } from './client.dto.js';
import type { ClientRow } from './client.repo.js';
import { splitList } from './client.rules.js';
import { parseDateCell, sheetRowToInput, type SheetRow } from './client.xlsx.js';

/**
 * The plan of an Excel import (upsert by contract number), made before anything is written so
 * the user can see it: rows to create, rows to update with each field that changes, rows
 * refused with their reasons. Pure: the sheet and the stored clients it touches go in.
 *
 * A blank cell leaves the stored value as it is; a clear marker（清空）empties it. Columns a
 * use-case of its own maintains (status, grade, certificate numbers, actual surveillance date)
 * are never written: a cell that disagrees with the stored value refuses the row, and a new client
 * starts active.
 */

export interface RowErrors {
  row: number;
  errors: FieldError[];
}

export interface PlannedCreate {
  row: number;
  input: ClientInput;
}

export interface PlannedUpdate {
  row: number;
  clientId: string;
  version: number;
  contractNo: string;
  name: string;
  changes: FieldChange[];
}

export interface ImportPlan {
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  unchanged: number;
  refused: RowErrors[];
  /** read-only columns that new clients do not take from the file */
  ignoredColumns: ClientColumnKey[];
}

export interface ImportContext {
  scope: DataScope;
  branchIdOf: (text: string) => string | undefined;
  /** deactivated branches: their clients stay, no client moves into one */
  closedBranches: ReadonlySet<string>;
  /** stored clients by contract number (those the file names) */
  existing: ReadonlyMap<string, ClientRow>;
  /** contract number of the client holding each credit code the file names */
  usccHolders: ReadonlyMap<string, string>;
  /** the stored clients whose name is on a live certificate: renamed only by a contract change */
  certified: ReadonlySet<string>;
}

/** Columns written only by their own door, with the field error that names it. */
const guardedColumns = {
  status: 'STATUS_BY_RECORD',
  grade: 'GRADE_BY_CLASSIFICATION',
  certificateNos: 'CERTIFICATE_NOS_FROM_CERTIFICATES',
  actualSurveillanceOn: 'SURVEILLANCE_FROM_AUDITS',
} as const satisfies Partial<Record<ClientColumnKey, FieldErrorCode>>;
type GuardedColumn = keyof typeof guardedColumns;
const isGuarded = (key: string): key is GuardedColumn => Object.hasOwn(guardedColumns, key);

const editableKeys = clientColumnKeys.filter((k) => !isGuarded(k));
const requiredKeys = new Set<string>(clientColumnKeys.filter((k) => 'required' in clientColumns[k]));

/** Does the cell say what is stored? Compared in the form the column stores. */
function agrees(key: GuardedColumn, raw: unknown, text: string, row: ClientRow): boolean {
  switch (key) {
    case 'certificateNos':
      return [...splitList(text)].sort().join(';') === [...row.certificateNos].sort().join(';');
    case 'actualSurveillanceOn':
      return parseDateCell(text) === (row.actualSurveillanceOn ?? '');
    case 'status':
      return raw === row.status;
    case 'grade':
      return text === (row.grade ?? '');
  }
}

function schemaErrors(issues: readonly { path: PropertyKey[]; code: string; message: string }[], raw: Record<string, unknown>) {
  return issues.map((i) => {
    const field = String(i.path[0] ?? '');
    return issueToFieldError({ field, kind: i.code, message: i.message, inputMissing: raw[field] === undefined });
  });
}

/** The first row of the file naming each contract number and credit code: a file checked in chunks carries it from one to the next. */
export interface SeenInFile {
  contractNo: Map<string, number>;
  uscc: Map<string, number>;
}

export const nothingSeen = (): SeenInFile => ({ contractNo: new Map(), uscc: new Map() });

/** `input`: the row's cells already read into fields (sheetRowToInput), when the caller has them. */
export function planClientImport(
  rows: readonly (SheetRow & { input?: Record<string, unknown> })[],
  ctx: ImportContext,
  firstRowOf: SeenInFile = nothingSeen(),
): ImportPlan {
  const plan: ImportPlan = { creates: [], updates: [], unchanged: 0, refused: [], ignoredColumns: [] };
  const ignored = new Set<ClientColumnKey>();

  for (const { rowNumber, cells, input: read } of rows) {
    const raw = read ?? sheetRowToInput(cells, ctx.branchIdOf);
    const errors: FieldError[] = [];
    const editable = Object.fromEntries(editableKeys.filter((k) => k in raw).map((k) => [k, raw[k]]));
    for (const key of Object.keys(editable)) {
      if (editable[key] !== null || !requiredKeys.has(key)) continue;
      errors.push(fieldError(key, 'CANNOT_CLEAR'));
      delete editable[key];
    }
    const contractNo = typeof raw.contractNo === 'string' ? raw.contractNo.trim() : '';
    const current = contractNo ? ctx.existing.get(contractNo) : undefined;

    if (current) {
      const parsed = ClientChangesSchema.safeParse(editable);
      if (!parsed.success) errors.push(...schemaErrors(parsed.error.issues, editable));
      if (ctx.scope.kind === 'branch' && current.branchId !== ctx.scope.branchId)
        errors.push(fieldError('contractNo', 'BRANCH_OUT_OF_SCOPE'));
      for (const key of Object.keys(guardedColumns) as GuardedColumn[]) {
        const text = cells[key];
        if (text !== undefined && !agrees(key, raw[key], text, current)) errors.push(fieldError(key, guardedColumns[key]));
      }
      const changes = parsed.success ? parsed.data : {};
      if (changes.vip === true && !current.vip && current.status === 'lost') errors.push(fieldError('vip', 'LOST_CLIENT_VIP'));
      if (changes.name !== undefined && changes.name !== current.name && ctx.certified.has(current.id))
        errors.push(fieldError('name', 'NAME_BY_CONTRACT_CHANGE'));
      if (changes.branchId !== undefined && ctx.scope.kind === 'branch' && changes.branchId !== ctx.scope.branchId) {
        errors.push(fieldError('branchId', 'BRANCH_OUT_OF_SCOPE'));
      }
      if (changes.branchId !== undefined && changes.branchId !== current.branchId && ctx.closedBranches.has(changes.branchId)) {
        errors.push(fieldError('branchId', 'BRANCH_CLOSED'));
      }
      const uscc = changes.uscc ?? current.uscc.trim();
      const holder = ctx.usccHolders.get(uscc);
      if (holder !== undefined && holder !== contractNo) errors.push(fieldError('uscc', 'USCC_TAKEN'));
      checkRepeats(firstRowOf, rowNumber, contractNo, uscc, errors);
      if (errors.length > 0) {
        plan.refused.push({ row: rowNumber, errors });
        continue;
      }
      const fieldChanges = diffFields(current as ClientRecord, changes as Partial<ClientRecord>, clientColumnKeys);
      if (fieldChanges.length === 0) plan.unchanged += 1;
      else
        plan.updates.push({
          row: rowNumber,
          clientId: current.id,
          version: current.version,
          contractNo,
          name: current.name,
          changes: fieldChanges,
        });
      continue;
    }

    const parsed = ClientInputSchema.safeParse(editable);
    if (!parsed.success) errors.push(...schemaErrors(parsed.error.issues, editable));
    for (const key of ['grade', 'certificateNos', 'actualSurveillanceOn'] as const) if (cells[key] !== undefined) ignored.add(key);
    // a new client starts active: abnormal or lost is recorded afterwards with its cause (the loss record)
    if (raw.status !== undefined && raw.status !== 'active') errors.push(fieldError('status', 'STATUS_BY_RECORD'));
    if (parsed.success) {
      const input = parsed.data;
      if (ctx.scope.kind === 'branch' && input.branchId !== ctx.scope.branchId) errors.push(fieldError('branchId', 'BRANCH_OUT_OF_SCOPE'));
      if (ctx.closedBranches.has(input.branchId)) errors.push(fieldError('branchId', 'BRANCH_CLOSED'));
      if (ctx.usccHolders.has(input.uscc)) errors.push(fieldError('uscc', 'USCC_TAKEN'));
      checkRepeats(firstRowOf, rowNumber, input.contractNo, input.uscc, errors);
      if (errors.length === 0) plan.creates.push({ row: rowNumber, input });
    }
    if (errors.length > 0) plan.refused.push({ row: rowNumber, errors });
  }
  plan.ignoredColumns = [...ignored];
  return plan;
}

function checkRepeats(firstRowOf: SeenInFile, rowNumber: number, contractNo: string, uscc: string, errors: FieldError[]) {
  for (const [field, value] of [
    ['contractNo', contractNo],
    ['uscc', uscc],
  ] as const) {
    if (!value) continue;
    const earlier = firstRowOf[field].get(value);
    if (earlier !== undefined) errors.push(fieldError(field, 'DUPLICATE_IN_FILE', { row: earlier }));
    else firstRowOf[field].set(value, rowNumber);
  }
}
