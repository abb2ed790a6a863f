import type { TeamCandidate, TeamRole } from './api.js';

/**
 * Why a candidate may not take a role, as its registrations for the audit's field and dates say
 * (the candidate list gives them): the team dialog offers that role disabled with the reason. The
 * team as a whole is checked by the server (POST /api/audits/{id}/team-check).
 */
export type RoleRefusal = 'NOT_REGISTERED' | 'NOT_LEADER' | 'EXPERT_ONLY' | 'NOT_EXPERT';

export function roleRefusal(c: TeamCandidate, role: TeamRole): RoleRefusal | null {
  if (c.kinds.length === 0) return 'NOT_REGISTERED';
  if (role === 'technical_expert') return c.kinds.includes('technical_expert') ? null : 'NOT_EXPERT';
  if (!c.kinds.includes('auditor')) return 'EXPERT_ONLY';
  if (role === 'team_leader' && !c.teamLeader) return 'NOT_LEADER';
  return null;
}
