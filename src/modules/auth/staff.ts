import { and, asc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { users } from './auth.schema.js';
import { roles, roleMay, type Permission } from './permissions.js';

/** Who among the staff: those whose role may do something, and only managers (部门负责人) if asked. */
export interface StaffFilter {
  may?: Permission;
  managers?: boolean;
}

function staffCondition(filter: StaffFilter): SQL | undefined {
  const may = filter.may;
  return and(
    eq(users.active, true),
    ne(users.role, 'client'),
    may
      ? inArray(
          users.role,
          roles.filter((r) => roleMay(r, may)),
        )
      : undefined,
    filter.managers ? eq(users.manager, true) : undefined,
  );
}

const person = { id: users.id, displayName: users.displayName, role: users.role, manager: users.manager };

/** Everyone who works for the CB and may be given a case, a client or an escalated request (narrowed by `filter`). */
export function activeStaff(db: Db, filter: StaffFilter = {}) {
  return db.select(person).from(users).where(staffCondition(filter)).orderBy(asc(users.displayName));
}

/** One of them, or undefined when the id is not an active staff member's who fits `filter`. */
export async function findActiveStaff(db: Db, id: string, filter: StaffFilter = {}) {
  const [found] = await db
    .select(person)
    .from(users)
    .where(and(eq(users.id, id), staffCondition(filter)));
  return found;
}
