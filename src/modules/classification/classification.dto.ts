import { z } from 'zod';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import { clientGrades } from '../clients/client.schema.js';
import { evaluatedSystems, evaluationSources, gradeOverrides } from './classification.rules.js';

export const EvaluateSchema = z.object({
  source: z.enum(evaluationSources),
  auditId: z.uuid().nullish().describe('the audit whose auditor evaluation form (受审核方体系有效性水平评价表) this is'),
  evaluatedOn: isoDateSchema.nullish().describe('default today'),
  itemGrades: z.record(z.string().max(40), z.enum(clientGrades)).describe('grade per evaluation item code'),
  overrides: z.array(z.enum(gradeOverrides)).max(3).default([]),
  note: z
    .string()
    .trim()
    .max(2000, { message: 'TOO_LONG' })
    .nullish()
    .transform((v) => v || null),
});

export const ItemSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_-]{1,30}$/, { message: 'CODE' }),
  system: z.enum(evaluatedSystems),
  nameZh: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
});

export const YearQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  lang: z.enum(['zh', 'en']).default('zh'),
});

export const CampaignQuerySchema = YearQuerySchema.extend({
  ungraded: z.stringbool().optional().describe('only the clients not yet graded this year'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
