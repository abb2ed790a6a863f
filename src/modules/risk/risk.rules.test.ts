import { describe, expect, it } from 'vitest';
import { officialHolidayEntries } from '../calendar/holiday.seed.js';
import { incidentDeadlines, mayClose, owedSteps, type IncidentState } from './risk.rules.js';
import type { WorkingDayCalendar } from '../../lib/working-days.js';

const entries = officialHolidayEntries();
const official: WorkingDayCalendar = {
  holidays: new Set(entries.filter((e) => e.kind === 'holiday').map((e) => e.date)),
  adjustedWorkdays: new Set(entries.filter((e) => e.kind === 'workday').map((e) => e.date)),
  enteredYears: new Set([2024, 2025, 2026]),
};
const params = { reportToAuditManagementDays: 0, incidentReportWorkingDays: 7 };

describe('incident deadlines on the working-day calendar', () => {
  it('reports to audit management on the day the item is confirmed', () => {
    expect(incidentDeadlines('2026-03-02', '2026-03-05', official, params).reportToAuditManagementDueOn).toBe('2026-03-05');
    expect(
      incidentDeadlines('2026-03-02', '2026-03-05', official, { ...params, reportToAuditManagementDays: 1 }).reportToAuditManagementDueOn,
    ).toBe('2026-03-06');
  });

  it('gives an event on the eve of National Day 2026 until 15 October, counting the adjusted Saturday', () => {
    // 30 Sep + 7 working days: 8, 9, 10 (Sat, worked), 12, 13, 14, 15 October
    expect(incidentDeadlines('2026-09-30', '2026-09-30', official, params).reportDueOn).toBe('2026-10-15');
  });

  it('starts counting after National Day for an event during the holiday', () => {
    // 3 Oct is a day off: 8, 9, 10, 12, 13, 14, 15 → still 15 October
    expect(incidentDeadlines('2026-10-03', '2026-10-03', official, params).reportDueOn).toBe('2026-10-15');
  });

  it('crosses the Spring Festival 2026 with its two adjusted Saturdays', () => {
    // 12 Feb (Thu) + 7: 13, 14 (Sat, worked), 24, 25, 26, 27, 28 (Sat, worked) February
    expect(incidentDeadlines('2026-02-12', '2026-02-12', official, params).reportDueOn).toBe('2026-02-28');
    // without the holiday table it would be 23 February
    expect(
      incidentDeadlines(
        '2026-02-12',
        '2026-02-12',
        { holidays: new Set(), adjustedWorkdays: new Set(), enteredYears: new Set<number>() },
        params,
      ).reportDueOn,
    ).toBe('2026-02-23');
  });

  it('counts the report from the event even when the CB learns of it later', () => {
    expect(incidentDeadlines('2026-11-02', '2026-11-20', official, params)).toEqual({
      reportToAuditManagementDueOn: '2026-11-20',
      reportDueOn: '2026-11-11',
      reportDueProvisional: false,
    });
  });
});

describe('the steps an incident still owes', () => {
  const opened: IncidentState = {
    status: 'open',
    reportToAuditManagementDueOn: '2026-11-24',
    reportedToAuditManagementOn: null,
    suspensionRequestedOn: null,
    reportDueOn: '2026-12-03',
    reportDueProvisional: false,
    reportSubmittedOn: null,
    selfCheckOn: null,
    actionsDecidedOn: null,
    rectificationDueOn: null,
    rectificationVerifiedOn: null,
  };

  it('owes every step when opened, the first two the same day', () => {
    expect(owedSteps(opened).map((s) => [s.kind, s.department, s.dueOn])).toEqual([
      ['incident_report_to_audit_management', 'quality_technical', '2026-11-24'],
      ['incident_suspension_request', 'quality_technical', '2026-11-24'],
      ['incident_self_check', 'audit_management', '2026-12-03'],
      ['incident_report', 'customer_service', '2026-12-03'],
      ['incident_actions', 'audit_management', '2026-12-03'],
    ]);
    expect(mayClose(opened)).toBe(false);
  });

  it('owes the rectification once a due date is set, and closes only when it is verified', () => {
    const done = {
      ...opened,
      reportedToAuditManagementOn: '2026-11-24',
      suspensionRequestedOn: '2026-11-24',
      reportSubmittedOn: '2026-11-30',
      selfCheckOn: '2026-11-27',
      actionsDecidedOn: '2026-12-01',
      rectificationDueOn: '2027-01-15',
    };
    expect(owedSteps(done)).toEqual([
      {
        kind: 'incident_rectification',
        department: 'audit_management',
        dueOn: '2027-01-15',
        basis: 'RECTIFICATION_DUE',
        provisional: false,
      },
    ]);
    expect(mayClose(done)).toBe(false);
    expect(mayClose({ ...done, rectificationVerifiedOn: '2027-01-10' })).toBe(true);
    expect(owedSteps({ ...done, status: 'closed' })).toEqual([]);
  });
});
