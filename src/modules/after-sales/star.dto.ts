import { z } from 'zod';
import { reasonSchema, versionSchema } from '../../lib/common-schemas.js';
import { starConclusions } from './star.schema.js';

const text = (max: number) => z.string().trim().max(max).nullish();

export const SaveSheetSchema = z.object({
  version: z.number().int().min(0).describe('0 for the first save'),
  items: z
    .array(
      z.object({
        code: z.string(),
        applicable: z.boolean().default(true),
        achieved: z.number().min(0),
        finding: text(2000).describe('what was found, the reason for a deduction'),
        evidence: text(2000),
      }),
    )
    .max(100),
  specialDeductions: z.number().int().min(0).max(20).default(0),
  specialBonus: z.number().min(0).max(10).default(0),
  specialNotes: text(2000),
  nonconformities: z
    .array(z.object({ description: z.string().trim().min(2).max(2000), rootCause: text(2000), correctiveAction: text(2000) }))
    .max(50)
    .default([]),
});
/** A sheet as filled in so far, to be scored without saving. */
export const SheetPreviewSchema = SaveSheetSchema.pick({ items: true, specialDeductions: true, specialBonus: true, specialNotes: true });
export const SheetScoreSchema = z
  .object({
    possible: z.number().describe('the points of the applicable indicators'),
    achieved: z.number(),
    base: z.number().describe('achieved ÷ possible × 100'),
    deduction: z.number().describe('points taken for special deductions'),
    bonus: z.number().describe('special bonus points, capped'),
    total: z.number(),
    level: z.number().describe('the star level the total earns (0: none)'),
    levels: z
      .array(
        z.object({
          level: z.number().int(),
          threshold: z.number(),
          totalShort: z.boolean().describe('the total is below the threshold'),
          shortItems: z
            .array(z.object({ code: z.string(), achieved: z.number(), needed: z.number(), applicable: z.boolean() }))
            .describe('indicators required at this level short of its share of their points, or not applicable'),
        }),
      )
      .describe('one to five stars: why each is earned or not'),
    unexplained: z.object({
      items: z.array(z.string()).describe('indicators scored below their points without a finding: saving is refused'),
      special: z.boolean().describe('special deductions taken without a note: saving is refused'),
    }),
  })
  .meta({ id: 'StarSheetScore' });
export const VerifySchema = z.object({ version: versionSchema, method: z.enum(['written', 'on_site']) });
export const ConcludeSchema = z.object({
  version: versionSchema,
  conclusion: z.enum(starConclusions),
  recommendedLevel: z.number().int().min(1).max(5).nullish().describe('for recommend_lower'),
  note: reasonSchema,
});
export const DecideStarSchema = z.object({
  version: versionSchema,
  grant: z.boolean(),
  certificateNo: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase().replace(/\s/g, ''))
    .pipe(z.string().regex(/^[A-Z0-9-]{4,40}$/, { message: 'INVALID' }))
    .nullish(),
  scope: z.string().trim().min(2).max(4000),
  outcome: z
    .enum(['keep', 'raise', 'keep_after_correction', 'lower', 'suspend', 'revoke'])
    .nullish()
    .describe('for a certified programme: what follows the surveillance (see afterSurveillance)'),
  suspendUntil: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullish()
    .describe('for outcome "suspend"'),
  note: reasonSchema,
});
export const IndicatorUpdateSchema = z.object({
  version: versionSchema,
  points: z.number().int().min(0).max(100),
  requiredFrom: z.number().int().min(1).max(5).nullish(),
});

export const StarIndicatorSchema = z.object({
  code: z.string(),
  groupCode: z.string(),
  groupNameZh: z.string(),
  groupNameEn: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  points: z.number(),
  requiredFrom: z.number().nullable(),
  sort: z.number(),
  version: z.number(),
});

export const StarAssessmentSchema = z
  .object({
    id: z.uuid(),
    auditId: z.uuid(),
    items: z.array(
      z.object({
        code: z.string(),
        applicable: z.boolean(),
        achieved: z.number(),
        finding: z.string().nullable(),
        evidence: z.string().nullable(),
      }),
    ),
    specialDeductions: z.number(),
    specialBonus: z.number(),
    specialNotes: z.string().nullable(),
    total: z.number(),
    level: z.number().describe('the star level the score earns (0: none)'),
    nonconformities: z.array(
      z.object({
        description: z.string(),
        rootCause: z.string().nullable(),
        correctiveAction: z.string().nullable(),
        verifiedOn: z.string().nullable(),
        verifiedBy: z.string().nullable(),
        method: z.enum(['written', 'on_site']).nullable(),
      }),
    ),
    conclusion: z.enum(starConclusions).nullable(),
    recommendedLevel: z.number().nullable(),
    conclusionNote: z.string().nullable(),
    concludedBy: z.string().nullable(),
    concludedOn: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedOn: z.string().nullable(),
    decisionNote: z.string().nullable(),
    certificateId: z.uuid().nullable(),
    version: z.number(),
  })
  .meta({ id: 'StarAssessment' });
