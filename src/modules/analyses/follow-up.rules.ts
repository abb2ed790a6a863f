import { periodBounds, type IsoDate } from '../../lib/dates.js';
import { followUpTarget } from '../communication/communication.rules.js';
import { percentOf } from '../../lib/percent.js';
import type { AnalysisChart, Words } from './analysis-chart.js';

/**
 * 电话回访季度汇总 (SPEC §8: phone follow-ups of at least 30 % of valid clients a year, summarised
 * quarterly) as pure rules. For each quarter of the year, at its last day (or `today`, in a quarter
 * not yet over; the CB's calendar days throughout):
 *  - valid clients: clients holding a certificate in force that day — first issued on or before it,
 *    expiring on or after it, not revoked or withdrawn on or before it;
 *  - phoned: those of them with a follow-up (回访) record dated in the quarter, each client once
 *    however many calls it had;
 *  - phoned this year: those of them with one dated from 1 January up to that day;
 *  - the running share = phoned this year / valid clients, against the target
 *    (parameter communication.followUpRatePercent, 30 % by default).
 * A quarter that has not begun has no figures.
 */

export interface FollowUpCertificate {
  clientId: string;
  branchId: string;
  branch: Words;
  originalIssueOn: IsoDate;
  expiresOn: IsoDate;
  /** the first day it was revoked or withdrawn, if it was */
  endedOn: IsoDate | null;
}

export interface FollowUpCall {
  clientId: string;
  on: IsoDate;
}

export interface QuarterFigures {
  quarter: number;
  from: IsoDate;
  /** the day the figures are counted at: the quarter's last day, or today in the current quarter */
  asOf: IsoDate;
  validClients: number;
  phoned: number;
  share: number | null;
  phonedThisYear: number;
  runningShare: number | null;
  /** follow-ups the year needs at this count of valid clients (rounded up) */
  target: number;
  targetMet: boolean;
}

export function followUpQuarters(
  certificates: readonly FollowUpCertificate[],
  calls: readonly FollowUpCall[],
  p: { year: number; today: IsoDate; targetPercent: number },
) {
  const callsOf = new Map<string, IsoDate[]>();
  for (const c of calls) {
    const list = callsOf.get(c.clientId) ?? [];
    list.push(c.on);
    callsOf.set(c.clientId, list);
  }
  const yearStart = `${p.year}-01-01`;

  const quartersOf = (among: readonly FollowUpCertificate[]): (QuarterFigures | null)[] =>
    [1, 2, 3, 4].map((quarter) => {
      const { from, to } = periodBounds(p.year, quarter);
      if (from > p.today) return null;
      const asOf = to < p.today ? to : p.today;
      const valid = new Set(
        among
          .filter((c) => c.originalIssueOn <= asOf && c.expiresOn >= asOf && (c.endedOn === null || c.endedOn > asOf))
          .map((c) => c.clientId),
      );
      const calledBetween = (id: string, start: IsoDate) => (callsOf.get(id) ?? []).some((on) => on >= start && on <= asOf);
      const phoned = [...valid].filter((id) => calledBetween(id, from)).length;
      const phonedThisYear = [...valid].filter((id) => calledBetween(id, yearStart)).length;
      const target = followUpTarget(valid.size, p.targetPercent);
      return {
        quarter,
        from,
        asOf,
        validClients: valid.size,
        phoned,
        share: percentOf(phoned, valid.size),
        phonedThisYear,
        runningShare: percentOf(phonedThisYear, valid.size),
        target,
        targetMet: phonedThisYear >= target,
      };
    });

  const branches = new Map<string, FollowUpCertificate[]>();
  for (const c of certificates) {
    const list = branches.get(c.branchId) ?? [];
    list.push(c);
    branches.set(c.branchId, list);
  }
  return {
    year: p.year,
    targetPercent: p.targetPercent,
    quarters: quartersOf(certificates),
    byBranch: [...branches.entries()]
      .map(([branchId, among]) => ({ branchId, branch: among[0]!.branch, quarters: quartersOf(among) }))
      .sort((a, b) => a.branch.zh.localeCompare(b.branch.zh, 'zh')),
  };
}

export type FollowUpSummary = ReturnType<typeof followUpQuarters>;

const quarterNames: Words[] = [1, 2, 3, 4].map((q) => ({ zh: `第${q}季度`, en: `Q${q}` }));

/** The quarter's share and the year's running share against the target; the running share per branch. */
export function followUpCharts(s: FollowUpSummary): AnalysisChart[] {
  const latest = (qs: (QuarterFigures | null)[]) => qs.filter((q) => q !== null).at(-1) ?? null;
  const target = { name: { zh: `目标 ${s.targetPercent}%`, en: `Target ${s.targetPercent}%` }, value: s.targetPercent };
  return [
    {
      id: 'by-quarter',
      title: { zh: `${s.year}年电话回访比例（按季度）`, en: `Phone follow-ups ${s.year} by quarter` },
      categories: quarterNames,
      unit: 'percent',
      series: [
        { name: { zh: '本季度回访比例 %', en: 'Share in the quarter %' }, type: 'bar', data: s.quarters.map((q) => q?.share ?? null) },
        {
          name: { zh: '年累计回访比例 %', en: 'Running share for the year %' },
          type: 'line',
          data: s.quarters.map((q) => q?.runningShare ?? null),
        },
      ],
      target,
    },
    {
      id: 'by-branch',
      title: { zh: `${s.year}年各分支机构年累计回访比例`, en: `Running share by branch ${s.year}` },
      categories: s.byBranch.map((b) => b.branch),
      unit: 'percent',
      series: [
        {
          name: { zh: '年累计回访比例 %', en: 'Running share for the year %' },
          type: 'bar',
          data: s.byBranch.map((b) => latest(b.quarters)?.runningShare ?? null),
        },
      ],
      target,
    },
  ];
}
