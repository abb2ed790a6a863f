import { clientGrades } from '../clients/client.schema.js';

/** 客户分类评价 (SPEC §6) as pure rules: system grades, the overall grade and its overrides. */

export type Grade = (typeof clientGrades)[number];
export const evaluatedSystems = ['QMS', 'EMS', 'OHSMS'] as const; // 质量 / 环境 / 职业健康安全管理体系
export type EvaluatedSystem = (typeof evaluatedSystems)[number];

export const gradeOverrides = [
  'bad_record', // 不良记录: accident, penalty, certificate suspended for it → C
  'certificate_only', // 只为拿证、不重视体系绩效 → C
  'leading', // 知名 / 行业领先企业 → A
] as const;
export type GradeOverride = (typeof gradeOverrides)[number];

export const evaluationSources = ['annual', 'audit', 'risk', 'adjustment'] as const; // 年度评价 / 审核评价表 / 风险信息 / 随时调整

/** 0 for A+ (best) … 8 for C- (worst). */
export function gradeRank(grade: Grade): number {
  return clientGrades.indexOf(grade);
}

export function worstGrade(grades: readonly Grade[]): Grade {
  if (grades.length === 0) throw new Error('no grades');
  return grades.reduce((worst, g) => (gradeRank(g) > gradeRank(worst) ? g : worst));
}

/**
 * A system's grade from its items: the mean of their ranks, a tie between two grades going to
 * the worse one, so a system is never graded better than its items on the whole are.
 */
export function systemGrade(itemGrades: readonly Grade[]): Grade {
  if (itemGrades.length === 0) throw new Error('no item grades');
  const mean = itemGrades.reduce((sum, g) => sum + gradeRank(g), 0) / itemGrades.length;
  return clientGrades[Math.ceil(mean - 1e-9)]!;
}

/**
 * The client's overall grade: the lowest single-system grade (多体系取最低), then the
 * overrides — a bad record or certificate-only attitude caps it at C, a leading enterprise
 * lifts it to A; the C overrides win over the A override.
 */
export function overallGrade(systemGrades: readonly Grade[], overrides: readonly GradeOverride[]): Grade {
  const lowest = worstGrade(systemGrades);
  if (overrides.includes('bad_record') || overrides.includes('certificate_only')) return worstGrade([lowest, 'C']);
  if (overrides.includes('leading')) return gradeRank(lowest) < gradeRank('A') ? lowest : 'A';
  return lowest;
}

/** How a grade moved from one year to the next, for the analysis report. */
export function gradeChange(before: Grade | null, after: Grade): 'new' | 'up' | 'down' | 'same' {
  if (before === null) return 'new';
  const d = gradeRank(after) - gradeRank(before);
  return d < 0 ? 'up' : d > 0 ? 'down' : 'same';
}

/** The first industry level of a 专业代码 (19.05.01 → 19), what the analysis groups by. */
export function industryOf(technicalAreaCodes: readonly string[]): string | null {
  const first = technicalAreaCodes[0]?.split('.')[0]?.trim();
  return first ? first : null;
}
