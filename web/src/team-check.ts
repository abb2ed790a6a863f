import type { TeamCandidate, TeamRole } from './api.js';

/**
 * The audit-team rules the server checks on saving (src/modules/programmes/team.rules.ts), as far
 * as the candidates' registrations and the audit's technical areas tell them, checked while the
 * team is built. Candidates are only those registered for the audit's field over its dates; the
 * server still has the last word.
 */

/** Why a person may not take a role; null when they may. */
export type RoleRefusal = 'NOT_REGISTERED' | 'NOT_LEADER' | 'EXPERT_ONLY' | 'NOT_EXPERT';

export function roleRefusal(c: TeamCandidate, role: TeamRole): RoleRefusal | null {
  if (c.kinds.length === 0) return 'NOT_REGISTERED';
  if (role === 'technical_expert') return c.kinds.includes('technical_expert') ? null : 'NOT_EXPERT';
  if (!c.kinds.includes('auditor')) return 'EXPERT_ONLY';
  if (role === 'team_leader' && !c.teamLeader) return 'NOT_LEADER';
  return null;
}

export type TeamProblem =
  | { code: 'EMPTY' }
  | { code: 'NOT_REGISTERED' | 'EXPERT_AS_AUDITOR' | 'NOT_EXPERT' | 'LEADER_NOT_QUALIFIED' | 'SINGLE_AUDITOR_NOT_LEADER'; name: string }
  | { code: 'AREA_NOT_COVERED'; name: string; areas: string }
  | { code: 'NO_AUDITOR' }
  | { code: 'NO_LEADER' }
  | { code: 'MANY_LEADERS'; count: number }
  | { code: 'AREAS_UNCOVERED'; areas: string };

/**
 * What keeps the team from being saved, in the server's order. `auditAreas` are the audit's
 * technical areas (the client's 专业代码); null when unknown, and coverage is then left to the server.
 */
export function teamProblems(
  team: readonly { candidate: TeamCandidate; role: TeamRole }[],
  auditAreas: readonly string[] | null,
): TeamProblem[] {
  if (team.length === 0) return [{ code: 'EMPTY' }];
  const problems: TeamProblem[] = [];
  const auditors = team.filter((m) => m.role !== 'technical_expert');
  for (const { candidate: c, role } of team) {
    const name = c.name;
    switch (roleRefusal(c, role)) {
      case 'NOT_REGISTERED':
        problems.push({ code: 'NOT_REGISTERED', name });
        continue;
      case 'EXPERT_ONLY':
        problems.push({ code: 'EXPERT_AS_AUDITOR', name });
        continue;
      case 'NOT_EXPERT':
        problems.push({ code: 'NOT_EXPERT', name });
        continue;
      case 'NOT_LEADER':
        problems.push({ code: 'LEADER_NOT_QUALIFIED', name });
        continue;
      case null:
        break;
    }
    if (role === 'technical_expert') continue;
    if (auditAreas && auditAreas.length > 0 && c.coversAreas.length === 0)
      problems.push({ code: 'AREA_NOT_COVERED', name, areas: auditAreas.join(', ') });
    if (auditors.length === 1 && !c.teamLeader) problems.push({ code: 'SINGLE_AUDITOR_NOT_LEADER', name });
  }
  if (auditors.length === 0) problems.push({ code: 'NO_AUDITOR' });
  const leaders = auditors.filter((m) => m.role === 'team_leader').length;
  if (leaders === 0 && auditors.length > 0) problems.push({ code: 'NO_LEADER' });
  if (leaders > 1) problems.push({ code: 'MANY_LEADERS', count: leaders });
  if (auditAreas) {
    const missing = auditAreas.filter((area) => !team.some((m) => m.candidate.coversAreas.includes(area)));
    if (missing.length > 0) problems.push({ code: 'AREAS_UNCOVERED', areas: missing.join(', ') });
  }
  return problems;
}
