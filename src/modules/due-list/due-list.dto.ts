import { z } from 'zod';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import { dueBases } from '../programmes/programme.rules.js';

export const DueItemSchema = z
  .object({
    id: z.number(),
    kind: z.string(),
    sequence: z.number().nullable(),
    department: z.string(),
    clientId: z.uuid().nullable().describe('none for what the CB as a whole owes'),
    clientName: z.string().nullable(),
    clientGrade: z.string().nullable().describe('the client classification grade (A+ … C-)'),
    clientVip: z.boolean(),
    branchId: z.uuid().nullable(),
    branchName: z.object({ zh: z.string(), en: z.string() }).nullable(),
    certificateId: z.uuid().nullable(),
    certificateNo: z.string().nullable(),
    scheme: z.string().nullable(),
    auditId: z.uuid().nullable(),
    dueOn: z.string(),
    targetOn: z.string(),
    opensOn: z.string().nullable(),
    plannedOn: z.string().nullable(),
    basis: z.enum(dueBases).or(z.string()),
    bucket: z.enum(['overdue', 'first', 'second', 'third', 'later']),
    plannedAfterDue: z.boolean(),
    provisional: z.boolean().describe('counted in working days into a year whose holiday table is not entered (暂定)'),
  })
  .meta({ id: 'DueItem' });

export const DueListQuerySchema = z.object({
  lang: z.enum(['zh', 'en']).default('zh').describe('language of the Excel export'),
  bucket: z.enum(['overdue', 'first', 'second', 'third', 'due', 'all']).default('due').describe('due = overdue and the three windows'),
  branchId: z.uuid().optional(),
  department: z.string().max(40).optional(),
  kind: z.string().max(40).optional(),
  clientId: z.uuid().optional(),
  from: isoDateSchema.optional().describe('due on or after (calendar view)'),
  to: isoDateSchema.optional().describe('due on or before (calendar view)'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
