import { describe, expect, it } from 'vitest';
import { caseBreakdown, type CaseRow } from './case-breakdown.rules.js';

const east = { zh: '华东分公司', en: 'East' };
const north = { zh: '华北分公司', en: 'North' };
type Kind = 'complaint' | 'appeal';
const row = (category: Kind, on: string, branch: typeof east | null = east): CaseRow<Kind> => ({
  category,
  on,
  branchId: branch?.en ?? null,
  branch,
});
const kinds = ['complaint', 'appeal'] as const;

describe('cases by category, branch and month', () => {
  const rows = [
    row('complaint', '2025-12-31'),
    row('complaint', '2026-01-01'),
    row('appeal', '2026-03-31', north),
    row('complaint', '2026-04-01', north),
    row('complaint', '2026-04-02', null),
    row('complaint', '2027-01-01'),
  ];

  it('counts the year’s cases from 1 January to 31 December by month', () => {
    const a = caseBreakdown(rows, kinds, { year: 2026 });
    expect(a.total).toBe(4);
    expect(a.byCategory).toEqual([
      { category: 'complaint', count: 3 },
      { category: 'appeal', count: 1 },
    ]);
    expect(a.byMonth.map((m) => m.total)).toEqual([1, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('keeps a quarter to its own months: 31 March in Q1, 1 April in Q2', () => {
    const q1 = caseBreakdown(rows, kinds, { year: 2026, quarter: 1 });
    expect(q1.months).toEqual([1, 2, 3]);
    expect(q1.total).toBe(2);
    const q2 = caseBreakdown(rows, kinds, { year: 2026, quarter: 2 });
    expect(q2.total).toBe(2);
    expect(q2.byMonth[0]).toEqual({ month: 4, counts: { complaint: 2, appeal: 0 }, total: 2 });
  });

  it('groups by branch, most cases first, the cases without a client last', () => {
    const a = caseBreakdown(rows, kinds, { year: 2026 });
    expect(a.byBranch.map((b) => [b.branch?.zh ?? null, b.counts.complaint, b.counts.appeal, b.total])).toEqual([
      ['华北分公司', 1, 1, 2],
      ['华东分公司', 1, 0, 1],
      [null, 1, 0, 1],
    ]);
  });
});
