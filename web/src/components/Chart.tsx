import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { chartOption, type ReportChart } from '../../../src/lib/report-chart.js';
import { useSession } from '../session.js';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { Card, Col, Row } from 'antd';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/** An ECharts chart (SVG, so its labels are text in the page) that follows its container's width. */
export function Chart({ option, height = 280, testId }: { option: ChartOption; height?: number; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={ref} style={{ width: '100%', height }} data-testid={testId} />;
}

/** Bars per category, one series per key: the shape of every distribution in the reports. */
export function barOption(
  categories: string[],
  series: { name: string; data: (number | null)[] }[],
  opts: { stack?: boolean } = {},
): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    // the plot starts below the legend and the figure over the tallest bar (src/lib/report-chart.ts draws the exports alike)
    grid: { left: 40, right: 16, top: 48, bottom: 40, containLabel: true },
    // every name shown: a few wrap under their bar, more are slanted so that long ones (年度客户分类评价) do not run together
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: categories.length > 4 ? { interval: 0, rotate: 35 } : { interval: 0, width: 96, overflow: 'break' },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.data,
      stack: opts.stack ? 'total' : undefined,
      label: { show: !opts.stack, position: 'top' },
    })),
  };
}

export function pieOption(data: { name: string; value: number }[]): ChartOption {
  return {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: data.filter((d) => d.value > 0), label: { formatter: '{b}: {c}' } }],
  };
}

/** Charts two to a row on a wide screen, each in its titled card; a chart without data is left out. */
export function ChartGrid({ charts }: { charts: { title: string; option: ChartOption | null; testId?: string; wide?: boolean }[] }) {
  return (
    <Row gutter={[16, 16]}>
      {charts.map(
        (c) =>
          c.option && (
            <Col key={c.title} xs={24} xl={c.wide ? 24 : 12}>
              <Card size="small" title={c.title}>
                <Chart option={c.option} testId={c.testId} />
              </Card>
            </Col>
          ),
      )}
    </Row>
  );
}

// a chart of more categories than this takes the whole row (a report's questions)
const WIDE_AFTER_CATEGORIES = 12;

/**
 * A report's charts as the server describes them, drawn by the option builder its files use
 * (lib/report-chart), with tooltips on screen; each named by its id for tests and links.
 */
export function ReportCharts({ charts }: { charts: ReportChart[] }) {
  const { lang } = useSession();
  return (
    <ChartGrid
      charts={charts.map((c) => ({
        title: c.title[lang],
        option: { ...chartOption(c, lang), tooltip: { trigger: 'axis' } },
        testId: c.id && `chart-${c.id}`,
        wide: c.categories.length > WIDE_AFTER_CATEGORIES,
      }))}
    />
  );
}
