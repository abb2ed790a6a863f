import { fieldLabels, type CertificationField } from '../certificates/certificate.rules.js';
import type { IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';

/** Audit teams (审核组) and audit plans (审核计划): who may audit what (SPEC §4, §11). Pure. */

export const teamRoles = ['team_leader', 'auditor', 'technical_expert'] as const; // 组长 / 审核员 / 技术专家
export type TeamRole = (typeof teamRoles)[number];

export const registrationKinds = ['auditor', 'technical_expert'] as const; // 注册审核员 / 技术专家
export type RegistrationKind = (typeof registrationKinds)[number];

export interface Registration {
  userId: string;
  kind: RegistrationKind;
  field: string; // QMS, EMS, OHSMS, EnMS, AFTER_SALES
  technicalAreas: readonly string[]; // 专业代码, e.g. 29.09 covers 29.09.02
  teamLeader: boolean;
  validFrom: IsoDate;
  validUntil: IsoDate;
}

export interface TeamMember {
  userId: string;
  name: string;
  role: TeamRole;
}

export interface AuditContext {
  field: string;
  technicalAreas: readonly string[];
  /** the registration must be valid on every day of the audit */
  from: IsoDate;
  to: IsoDate;
}

/** 专业代码 are hierarchical: a registration for 29.09 covers 29.09.02, not 29.1. */
export function areaCovers(registered: string, area: string): boolean {
  return area === registered || area.startsWith(`${registered}.`);
}

function validFor(r: Registration, ctx: AuditContext) {
  return r.field === ctx.field && r.validFrom <= ctx.from && r.validUntil >= ctx.to;
}

/**
 * What keeps a team from being allowed, each naming the member, in the order they are checked:
 * auditors must hold an auditor registration for the field, valid over the audit, covering one of
 * its areas; the team as a whole must cover every area; one team leader, qualified as such (so a
 * one-auditor team's auditor must be); technical experts advise and may not take an auditor's role.
 * A member without the registration for its role is not checked further.
 */
export function teamProblems(team: readonly TeamMember[], registrations: readonly Registration[], ctx: AuditContext): AppError[] {
  const problems: AppError[] = [];
  const seen = new Set<string>();
  for (const m of team) {
    if (seen.has(m.userId)) problems.push(new AppError('TEAM.DUPLICATE_MEMBER', { name: m.name }));
    seen.add(m.userId);
  }
  const auditors = team.filter((m) => m.role !== 'technical_expert');
  if (auditors.length === 0) problems.push(new AppError('TEAM.NO_AUDITOR'));

  const regsOf = (m: TeamMember, kind: RegistrationKind) =>
    registrations.filter((r) => r.userId === m.userId && r.kind === kind && validFor(r, ctx));
  const field = fieldLabels[ctx.field as CertificationField] ?? ctx.field;
  const coveredAreas = new Set<string>();
  const cover = (regs: Registration[]) => {
    for (const area of ctx.technicalAreas)
      if (regs.some((r) => r.technicalAreas.some((reg) => areaCovers(reg, area)))) coveredAreas.add(area);
  };

  for (const m of auditors) {
    const regs = regsOf(m, 'auditor');
    if (regs.length === 0) {
      problems.push(
        regsOf(m, 'technical_expert').length > 0
          ? new AppError('TEAM.EXPERT_AS_AUDITOR', { name: m.name })
          : new AppError('TEAM.NOT_REGISTERED', { name: m.name, field }),
      );
      continue;
    }
    const areas = ctx.technicalAreas.filter((area) => regs.some((r) => r.technicalAreas.some((reg) => areaCovers(reg, area))));
    if (ctx.technicalAreas.length > 0 && areas.length === 0)
      problems.push(new AppError('TEAM.AREA_NOT_COVERED', { name: m.name, areas: ctx.technicalAreas.join(', ') }));
    const qualified = regs.some((r) => r.teamLeader);
    if (auditors.length === 1 && !qualified) problems.push(new AppError('TEAM.SINGLE_AUDITOR_NOT_LEADER', { name: m.name }));
    else if (m.role === 'team_leader' && !qualified) problems.push(new AppError('TEAM.LEADER_NOT_QUALIFIED', { name: m.name }));
    cover(regs);
  }
  for (const m of team.filter((t) => t.role === 'technical_expert')) {
    const regs = regsOf(m, 'technical_expert');
    if (regs.length === 0) problems.push(new AppError('TEAM.NOT_REGISTERED', { name: m.name, field }));
    cover(regs);
  }

  const leaders = auditors.filter((m) => m.role === 'team_leader');
  if (auditors.length > 0 && leaders.length !== 1) problems.push(new AppError('TEAM.ONE_LEADER', { count: leaders.length }));

  const missing = ctx.technicalAreas.filter((a) => !coveredAreas.has(a));
  if (missing.length > 0) problems.push(new AppError('TEAM.AREAS_UNCOVERED', { areas: missing.join(', ') }));
  return problems;
}

/** Refuses a team that breaks a rule with the first of its problems. */
export function assertTeamAllowed(team: readonly TeamMember[], registrations: readonly Registration[], ctx: AuditContext): void {
  const [first] = teamProblems(team, registrations, ctx);
  if (first) throw first;
}

export interface PlanActivity {
  date: IsoDate;
  from: string; // HH:MM
  to: string;
  activity: string;
  site: string;
  userId: string;
}

/** An audit plan's activities lie within the audit's dates, at its sites, done by its team. */
export function assertPlanAllowed(
  plan: readonly PlanActivity[],
  audit: { from: IsoDate; to: IsoDate; sites: readonly string[] },
  team: readonly TeamMember[],
): void {
  plan.forEach((a, i) => {
    const row = i + 1;
    if (a.date < audit.from || a.date > audit.to) throw new AppError('PLAN.DATE_OUTSIDE_AUDIT', { row, from: audit.from, to: audit.to });
    if (a.from >= a.to) throw new AppError('PLAN.TIMES', { row });
    if (audit.sites.length > 0 && !audit.sites.includes(a.site)) throw new AppError('PLAN.UNKNOWN_SITE', { row, site: a.site });
    if (!team.some((m) => m.userId === a.userId)) throw new AppError('PLAN.NOT_IN_TEAM', { row });
  });
}
