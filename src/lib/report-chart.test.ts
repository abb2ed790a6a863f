import { describe, expect, it } from 'vitest';
import { chartOption, hasFigures, type ReportChart } from './report-chart.js';

const chart = (data: (number | null)[]): ReportChart => ({
  title: { zh: '按分支机构', en: 'By branch' },
  categories: [{ zh: '质量管理体系', en: 'quality management' }, '北京总部'],
  series: [{ name: { zh: '平均分', en: 'Average' }, data }],
});

describe('a report chart', () => {
  it('has nothing to draw when every figure is zero or missing, or there is no category', () => {
    expect(hasFigures(chart([0, null]))).toBe(false);
    expect(hasFigures({ ...chart([1]), categories: [] })).toBe(false);
    expect(hasFigures(chart([0, 8.5]))).toBe(true);
  });

  it('draws a figure that is not a finite number as a missing bar, never NaN on the axis', () => {
    const option = chartOption(chart([Number.NaN, Number.POSITIVE_INFINITY]), 'zh') as { series: { data: unknown[] }[] };
    expect(option.series[0]!.data).toEqual([null, null]);
    expect(hasFigures(chart([Number.NaN, Number.POSITIVE_INFINITY]))).toBe(false);
  });

  it("names categories and series in the reader's language only", () => {
    const zh = chartOption(chart([1, 2]), 'zh') as { xAxis: { data: string[] }; series: { name: string }[] };
    const en = chartOption(chart([1, 2]), 'en') as typeof zh;
    expect([zh.xAxis.data, zh.series[0]!.name]).toEqual([['质量管理体系', '北京总部'], '平均分']);
    expect([en.xAxis.data, en.series[0]!.name]).toEqual([['quality management', '北京总部'], 'Average']);
  });
});
