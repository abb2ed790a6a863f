import type { AuditType } from '../programmes/programme.rules.js';

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

/** Why a star level is earned or not: the total against its threshold, and each required item short of the level's share. */
export interface LevelCheck {
  level: number;
  threshold: number;
  /** the total is below the level's threshold */
  totalShort: boolean;
  /** the items required at this level that do not reach the level's share of their points (or do not apply) */
  shortItems: { code: string; achieved: number; needed: number; applicable: boolean }[];
}

/** Each level, one to five stars, checked against the total and the items required at it. */
export function levelChecks(total: number, items: readonly SheetItem[], p: StarParameters): LevelCheck[] {
  return p.thresholds.map((threshold, n) => {
    const level = n + 1;
    const required = items.filter((i) => i.requiredFrom !== null && i.requiredFrom <= level);
    return {
      level,
      threshold,
      totalShort: total < threshold,
      shortItems: required
        .filter((i) => !i.applicable || i.achieved < (i.points * threshold) / 100)
        .map((i) => ({ code: i.code, achieved: i.achieved, needed: round((i.points * threshold) / 100), applicable: i.applicable })),
    };
  });
}

/**
 * The highest level whose threshold the total reaches and whose required items each reach
 * that level's share of their points; 0 when even one star is out of reach.
 */
export function starLevel(total: number, items: readonly SheetItem[], p: StarParameters): number {
  const earned = levelChecks(total, items, p).filter((c) => !c.totalShort && c.shortItems.length === 0);
  return earned.at(-1)?.level ?? 0;
}

/**
 * A deduction is written down with what was found (扣分须有事实依据): the items scored below
 * their points without a finding, and whether special deductions are taken without a note.
 */
export function unexplainedDeductions(
  items: readonly { code: string; applicable: boolean; points: number; achieved: number; finding: string | null }[],
  special: { deductions: number; notes: string | null },
): { items: string[]; special: boolean } {
  return {
    items: items.filter((i) => i.applicable && i.achieved < i.points && !i.finding?.trim()).map((i) => i.code),
    special: special.deductions > 0 && !special.notes?.trim(),
  };
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

/**
 * The audits of an after-sales programme at which the team scores the indicator sheet: the
 * initial audit on site, surveillances, recertification and extra audits. Document review and
 * stage 1 come before it; a mystery-shopping visit and a random survey feed their surveillance.
 */
export const assessedAuditTypes = ['initial_stage2', 'surveillance', 'recertification', 'extra'] as const satisfies readonly AuditType[];

/** What a held, assessed audit still owes its team: score the sheet, verify the nonconformities' corrections, conclude. */
export const heldAuditWork = ['score', 'verify', 'conclude'] as const;
export type HeldAuditWork = (typeof heldAuditWork)[number];

/**
 * What a member of the team owes a held audit's assessment next, or null when nothing: any
 * member scores the sheet and verifies corrections; the conclusion is the team leader's alone,
 * once every nonconformity is verified. A concluded assessment owes the team nothing.
 */
export function owedByMember(
  assessment: { conclusion: string | null; nonconformities: readonly { verifiedOn: string | null }[] } | null,
  teamLeader: boolean,
): HeldAuditWork | null {
  if (!assessment) return 'score';
  if (assessment.conclusion) return null;
  if (assessment.nonconformities.some((nc) => !nc.verifiedOn)) return 'verify';
  return teamLeader ? 'conclude' : null;
}
