import { diffFields, type FieldChange } from '../../lib/field-changes.js';
import { fieldError, issueToFieldError, withCellValues, type FieldError } from '../../lib/field-errors.js';
import type { DataScope } from '../auth/permissions.js';
import { clientColumnKeys, clientColumns, clientStatusLabels, type ClientColumnKey } from './client.columns.js';
import { clientStatuses } from './client.schema.js';
import { ClientChangesSchema, ClientInputSchema, type ClientInput, type ClientRecord } from './client.dto.js';
import type { ClientRow } from './client.repo.js';
import { splitList } from './client.rules.js';
import { parseDateCell, sheetRowToInput, type SheetRow } from './client.xlsx.js';

/**
 * The plan of an Excel import (upsert by contract number), made before anything is written so
 * the user can see it: rows to create, rows to update with each field that changes, rows
 * refused with their reasons. Pure: the sheet and the stored clients it touches go in.
 *
 * A blank cell leaves the stored value as it is; a clear marker（清空）empties it. Columns another
 * use-case derives (grade, certificate numbers, actual surveillance date) are never read from a
 * file, for new and stored clients alike, and the preview says so. The status is changed only by
 * its record: a cell that disagrees with the stored status refuses the row, and a new client
 * starts active.
 */

/** A refused row: its problems, each with the cell as read, and the contract number and name it gives, to find it by. */
export interface RowErrors {
  row: number;
  contractNo?: string;
  name?: string;
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
  /** derived columns the file has: never read from it */
  ignoredColumns: ClientColumnKey[];
  /** rows whose derived cells say something other than the system holds (which stays) */
  ignoredCellRows: number;
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

/**
 * Columns another use-case derives, never read from a file: 证书编号 from the certificates,
 * 分类等级 from the classification, 实际监督日期 from the surveillance audits held.
 */
const derivedColumns = ['grade', 'certificateNos', 'actualSurveillanceOn'] as const satisfies readonly ClientColumnKey[];
type DerivedColumn = (typeof derivedColumns)[number];
const isDerived = (key: string): key is DerivedColumn => (derivedColumns as readonly string[]).includes(key);

const editableKeys = clientColumnKeys.filter((k) => !isDerived(k) && k !== 'status');
const requiredKeys = new Set<string>(clientColumnKeys.filter((k) => 'required' in clientColumns[k]));

/** Does a derived cell say what the system holds (nothing, for a new client)? Compared in the form the column stores. */
function agrees(key: DerivedColumn, text: string, row: ClientRow | undefined): boolean {
  switch (key) {
    case 'certificateNos':
      return [...splitList(text)].sort().join(';') === [...(row?.certificateNos ?? [])].sort().join(';');
    case 'actualSurveillanceOn':
      return parseDateCell(text) === (row?.actualSurveillanceOn ?? '');
    case 'grade':
      return text === (row?.grade ?? '');
  }
}

const statusWords = clientStatuses.map((s) => clientStatusLabels[s]);

/**
 * Cells read as text where the column wants a yes/no, an amount or a status: the problem named
 * with what the column takes, not as a bare format error.
 */
function cellErrors(raw: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  for (const key of clientColumnKeys) {
    if (typeof raw[key] !== 'string') continue;
    const kind = clientColumns[key].kind;
    if (kind === 'boolean') errors.push(fieldError(key, 'BOOLEAN'));
    else if (kind === 'money') errors.push(fieldError(key, 'NOT_AN_AMOUNT'));
    else if (kind === 'count') errors.push(fieldError(key, 'NOT_A_COUNT'));
    else if (key === 'status' && !(clientStatuses as readonly string[]).includes(raw[key]))
      errors.push(
        fieldError(key, 'ENUM_OF', {
          values: { zh: statusWords.map((w) => w.zh).join('、'), en: statusWords.map((w) => w.en).join(', ') },
        }),
      );
  }
  return errors;
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
  const plan: ImportPlan = { creates: [], updates: [], unchanged: 0, refused: [], ignoredColumns: [], ignoredCellRows: 0 };
  const ignored = new Set<ClientColumnKey>();

  for (const { rowNumber, cells, input: read } of rows) {
    const raw = read ?? sheetRowToInput(cells, ctx.branchIdOf);
    const errors = cellErrors(raw);
    const unread = new Set(errors.map((e) => e.field));
    const editable = Object.fromEntries(editableKeys.filter((k) => k in raw && !unread.has(k)).map((k) => [k, raw[k]]));
    for (const key of Object.keys(editable)) {
      if (editable[key] !== null || !requiredKeys.has(key)) continue;
      errors.push(fieldError(key, 'CANNOT_CLEAR'));
      delete editable[key];
    }
    const contractNo = typeof raw.contractNo === 'string' ? raw.contractNo.trim() : '';
    const current = contractNo ? ctx.existing.get(contractNo) : undefined;
    const refuse = () =>
      plan.refused.push({
        row: rowNumber,
        ...(cells.contractNo ? { contractNo: cells.contractNo } : {}),
        ...(cells.name ? { name: cells.name } : {}),
        errors: withCellValues(errors, cells),
      });
    const given = derivedColumns.filter((key) => cells[key] !== undefined);
    for (const key of given) ignored.add(key);
    if (given.some((key) => !agrees(key, cells[key]!, current))) plan.ignoredCellRows += 1;
    const statusGiven = typeof raw.status === 'string' && !unread.has('status');

    if (current) {
      const parsed = ClientChangesSchema.safeParse(editable);
      if (!parsed.success) errors.push(...schemaErrors(parsed.error.issues, editable));
      if (ctx.scope.kind === 'branch' && current.branchId !== ctx.scope.branchId)
        errors.push(fieldError('contractNo', 'BRANCH_OUT_OF_SCOPE'));
      if (statusGiven && raw.status !== current.status) errors.push(fieldError('status', 'STATUS_BY_RECORD'));
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
        refuse();
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
    // a new client starts active: abnormal or lost is recorded afterwards with its cause (the loss record)
    if (statusGiven && raw.status !== 'active') errors.push(fieldError('status', 'NEW_CLIENT_STARTS_ACTIVE'));
    if (parsed.success) {
      const input = parsed.data;
      if (ctx.scope.kind === 'branch' && input.branchId !== ctx.scope.branchId) errors.push(fieldError('branchId', 'BRANCH_OUT_OF_SCOPE'));
      if (ctx.closedBranches.has(input.branchId)) errors.push(fieldError('branchId', 'BRANCH_CLOSED'));
      if (ctx.usccHolders.has(input.uscc)) errors.push(fieldError('uscc', 'USCC_TAKEN'));
      checkRepeats(firstRowOf, rowNumber, input.contractNo, input.uscc, errors);
      if (errors.length === 0) plan.creates.push({ row: rowNumber, input });
    }
    if (errors.length > 0) refuse();
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
