import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectDrawnCharts, FIRST_SERIES, pixelsOf, SECOND_SERIES, sheetImages } from '../../../test/chart-images.js';
import { hasPoppler, overlappingWords, wordBoxes, wordsAbove } from '../../../test/poppler.js';
import { reportPdf, reportWorkbook } from '../../http/report-files.js';
import { analysisCharts } from './classification.charts.js';
import { analysisTables, type analysisReport } from './classification.service.js';

type Analysis = Awaited<ReturnType<typeof analysisReport>>;
const none = { 'A+': 0, A: 0, 'A-': 0, 'B+': 0, B: 0, 'B-': 0, 'C+': 0, C: 0, 'C-': 0 };
const analysis: Analysis = {
  year: 2026,
  issued: null,
  graded: 7,
  byGrade: { ...none, A: 2, 'A-': 1, B: 3, 'C+': 1 },
  lastYearByGrade: { ...none, 'A+': 1, A: 1, 'B+': 2, B: 1 },
  byBranch: { 北京总部: { A: 2, B: 1 }, 深圳办事处: { 'A-': 1, B: 2, 'C+': 1 } },
  byIndustry: { '19': { A: 1 }, '29': { B: 3 }, '—': { A: 1, 'C+': 1 } },
  bySystem: { QMS: { A: 2, B: 3 }, EMS: { 'A-': 1 } },
  changes: { up: 2, down: 1, same: 3, new: 1 },
};
const empty: Analysis = { ...analysis, graded: 0, byGrade: none, lastYearByGrade: none, byBranch: {}, byIndustry: {}, bySystem: {} };

const titles = { zh: '2026 年度客户分析报告', en: 'Annual client analysis 2026' };
const pdfOf = (a: Analysis, lang: 'zh' | 'en') =>
  reportPdf(titles[lang], 'CertDesk · 2026-12-04', analysisTables(a), lang, analysisCharts(a));

describe.skipIf(!hasPoppler)('the annual analysis report in PDF carries the charts of its page', () => {
  it('draws each chart with its title, legend and category names as text, in Chinese, above the tables and clear of them', async () => {
    const words = wordBoxes(await pdfOf(analysis, 'zh'));
    expect(overlappingWords(words)).toEqual([]);
    // the charts come first: everything above the first table's title is theirs (and the report's title)
    const charts = wordsAbove(words, '等级分布与上年对比');
    for (const label of [
      '等级分布（与上年对比）',
      '按分支机构',
      '按专业大类',
      '按管理体系',
      '北京总部',
      '深圳办事处',
      '质量管理体系',
      '环境管理体系',
      '2026',
      '2025',
      'C+',
      '29',
    ])
      expect(charts).toContain(label);
    // words, not codes, and Chinese only
    expect(charts.filter((t) => /^(QMS|EMS|OHSMS)$|quality|management/i.test(t))).toEqual([]);
  });

  it('names the charts in English in the English report', async () => {
    const texts = wordBoxes(await pdfOf(analysis, 'en')).map((w) => w.text);
    for (const label of ['Grades,', 'industry', 'quality', 'environmental']) expect(texts).toContain(label);
    expect(texts.filter((t) => /[\u4e00-\u9fff]/.test(t) && !['北京总部', '深圳办事处'].includes(t))).toEqual([]);
  });

  it('says in a sentence that there is nothing to chart in a year nobody was graded', async () => {
    const text = wordBoxes(await pdfOf(empty, 'zh'))
      .map((w) => w.text)
      .join('');
    expect(text.match(/本期没有可绘制的数据。/g)).toHaveLength(4);
  });
});

describe('the annual analysis report in Excel carries the same charts as images', () => {
  it('puts one PNG per chart on its charts sheet, of the drawn size and not blank', async () => {
    const xlsx = await reportWorkbook(analysisTables(analysis), 'zh', analysisCharts(analysis));
    const images = await sheetImages(xlsx, '6 图表');
    expect(images).toHaveLength(4);
    expectDrawnCharts(images);
    // this year's and last year's bars side by side in the first
    expect(pixelsOf(images[0]!, FIRST_SERIES)).toBeGreaterThan(0);
    expect(pixelsOf(images[0]!, SECOND_SERIES)).toBeGreaterThan(0);
  });

  it('leaves the images out of a year with nothing to chart, and says so', async () => {
    const xlsx = await reportWorkbook(analysisTables(empty), 'en', analysisCharts(empty));
    expect(await sheetImages(xlsx, '6 Charts')).toEqual([]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ArrayBuffer);
    const said = book
      .getWorksheet('6 Charts')!
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string');
    expect(said).toContain('No figures to chart for this period.');
  });
});
