import { describe, expect, it } from 'vitest';
import { expectDrawnCharts, FIRST_SERIES, pixelsOf, SECOND_SERIES, sheetImages } from '../../../test/chart-images.js';
import { darkPixelsIn, hasPoppler, overlappingWords, wordBoxes, wordsAbove } from '../../../test/poppler.js';
import { reportPdf, reportWorkbook } from '../../http/report-files.js';
import { surveyCharts } from './survey.charts.js';
import { surveyQuestions } from './survey.rules.js';
import { surveyReportTables, type surveyReport } from './survey.service.js';

type Report = Awaited<ReturnType<typeof surveyReport>>;
const scores = (count: number, total: number | null) => ({ count, contract: total, audit: total, service: total, total });
const report: Report = {
  year: 2026,
  quarter: null,
  issued: 12,
  answered: 9,
  returnRate: 75,
  returnRateTarget: 80,
  dissatisfied: 1,
  annualSample: null,
  overall: { count: 9, contract: 8.5, audit: 9.1, service: 7.2, total: 8.4 },
  byQuarter: [1, 2, 3, 4].map((quarter) => ({ quarter, issued: 3, answered: quarter === 4 ? 0 : 3, returnRate: 100, ...scores(3, 8) })),
  byKind: [{ name: 'audit', ...scores(9, 8.4) }],
  byBranch: [
    { name: '北京总部', ...scores(5, 8.8) },
    { name: '深圳办事处', ...scores(4, 7.9) },
  ],
  byAuditor: [
    { name: '王审核', ...scores(5, 8.6) },
    { name: '李审核', ...scores(4, 8.1) },
  ],
  byQuestion: surveyQuestions.map((q, i) => ({ ...q, average: 7 + i / 4 })),
};
const empty: Report = {
  ...report,
  issued: 0,
  answered: 0,
  returnRate: null,
  overall: scores(0, null),
  byQuarter: report.byQuarter.map((q) => ({ ...q, issued: 0, answered: 0, returnRate: null, ...scores(0, null) })),
  byKind: [],
  byBranch: [],
  byAuditor: [],
  byQuestion: surveyQuestions.map((q) => ({ ...q, average: null })),
};

const titles = { zh: '2026 顾客满意度调查报告', en: 'Client satisfaction 2026' };
const pdfOf = (r: Report, lang: 'zh' | 'en') =>
  reportPdf(titles[lang], 'CertDesk · 2026-12-04', surveyReportTables(r), lang, surveyCharts(r));

describe.skipIf(!hasPoppler)('the satisfaction report in PDF carries the charts of its page', () => {
  it('draws each chart with its title, series and category names as text, above the tables and clear of them', async () => {
    const words = wordBoxes(await pdfOf(report, 'zh'));
    expect(overlappingWords(words)).toEqual([]);
    const charts = wordsAbove(words, '回收率');
    for (const label of [
      '各季度回收与得分',
      '各阶段平均分',
      '按审核员',
      '按题目',
      '发放',
      '已回收',
      '合同受理',
      '获证后服务',
      '王审核',
      '北京总部',
      'Q4',
      'A2',
      '9.1',
    ])
      expect(charts).toContain(label);
    expect(charts.filter((t) => /^(contract|audit|service)$/i.test(t))).toEqual([]);
  });

  it('prints the figure over a bar in ink, not hidden under its halo', async () => {
    const pdf = await pdfOf(report, 'zh');
    const audit = wordBoxes(pdf).find((w) => w.text === '9.1')!;
    expect(darkPixelsIn(pdf, audit)).toBeGreaterThan(0);
  });

  it('names stages and series in English in the English report', async () => {
    const texts = wordBoxes(await pdfOf(report, 'en')).map((w) => w.text);
    for (const label of ['Issued', 'Answered', 'Post-certification', 'Weighted']) expect(texts).toContain(label);
    expect(texts.filter((t) => /[\u4e00-\u9fff]/.test(t) && !['北京总部', '深圳办事处', '王审核', '李审核'].includes(t))).toEqual([]);
  });

  it('says in a sentence, for each chart, that a year without forms has nothing to chart', async () => {
    const text = wordBoxes(await pdfOf(empty, 'zh'))
      .map((w) => w.text)
      .join('');
    expect(text.match(/本期没有可绘制的数据。/g)).toHaveLength(5);
  });
});

describe('the satisfaction report in Excel carries the same charts as images', () => {
  it('puts one PNG per chart on its charts sheet, of the drawn size and not blank', async () => {
    const xlsx = await reportWorkbook(surveyReportTables(report), 'en', surveyCharts(report));
    const images = await sheetImages(xlsx, '6 Charts');
    expect(images).toHaveLength(5);
    expectDrawnCharts(images);
    expect(pixelsOf(images[0]!, FIRST_SERIES)).toBeGreaterThan(0);
    expect(pixelsOf(images[0]!, SECOND_SERIES)).toBeGreaterThan(0);
  });
});
