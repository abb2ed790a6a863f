import type { ReportChart } from '../../lib/report-chart.js';

/**
 * A chart of an analysis as data, in both languages: the API sends it, the web draws it with
 * ECharts, and a report file may draw the same data as an image. One builder per analysis makes it.
 */
export interface Words {
  zh: string;
  en: string;
}

/** A report's chart (lib/report-chart) with its id, every label in both languages and its unit said. */
export interface AnalysisChart extends ReportChart {
  id: string;
  categories: Words[];
  unit: 'count' | 'percent';
  series: { name: Words; type: 'bar' | 'line'; data: (number | null)[] }[];
  target?: { name: Words; value: number };
}

export const monthNames: Words[] = Array.from({ length: 12 }, (_, i) => ({
  zh: `${i + 1}月`,
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][i]!,
}));
