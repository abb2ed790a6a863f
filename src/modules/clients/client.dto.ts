import { z } from 'zod';
import { optionalText } from '../../lib/common-schemas.js';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import { normaliseUscc } from '../../lib/uscc.js';
import { clientColumnKeys, clientColumns } from './client.columns.js';
import { phoneProblem, postcodeProblem, usccFieldProblem } from './client.rules.js';
import { clientGrades, clientStatuses } from './client.schema.js';

/** Request and response shapes of the client API; the OpenAPI document is generated from them. */

const isoDate = isoDateSchema;
const textList = z.array(z.string().trim().min(1).max(200)).max(50).default([]);
const money = z
  .number()
  .nonnegative({ message: 'NUMBER' })
  .max(1e10)
  .nullish()
  .transform((v) => v ?? null);

export const ClientInputSchema = z.object({
  contractNo: z.string().trim().min(1, { message: 'REQUIRED' }).max(60, { message: 'TOO_LONG' }),
  certificateNos: textList,
  name: z.string().trim().min(2, { message: 'REQUIRED' }).max(200, { message: 'TOO_LONG' }),
  formerNames: textList,
  uscc: z
    .string()
    .transform(normaliseUscc)
    .superRefine((v, ctx) => {
      const problem = usccFieldProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  applicationAcceptedOn: isoDate.nullish().transform((v) => v ?? null),
  initialAuditOn: isoDate.nullish().transform((v) => v ?? null),
  initialAuditFee: money,
  surveillanceFee: money,
  plannedSurveillanceOn: isoDate.nullish().transform((v) => v ?? null),
  actualSurveillanceOn: isoDate.nullish().transform((v) => v ?? null),
  status: z.enum(clientStatuses, { message: 'ENUM' }).default('active'),
  province: z.string().trim().min(2, { message: 'REQUIRED' }).max(20, { message: 'TOO_LONG' }),
  address: z.string().trim().min(2, { message: 'REQUIRED' }).max(300, { message: 'TOO_LONG' }),
  postcode: optionalText(6).refine((v) => v === null || postcodeProblem(v) === null, { message: 'POSTCODE' }),
  contactPerson: optionalText(60),
  phone: optionalText(40).refine((v) => v === null || phoneProblem(v) === null, { message: 'PHONE' }),
  technicalAreaCodes: textList,
  scope: optionalText(2000),
  branchId: z.uuid({ message: 'BRANCH_UNKNOWN' }),
  vip: z.boolean().default(false),
  confidential: z.boolean().default(false).describe('kept out of IAF CertSearch'),
  grade: z
    .enum(clientGrades, { message: 'ENUM' })
    .nullish()
    .transform((v) => v ?? null),
});
export type ClientInput = z.output<typeof ClientInputSchema>;

export const ClientUpdateSchema = ClientInputSchema.partial().extend({
  version: z.number().int().positive().describe('the version read; a stale one gets 409'),
});
export type ClientUpdate = z.output<typeof ClientUpdateSchema>;

export const ClientSchema = z
  .object({
    id: z.uuid(),
    contractNo: z.string(),
    certificateNos: z.array(z.string()),
    name: z.string(),
    formerNames: z.array(z.string()),
    uscc: z.string(),
    applicationAcceptedOn: z.string().nullable(),
    initialAuditOn: z.string().nullable(),
    initialAuditFee: z.number().nullable(),
    surveillanceFee: z.number().nullable(),
    plannedSurveillanceOn: z.string().nullable(),
    actualSurveillanceOn: z.string().nullable(),
    status: z.enum(clientStatuses),
    province: z.string(),
    address: z.string(),
    postcode: z.string().nullable(),
    contactPerson: z.string().nullable(),
    phone: z.string().nullable(),
    technicalAreaCodes: z.array(z.string()),
    scope: z.string().nullable(),
    branchId: z.uuid(),
    branchName: z.object({ zh: z.string(), en: z.string() }),
    vip: z.boolean(),
    confidential: z.boolean(),
    grade: z.enum(clientGrades).nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Client' });
export type Client = z.output<typeof ClientSchema>;

const csv = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  )
  .optional();

/** Filters come from the column table: text → contains, date/money → From/To, enum → comma list. */
function filterShape() {
  const shape: Record<string, z.ZodType> = {};
  for (const key of clientColumnKeys) {
    const col = clientColumns[key];
    switch (col.kind) {
      case 'text':
      case 'textList':
        shape[key] = z.string().trim().max(200).optional();
        break;
      case 'date':
        shape[`${key}From`] = isoDate.optional();
        shape[`${key}To`] = isoDate.optional();
        break;
      case 'money':
        shape[`${key}From`] = z.coerce.number().optional();
        shape[`${key}To`] = z.coerce.number().optional();
        break;
      case 'enum':
      case 'boolean':
      case 'branch':
        shape[key] = csv;
        break;
    }
  }
  return shape;
}

export const ClientListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().describe('name, former name, pinyin, pinyin initials, credit code, contract or certificate no.'),
  sort: z.enum(clientColumnKeys).default('contractNo'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
  lang: z.enum(['zh', 'en']).default('zh').describe('language of the Excel export'),
  ...filterShape(),
});
export type ClientListQuery = z.output<typeof ClientListQuerySchema> & Record<string, unknown>;

export const ClientPageSchema = z.object({ items: z.array(ClientSchema), total: z.number().int() });

export const HistoryEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actorName: z.string(),
  action: z.string(),
  changes: z.array(z.object({ field: z.string(), old: z.unknown(), new: z.unknown() })),
});
