// the entry 'echarts/core' is typed empty under NodeNext resolution (see http/report-charts.ts)
import type { EChartsCoreOption } from 'echarts/types/dist/core';

// a type-only import: the web draws charts with this file and needs no zod for it
import type { z } from 'zod';
import type { ReportChartSchema } from './report-chart.schema.js';

type Lang = 'zh' | 'en';
/** A chart of a report, as its schema describes it (report-chart.schema.ts). */
export type ReportChart = z.output<typeof ReportChartSchema>;
type ChartLabel = ReportChart['categories'][number];
// the target line's colour: the theme's error red, as a line a figure should reach
const TARGET_COLOUR = '#cf1322';

/** The family the SVG names; the PDF and the PNG writers map it to the Noto Sans SC files they load. */
export const CHART_FONT_FAMILY = 'Noto Sans SC';
// past this many categories their names are slanted, as on screen, so long ones do not run together
const SLANT_AFTER_CATEGORIES = 4;
const SLANT_DEGREES = 35;
// a few names wrap under their bar within this many pixels
const WRAP_WIDTH_PX = 96;
// the legend takes the top 24 px; a figure printed over the tallest bar takes 17 more, so the plot starts below both
const PLOT_TOP_PX = 48;

const inLanguage = (label: ChartLabel, lang: Lang) => (typeof label === 'string' ? label : label[lang]);

/** A figure ECharts can draw: anything not a finite number is a missing bar, never NaN on the axis. */
const figure = (n: number | null) => (typeof n === 'number' && Number.isFinite(n) ? n : null);

/** Whether the chart has anything to draw: some category with a figure other than zero. */
export function hasFigures(chart: ReportChart): boolean {
  return chart.categories.length > 0 && chart.series.some((s) => s.data.some((n) => (figure(n) ?? 0) !== 0));
}

/** The ECharts option of a chart in the reader's language: the screen's `barOption`, without animation or tooltips (a file is still). */
export function chartOption(chart: ReportChart, lang: Lang): EChartsCoreOption {
  const categories = chart.categories.map((c) => inLanguage(c, lang));
  return {
    animation: false,
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: PLOT_TOP_PX, bottom: 40, containLabel: true },
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel:
        categories.length > SLANT_AFTER_CATEGORIES
          ? { interval: 0, rotate: SLANT_DEGREES }
          : { interval: 0, width: WRAP_WIDTH_PX, overflow: 'break' },
    },
    yAxis: chart.unit === 'percent' ? { type: 'value', min: 0, axisLabel: { formatter: '{value}%' } } : { type: 'value', minInterval: 1 },
    series: [
      ...chart.series.map((s) => ({
        type: s.type ?? 'bar',
        name: inLanguage(s.name, lang),
        data: categories.map((_, i) => figure(s.data[i] ?? null)),
        stack: chart.stack ? 'total' : undefined,
        // no white halo round the figure: svg-to-pdfkit ignores paint-order and would draw the halo over the digits
        label: { show: !chart.stack && s.type !== 'line', position: 'top', textBorderColor: 'transparent' },
      })),
      ...(chart.target
        ? [
            {
              type: 'line',
              name: inLanguage(chart.target.name, lang),
              data: categories.map(() => chart.target!.value),
              symbol: 'none',
              lineStyle: { type: 'dashed', color: TARGET_COLOUR },
              itemStyle: { color: TARGET_COLOUR },
            },
          ]
        : []),
    ],
  };
}
