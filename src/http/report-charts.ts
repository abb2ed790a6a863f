import { renderAsync } from '@resvg/resvg-js';
import { openSync, type Font } from 'fontkit';
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

// ECharts' SSR writes each label as one <text> of plain characters, its baseline always "central"
const TEXT_ELEMENT = /<text([^>]*)>([^<]*)<\/text>/g;
const attribute = (attrs: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
const DEFAULT_FONT_PX = 12;
const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };

let chartFont: Font | undefined;

/**
 * The SVG with each label drawn as the outline of its glyphs in the chart font, placed where the text
 * would stand: resvg then shapes no text, which took two thirds of its time in a 10 MB CJK font
 * (measured per chart: 163 ms of CPU with text, 47 ms outlined).
 */
function outlineText(svg: string): string {
  // a 10 MB file, read once (0.3 s)
  const font = (chartFont ??= openSync(FONT_REGULAR) as Font);
  return svg.replace(TEXT_ELEMENT, (_element, attrs: string, text: string) => {
    const scale = Number(/([\d.]+)px/.exec(attribute(attrs, 'style') ?? '')?.[1] ?? DEFAULT_FONT_PX) / font.unitsPerEm;
    const run = font.layout(text.replace(/&(lt|gt|quot|#39|amp);/g, (entity) => entities[entity]!));
    const width = run.advanceWidth * scale;
    const anchor = attribute(attrs, 'text-anchor');
    const x = Number(attribute(attrs, 'x') ?? 0) - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
    // the central baseline lies halfway between the font's ascent and descent
    const y = Number(attribute(attrs, 'y') ?? 0) + ((font.ascent + font.descent) / 2) * scale;
    let pen = x;
    const outline = run.glyphs.map((glyph, i) => {
      const at = run.positions[i]!;
      const path = glyph.path
        .scale(scale, -scale)
        .translate(pen + at.xOffset * scale, y - at.yOffset * scale)
        .toSVG();
      pen += at.xAdvance * scale;
      return path;
    });
    const transform = attribute(attrs, 'transform');
    return `<path d="${outline.join('')}" fill="${attribute(attrs, 'fill') ?? '#000'}"${transform ? ` transform="${transform}"` : ''}/>`;
  });
}

/** The same chart as a PNG on white, for Excel; rendered off the event loop (resvg's thread pool). */
export async function chartPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(outlineText(svg), {
    background: 'white',
    fitTo: { mode: 'width', value: CHART_WIDTH_PX * PNG_SCALE },
    // a label outlineText did not recognise is still drawn, in the same font
    font: { fontFiles: [FONT_REGULAR], loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
  });
  return image.asPng();
}
