import { describe, expect, it } from 'vitest';
import { churnAnalysis, churnCharts, type ChurnClient, type LossRecord } from './churn.rules.js';

const east = { zh: '华东分公司', en: 'East' };
const north = { zh: '华北分公司', en: 'North' };
const client = (id: string, joinedOn = '2020-05-01', branch = east): ChurnClient => ({ id, branchId: branch.en, branch, joinedOn });
const lost = (clientId: string, recordedOn: string, cause = '转至其他认证机构'): LossRecord => ({
  clientId,
  status: 'lost',
  recordedOn,
  cause,
});

describe('churn rate: lost during the year ÷ clients at its start', () => {
  it('counts a client lost on 1 January in that year, not the year before', () => {
    const clients = [client('a'), client('b'), client('c'), client('d')];
    const a = churnAnalysis(clients, [lost('a', '2026-01-01')], 2026, 2);
    // 4 at the start of 2026, 1 lost: 25 %
    expect(a.thisYear).toMatchObject({ year: 2026, atStart: 4, lost: 1, rate: 25 });
    expect(a.lastYear).toMatchObject({ year: 2025, atStart: 4, lost: 0, rate: 0 });
    expect(a.change).toBe(25);
  });

  it('counts a client lost on 31 December in that year, and not among the next year’s clients at the start', () => {
    const clients = [client('a'), client('b'), client('c')];
    const a = churnAnalysis(clients, [lost('a', '2025-12-31')], 2026, 2);
    expect(a.lastYear).toMatchObject({ atStart: 3, lost: 1, rate: 33.3 });
    expect(a.thisYear).toMatchObject({ atStart: 2, lost: 0, rate: 0 });
    expect(a.change).toBe(-33.3);
  });

  it('has no rate for a year with no clients at its start: null, not NaN or Infinity', () => {
    // the only client joined during 2026 and was lost in it
    const a = churnAnalysis([client('a', '2026-02-01')], [lost('a', '2026-09-01')], 2026, 3);
    expect(a.thisYear).toEqual({ year: 2026, atStart: 0, lost: 0, rate: null, lostAll: 1, abnormal: 0 });
    expect(a.change).toBeNull();
    expect(a.history.map((h) => h.rate)).toEqual([null, null, null]);
    expect(JSON.stringify(churnCharts(a))).not.toMatch(/NaN|Infinity/);
  });

  it('counts a client that joined on 1 January of the year among the next year’s, not this year’s, clients at the start', () => {
    const a = churnAnalysis([client('a', '2025-12-31'), client('b', '2026-01-01')], [], 2026, 2);
    expect(a.thisYear.atStart).toBe(1);
    expect(a.history.map((h) => [h.year, h.atStart])).toEqual([
      [2025, 0],
      [2026, 1],
    ]);
  });

  it('counts a client lost twice in a year once, and one that came back before the year as a client at its start', () => {
    const clients = [client('a'), client('b')];
    const records: LossRecord[] = [
      lost('b', '2025-03-01', '经营困难'),
      { clientId: 'b', status: 'active', recordedOn: '2025-06-01', cause: '恢复合作' },
      lost('a', '2026-02-01'),
      { clientId: 'a', status: 'active', recordedOn: '2026-03-01', cause: '恢复合作' },
      lost('a', '2026-10-01', ' 转至其他认证机构 '),
      { clientId: 'b', status: 'abnormal', recordedOn: '2026-04-01', cause: '联系不上' },
    ];
    const a = churnAnalysis(clients, records, 2026, 2);
    expect(a.thisYear).toEqual({ year: 2026, atStart: 2, lost: 1, rate: 50, lostAll: 1, abnormal: 1 });
    // the year's clients by cause, a client recorded twice for one cause once; a tie in pinyin order
    expect(a.byCause).toEqual([
      { cause: '联系不上', lost: 0, abnormal: 1 },
      { cause: '转至其他认证机构', lost: 1, abnormal: 0 },
    ]);
  });

  it('gives the rate per branch and per year for the years asked', () => {
    const clients = [client('a'), client('b'), client('c', '2020-01-01', north), client('d', '2020-01-01', north)];
    const a = churnAnalysis(clients, [lost('c', '2026-05-05'), lost('a', '2024-05-05')], 2026, 3);
    expect(a.byBranch.map((b) => [b.branch.zh, b.atStart, b.lost, b.rate])).toEqual([
      ['华北分公司', 2, 1, 50],
      ['华东分公司', 1, 0, 0],
    ]);
    expect(a.history.map((h) => [h.year, h.atStart, h.lost, h.rate])).toEqual([
      [2024, 4, 1, 25],
      [2025, 3, 0, 0],
      [2026, 3, 1, 33.3],
    ]);
  });
});
