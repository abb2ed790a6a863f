import type { lossStatuses } from '../communication/communication.rules.js';
import type { IsoDate } from '../../lib/dates.js';
import { percentOf } from '../../lib/percent.js';
import type { AnalysisChart, Words } from './analysis-chart.js';

/**
 * 流失 / 异常客户分析 (SPEC §8, §14) as pure rules.
 *
 * Churn rate of year Y (流失率) = L / S, in percent with one decimal, where
 *  - S, the clients at the start of Y: clients that had joined before 1 January Y (their first day
 *    with the CB — initial audit, accepted application or entry, whichever is earliest — falls on or
 *    before 31 December Y−1) and whose status at the end of 31 December Y−1 was not 流失 (an 异常
 *    client is still a client);
 *  - L, those of S recorded 流失 on a day of Y (1 January to 31 December inclusive), each counted
 *    once however many times it was recorded, and even if it came back later in the year.
 * With S = 0 the rate is undefined: null, shown as 无 / n/a. A client that joined during Y and was
 * lost in Y is not in S, so not in L: it is counted among all losses of the year (`lostAll`).
 */

/** How many years the rate is shown for, this one included. */
export const CHURN_YEARS_SHOWN = 5;

type LossStatus = (typeof lossStatuses)[number];

export interface ChurnClient {
  id: string;
  branchId: string;
  branch: Words;
  joinedOn: IsoDate;
}

export interface LossRecord {
  clientId: string;
  status: LossStatus;
  recordedOn: IsoDate;
  cause: string;
}

interface ChurnYear {
  year: number;
  /** S: clients at the start of the year */
  atStart: number;
  /** L: of them, lost during the year */
  lost: number;
  /** L / S in percent; null when S = 0 */
  rate: number | null;
  /** every client recorded lost in the year, those that joined during it included */
  lostAll: number;
  /** clients recorded abnormal in the year */
  abnormal: number;
}

/** The same cause written with other spacing is the same cause. */
const normaliseCause = (cause: string) => cause.trim().replace(/\s+/g, ' ');

export function churnAnalysis(
  clients: readonly ChurnClient[],
  records: readonly LossRecord[],
  year: number,
  yearsShown = CHURN_YEARS_SHOWN,
) {
  const byClient = new Map<string, LossRecord[]>();
  // stable: records of one day keep the order given (the order they were recorded)
  for (const r of [...records].sort((a, b) => a.recordedOn.localeCompare(b.recordedOn))) {
    const list = byClient.get(r.clientId) ?? [];
    list.push(r);
    byClient.set(r.clientId, list);
  }
  const statusAtEndOf = (clientId: string, day: IsoDate): LossStatus =>
    (byClient.get(clientId) ?? []).filter((r) => r.recordedOn <= day).at(-1)?.status ?? 'active';
  const inYear = (r: LossRecord, y: number) => r.recordedOn >= `${y}-01-01` && r.recordedOn <= `${y}-12-31`;
  const recordedIn = (clientId: string, status: LossStatus, y: number) =>
    (byClient.get(clientId) ?? []).some((r) => r.status === status && inYear(r, y));
  const startersOf = (y: number, among: readonly ChurnClient[] = clients) =>
    among.filter((c) => c.joinedOn < `${y}-01-01` && statusAtEndOf(c.id, `${y - 1}-12-31`) !== 'lost');

  const figures = (y: number, among: readonly ChurnClient[] = clients): ChurnYear => {
    const starters = startersOf(y, among);
    const lost = starters.filter((c) => recordedIn(c.id, 'lost', y)).length;
    return {
      year: y,
      atStart: starters.length,
      lost,
      rate: percentOf(lost, starters.length),
      lostAll: among.filter((c) => recordedIn(c.id, 'lost', y)).length,
      abnormal: among.filter((c) => recordedIn(c.id, 'abnormal', y)).length,
    };
  };

  const thisYear = figures(year);
  const lastYear = figures(year - 1);
  // the clients recorded lost or abnormal in the year for each cause, each client once per cause
  const causeSets = new Map<string, { lost: Set<string>; abnormal: Set<string> }>();
  for (const r of records) {
    if (r.status === 'active' || !inYear(r, year)) continue;
    const cause = normaliseCause(r.cause);
    const c = causeSets.get(cause) ?? { lost: new Set<string>(), abnormal: new Set<string>() };
    c[r.status].add(r.clientId);
    causeSets.set(cause, c);
  }
  const causes = [...causeSets.entries()].map(([cause, c]) => ({ cause, lost: c.lost.size, abnormal: c.abnormal.size }));
  const branches = new Map<string, ChurnClient[]>();
  for (const c of clients) {
    const list = branches.get(c.branchId) ?? [];
    list.push(c);
    branches.set(c.branchId, list);
  }
  return {
    year,
    thisYear,
    lastYear,
    /** this year's rate less last year's, in percentage points; null when either is undefined */
    change: thisYear.rate === null || lastYear.rate === null ? null : Math.round((thisYear.rate - lastYear.rate) * 10) / 10,
    history: Array.from({ length: yearsShown }, (_, i) => figures(year - yearsShown + 1 + i)),
    byCause: causes.sort((a, b) => b.lost + b.abnormal - (a.lost + a.abnormal) || a.cause.localeCompare(b.cause, 'zh')),
    byBranch: [...branches.entries()]
      .map(([branchId, among]) => ({ branchId, branch: among[0]!.branch, ...figures(year, among) }))
      .sort((a, b) => a.branch.zh.localeCompare(b.branch.zh, 'zh')),
  };
}

export type ChurnAnalysis = ReturnType<typeof churnAnalysis>;

/** The rate per year (line) with the clients lost (bars); the causes of the year; the rate per branch. */
export function churnCharts(a: ChurnAnalysis): AnalysisChart[] {
  return [
    {
      id: 'rate-by-year',
      title: { zh: '流失率（按年）', en: 'Churn rate by year' },
      categories: a.history.map((h) => ({ zh: `${h.year}年`, en: String(h.year) })),
      unit: 'percent',
      series: [{ name: { zh: '流失率 %', en: 'Churn rate %' }, type: 'line', data: a.history.map((h) => h.rate) }],
    },
    {
      id: 'by-cause',
      title: { zh: `${a.year}年流失及异常原因`, en: `Causes ${a.year}` },
      categories: a.byCause.map((c) => ({ zh: c.cause, en: c.cause })),
      unit: 'count',
      stack: true,
      series: [
        { name: { zh: '流失', en: 'Lost' }, type: 'bar', data: a.byCause.map((c) => c.lost) },
        { name: { zh: '异常', en: 'Abnormal' }, type: 'bar', data: a.byCause.map((c) => c.abnormal) },
      ],
    },
    {
      id: 'rate-by-branch',
      title: { zh: `${a.year}年各分支机构流失率`, en: `Churn rate by branch ${a.year}` },
      categories: a.byBranch.map((b) => b.branch),
      unit: 'percent',
      series: [{ name: { zh: '流失率 %', en: 'Churn rate %' }, type: 'bar', data: a.byBranch.map((b) => b.rate) }],
    },
  ];
}
