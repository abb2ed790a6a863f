import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { branches } from './branch.schema.js';

export type Branch = typeof branches.$inferSelect;

export function listBranches(db: Db): Promise<Branch[]> {
  return db.select().from(branches).orderBy(asc(branches.code));
}

export async function findBranch(db: Db, id: string): Promise<Branch | undefined> {
  const [row] = await db.select().from(branches).where(eq(branches.id, id));
  return row;
}
