import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { auditLog, type FieldChange } from './audit-log.schema.js';

/** Who is acting: the signed-in user, or the system (seed, jobs) with a null id. */
export interface Actor {
  id: string | null;
  name: string;
  requestId?: string;
}

export const systemActor: Actor = { id: null, name: 'system' };

function comparable(v: unknown): string {
  return JSON.stringify(v ?? null);
}

/** The fields whose values differ, in the order given. */
export function diffFields<T extends object>(before: T, after: Partial<T>, fields: readonly (keyof T & string)[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (!(field in after)) continue;
    const oldValue = before[field] ?? null;
    const newValue = after[field] ?? null;
    if (comparable(oldValue) !== comparable(newValue)) changes.push({ field, old: oldValue, new: newValue });
  }
  return changes;
}

/** Appends one entry; call it with the transaction that makes the change. */
export async function recordChange(
  tx: Db,
  actor: Actor,
  entry: { entity: string; entityId: string; action: string; changes: FieldChange[] },
): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: actor.id,
    actorName: actor.name,
    requestId: actor.requestId ?? null,
    ...entry,
  });
}

export function historyOf(db: Db, entity: string, entityId: string, limit = 500) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
}
