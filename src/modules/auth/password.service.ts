import { verify } from '@node-rs/argon2';
import { and, eq, ne, sql } from 'drizzle-orm';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/errors.js';
import { loadParameters } from '../parameters/parameter.service.js';
import { loginAttempts, sessions, users } from './auth.schema.js';
import { hashPassword, recordFailedAttempt, reserveAttempt, tokenHashOf } from './auth.service.js';
import { passwordProblem } from './password.rules.js';

/** The password policy as errors: length from `auth.passwordMinLength`, not the user name, not a common password. */
export async function assertPasswordAcceptable(db: Db, password: string, username: string): Promise<void> {
  const min = (await loadParameters(db))['auth.passwordMinLength'];
  const problem = passwordProblem(password, username, min);
  if (problem === 'TOO_SHORT') throw new AppError('AUTH.PASSWORD_TOO_SHORT', { min });
  if (problem === 'IS_USERNAME') throw new AppError('AUTH.PASSWORD_IS_USERNAME');
  if (problem === 'COMMON') throw new AppError('AUTH.PASSWORD_COMMON');
}

/**
 * A user changes its own password: the current one is checked like a sign-in (counted, and
 * throttled after too many failures), the new one against the policy; the user's other sessions
 * end, the one in use stays. In the audit log, without either password.
 */
export async function changeOwnPassword(
  db: Db,
  actor: Actor & { id: string },
  input: { currentPassword: string; newPassword: string; sessionToken: string; ip: string },
  now: Date,
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.id));
  if (!user) throw new AppError('AUTH.REQUIRED');
  // the new password first: a refusal by the policy says nothing of the current one, and is no failed sign-in
  if (input.newPassword === input.currentPassword) throw new AppError('AUTH.PASSWORD_UNCHANGED');
  await assertPasswordAcceptable(db, input.newPassword, user.username);
  const attempt = await reserveAttempt(db, user.username, input.ip, now);
  if (!(await verify(user.passwordHash, input.currentPassword).catch(() => false))) {
    // a wrong current password is a failed sign-in (a stolen session guessing it), in the log as one
    await recordFailedAttempt(
      db,
      attempt,
      { account: user, typed: user.username, reason: 'WRONG_CURRENT_PASSWORD', actor },
      { address: input.ip, requestId: actor.requestId },
    );
    throw new AppError('AUTH.WRONG_CURRENT_PASSWORD');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attempt.id));
    const [changed] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, version: sql`${users.version} + 1` })
      .where(and(eq(users.id, user.id), eq(users.version, user.version)))
      .returning({ id: users.id });
    if (!changed) throw new AppError('CONCURRENCY.STALE_VERSION');
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, tokenHashOf(input.sessionToken))));
    await recordChange(tx, actor, { entity: 'user', entityId: user.id, action: 'change-password', changes: [] });
  });
}
