import type { IsoDate } from '../../lib/dates.js';
import { monthNames, type AnalysisChart, type Words } from './analysis-chart.js';

/**
 * 申投诉 and 风险事件 analysed alike (SPEC §10, §5, §14): the cases of a year, or of one quarter
 * of it, counted by category (a complaint's cause, an incident's kind), by branch and by month.
 * A case falls in the month of its own day (received, or the event), a calendar day in the CB's
 * time zone as every day in the database is.
 */

export interface CaseRow<K extends string> {
  category: K;
  /** the branch of the client concerned; null when no certified client is linked (a complaint from the public) */
  branchId: string | null;
  branch: Words | null;
  on: IsoDate;
}

export interface CasePeriod {
  year: number;
  /** 1–4, or absent for the whole year */
  quarter?: number | null;
}

export interface CaseBreakdown<K extends string> {
  year: number;
  quarter: number | null;
  /** the months of the period, 1–12 */
  months: number[];
  categories: readonly K[];
  total: number;
  byCategory: { category: K; count: number }[];
  byMonth: { month: number; counts: Record<K, number>; total: number }[];
  byBranch: { branchId: string | null; branch: Words | null; counts: Record<K, number>; total: number }[];
}

function periodMonths(p: CasePeriod): number[] {
  if (!p.quarter) return Array.from({ length: 12 }, (_, i) => i + 1);
  const first = (p.quarter - 1) * 3 + 1;
  return [first, first + 1, first + 2];
}

/** The counts; branches by most cases first, then by name; the cases without a client last. */
export function caseBreakdown<K extends string>(rows: readonly CaseRow<K>[], categories: readonly K[], p: CasePeriod): CaseBreakdown<K> {
  const months = periodMonths(p);
  const monthOf = (on: IsoDate) => Number(on.slice(5, 7));
  const inPeriod = rows.filter((r) => Number(r.on.slice(0, 4)) === p.year && months.includes(monthOf(r.on)));
  const zero = () => Object.fromEntries(categories.map((c) => [c, 0])) as Record<K, number>;
  const byMonth = months.map((month) => ({ month, counts: zero(), total: 0 }));
  const branches = new Map<string | null, CaseBreakdown<K>['byBranch'][number]>();
  const byCategory = zero();
  for (const r of inPeriod) {
    byCategory[r.category] += 1;
    const m = byMonth.find((x) => x.month === monthOf(r.on))!;
    m.counts[r.category] += 1;
    m.total += 1;
    const b = branches.get(r.branchId) ?? { branchId: r.branchId, branch: r.branch, counts: zero(), total: 0 };
    b.counts[r.category] += 1;
    b.total += 1;
    branches.set(r.branchId, b);
  }
  return {
    year: p.year,
    quarter: p.quarter ?? null,
    months,
    categories,
    total: inPeriod.length,
    byCategory: categories.map((category) => ({ category, count: byCategory[category] })),
    byMonth,
    byBranch: [...branches.values()].sort(
      (a, b) =>
        Number(a.branchId === null) - Number(b.branchId === null) ||
        b.total - a.total ||
        (a.branch?.zh ?? '').localeCompare(b.branch?.zh ?? '', 'zh'),
    ),
  };
}

export const noClientBranch: Words = { zh: '未关联获证组织', en: 'No certified client' };

/** The three charts: by category (`dimension` names it), by month and by branch (both stacked by category). */
export function caseCharts<K extends string>(
  a: CaseBreakdown<K>,
  names: Record<K, Words>,
  subject: Words,
  dimension: Words,
): AnalysisChart[] {
  const stacked = (rows: { counts: Record<K, number> }[]) =>
    a.categories.map((c) => ({ name: names[c], type: 'bar' as const, data: rows.map((r) => r.counts[c]) }));
  return [
    {
      id: 'by-category',
      title: { zh: `${subject.zh}按${dimension.zh}`, en: `${subject.en} by ${dimension.en}` },
      categories: a.categories.map((c) => names[c]),
      unit: 'count',
      series: [{ name: subject, type: 'bar', data: a.byCategory.map((c) => c.count) }],
    },
    {
      id: 'by-month',
      title: { zh: `${subject.zh}按月份`, en: `${subject.en} by month` },
      categories: a.months.map((m) => monthNames[m - 1]!),
      unit: 'count',
      stack: true,
      series: stacked(a.byMonth),
    },
    {
      id: 'by-branch',
      title: { zh: `${subject.zh}按分支机构`, en: `${subject.en} by branch` },
      categories: a.byBranch.map((b) => b.branch ?? noClientBranch),
      unit: 'count',
      stack: true,
      series: stacked(a.byBranch),
    },
  ];
}
