import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { dueItems } from './due-item.schema.js';

export type NewDueItem = Omit<typeof dueItems.$inferInsert, 'id' | 'source' | 'sourceId'>;

/** The owning module's current view of what one of its records owes: old rows go, new ones come. */
export async function replaceDueItems(tx: Db, source: string, sourceId: string, rows: readonly NewDueItem[]): Promise<void> {
  await tx.delete(dueItems).where(and(eq(dueItems.source, source), eq(dueItems.sourceId, sourceId)));
  if (rows.length > 0) await tx.insert(dueItems).values(rows.map((r) => ({ ...r, source, sourceId })));
}

/** A client moved to another branch takes its due items along. */
export async function moveDueItemsToBranch(tx: Db, clientId: string, branchId: string): Promise<void> {
  await tx.update(dueItems).set({ branchId }).where(eq(dueItems.clientId, clientId));
}
