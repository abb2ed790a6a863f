import { renderAsync } from '@resvg/resvg-js';
import * as chartsModule from 'echarts/charts';
import * as componentsModule from 'echarts/components';
import * as coreModule from 'echarts/core';
import * as renderersModule from 'echarts/renderers';
import type * as Charts from 'echarts/types/dist/charts';
import type * as Components from 'echarts/types/dist/components';
import type * as Core from 'echarts/types/dist/core';
import type * as Renderers from 'echarts/types/dist/renderers';
import { CHART_FONT_FAMILY, chartOption, type ReportChart } from '../lib/report-chart.js';
import { FONT_REGULAR } from './report-fonts.js';

// ECharts' entry typings re-export without file extensions, which NodeNext resolution reads as empty:
// the modules are typed by the files they re-export (the web, resolved as a bundler does, needs none of this)
const echarts = coreModule as unknown as typeof Core;
const { BarChart } = chartsModule as unknown as typeof Charts;
const { GridComponent, LegendComponent } = componentsModule as unknown as typeof Components;
const { SVGRenderer } = renderersModule as unknown as typeof Renderers;
echarts.use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

/** A chart's size as ECharts lays it out, in pixels: the screen's card is about as wide, at the screen's height. */
export const CHART_WIDTH_PX = 640;
export const CHART_HEIGHT_PX = 300;
// the PNG is drawn at twice its displayed size, so that it stays sharp when the sheet is zoomed or printed
const PNG_SCALE = 2;

/** The chart as an SVG string, by ECharts' server-side renderer (no DOM, no canvas). */
export function chartSvg(chart: ReportChart, lang: 'zh' | 'en'): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH_PX, height: CHART_HEIGHT_PX });
  try {
    instance.setOption(chartOption(chart, lang));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

/** The same SVG as a PNG on white, for Excel; rendered off the event loop (resvg's thread pool). */
export async function chartPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    background: 'white',
    fitTo: { mode: 'width', value: CHART_WIDTH_PX * PNG_SCALE },
    font: { fontFiles: [FONT_REGULAR], loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
  });
  return image.asPng();
}
