import { moveDueItemsToBranch } from '../due-list/due-list.repo.js';
import { requeueForNewAddress } from '../notices/notice.service.js';
import { loadParameters } from '../parameters/parameter.service.js';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import { recordHistory, type Reader } from '../audit-trail/audit-trail.service.js';
import { diffFields } from '../../lib/field-changes.js';
import { pgErrorOf, type Db } from '../../db/connection.js';
import { AppError } from '../../lib/errors.js';
import { fieldError, type FieldErrorCode } from '../../lib/field-errors.js';
import type { DataScope, Role } from '../auth/permissions.js';
import { assertBranchOpen } from '../branches/branch.repo.js';
import { clientColumnKeys, clientColumns, clientColumnsSeenBy, queriedColumns } from './client.columns.js';
import {
  editableClientKeys,
  type Client,
  type ClientInput,
  type ClientListQuery,
  type ClientRecord,
  type ClientUpdate,
  type DishonestyListing,
} from './client.dto.js';
import {
  certificateNosOf,
  clientsWithLiveCertificates,
  clientWithFormerUscc,
  findClient,
  insertClient,
  listClients,
  lockClientRow,
  setClientCertificateNos,
  updateClientRow,
  type ClientRow,
} from './client.repo.js';
import { formerNameFound, searchColumns } from './client.rules.js';

export const CLIENT_ENTITY = 'client';

/** A list is filtered and sorted only by columns its caller may see (a fee range would tell the fee). */
export function assertQueryable(role: Role, query: ClientListQuery): void {
  const seen = clientColumnsSeenBy(role);
  const hidden = queriedColumns(query).filter((key) => !seen.includes(key));
  if (hidden.length > 0) {
    throw new AppError('CLIENT.COLUMN_NOT_VISIBLE', {
      columns: { zh: hidden.map((k) => clientColumns[k].zh).join('、'), en: hidden.map((k) => clientColumns[k].en).join(', ') },
    });
  }
}

