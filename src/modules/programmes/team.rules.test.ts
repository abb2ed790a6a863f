import { describe, expect, it } from 'vitest';
import { AppError, type ErrorCode } from '../../lib/errors.js';
import { areaCovers, assertPlanAllowed, assertTeamAllowed, teamProblems, type Registration, type TeamMember } from './team.rules.js';

const reg = (userId: string, over: Partial<Registration> = {}): Registration => ({
  userId,
  kind: 'auditor',
  field: 'QMS',
  technicalAreas: ['29.09'],
  teamLeader: false,
  validFrom: '2024-01-01',
  validUntil: '2027-12-31',
  ...over,
});
const registrations = [
  reg('lead', { teamLeader: true }),
  reg('aud'),
  reg('aud', { field: 'EMS', technicalAreas: ['35'] }),
  reg('expert', { kind: 'technical_expert', technicalAreas: ['35.01'] }),
  reg('expired', { teamLeader: true, validUntil: '2026-03-01' }),
];
const ctx = { field: 'QMS', technicalAreas: ['29.09.02'], from: '2026-03-02', to: '2026-03-03' };
const m = (userId: string, role: TeamMember['role']): TeamMember => ({ userId, name: userId, role });

function refusal(fn: () => void): ErrorCode | null {
  try {
    fn();
    return null;
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
}

describe('areaCovers', () => {
  it('a registration covers its own code and the codes below it, not a sibling that shares digits', () => {
    expect(areaCovers('29.09', '29.09')).toBe(true);
    expect(areaCovers('29.09', '29.09.02')).toBe(true);
    expect(areaCovers('29', '29.09.02')).toBe(true);
    expect(areaCovers('29.0', '29.09')).toBe(false);
    expect(areaCovers('29.09.02', '29.09')).toBe(false);
  });
});

describe('teamProblems', () => {
  it('lists every problem of a team being built, the first being the one saving refuses', () => {
    // an unqualified leader, an expert as auditor and someone registered for nothing: each named once
    const team = [m('aud', 'team_leader'), m('expert', 'auditor'), m('nobody', 'auditor')];
    expect(teamProblems(team, registrations, ctx).map((p) => `${p.code} ${String(p.params.name ?? '')}`)).toEqual([
      'TEAM.LEADER_NOT_QUALIFIED aud',
      'TEAM.EXPERT_AS_AUDITOR expert',
      'TEAM.NOT_REGISTERED nobody',
    ]);
    expect(refusal(() => assertTeamAllowed(team, registrations, ctx))).toBe('TEAM.LEADER_NOT_QUALIFIED');
    expect(teamProblems([m('lead', 'team_leader'), m('aud', 'auditor')], registrations, ctx)).toEqual([]);
  });
});

describe('assertTeamAllowed', () => {
  it('accepts a qualified leader with an auditor', () => {
    expect(refusal(() => assertTeamAllowed([m('lead', 'team_leader'), m('aud', 'auditor')], registrations, ctx))).toBeNull();
  });

  it('refuses a one-auditor team whose auditor is not team-leader qualified, and accepts one who is', () => {
    expect(refusal(() => assertTeamAllowed([m('aud', 'auditor')], registrations, ctx))).toBe('TEAM.SINGLE_AUDITOR_NOT_LEADER');
    expect(refusal(() => assertTeamAllowed([m('aud', 'team_leader')], registrations, ctx))).toBe('TEAM.SINGLE_AUDITOR_NOT_LEADER');
    expect(refusal(() => assertTeamAllowed([m('lead', 'team_leader')], registrations, ctx))).toBeNull();
    expect(refusal(() => assertTeamAllowed([m('lead', 'auditor')], registrations, ctx))).toBe('TEAM.ONE_LEADER');
  });

  it('refuses a technical expert in an auditor’s role but accepts the expert as adviser', () => {
    expect(refusal(() => assertTeamAllowed([m('lead', 'team_leader'), m('expert', 'auditor')], registrations, ctx))).toBe(
      'TEAM.EXPERT_AS_AUDITOR',
    );
    const twoAreas = { ...ctx, technicalAreas: ['29.09.02', '35.01.01'] };
    expect(
      refusal(() => assertTeamAllowed([m('lead', 'team_leader'), m('expert', 'technical_expert')], registrations, twoAreas)),
    ).toBeNull();
    // without the expert nobody covers 35.01.01
    expect(refusal(() => assertTeamAllowed([m('lead', 'team_leader')], registrations, twoAreas))).toBe('TEAM.AREAS_UNCOVERED');
  });

  it('refuses an auditor registered for another field or area, or not valid over the audit dates', () => {
    expect(refusal(() => assertTeamAllowed([m('lead', 'team_leader')], registrations, { ...ctx, field: 'EMS' }))).toBe(
      'TEAM.NOT_REGISTERED',
    );
    expect(refusal(() => assertTeamAllowed([m('lead', 'team_leader')], registrations, { ...ctx, technicalAreas: ['35.01'] }))).toBe(
      'TEAM.AREA_NOT_COVERED',
    );
    // valid until 1 March: an audit on 2–3 March is outside it; one on 28 Feb – 1 Mar is inside
    expect(refusal(() => assertTeamAllowed([m('expired', 'team_leader')], registrations, ctx))).toBe('TEAM.NOT_REGISTERED');
    expect(
      refusal(() => assertTeamAllowed([m('expired', 'team_leader')], registrations, { ...ctx, from: '2026-02-28', to: '2026-03-01' })),
    ).toBeNull();
  });

  it('refuses two leaders, a leader without the qualification, a duplicate member and a team of experts only', () => {
    const two = [m('lead', 'team_leader'), { ...m('expired', 'team_leader') }];
    expect(refusal(() => assertTeamAllowed(two, registrations, { ...ctx, from: '2026-01-02', to: '2026-01-03' }))).toBe('TEAM.ONE_LEADER');
    expect(refusal(() => assertTeamAllowed([m('aud', 'team_leader'), m('lead', 'auditor')], registrations, ctx))).toBe(
      'TEAM.LEADER_NOT_QUALIFIED',
    );
    expect(refusal(() => assertTeamAllowed([m('lead', 'team_leader'), m('lead', 'auditor')], registrations, ctx))).toBe(
      'TEAM.DUPLICATE_MEMBER',
    );
    expect(refusal(() => assertTeamAllowed([m('expert', 'technical_expert')], registrations, ctx))).toBe('TEAM.NO_AUDITOR');
  });
});

describe('assertPlanAllowed', () => {
  const team = [m('lead', 'team_leader'), m('aud', 'auditor')];
  const audit = { from: '2026-03-02', to: '2026-03-03', sites: ['总部', '上海服务中心'] };
  const row = { date: '2026-03-02', from: '09:00', to: '10:00', activity: '首次会议', site: '总部', userId: 'lead' };

  it('accepts activities within the audit, at its sites, by its team', () => {
    expect(
      refusal(() => assertPlanAllowed([row, { ...row, date: '2026-03-03', site: '上海服务中心', userId: 'aud' }], audit, team)),
    ).toBeNull();
  });

  it('names the first row that is outside the dates, at another site, by an outsider or with its times reversed', () => {
    expect(refusal(() => assertPlanAllowed([row, { ...row, date: '2026-03-04' }], audit, team))).toBe('PLAN.DATE_OUTSIDE_AUDIT');
    expect(refusal(() => assertPlanAllowed([{ ...row, site: '广州' }], audit, team))).toBe('PLAN.UNKNOWN_SITE');
    expect(refusal(() => assertPlanAllowed([{ ...row, userId: 'expert' }], audit, team))).toBe('PLAN.NOT_IN_TEAM');
    expect(refusal(() => assertPlanAllowed([{ ...row, from: '10:00', to: '10:00' }], audit, team))).toBe('PLAN.TIMES');
  });
});
