import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/errors.js';
import { branches } from './branch.schema.js';

export type Branch = typeof branches.$inferSelect;

export function listBranches(db: Db): Promise<Branch[]> {
  return db.select().from(branches).orderBy(asc(branches.code));
}

export async function findBranch(db: Db, id: string): Promise<Branch | undefined> {
  const [row] = await db.select().from(branches).where(eq(branches.id, id));
  return row;
}

/** The branch someone or something is being put in: it exists and is not deactivated. */
export async function assertBranchOpen(db: Db, id: string): Promise<void> {
  const branch = await findBranch(db, id);
  if (!branch) throw new AppError('BRANCH.NOT_FOUND');
  if (!branch.active) throw new AppError('BRANCH.INACTIVE', { name: branch.nameZh });
}
