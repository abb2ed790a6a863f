import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  afterSurveillance,
  levelChecks,
  owedByMember,
  sheetScore,
  SheetError,
  starLevel,
  unexplainedDeductions,
  type SheetItem,
} from './star.rules.js';

const p = {
  thresholds: [70, 75, 80, 90, 95] as [number, number, number, number, number],
  specialDeductionPoints: 1,
  maxSpecialBonusPoints: 1,
};
const tree = JSON.parse(readFileSync(new URL('./indicators.json', import.meta.url), 'utf8')) as {
  indicators: { items: { code: string; points: number; requiredFrom: number | null }[] }[];
};
/** Every item scored at `share` of its points. */
const sheet = (share: number, overrides: Record<string, Partial<SheetItem>> = {}): SheetItem[] =>
  tree.indicators.flatMap((g) =>
    g.items.map((i) => ({ ...i, applicable: true, achieved: Math.round(i.points * share * 100) / 100, ...overrides[i.code] })),
  );

describe('the GB/T 27922 indicator sheet', () => {
  it('has 3 first-level and 15 second-level indicators worth 100 points', () => {
    expect(tree.indicators).toHaveLength(3);
    expect(tree.indicators.flatMap((g) => g.items)).toHaveLength(15);
    expect(tree.indicators.flatMap((g) => g.items).reduce((s, i) => s + i.points, 0)).toBe(100);
  });

  it('scores achieved over applicable points, leaving items that do not apply out', () => {
    const items = sheet(1, { '2.6': { applicable: false, achieved: 0 }, '2.3': { achieved: 3 } });
    // 96 applicable points, 93 achieved
    expect(sheetScore(items, 0, 0, p)).toMatchObject({ possible: 96, achieved: 93, base: 96.88, total: 96.88 });
  });

  it('takes a point for each special deduction and gives at most one bonus point', () => {
    expect(sheetScore(sheet(0.96), 1, 0, p).total).toBe(95); // 96 less one special deduction
    expect(sheetScore(sheet(0.9), 0, 3, p)).toMatchObject({ bonus: 1, total: 91 });
    expect(sheetScore(sheet(1), 0, 1, p).total).toBe(100);
  });

  it('refuses a score above an item’s points and a sheet with nothing applicable', () => {
    expect(() => sheetScore(sheet(1, { '1.1': { achieved: 6 } }), 0, 0, p)).toThrow(SheetError);
    expect(() =>
      sheetScore(
        sheet(1).map((i) => ({ ...i, applicable: false })),
        0,
        0,
        p,
      ),
    ).toThrow('NOTHING_APPLICABLE');
  });
});

describe('star levels at their thresholds', () => {
  it.each([
    [100, 5],
    [95, 5],
    [94.99, 4],
    [90, 4],
    [80, 3],
    [79.99, 2],
    [75, 2],
    [70, 1],
    [69.99, 0],
  ])('a total of %s earns %s stars when every item keeps pace', (total, level) => {
    expect(starLevel(total, sheet(1), p)).toBe(level);
  });

  it('caps the level when a required item falls short of the level’s share', () => {
    // complaint handling (3.2, required from three stars) at 9 of 12 points is 75 %: below 80 %
    const items = sheet(1, { '3.2': { achieved: 9 } });
    expect(starLevel(97, items, p)).toBe(2);
    // an item required from four stars that does not apply keeps the applicant below four
    expect(starLevel(97, sheet(1, { '3.1': { applicable: false } }), p)).toBe(3);
  });
});

describe('why a level is or is not earned', () => {
  it('names, per level, a total below its threshold and each required item below the level’s share, at the edge', () => {
    // 3.2 (12 points, required from three stars) at exactly 80 % meets three stars, not four (90 % = 10.8)
    const checks = levelChecks(89.99, sheet(1, { '3.2': { achieved: 9.6 } }), p);
    expect(checks.map((c) => [c.level, c.threshold, c.totalShort, c.shortItems.map((i) => i.code)])).toEqual([
      [1, 70, false, []],
      [2, 75, false, []],
      [3, 80, false, []],
      [4, 90, true, ['3.2']],
      [5, 95, true, ['3.2']],
    ]);
    expect(checks[3]!.shortItems[0]).toEqual({ code: '3.2', achieved: 9.6, needed: 10.8, applicable: true });
    expect(starLevel(89.99, sheet(1, { '3.2': { achieved: 9.6 } }), p)).toBe(3);
  });

  it('counts a required item that does not apply as short, whatever its score', () => {
    const checks = levelChecks(100, sheet(1, { '3.1': { applicable: false } }), p);
    expect(checks[3]!.shortItems).toEqual([expect.objectContaining({ code: '3.1', applicable: false })]);
    expect(checks[2]!.shortItems).toEqual([]);
  });
});

describe('a deduction is written down with its finding', () => {
  const item = (achieved: number, finding: string | null, applicable = true) => ({ code: '2.1', points: 8, achieved, finding, applicable });
  it('asks for a finding below full points only, and for a note with special deductions', () => {
    expect(unexplainedDeductions([item(8, null), item(7.5, '记录缺失')], { deductions: 0, notes: null })).toEqual({
      items: [],
      special: false,
    });
    expect(
      unexplainedDeductions([item(7.5, null), item(0, ' ', true), item(0, null, false)], { deductions: 0, notes: null }).items,
    ).toEqual(['2.1', '2.1']);
    expect(unexplainedDeductions([], { deductions: 1, notes: ' ' }).special).toBe(true);
    expect(unexplainedDeductions([], { deductions: 1, notes: '虚假宣传' }).special).toBe(false);
  });
});

describe('after a surveillance and at the decision', () => {
  it('keeps a level reached or raises it to the level earned, and offers correction, a lower level or suspension below it; revocation below one star', () => {
    expect(afterSurveillance(3, 4)).toEqual({ correctiveActionFirst: false, options: ['keep', 'raise'] });
    expect(afterSurveillance(3, 3)).toEqual({ correctiveActionFirst: false, options: ['keep'] });
    expect(afterSurveillance(3, 2)).toEqual({ correctiveActionFirst: true, options: ['keep_after_correction', 'lower', 'suspend'] });
    expect(afterSurveillance(1, 0)).toEqual({ correctiveActionFirst: true, options: ['suspend', 'revoke'] });
  });
});

describe('what a held audit’s assessment owes a member of its team', () => {
  const open = { verifiedOn: null };
  const verified = { verifiedOn: '2026-11-20' };
  it('owes every member the score until the sheet is saved, and the verification of each open correction', () => {
    for (const leader of [true, false]) {
      expect(owedByMember(null, leader)).toBe('score');
      expect(owedByMember({ conclusion: null, nonconformities: [verified, open] }, leader)).toBe('verify');
    }
  });

  it('owes the conclusion to the team leader alone, and nothing once concluded', () => {
    expect(owedByMember({ conclusion: null, nonconformities: [verified] }, true)).toBe('conclude');
    expect(owedByMember({ conclusion: null, nonconformities: [] }, false)).toBeNull();
    expect(owedByMember({ conclusion: 'recommend', nonconformities: [] }, true)).toBeNull();
  });
});
