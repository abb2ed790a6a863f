import { describe, expect, it } from 'vitest';
import { hasPoppler, overlappingWords, wordBoxes } from '../../test/poppler.js';
import { reportPdf, type ReportTable } from './report-files.js';

// questions as a CB's survey form words them, long enough to wrap in the question column
const questions = [
  '审核组在现场审核过程中是否严格遵守了审核计划的时间安排，并在首次会议和末次会议上清楚说明了审核范围、方法与发现？',
  '审核员的专业能力',
  '您对本机构在证书暂停、恢复、撤销等通知的及时性和清晰程度，以及对贵单位提出的疑问给予答复的速度是否满意？',
  'Did the audit team explain its nonconformities clearly enough for your organisation to plan corrective actions with confidence?',
];

const byQuestion: ReportTable = {
  title: { zh: '按题目', en: 'By question' },
  header: [
    { zh: '题目', en: 'Question' },
    { zh: '答卷数', en: 'Answers' },
    { zh: '平均分', en: 'Mean' },
    { zh: '不满意数', en: 'Dissatisfied' },
  ],
  rows: Array.from({ length: 60 }, (_, i) => [questions[i % questions.length]!, 120 + i, 8.5, i % 3]),
};

describe.skipIf(!hasPoppler)('a report table in PDF, as poppler reads it', () => {
  it('wraps a long question within its column and draws no word over another, over several pages', async () => {
    const pdf = await reportPdf('2026 年度满意度调查报告', '北京总部 · 2026-01-01 ~ 2026-12-31', [byQuestion], 'zh');
    const words = wordBoxes(pdf);
    expect(overlappingWords(words)).toEqual([]);
    // sixty wrapped rows do not fit one page: the table goes on, its header repeated
    const pages = new Set(words.map((w) => w.page));
    expect(pages.size).toBeGreaterThan(1);
    for (const page of pages) expect(words.some((w) => w.page === page && w.text === '平均分')).toBe(true);
    // nothing cut short: the end of the longest question is there, in the question column
    const ends = words.filter((w) => w.text.includes('给予答复的速度是否满意？'));
    expect(ends.length).toBeGreaterThan(0);
    expect(Math.max(...ends.map((w) => w.xMax))).toBeLessThan(48 + 160);
  });
});
