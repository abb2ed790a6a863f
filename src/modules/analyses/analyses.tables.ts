import { percentOf } from '../../lib/percent.js';
import type { ReportCell, ReportTable } from '../../http/report-files.js';
import type { AnalysisChart, Words } from './analysis-chart.js';
import { noClientBranch, type CaseBreakdown } from './case-breakdown.rules.js';
import type { ChurnAnalysis } from './churn.rules.js';
import type { FollowUpSummary, QuarterFigures } from './follow-up.rules.js';

/**
 * The analyses as report tables: the screen shows them and the Excel and PDF files are made of
 * them, so all three agree. Every word is in both languages; an undefined rate is 无 / n/a.
 */

const none: Words = { zh: '无', en: 'n/a' };
const rate = (v: number | null): ReportCell => v ?? none;
const yes: Words = { zh: '是', en: 'yes' };
const no: Words = { zh: '否', en: 'no' };
const capitalised = (w: Words): Words => ({ zh: w.zh, en: w.en.charAt(0).toUpperCase() + w.en.slice(1) });

export const periodName = (year: number, quarter: number | null): Words =>
  quarter ? { zh: `${year}年第${quarter}季度`, en: `${year} Q${quarter}` } : { zh: `${year}年`, en: String(year) };

/** By category, by month and by branch: each with a column per category and the total. */
export function caseTables<K extends string>(
  a: CaseBreakdown<K>,
  names: Record<K, Words>,
  dimension: Words,
  charts: AnalysisChart[],
): ReportTable[] {
  const total: Words = { zh: '合计', en: 'Total' };
  const perCategory = (first: Words) => [first, ...a.categories.map((c) => names[c]), total];
  const chartTitle = (id: string) => charts.find((c) => c.id === id)!.title;
  return [
    {
      title: chartTitle('by-category'),
      header: [capitalised(dimension), { zh: '件数', en: 'Cases' }, { zh: '占比 %', en: 'Share %' }],
      rows: [
        ...a.byCategory.map((c) => [names[c.category], c.count, rate(percentOf(c.count, a.total))]),
        [total, a.total, rate(a.total ? 100 : null)],
      ],
    },
    {
      title: chartTitle('by-month'),
      header: perCategory({ zh: '月份', en: 'Month' }),
      rows: a.byMonth.map((m) => [
        { zh: `${m.month}月`, en: `${a.year}-${String(m.month).padStart(2, '0')}` },
        ...a.categories.map((c) => m.counts[c]),
        m.total,
      ]),
    },
    {
      title: chartTitle('by-branch'),
      header: perCategory({ zh: '分支机构', en: 'Branch' }),
      rows: a.byBranch.map((b) => [b.branch ?? noClientBranch, ...a.categories.map((c) => b.counts[c]), b.total]),
    },
  ].map((t) => ({
    ...t,
    title: { zh: `${periodName(a.year, a.quarter).zh} ${t.title.zh}`, en: `${t.title.en}, ${periodName(a.year, a.quarter).en}` },
  }));
}

export const churnDefinition: Words = {
  zh: '流失率 = 年内登记为“流失”的年初客户数 ÷ 年初客户数。年初客户：1月1日前已成为本机构客户（首次审核、受理申请或录入之日中最早者），且上年12月31日终了时状态不是“流失”（“异常”客户仍计入）。同一客户年内多次登记只计一次；年内新增又流失的客户不计入流失率，计入“年内流失合计”。年初客户为0时流失率为“无”。',
  en: 'Churn rate = clients at the start of the year recorded lost during it ÷ clients at the start of the year. Clients at the start: those that became clients before 1 January (the earliest of initial audit, accepted application and entry) and were not lost at the end of 31 December before (abnormal clients count). A client recorded lost more than once counts once; a client that joined and was lost in the same year is not in the rate but in “all lost in the year”. With no clients at the start the rate is n/a.',
};

const churnHeader: Words[] = [
  { zh: '年初客户数', en: 'Clients at start' },
  { zh: '其中年内流失', en: 'Of them lost' },
  { zh: '流失率 %', en: 'Churn rate %' },
  { zh: '年内流失合计', en: 'All lost in the year' },
  { zh: '年内异常', en: 'Abnormal in the year' },
];
const churnCells = (y: ChurnAnalysis['thisYear']): ReportCell[] => [y.atStart, y.lost, rate(y.rate), y.lostAll, y.abnormal];

