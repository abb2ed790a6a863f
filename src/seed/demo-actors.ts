import { eq } from 'drizzle-orm';
import type { Actor } from '../audit-log/audit-log.js';
import type { Db } from '../db/connection.js';
import { users } from '../modules/auth/auth.schema.js';

/** A demo user as the one who did what the demo records: its id and its name, as its own request would give them. */
export async function demoActor(db: Db, username: string): Promise<Actor> {
  const [user] = await db.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.username, username));
  if (!user) throw new Error(`the demo user ${username} is not seeded`);
  return user;
}
