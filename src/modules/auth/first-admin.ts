import { and, eq, sql } from 'drizzle-orm';
import { recordChange, systemActor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/errors.js';
import { users } from './auth.schema.js';
import { hashPassword } from './auth.service.js';
import { assertPasswordAcceptable } from './password.service.js';
import { normalisedUsername } from './username.rules.js';

export async function hasActiveAdmin(db: Db): Promise<boolean> {
  const [admin] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true)))
    .limit(1);
  return admin !== undefined;
}

/**
 * A production install's first administrator (`npm run create-admin`): only while no active
 * administrator exists, so the command cannot be used to take over an install. In the audit log.
 */
export async function createFirstAdmin(db: Db, input: { username: string; displayName: string; password: string }) {
  const username = normalisedUsername(input.username);
  if (!username) throw new AppError('AUTH.USERNAME_INVALID');
  if (!input.displayName.trim()) throw new AppError('AUTH.NAME_REQUIRED');
  await assertPasswordAcceptable(db, input.password, username);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    // two commands run at once make one administrator, not two
    await tx.execute(sql`select pg_advisory_xact_lock(7200418)`);
    if (await hasActiveAdmin(tx)) throw new AppError('AUTH.ADMIN_EXISTS');
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
    if (taken) throw new AppError('AUTH.USERNAME_TAKEN', { username });
    const [row] = await tx
      .insert(users)
      .values({ username, displayName: input.displayName.trim(), role: 'admin', passwordHash })
      .returning({ id: users.id, username: users.username, displayName: users.displayName });
    await recordChange(tx, systemActor, {
      entity: 'user',
      entityId: row!.id,
      action: 'create',
      changes: [
        { field: 'username', old: null, new: row!.username },
        { field: 'role', old: null, new: 'admin' },
      ],
    });
    return row!;
  });
}