export function churnTables(a: ChurnAnalysis): ReportTable[] {
  return [
    {
      title: { zh: `${a.year}年与上年对比`, en: `${a.year} against the year before` },
      header: [{ zh: '年度', en: 'Year' }, ...churnHeader],
      rows: [
        [{ zh: `${a.year}年`, en: String(a.year) }, ...churnCells(a.thisYear)],
        [{ zh: `${a.year - 1}年`, en: String(a.year - 1) }, ...churnCells(a.lastYear)],
        [{ zh: '变化（百分点）', en: 'Change (percentage points)' }, null, null, rate(a.change), null, null],
      ],
    },
    {
      title: { zh: `近${a.history.length}年流失率`, en: `Churn rate, last ${a.history.length} years` },
      header: [{ zh: '年度', en: 'Year' }, ...churnHeader],
      rows: a.history.map((h) => [{ zh: `${h.year}年`, en: String(h.year) }, ...churnCells(h)]),
    },
    {
      title: { zh: `${a.year}年流失及异常原因`, en: `Causes ${a.year}` },
      header: [
        { zh: '原因', en: 'Cause' },
        { zh: '流失', en: 'Lost' },
        { zh: '异常', en: 'Abnormal' },
      ],
      rows: a.byCause.map((c) => [c.cause, c.lost, c.abnormal]),
    },
    {
      title: { zh: `${a.year}年各分支机构流失率`, en: `Churn by branch ${a.year}` },
      header: [{ zh: '分支机构', en: 'Branch' }, ...churnHeader],
      rows: a.byBranch.map((b) => [b.branch, ...churnCells(b)]),
    },
  ];
}

export const followUpDefinition = (targetPercent: number): Words => ({
  zh: `有效客户：该季度末日（本季度为今日）持有有效证书（已颁发、未到期、未撤销或注销）的客户。已回访：其中该季度内有回访记录的客户，多次回访只计一次。年累计回访比例 = 1月1日至该日有回访记录的有效客户 ÷ 有效客户，目标 ≥ ${targetPercent}%。`,
  en: `Valid clients: clients holding a certificate in force on the quarter's last day (today in the current quarter): issued, not expired, not revoked or withdrawn. Phoned: those of them with a follow-up record in the quarter, each once however many calls. Running share = valid clients with a follow-up from 1 January to that day ÷ valid clients; target ≥ ${targetPercent}%.`,
});

export function followUpTables(s: FollowUpSummary): ReportTable[] {
  const header: Words[] = [
    { zh: '有效客户数', en: 'Valid clients' },
    { zh: '本季度已回访', en: 'Phoned in the quarter' },
    { zh: '本季度回访比例 %', en: 'Share in the quarter %' },
    { zh: '年累计已回访', en: 'Phoned this year' },
    { zh: '年累计回访比例 %', en: 'Running share %' },
    { zh: `目标户数（${s.targetPercent}%）`, en: `Target (${s.targetPercent}%)` },
    { zh: '达标', en: 'Target met' },
  ];
  const cells = (q: QuarterFigures | null): ReportCell[] =>
    q
      ? [q.validClients, q.phoned, rate(q.share), q.phonedThisYear, rate(q.runningShare), q.target, q.targetMet ? yes : no]
      : [null, null, null, null, null, null, null];
  const quarter = (n: number): Words => ({ zh: `第${n}季度`, en: `Q${n}` });
  return [
    {
      title: { zh: `${s.year}年电话回访季度汇总`, en: `Phone follow-ups by quarter ${s.year}` },
      header: [{ zh: '季度', en: 'Quarter' }, ...header],
      rows: s.quarters.map((q, i) => [quarter(i + 1), ...cells(q)]),
    },
    {
      title: { zh: `${s.year}年各分支机构电话回访`, en: `Phone follow-ups by branch ${s.year}` },
      header: [{ zh: '分支机构', en: 'Branch' }, { zh: '季度', en: 'Quarter' }, ...header],
      rows: s.byBranch.flatMap((b) => b.quarters.map((q, i) => [b.branch, quarter(i + 1), ...cells(q)])),
    },
  ];
}
