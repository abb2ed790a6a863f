import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { and, count, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../../audit-log/audit-log.js';
import { recordFailedSignIn, recordSignIn, recordSignOut, type RequestOrigin, type SignInFailure } from './access-log.js';
import { loginAttempts, sessions, users } from './auth.schema.js';
import type { Role } from './permissions.js';
import { lockOutBy, type FailuresBefore } from './sign-in.rules.js';

/** Failed sign-ins allowed per user name within the window before it is locked for the window. */
export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MINUTES = 15;
/** Failed sign-ins allowed from one address within the window, whatever the user names (password spraying). */
export const LOGIN_MAX_FAILURES_PER_ADDRESS = 20;

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  branchId: string | null;
  clientId: string | null;
  /** holds a one-time password: nothing but changing it is allowed */
  mustChangePassword: boolean;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password); // argon2id with the library's recommended cost
}

// verifying against this when the user does not exist keeps the timing the same
let dummyHash: Promise<string> | undefined;

export const tokenHashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Failures since `since` of one user name, or from one address. */
async function failuresSince(db: Db, who: { username: string } | { ip: string }, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(
      and(
        'username' in who ? eq(loginAttempts.username, who.username) : eq(loginAttempts.ip, who.ip),
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.at, since),
      ),
    );
  return row?.n ?? 0;
}

export interface ReservedAttempt {
  id: number;
  /** the failures counted before this attempt: whether its failure starts a lock */
  failuresBefore: FailuresBefore;
}

/**
 * The failures of each user name that count towards its lock-out: within the window, and since its
 * last success and the administrator's last reset (a new one-time password), whichever is latest.
 * One statement for any number of names (the sign-in asks for one, the users list for a page).
 */
export async function countingFailures(db: Db, usernames: readonly string[], now: Date): Promise<Map<string, number>> {
  if (usernames.length === 0) return new Map();
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000).toISOString();
  const result = (await db.execute(sql`
    select f.username, count(*)::int as n
    from ${loginAttempts} f
    left join ${users} u on u.username = f.username
    where f.username in (${sql.join(
      usernames.map((u) => sql`${u}`),
      sql`, `,
    )})
      and not f.succeeded
      and f.at > greatest(
        ${windowStart}::timestamptz,
        coalesce(u.failures_cleared_at, ${windowStart}::timestamptz),
        coalesce((select max(s.at) from ${loginAttempts} s where s.username = f.username and s.succeeded), ${windowStart}::timestamptz))
    group by f.username`)) as unknown as { rows: { username: string; n: number }[] };
  return new Map(result.rows.map((r) => [r.username, Number(r.n)]));
}

/**
 * Takes one attempt from the allowance, atomically: under advisory locks on the address and the
 * user name the failures are counted and, if any are left, the attempt is written as failed before
 * the password is checked — so parallel guesses are counted one by one, across processes too.
 */
export async function reserveAttempt(db: Db, username: string, ip: string, now: Date): Promise<ReservedAttempt> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login-ip:${ip}`}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login-user:${username}`}))`);
    const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
    const failuresBefore = {
      user: (await countingFailures(tx, [username], now)).get(username) ?? 0,
      address: await failuresSince(tx, { ip }, windowStart),
    };
    if (failuresBefore.user >= LOGIN_MAX_FAILURES || failuresBefore.address >= LOGIN_MAX_FAILURES_PER_ADDRESS) {
      // refused while locked: not in the audit log, which has the lock-out from the failure that started it
      throw new AppError('AUTH.THROTTLED', { minutes: LOGIN_WINDOW_MINUTES });
    }
    const [attempt] = await tx
      .insert(loginAttempts)
      .values({ username, ip, succeeded: false, at: now })
      .returning({ id: loginAttempts.id });
    return { id: attempt!.id, failuresBefore };
  });
}

/** A failed attempt in the audit log, with the lock it starts (issue 17.10). */
export function recordFailedAttempt(
  db: Db,
  attempt: ReservedAttempt,
  failure: {
    account: { id: string; username: string; displayName: string } | undefined;
    typed: string;
    reason: SignInFailure;
    actor?: Actor;
  },
  origin: RequestOrigin,
) {
  const lock = lockOutBy(attempt.failuresBefore, { user: LOGIN_MAX_FAILURES, address: LOGIN_MAX_FAILURES_PER_ADDRESS });
  return recordFailedSignIn(db, { ...failure, lock, lockMinutes: LOGIN_WINDOW_MINUTES }, origin);
}

export async function login(
  db: Db,
  input: { username: string; password: string; ip: string; requestId?: string },
  opts: { now: Date; sessionTtlHours: number },
): Promise<{ token: string; expiresAt: Date; user: SessionUser }> {
  const username = input.username.trim().toLowerCase();
  const origin = { address: input.ip, requestId: input.requestId };
  const attempt = await reserveAttempt(db, username, input.ip, opts.now);
  const [user] = await db.select().from(users).where(eq(users.username, username));
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const ok = await verify(user?.passwordHash ?? (await dummyHash), input.password).catch(() => false);
  // a failure is already counted (the reserved attempt); the log says why, the answer does not
  const failure: SignInFailure | null = !user ? 'UNKNOWN_USER' : !ok ? 'WRONG_PASSWORD' : !user.active ? 'USER_DISABLED' : null;
  if (failure) {
    await recordFailedAttempt(db, attempt, { account: user, typed: username, reason: failure }, origin);
    throw new AppError(failure === 'USER_DISABLED' ? 'AUTH.USER_DISABLED' : 'AUTH.INVALID_CREDENTIALS');
  }
  const account = user!;

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(opts.now.getTime() + opts.sessionTtlHours * 3_600_000);
  await db.transaction(async (tx) => {
    await tx.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attempt.id));
    await tx.insert(sessions).values({ tokenHash: tokenHashOf(token), userId: account.id, createdAt: opts.now, expiresAt });
    await tx.delete(sessions).where(and(eq(sessions.userId, account.id), lt(sessions.expiresAt, opts.now)));
    await recordSignIn(tx, account, origin);
  });
  return { token, expiresAt, user: toSessionUser(account) };
}

function toSessionUser(u: typeof users.$inferSelect): SessionUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    branchId: u.branchId,
    clientId: u.clientId,
    mustChangePassword: u.mustChangePassword,
  };
}

export async function userForSession(db: Db, token: string, now: Date): Promise<SessionUser | undefined> {
  const [row] = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHashOf(token)), gt(sessions.expiresAt, now), eq(users.active, true)));
  return row ? toSessionUser(row.user) : undefined;
}

/** Ends the session; the sign-out of a live one is in the audit log. */
export async function logout(db: Db, token: string, origin: RequestOrigin, now: Date): Promise<void> {
  const user = await userForSession(db, token, now);
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHashOf(token)));
    if (user) await recordSignOut(tx, user, origin);
  });
}
