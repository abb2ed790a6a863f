import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { loginAttempts, users } from '../auth/auth.schema.js';
import { countingFailures, LOGIN_MAX_FAILURES } from '../auth/auth.service.js';
import { clientMaintainers } from '../communication/communication.schema.js';
import { branches } from '../branches/branch.schema.js';
import { clients } from '../clients/client.schema.js';
import type { UserListQuery, UserView } from './user.dto.js';

/** `%q%` for ILIKE with the user's own % and _ taken literally. */
const containing = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function listCondition(q: Partial<UserListQuery>): SQL | undefined {
  return and(
    q.q
      ? or(
          ilike(users.username, containing(q.q)),
          ilike(users.displayName, containing(q.q)),
          ilike(users.email, containing(q.q)),
          ilike(users.phone, containing(q.q)),
        )
      : undefined,
    q.role ? eq(users.role, q.role) : undefined,
    q.branchId ? eq(users.branchId, q.branchId) : undefined,
    q.active ? eq(users.active, q.active === 'true') : undefined,
  );
}

/** Accounts as the administrator lists them, with branch, organisation and the last successful sign-in. */
export async function listUsers(db: Db, q: Partial<UserListQuery>, now: Date, id?: string): Promise<UserView[]> {
  const branchName = q.lang === 'en' ? branches.nameEn : branches.nameZh;
  const rows = await db
    .select({
      user: users,
      branchName,
      clientName: clients.name,
      lastSignInAt: sql<string | Date | null>`(select max(${loginAttempts.at}) from ${loginAttempts}
        where ${loginAttempts.username} = "users"."username" and ${loginAttempts.succeeded})`,
      maintainedClients: sql<number>`(select count(*)::int from ${clientMaintainers} where ${clientMaintainers.userId} = "users"."id")`,
    })
    .from(users)
    .leftJoin(branches, eq(branches.id, users.branchId))
    .leftJoin(clients, eq(clients.id, users.clientId))
    .where(and(listCondition(q), id ? eq(users.id, id) : undefined))
    .orderBy(asc(users.role), asc(users.username));
  // locked by failed sign-ins: the sign-in's own count, for the listed names at once
  const failures = await countingFailures(
    db,
    rows.map((r) => r.user.username),
    now,
  );
  return rows.map(({ user: u, branchName, clientName, lastSignInAt, maintainedClients }) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    branchId: u.branchId,
    branchName,
    clientId: u.clientId,
    clientName,
    email: u.email,
    phone: u.phone,
    manager: u.manager,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
    locked: (failures.get(u.username) ?? 0) >= LOGIN_MAX_FAILURES,
    maintainedClients,
    lastSignInAt: lastSignInAt === null ? null : new Date(lastSignInAt).toISOString(),
    createdAt: u.createdAt.toISOString(),
    version: u.version,
  }));
}