export async function searchClients(db: Db, scope: DataScope, query: ClientListQuery) {
  const page = await listClients(db, scope, query, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  if (!query.q) return page;
  const q = query.q;
  return { ...page, items: page.items.map((c) => ({ ...c, formerNameFound: formerNameFound(c, q) })) };
}

export async function getClient(db: Db, scope: DataScope, id: string): Promise<Client> {
  const client = await findClient(db, scope, id);
  if (!client) throw new AppError('CLIENT.NOT_FOUND');
  return client;
}

/** Branch staff may only place clients in their own branch. */
export function assertBranchInScope(scope: DataScope, branchId: string): void {
  if (scope.kind === 'branch' && scope.branchId !== branchId) throw new AppError('CLIENT.BRANCH_OUT_OF_SCOPE');
  if (scope.kind === 'client') throw new AppError('AUTH.FORBIDDEN');
}

export function mapClientConstraintError(err: unknown, input: { uscc?: string; contractNo?: string }): never {
  const pgErr = pgErrorOf(err);
  if (pgErr?.code === '23505' && pgErr.constraint === 'clients_uscc_unique') {
    throw new AppError('CLIENT.DUPLICATE_USCC', { uscc: input.uscc ?? '' });
  }
  if (pgErr?.code === '23505' && pgErr.constraint === 'clients_contract_no_unique') {
    throw new AppError('CLIENT.DUPLICATE_CONTRACT_NO', { contractNo: input.contractNo ?? '' });
  }
  if (pgErr?.code === '23503' && pgErr.constraint?.includes('branch')) throw new AppError('BRANCH.NOT_FOUND');
  throw err;
}

/** The values a new client starts with where the guarded fields are not given (a new client is active, ungraded). */
export function newClientRecord(input: ClientInput & Partial<ClientRecord>): ClientRecord {
  return { status: 'active', grade: null, certificateNos: [], actualSurveillanceOn: null, ...input };
}

/** A credit code another client had before a correction is that organisation's: never a new client's. */
async function assertUsccNotFormerlyAnothers(tx: Db, uscc: string, self?: string) {
  const holder = await clientWithFormerUscc(tx, uscc);
  if (holder && holder.id !== self) throw new AppError('CLIENT.USCC_FORMERLY_ANOTHERS', { uscc, name: holder.name });
}

export async function insertClientWithHistory(tx: Db, actor: Actor, input: ClientInput & Partial<ClientRecord>): Promise<ClientRow> {
  await assertUsccNotFormerlyAnothers(tx, input.uscc);
  const record = newClientRecord(input);
  const row = await insertClient(tx, { ...record, ...searchColumns(record) });
  const created = diffFields({} as ClientRecord, record, clientColumnKeys);
  await recordChange(tx, actor, { entity: CLIENT_ENTITY, entityId: row.id, action: 'create', changes: created });
  return row;
}

/**
 * Applies `changes` to a locked row: returns the audit entry's changes (empty: nothing to do).
 * The doors of the guarded fields (status, grade, actual surveillance date) write through here too.
 */
export async function applyClientChanges(tx: Db, actor: Actor, before: ClientRow, changes: Partial<ClientRecord>, expectedVersion: number) {
  const fieldChanges = diffFields(before, changes, clientColumnKeys);
  if (fieldChanges.length === 0) return fieldChanges;
  const changed = Object.fromEntries(fieldChanges.map((c) => [c.field, changes[c.field as keyof ClientRecord]])) as Partial<ClientRecord>;
  const merged = { ...before, ...changed };
  // a corrected credit code keeps the old one: the organisation is still the one that had it
  const formerUsccs =
    changed.uscc !== undefined
      ? { formerUsccs: [...new Set([...before.formerUsccs, before.uscc.trim()])].filter((c) => c !== changed.uscc) }
      : {};
  if (changed.uscc !== undefined) await assertUsccNotFormerlyAnothers(tx, changed.uscc, before.id);
  const updated = await updateClientRow(tx, before.id, expectedVersion, {
    ...changed,
    ...formerUsccs,
    ...searchColumns(merged),
  });
  if (!updated) throw new AppError('CONCURRENCY.STALE_VERSION');
  if (changed.branchId !== undefined) await moveDueItemsToBranch(tx, before.id, changed.branchId);
  // the one door of the address (form, import, contact change): mail that could not reach the client goes to the new one
  if (changed.email) {
    const days = (await loadParameters(tx))['mail.resendAfterAddressChangeDays'];
    await requeueForNewAddress(tx, before.id, changed.email, days);
  }
  await recordChange(tx, actor, { entity: CLIENT_ENTITY, entityId: before.id, action: 'update', changes: fieldChanges });
  return fieldChanges;
}

/**
 * The client's certificate numbers follow its certificates (a grant adds one): a cache for
 * the list and the search box, written only here, so it neither bumps the version nor makes
 * history of its own (the certificate's grant is in the log).
 */
export async function refreshClientCertificateNos(tx: Db, clientId: string): Promise<void> {
  const row = await lockClientRow(tx, { kind: 'all' }, clientId);
  if (!row) return;
  const certificateNos = await certificateNosOf(tx, clientId);
  if (JSON.stringify(certificateNos) === JSON.stringify(row.certificateNos)) return;
  const { searchText, searchBigrams } = searchColumns({ ...row, certificateNos });
  await setClientCertificateNos(tx, clientId, certificateNos, searchText, searchBigrams);
}

/** A surveillance audit held: the client's actual surveillance date follows the last one held. */
export async function recordSurveillanceHeld(tx: Db, actor: Actor, clientId: string, endedOn: string): Promise<void> {
  const row = await lockClientRow(tx, { kind: 'all' }, clientId);
  if (!row || (row.actualSurveillanceOn !== null && row.actualSurveillanceOn >= endedOn)) return;
  await applyClientChanges(tx, actor, row, { actualSurveillanceOn: endedOn }, row.version);
}

export async function createClient(db: Db, actor: Actor, scope: DataScope, input: ClientInput): Promise<Client> {
  assertBranchInScope(scope, input.branchId);
  try {
    const id = await db.transaction(async (tx) => {
      await assertBranchOpen(tx, input.branchId);
      return (await insertClientWithHistory(tx, actor, sentEditable(input) as ClientInput)).id;
    });
    return await getClient(db, scope, id);
  } catch (err) {
    mapClientConstraintError(err, input);
  }
}

function refuseField(field: string, code: FieldErrorCode): never {
  const error = fieldError(field, code);
  throw new AppError('VALIDATION.FAILED', { detail: error.message }, { fields: [error] });
}

/** Only the editable fields that were sent: a guarded one (parsed to undefined) never reaches the row. */
function sentEditable<T extends object>(input: T): Partial<ClientInput> {
  return Object.fromEntries(
    editableClientKeys
      .filter((k) => k in input && (input as Record<string, unknown>)[k] !== undefined)
      .map((k) => [k, (input as Record<string, unknown>)[k]]),
  );
}

export async function updateClient(db: Db, actor: Actor, scope: DataScope, id: string, update: ClientUpdate): Promise<Client> {
  const { version } = update;
  const changes = sentEditable(update);
  if (scope.kind === 'client') throw new AppError('AUTH.FORBIDDEN');
  if (changes.branchId !== undefined) assertBranchInScope(scope, changes.branchId);
  try {
    await db.transaction(async (tx) => {
      const before = await lockClientRow(tx, scope, id);
      if (!before) throw new AppError('CLIENT.NOT_FOUND');
      if (before.version !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
      // a lost VIP needs its analysis (the loss record): a lost client is not made a VIP afterwards
      if (changes.vip === true && !before.vip && before.status === 'lost') refuseField('vip', 'LOST_CLIENT_VIP');
      // the name on a live certificate changes with it, through the contract change (never one without the other)
      if (changes.name !== undefined && changes.name !== before.name && (await clientsWithLiveCertificates(tx, [id])).has(id)) {
        refuseField('name', 'NAME_BY_CONTRACT_CHANGE');
      }
      if (changes.branchId !== undefined && changes.branchId !== before.branchId) await assertBranchOpen(tx, changes.branchId);
      await applyClientChanges(tx, actor, before, changes, version);
    });
  } catch (err) {
    mapClientConstraintError(err, changes);
  }
  return getClient(db, scope, id);
}

/** The client's history as the reader reads it: labels, names for ids, only the fields its role may see (issue 17.8). */
export async function clientHistory(db: Db, reader: Reader, scope: DataScope, id: string) {
  await getClient(db, scope, id); // 404 outside the caller's scope
  return recordHistory(db, reader, CLIENT_ENTITY, id);
}

/**
 * 严重违法失信名单: the one door of the listing (found in a credit check or on an authority's
 * site) and of its removal; it bars the client from applying (certificate.rules applicationBar).
 */
export async function recordDishonestyListing(db: Db, actor: Actor, scope: DataScope, id: string, input: DishonestyListing, today: string) {
  if (scope.kind === 'client') throw new AppError('AUTH.FORBIDDEN');
  // what the list says has happened: neither a listing nor a removal dated ahead
  if ((input.listedOn ?? '') > today || (input.removedOn ?? '') > today) throw new AppError('CLIENT.DISHONESTY_DATE_AHEAD', { today });
  await db.transaction(async (tx) => {
    const before = await lockClientRow(tx, scope, id);
    if (!before) throw new AppError('CLIENT.NOT_FOUND');
    if (before.version !== input.version) throw new AppError('CONCURRENCY.STALE_VERSION');
    // a listing is never erased or moved: it ends with its removal date; a new one only after that
    // a new listing only after the last one was taken off (its removal in effect)
    const relisting = before.dishonestyRemovedOn !== null && input.listedOn !== null && input.listedOn > before.dishonestyRemovedOn;
    if (
      before.dishonestyListedOn !== null &&
      !relisting &&
      (input.listedOn !== before.dishonestyListedOn || input.source !== before.dishonestySource)
    ) {
      throw new AppError('CLIENT.DISHONESTY_KEPT');
    }
    const values = {
      dishonestyListedOn: input.listedOn,
      dishonestySource: input.source,
      dishonestyRemovedOn: relisting ? null : input.removedOn,
    };
    const changes = diffFields(before, values, ['dishonestyListedOn', 'dishonestySource', 'dishonestyRemovedOn']);
    if (changes.length === 0) return;
    if (!(await updateClientRow(tx, id, input.version, values))) throw new AppError('CONCURRENCY.STALE_VERSION');
    await recordChange(tx, actor, { entity: CLIENT_ENTITY, entityId: id, action: 'dishonesty-listing', changes });
  });
  return getClient(db, scope, id);
}
