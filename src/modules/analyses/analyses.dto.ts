import { z } from 'zod';
import { ReportChartSchema } from '../../lib/report-chart.schema.js';

const WordsSchema = z.object({ zh: z.string(), en: z.string() });

const AnalysisChartSchema = ReportChartSchema.extend({
  id: z.string(),
  categories: z.array(WordsSchema),
  unit: z.enum(['count', 'percent']),
  series: z.array(z.object({ name: WordsSchema, type: z.enum(['bar', 'line']), data: z.array(z.number().nullable()) })),
  target: z.object({ name: WordsSchema, value: z.number() }).optional(),
}).meta({ id: 'AnalysisChart' });

const ReportTableSchema = z
  .object({
    title: WordsSchema,
    header: z.array(WordsSchema),
    rows: z.array(z.array(z.union([z.string(), z.number(), z.null(), WordsSchema]))),
  })
  .meta({ id: 'ReportTable', description: 'a table of a report; a cell in both languages is {zh, en}' });

const yearSchema = z.coerce.number().int().min(2000).max(2100);
const langSchema = z.enum(['zh', 'en']).default('zh').describe('language of the file');

export const CaseAnalysisQuerySchema = z.object({
  year: yearSchema,
  quarter: z.coerce.number().int().min(1).max(4).optional().describe('one quarter of the year; the whole year without it'),
});
export const CaseAnalysisFileQuerySchema = CaseAnalysisQuerySchema.extend({ lang: langSchema });

export const YearAnalysisQuerySchema = z.object({ year: yearSchema });
export const YearAnalysisFileQuerySchema = YearAnalysisQuerySchema.extend({ lang: langSchema });

export const FormatParams = z.object({ format: z.enum(['xlsx', 'pdf']) });

const analysisParts = { charts: z.array(AnalysisChartSchema), tables: z.array(ReportTableSchema) };

export const CaseAnalysisSchema = z
  .object({
    year: z.number(),
    quarter: z.number().nullable(),
    total: z.number(),
    byCategory: z.array(z.object({ category: z.string(), name: WordsSchema, count: z.number() })),
    ...analysisParts,
  })
  .meta({ id: 'CaseAnalysis' });

const ChurnYearSchema = z.object({
  year: z.number(),
  atStart: z.number(),
  lost: z.number(),
  rate: z.number().nullable().describe('percent; null when there were no clients at the start of the year'),
  lostAll: z.number(),
  abnormal: z.number(),
});

export const ChurnAnalysisSchema = z
  .object({
    year: z.number(),
    definition: WordsSchema,
    thisYear: ChurnYearSchema,
    lastYear: ChurnYearSchema,
    change: z.number().nullable().describe('percentage points'),
    history: z.array(ChurnYearSchema),
    ...analysisParts,
  })
  .meta({ id: 'ChurnAnalysis' });

const QuarterFiguresSchema = z.object({
  quarter: z.number(),
  from: z.string(),
  asOf: z.string(),
  validClients: z.number(),
  phoned: z.number(),
  share: z.number().nullable(),
  phonedThisYear: z.number(),
  runningShare: z.number().nullable(),
  target: z.number(),
  targetMet: z.boolean(),
});

export const FollowUpSummarySchema = z
  .object({
    year: z.number(),
    targetPercent: z.number(),
    definition: WordsSchema,
    quarters: z.array(QuarterFiguresSchema.nullable()).describe('Q1–Q4; null for a quarter not yet begun'),
    ...analysisParts,
  })
  .meta({ id: 'FollowUpSummary' });
