import { and, count, eq, ne, sql } from 'drizzle-orm';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/errors.js';
import { diffFields } from '../../lib/field-changes.js';
import { sessions, users } from '../auth/auth.schema.js';
import { hashPassword } from '../auth/auth.service.js';
import { assertPasswordAcceptable } from '../auth/password.service.js';
import { normalisedUsername } from '../auth/username.rules.js';
import { assertBranchOpen } from '../branches/branch.repo.js';
import { clients } from '../clients/client.schema.js';
import type { CreateUserInput, UpdateUserInput, UserView } from './user.dto.js';
import { listUsers } from './user.repo.js';
import { accountShapeProblem, lockOutProblem, type AccountShape } from './user.rules.js';

const USER_ENTITY = 'user';
type UserRow = typeof users.$inferSelect;
const auditedFields = ['displayName', 'role', 'branchId', 'clientId', 'email', 'phone', 'manager'] as const;

export async function getUser(db: Db, id: string, now: Date): Promise<UserView> {
  const [found] = await listUsers(db, {}, now, id);
  if (!found) throw new AppError('USER.NOT_FOUND');
  return found;
}

/** The account's branch and organisation exist (a new branch assignment only into an open branch). */
async function assertAccountShape(tx: Db, shape: AccountShape, before?: UserRow): Promise<void> {
  const problem = accountShapeProblem(shape);
  if (problem) throw new AppError(problem);
  if (shape.branchId && shape.branchId !== before?.branchId) await assertBranchOpen(tx, shape.branchId);
  if (shape.clientId && shape.clientId !== before?.clientId) {
    const [client] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, shape.clientId));
    if (!client) throw new AppError('CLIENT.NOT_FOUND');
  }
}

async function lockUser(tx: Db, id: string, version: number): Promise<UserRow> {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  if (!row) throw new AppError('USER.NOT_FOUND');
  if (row.version !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
  return row;
}

/**
 * Refuses to take the administrator's power from oneself or from the last active administrator.
 * Active administrators are counted under a lock, so two administrators disabling each other at
 * once cannot leave none.
 */
async function assertNoLockOut(tx: Db, actor: Actor, target: UserRow): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(7200418)`);
  const [others] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, target.id)));
  const problem = lockOutProblem({
    actorId: actor.id,
    targetId: target.id,
    targetIsActiveAdmin: target.role === 'admin' && target.active,
    otherActiveAdmins: others?.n ?? 0,
  });
  if (problem) throw new AppError(problem);
}

/** A new account with a one-time password the user must change at the first sign-in. */
export async function createUser(db: Db, actor: Actor, input: CreateUserInput, now: Date): Promise<UserView> {
  const username = normalisedUsername(input.username);
  if (!username) throw new AppError('AUTH.USERNAME_INVALID');
  await assertPasswordAcceptable(db, input.password, username);
  const passwordHash = await hashPassword(input.password);
  const id = await db.transaction(async (tx) => {
    await assertAccountShape(tx, input);
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
    if (taken) throw new AppError('AUTH.USERNAME_TAKEN', { username });
    const { password: _password, ...account } = input;
    const [row] = await tx
      .insert(users)
      .values({ ...account, username, passwordHash, mustChangePassword: true })
      .returning();
    await recordChange(tx, actor, {
      entity: USER_ENTITY,
      entityId: row!.id,
      action: 'create',
      changes: [{ field: 'username', old: null, new: username }, ...diffFields({} as UserRow, row!, auditedFields)],
    });
    return row!.id;
  });
  return getUser(db, id, now);
}

/** Changes exactly the fields sent; a role or branch change applies to the user's next request. */
export async function updateUser(db: Db, actor: Actor, id: string, input: UpdateUserInput, now: Date): Promise<UserView> {
  const { version, ...sent } = input;
  await db.transaction(async (tx) => {
    const before = await lockUser(tx, id, version);
    const after = { ...before, ...Object.fromEntries(Object.entries(sent).filter(([, v]) => v !== undefined)) } as UserRow;
    await assertAccountShape(tx, after, before);
    if (after.role !== before.role) await assertNoLockOut(tx, actor, before);
    const changes = diffFields(before, after, auditedFields);
    if (changes.length === 0) return;
    await tx
      .update(users)
      .set({ ...Object.fromEntries(changes.map((c) => [c.field, c.new])), version: before.version + 1 })
      .where(eq(users.id, id));
    await recordChange(tx, actor, { entity: USER_ENTITY, entityId: id, action: 'update', changes });
  });
  return getUser(db, id, now);
}

/** Disabling ends every session of the account at once; its records and history stay. */
export async function disableUser(db: Db, actor: Actor, id: string, version: number, now: Date): Promise<UserView> {
  await db.transaction(async (tx) => {
    const before = await lockUser(tx, id, version);
    if (!before.active) throw new AppError('USER.ALREADY_DISABLED');
    await assertNoLockOut(tx, actor, before);
    await tx
      .update(users)
      .set({ active: false, version: before.version + 1 })
      .where(eq(users.id, id));
    await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordChange(tx, actor, {
      entity: USER_ENTITY,
      entityId: id,
      action: 'disable',
      changes: [{ field: 'active', old: true, new: false }],
    });
  });
  return getUser(db, id, now);
}

/**
 * A one-time password the policy accepts, hashed: given on a reset and on re-enabling (a returning
 * leaver does not come back to a password that may have travelled in the meantime).
 */
async function oneTimePasswordHash(db: Db, id: string, password: string): Promise<string> {
  const [target] = await db.select({ username: users.username }).from(users).where(eq(users.id, id));
  if (!target) throw new AppError('USER.NOT_FOUND');
  await assertPasswordAcceptable(db, password, target.username);
  return hashPassword(password);
}

/** Re-enabling gives a new one-time password; the account's branch must still be open. */
export async function enableUser(db: Db, actor: Actor, id: string, input: { version: number; password: string }, now: Date) {
  const passwordHash = await oneTimePasswordHash(db, id, input.password);
  await db.transaction(async (tx) => {
    const before = await lockUser(tx, id, input.version);
    if (before.active) throw new AppError('USER.ALREADY_ACTIVE');
    if (before.branchId) await assertBranchOpen(tx, before.branchId);
    await tx
      .update(users)
      .set({ active: true, passwordHash, mustChangePassword: true, failuresClearedAt: now, version: before.version + 1 })
      .where(eq(users.id, id));
    await recordChange(tx, actor, {
      entity: USER_ENTITY,
      entityId: id,
      action: 'enable',
      changes: [{ field: 'active', old: false, new: true }],
    });
  });
  return getUser(db, id, now);
}

/**
 * A new one-time password (a forgotten one, a suspected leak): the user's sessions end, it must be
 * changed at sign-in, and the failed sign-ins before it no longer lock the account.
 */
export async function resetPassword(db: Db, actor: Actor, id: string, input: { version: number; password: string }, now: Date) {
  const passwordHash = await oneTimePasswordHash(db, id, input.password);
  await db.transaction(async (tx) => {
    const before = await lockUser(tx, id, input.version);
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, failuresClearedAt: now, version: before.version + 1 })
      .where(eq(users.id, id));
    await tx.delete(sessions).where(eq(sessions.userId, id));
    // never the password itself
    await recordChange(tx, actor, { entity: USER_ENTITY, entityId: id, action: 'reset-password', changes: [] });
  });
  return getUser(db, id, now);
}
