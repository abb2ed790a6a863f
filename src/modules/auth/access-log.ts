import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import type { FieldChange } from '../../lib/field-changes.js';
import { STAFF_EXPORT } from '../audit-trail/audit-trail.labels.js';
import type { Permission, Role } from './permissions.js';
import { maskedUserName } from './sign-in.rules.js';

/**
 * Sign-ins, sign-outs and refusals in the audit log (issue 17.10), filed under the account they
 * concern (entity `user`), with the address they came from and never a password. A name that is
 * no account is filed under its masked form.
 */
export const USER_ENTITY = 'user';
/** What the log says of access, as opposed to changes of the account itself (its creation, its password). */
export const securityActions = ['sign-in', 'sign-in-failed', 'lock-out', 'sign-out', 'refused'] as const;

export interface RequestOrigin {
  address: string;
  requestId?: string;
}

export type SignInFailure = 'UNKNOWN_USER' | 'WRONG_PASSWORD' | 'USER_DISABLED' | 'WRONG_CURRENT_PASSWORD';

export function recordSignIn(tx: Db, user: { id: string; displayName: string }, origin: RequestOrigin) {
  return recordChange(
    tx,
    { id: user.id, name: user.displayName, ...origin },
    { entity: USER_ENTITY, entityId: user.id, action: 'sign-in', changes: [] },
  );
}

export function recordSignOut(db: Db, user: { id: string; displayName: string }, origin: RequestOrigin) {
  return recordChange(
    db,
    { id: user.id, name: user.displayName, ...origin },
    { entity: USER_ENTITY, entityId: user.id, action: 'sign-out', changes: [] },
  );
}

/**
 * A failed attempt, and the lock it starts if it is the one that reaches a limit. Under a name that
 * is an account, the attempt is filed under that account's person too (actor id and name), so that
 * the audit log's person filter finds the failures and lock-outs of their account (user test,
 * finding 4) — whoever typed it; the entry says it failed. Under any other name the actor is that
 * name, masked. A signed-in user changing its password is itself.
 */
export async function recordFailedSignIn(
  db: Db,
  attempt: {
    account: { id: string; username: string; displayName: string } | undefined;
    typed: string;
    reason: SignInFailure;
    actor?: Actor;
    lock: { lockedBy: 'user' | 'address'; failures: number } | null;
    lockMinutes: number;
  },
  origin: RequestOrigin,
): Promise<void> {
  const name = attempt.account?.username ?? maskedUserName(attempt.typed);
  const entityId = attempt.account?.id ?? name;
  await db.transaction(async (tx) => {
    const account = attempt.account;
    const actor: Actor =
      attempt.actor ?? (account ? { id: account.id, name: account.displayName, ...origin } : { id: null, name, ...origin });
    await recordChange(tx, actor, {
      entity: USER_ENTITY,
      entityId,
      action: 'sign-in-failed',
      changes: [{ field: 'reason', old: null, new: attempt.reason }],
    });
    if (attempt.lock) {
      await recordChange(tx, actor, {
        entity: USER_ENTITY,
        entityId,
        action: 'lock-out',
        changes: [
          { field: 'lockedBy', old: null, new: attempt.lock.lockedBy },
          { field: 'failures', old: null, new: attempt.lock.failures },
          { field: 'minutes', old: null, new: attempt.lockMinutes },
        ],
      });
    }
  });
}

/** A user's refusals of one route written at most once per this many seconds. */
export const REFUSALS_PER_ROUTE_SECONDS = 60;
/** …and at most this many of a user's refusals within `REFUSALS_USER_WINDOW_MINUTES`. */
export const REFUSALS_PER_USER = 20;
export const REFUSALS_USER_WINDOW_MINUTES = 10;
/** Users whose recent refusals a process remembers before it starts afresh. */
const REFUSALS_USERS_REMEMBERED = 10_000;

/**
 * Refusals of a signed-in user, at most one per user and route a minute and `perUser` per user in
 * ten minutes per process: a script hammering a route it may not use cannot fill the disk, and
 * the first refusals, the ones that tell, are kept. Anonymous requests are never written (decisions.md).
 */
export function refusalLog(opts: { perRouteSeconds?: number; perUser?: number } = {}) {
  const perRouteMs = (opts.perRouteSeconds ?? REFUSALS_PER_ROUTE_SECONDS) * 1000;
  const perUser = opts.perUser ?? REFUSALS_PER_USER;
  const userWindowMs = REFUSALS_USER_WINDOW_MINUTES * 60_000;
  const seen = new Map<string, { recent: number[]; routes: Map<string, number> }>();

  function admit(userId: string, route: string, at: number): boolean {
    if (seen.size > REFUSALS_USERS_REMEMBERED) seen.clear(); // a bound on memory; forgetting only lets a few more rows through
    const user = seen.get(userId) ?? { recent: [], routes: new Map<string, number>() };
    seen.set(userId, user);
    user.recent = user.recent.filter((t) => at - t < userWindowMs);
    const last = user.routes.get(route);
    if ((last !== undefined && at - last < perRouteMs) || user.recent.length >= perUser) return false;
    user.routes.set(route, at);
    user.recent.push(at);
    return true;
  }

  return async function recordRefusal(
    db: Db,
    user: { id: string; displayName: string; role?: Role },
    refused: { method: string; route: string; permission: Permission | null },
    origin: RequestOrigin,
    now: Date,
  ): Promise<boolean> {
    const route = `${refused.method} ${refused.route}`;
    if (!admit(user.id, route, now.getTime())) return false;
    const changes: FieldChange[] = [{ field: 'route', old: null, new: route }];
    // a portal user may read a list but not take it out of the CB (http/auth-hook.ts): that is what it lacked
    const needed = refused.permission ?? (user.role === 'client' && refused.route.endsWith('/export') ? STAFF_EXPORT : null);
    if (needed) changes.push({ field: 'permission', old: null, new: needed });
    await recordChange(
      db,
      { id: user.id, name: user.displayName, ...origin },
      { entity: USER_ENTITY, entityId: user.id, action: 'refused', changes },
    );
    return true;
  };
}
