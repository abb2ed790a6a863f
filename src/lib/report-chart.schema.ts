import { z } from 'zod';

const WordsSchema = z.object({ zh: z.string(), en: z.string() });
/** A category's or a series' name: a name as it is (a branch, an auditor, Q1) or words in both languages. */
const ChartLabelSchema = z.union([z.string(), WordsSchema]);

/**
 * A chart of a report as data, in both languages: the API sends it with the report, the page draws
 * it and the report's files draw it as an image (lib/report-chart chartOption, both). Bars per
 * category, one series per key, stacked or side by side.
 */
export const ReportChartSchema = z
  .object({
    id: z.string().optional().describe('names the chart on the page'),
    title: WordsSchema,
    categories: z.array(ChartLabelSchema),
    series: z.array(
      z.object({
        name: ChartLabelSchema,
        type: z.enum(['bar', 'line']).optional().describe('bars unless a line'),
        data: z.array(z.number().nullable()),
      }),
    ),
    stack: z.boolean().optional(),
    unit: z.enum(['count', 'percent']).optional().describe('percent: the figures are shares, on an axis from 0 in %'),
    target: z.object({ name: ChartLabelSchema, value: z.number() }).optional().describe('a dashed line across the chart'),
  })
  .meta({ id: 'ReportChart' });
