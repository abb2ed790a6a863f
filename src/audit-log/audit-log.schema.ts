import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import type { FieldChange } from '../lib/field-changes.js';

/** Append-only: rows are inserted in the same transaction as the change they describe. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    changes: jsonb('changes').$type<FieldChange[]>().notNull(),
    requestId: text('request_id'),
    /** the network address the request came from (sign-ins, refusals, every change made through the API); null for jobs and the seed */
    address: text('address'),
    /** the import that wrote it before its rows were visible: shown only once that import is applied */
    importId: uuid('import_id'),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entity, t.entityId, t.at),
    // the audit-log page: newest first over everything, or one person's
    index('audit_log_at_idx').on(t.at, t.id),
    index('audit_log_actor_idx').on(t.actorId, t.at),
  ],
);
