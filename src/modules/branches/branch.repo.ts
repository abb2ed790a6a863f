import { asc, eq, getTableColumns, sql } from 'drizzle-orm';
import { users } from '../auth/auth.schema.js';
import { clients } from '../clients/client.schema.js';
import { clientIsVisible } from '../clients/client.repo.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/errors.js';
import { branches } from './branch.schema.js';

export type Branch = typeof branches.$inferSelect;

export function listBranches(db: Db): Promise<Branch[]> {
  return db.select().from(branches).orderBy(asc(branches.code));
}

/** Branches with what is in them: the active accounts and the clients (what closing an office leaves behind). */
export function listBranchesWithCounts(db: Db, id?: string) {
  return db
    .select({
      ...getTableColumns(branches),
      // the outer row named in full: a one-table select leaves its columns unqualified
      activeUsers: sql<number>`(select count(*)::int from ${users} where ${users.branchId} = "branches"."id" and ${users.active})`,
      clients: sql<number>`(select count(*)::int from ${clients} where ${clients.branchId} = "branches"."id" and ${clientIsVisible})`,
    })
    .from(branches)
    .where(id ? eq(branches.id, id) : undefined)
    .orderBy(asc(branches.code));
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
