import { describe, expect, it } from 'vitest';
import { followUpCharts, followUpQuarters, type FollowUpCertificate } from './follow-up.rules.js';

const east = { zh: '华东分公司', en: 'East' };
const north = { zh: '华北分公司', en: 'North' };
const cert = (clientId: string, extra: Partial<FollowUpCertificate> = {}): FollowUpCertificate => ({
  clientId,
  branchId: east.en,
  branch: east,
  originalIssueOn: '2024-01-10',
  expiresOn: '2027-01-09',
  endedOn: null,
  ...extra,
});
const p = { year: 2026, today: '2026-12-31', targetPercent: 30 };

describe('phone follow-ups by quarter', () => {
  it('puts a call on 31 March in Q1 and one on 1 April in Q2 (the CB’s calendar days)', () => {
    const s = followUpQuarters(
      [cert('a'), cert('b')],
      [
        { clientId: 'a', on: '2026-03-31' },
        { clientId: 'b', on: '2026-04-01' },
      ],
      p,
    );
    expect(s.quarters.map((q) => [q!.phoned, q!.phonedThisYear])).toEqual([
      [1, 1],
      [1, 2],
      [0, 2],
      [0, 2],
    ]);
  });

  it('counts a client phoned twice once', () => {
    const certificates = [cert('a'), cert('b'), cert('c'), cert('d')];
    const s = followUpQuarters(
      certificates,
      [
        { clientId: 'a', on: '2026-01-05' },
        { clientId: 'a', on: '2026-02-05' },
      ],
      p,
    );
    // 1 of 4 valid clients: 25 %, below the 30 % target of ceil(4 × 30 %) = 2 clients
    expect(s.quarters[0]).toMatchObject({
      validClients: 4,
      phoned: 1,
      share: 25,
      phonedThisYear: 1,
      runningShare: 25,
      target: 2,
      targetMet: false,
    });
  });

  it('counts valid clients at each quarter’s end: a certificate first issued, expired or withdrawn in between changes them', () => {
    const certificates = [
      cert('a'),
      cert('b', { originalIssueOn: '2026-05-01' }), // from Q2
      cert('c', { expiresOn: '2026-06-30' }), // valid on 30 June, not on 30 September
      cert('d', { endedOn: '2026-09-30' }), // withdrawn on Q3's last day
      cert('e', { clientId: 'a' }), // a second certificate of client a
    ];
    const s = followUpQuarters(certificates, [], p);
    expect(s.quarters.map((q) => q!.validClients)).toEqual([3, 4, 2, 2]);
  });

  it('has no figures for a quarter not yet begun and counts the current one at today', () => {
    const s = followUpQuarters([cert('a', { originalIssueOn: '2026-05-20' })], [{ clientId: 'a', on: '2026-05-21' }], {
      ...p,
      today: '2026-05-21',
    });
    expect(s.quarters[1]).toMatchObject({ asOf: '2026-05-21', validClients: 1, phoned: 1, share: 100, runningShare: 100, targetMet: true });
    expect(s.quarters.slice(2)).toEqual([null, null]);
  });

  it('has no share without valid clients: null, not NaN', () => {
    const s = followUpQuarters([], [], p);
    expect(s.quarters[0]).toMatchObject({ validClients: 0, share: null, runningShare: null, target: 0 });
    expect(JSON.stringify(followUpCharts(s))).not.toMatch(/NaN|Infinity/);
  });

  it('summarises each branch on its own', () => {
    const certificates = [cert('a'), cert('b'), cert('c', { branchId: north.en, branch: north })];
    const s = followUpQuarters(certificates, [{ clientId: 'c', on: '2026-08-01' }], p);
    expect(
      s.byBranch.map((b) => [b.branch.zh, b.quarters[3]!.validClients, b.quarters[3]!.phonedThisYear, b.quarters[3]!.runningShare]),
    ).toEqual([
      ['华北分公司', 1, 1, 100],
      ['华东分公司', 2, 0, 0],
    ]);
  });
});
