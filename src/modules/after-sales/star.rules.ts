/**
 * GB/T 27922 scoring and star levels (SPEC §11) as pure rules: the score of an indicator
 * sheet, the star level it earns, and what a surveillance below the held level leads to.
 */

export interface SheetItem {
  code: string;
  points: number;
  /** items that do not apply to the applicant are left out of the score */
  applicable: boolean;
  achieved: number;
  /** the lowest star level at which this item must reach the level's share of its points */
  requiredFrom: number | null;
}

export interface StarParameters {
  thresholds: [number, number, number, number, number]; // afterSales.star1Threshold … star5Threshold
  specialDeductionPoints: number; // afterSales.specialDeductionPoints
  maxSpecialBonusPoints: number; // afterSales.maxSpecialBonusPoints
}

export class SheetError extends Error {
  constructor(
    readonly code: 'ACHIEVED_OUT_OF_RANGE' | 'NOTHING_APPLICABLE',
    readonly item?: string,
  ) {
    super(code);
  }
}

/** Score = points achieved ÷ points of the applicable items × 100, then special deductions and the bonus. */
export function sheetScore(items: readonly SheetItem[], specialDeductions: number, specialBonus: number, p: StarParameters) {
  const applicable = items.filter((i) => i.applicable);
  for (const i of applicable) if (i.achieved < 0 || i.achieved > i.points) throw new SheetError('ACHIEVED_OUT_OF_RANGE', i.code);
  const possible = applicable.reduce((s, i) => s + i.points, 0);
  if (possible === 0) throw new SheetError('NOTHING_APPLICABLE');
  const achieved = applicable.reduce((s, i) => s + i.achieved, 0);
  const base = (achieved / possible) * 100;
  const bonus = Math.min(Math.max(specialBonus, 0), p.maxSpecialBonusPoints);
  const total = Math.min(100, Math.max(0, base - specialDeductions * p.specialDeductionPoints + bonus));
  return { possible, achieved, base: round(base), bonus, deduction: specialDeductions * p.specialDeductionPoints, total: round(total) };
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The highest level whose threshold the total reaches and whose required items each reach
 * that level's share of their points; 0 when even one star is out of reach.
 */
export function starLevel(total: number, items: readonly SheetItem[], p: StarParameters): number {
  for (let level = 5; level >= 1; level--) {
    const threshold = p.thresholds[level - 1]!;
    if (total < threshold) continue;
    const required = items.filter((i) => i.requiredFrom !== null && i.requiredFrom <= level);
    if (required.every((i) => i.applicable && i.achieved >= (i.points * threshold) / 100)) return level;
  }
  return 0;
}

export type SurveillanceOption = 'keep' | 'raise' | 'keep_after_correction' | 'lower' | 'suspend' | 'revoke';

/**
 * After a surveillance: at the held level it is kept; above it, kept or raised to the level
 * earned; below it, corrective action first, then the choices.
 */
export function afterSurveillance(
  heldLevel: number,
  earnedLevel: number,
): { correctiveActionFirst: boolean; options: SurveillanceOption[] } {
  if (earnedLevel > heldLevel) return { correctiveActionFirst: false, options: ['keep', 'raise'] };
  if (earnedLevel === heldLevel) return { correctiveActionFirst: false, options: ['keep'] };
  if (earnedLevel === 0) return { correctiveActionFirst: true, options: ['suspend', 'revoke'] };
  return { correctiveActionFirst: true, options: ['keep_after_correction', 'lower', 'suspend'] };
}
