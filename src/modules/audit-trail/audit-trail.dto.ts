import { z } from 'zod';
import { isoDateSchema } from '../../lib/iso-date-schema.js';

/** The audit log as the API gives it: every entry readable as it stands (issue 17.8), no code or id to show. */

const TextSchema = z.object({ zh: z.string(), en: z.string() });

export const ReadableChangeSchema = z.object({
  field: z.string().describe('the field as stored (for programs); show `label`'),
  label: TextSchema,
  old: TextSchema.nullable(),
  new: TextSchema.nullable(),
});

export const ReadableEntrySchema = z
  .object({
    id: z.number(),
    at: z.string().describe('ISO instant'),
    atLocal: z.string().describe('YYYY-MM-DD HH:mm:ss on the CB’s clock (CB_TIME_ZONE)'),
    actorId: z.uuid().nullable(),
    actor: TextSchema.describe('who did it: a person, the system, or the user name typed at a failed sign-in'),
    address: z.string().nullable().describe('the network address of the request'),
    entity: z.string(),
    entityLabel: TextSchema,
    entityId: z.string().describe('for GET /api/audit-log/record; show `record`'),
    record: TextSchema.describe('the record by its name or number'),
    action: z.string(),
    actionLabel: TextSchema,
    changes: z.array(ReadableChangeSchema),
  })
  .meta({ id: 'AuditLogEntry' });

export const AuditLogQuerySchema = z
  .object({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
    from: isoDateSchema.optional().describe('first local day (CB_TIME_ZONE), inclusive'),
    to: isoDateSchema.optional().describe('last local day (CB_TIME_ZONE), inclusive'),
    actorId: z.uuid().optional(),
    entity: z.string().trim().max(60).optional(),
    action: z.string().trim().max(60).optional(),
    category: z.enum(['changes', 'security']).optional().describe('security: sign-ins, sign-outs, refusals and account changes'),
    record: z
      .string()
      .trim()
      .max(200)
      .optional()
      .describe('a record id, or a number: contract, certificate, complaint, change, application; a user name'),
    q: z.string().trim().max(100).optional().describe('text in a value, a person, an address, a record’s name or number'),
    lang: z.enum(['zh', 'en']).default('zh').describe('language of the Excel export'),
  })
  .describe('a start date after the end date is refused: AUDIT_LOG.RANGE_REVERSED');
export type AuditLogQuery = z.output<typeof AuditLogQuerySchema>;

export const AuditLogPageSchema = z.object({ items: z.array(ReadableEntrySchema), total: z.number().int() });

export const RecordHistoryQuerySchema = z.object({
  entity: z.string().trim().min(1).max(60),
  entityId: z.string().trim().min(1).max(200),
});

export const AuditLogVocabularySchema = z.object({
  entities: z.array(
    z.object({ entity: z.string(), label: TextSchema, actions: z.array(z.object({ action: z.string(), label: TextSchema })) }),
  ),
  actors: z.array(z.object({ id: z.uuid(), name: z.string(), username: z.string() })),
});
