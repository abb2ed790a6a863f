import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/errors.js';
import { importRuns } from './import.schema.js';

export type ImportRun = typeof importRuns.$inferSelect;

/** A stable hash of what a preview promises to write. */
export function fingerprintOf(plan: unknown): string {
  return createHash('sha256').update(JSON.stringify(plan)).digest('hex');
}

export async function savePreview(
  db: Db,
  actor: Actor,
  run: { kind: string; fileName: string; content: Buffer; fingerprint: string; summary: Record<string, unknown> },
): Promise<ImportRun> {
  const [row] = await db
    .insert(importRuns)
    .values({
      ...run,
      sha256: createHash('sha256').update(run.content).digest('hex'),
      createdBy: actor.id,
      createdByName: actor.name,
    })
    .returning();
  return row!;
}

/** The caller's own previewed import of `kind`, locked; anyone else's is not found. */
export async function lockOwnPreview(tx: Db, actor: Actor, kind: string, id: string): Promise<ImportRun> {
  const [row] = await tx
    .select()
    .from(importRuns)
    .where(and(eq(importRuns.id, id), eq(importRuns.kind, kind), actor.id ? eq(importRuns.createdBy, actor.id) : sql`false`))
    .for('update');
  if (!row) throw new AppError('IMPORT.NOT_FOUND');
  if (row.status !== 'previewed') throw new AppError('IMPORT.ALREADY_APPLIED');
  return row;
}

export async function markApplied(tx: Db, id: string, result: Record<string, unknown>): Promise<void> {
  await tx
    .update(importRuns)
    .set({ status: 'applied', appliedAt: sql`now()`, result, version: sql`${importRuns.version} + 1` })
    .where(eq(importRuns.id, id));
}
