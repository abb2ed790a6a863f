import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { users } from './auth.schema.js';

const isActiveStaff = and(eq(users.active, true), ne(users.role, 'client'));

/** Everyone who works for the CB and may be given a case, a client or an escalated request. */
export function activeStaff(db: Db) {
  return db
    .select({ id: users.id, displayName: users.displayName, role: users.role })
    .from(users)
    .where(isActiveStaff)
    .orderBy(asc(users.displayName));
}

/** One of them, or undefined when the id is not an active staff member's. */
export async function findActiveStaff(db: Db, id: string) {
  const [person] = await db
    .select({ id: users.id, displayName: users.displayName, role: users.role })
    .from(users)
    .where(and(eq(users.id, id), isActiveStaff));
  return person;
}
