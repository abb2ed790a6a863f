import type { Db } from '../db/connection.js';
import type { FieldChange } from '../lib/field-changes.js';
import { auditLog } from './audit-log.schema.js';

/** Who is acting: the signed-in user, or the system (seed, jobs) with a null id. */
export interface Actor {
  id: string | null;
  name: string;
  requestId?: string;
  /** the network address of the request, where there is one */
  address?: string;
}

export const systemActor: Actor = { id: null, name: 'system' };

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
    address: actor.address ?? null,
    ...entry,
  });
}
