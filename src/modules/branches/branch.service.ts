import { and, eq, ne, sql } from 'drizzle-orm';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/errors.js';
import { diffFields } from '../../lib/field-changes.js';
import { users } from '../auth/auth.schema.js';
import { branches } from './branch.schema.js';
import type { Branch } from './branch.repo.js';

const BRANCH_ENTITY = 'branch';

/** Two branches never share a name in either language: every picker would show the same words twice. */
async function assertNamesFree(tx: Db, names: { nameZh?: string; nameEn?: string }, except?: string): Promise<void> {
  for (const [column, name] of [
    [branches.nameZh, names.nameZh],
    [branches.nameEn, names.nameEn],
  ] as const) {
    if (!name) continue;
    const [clash] = await tx
      .select({ id: branches.id })
      .from(branches)
      .where(and(sql`lower(${column}) = lower(${name})`, except ? ne(branches.id, except) : undefined));
    if (clash) throw new AppError('BRANCH.NAME_TAKEN', { name });
  }
}

async function lockBranch(tx: Db, id: string, version: number): Promise<Branch> {
  const [row] = await tx.select().from(branches).where(eq(branches.id, id)).for('update');
  if (!row) throw new AppError('BRANCH.NOT_FOUND');
  if (row.version !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
  return row;
}

/** 分支机构: a code (upper-cased, as staff write it on contracts) and its names in both languages. */
export async function createBranch(db: Db, actor: Actor, input: { code: string; nameZh: string; nameEn: string }): Promise<Branch> {
  const code = input.code.trim().toUpperCase();
  if (!/^[A-Z0-9][A-Z0-9-]{1,19}$/.test(code)) throw new AppError('BRANCH.CODE_INVALID');
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: branches.id }).from(branches).where(eq(branches.code, code));
    if (taken) throw new AppError('BRANCH.CODE_TAKEN', { code });
    await assertNamesFree(tx, input);
    const [row] = await tx.insert(branches).values({ code, nameZh: input.nameZh, nameEn: input.nameEn }).returning();
    await recordChange(tx, actor, {
      entity: BRANCH_ENTITY,
      entityId: row!.id,
      action: 'create',
      changes: diffFields({} as Branch, row!, ['code', 'nameZh', 'nameEn']),
    });
    return row!;
  });
}

/** A rename: the code stays (it is on contracts and in imports). */
export async function renameBranch(db: Db, actor: Actor, id: string, input: { version: number; nameZh?: string; nameEn?: string }) {
  return db.transaction(async (tx) => {
    const before = await lockBranch(tx, id, input.version);
    const changes = diffFields(before, input, ['nameZh', 'nameEn']);
    if (changes.length === 0) return before;
    await assertNamesFree(tx, { nameZh: input.nameZh, nameEn: input.nameEn }, id);
    const [row] = await tx
      .update(branches)
      .set({ ...Object.fromEntries(changes.map((c) => [c.field, c.new])), version: before.version + 1 })
      .where(eq(branches.id, id))
      .returning();
    await recordChange(tx, actor, { entity: BRANCH_ENTITY, entityId: id, action: 'update', changes });
    return row!;
  });
}

/**
 * A closed office is deactivated, not deleted: its clients and history stay, no user or client is
 * put in it any more. Refused while active accounts still belong to it (they would keep working there).
 */
export async function setBranchActive(db: Db, actor: Actor, id: string, version: number, active: boolean) {
  return db.transaction(async (tx) => {
    const before = await lockBranch(tx, id, version);
    if (before.active === active) throw new AppError(active ? 'BRANCH.ALREADY_ACTIVE' : 'BRANCH.ALREADY_INACTIVE');
    if (!active) {
      const staff = await tx
        .select({ name: users.displayName, username: users.username })
        .from(users)
        .where(and(eq(users.branchId, id), eq(users.active, true)))
        .orderBy(users.username);
      if (staff.length > 0) {
        const named = staff.map((u) => `${u.name}（${u.username}）`).join('、');
        throw new AppError('BRANCH.HAS_ACTIVE_USERS', { name: before.nameZh, users: named });
      }
    }
    const [row] = await tx
      .update(branches)
      .set({ active, version: before.version + 1 })
      .where(eq(branches.id, id))
      .returning();
    await recordChange(tx, actor, {
      entity: BRANCH_ENTITY,
      entityId: id,
      action: active ? 'enable' : 'disable',
      changes: [{ field: 'active', old: before.active, new: active }],
    });
    return row!;
  });
}
