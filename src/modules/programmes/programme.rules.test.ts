import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../lib/dates.js';
import { defaultParameterValues } from '../parameters/parameter.defaults.js';
import { certificateExpiry } from '../certificates/certificate.rules.js';
import {
  dueBucket,
  isOverdue,
  nextRandomSurveyDue,
  nextSurveillanceDue,
  programmeDueItems,
  scheduleParametersFor,
  type Cycle,
  type ProgrammeAudit,
} from './programme.rules.js';

const defaults = defaultParameterValues();
const afterSales = scheduleParametersFor('after_sales', defaults);
const managementSystem = scheduleParametersFor('management_system', defaults);
const expiry = (decisionOn: string) => certificateExpiry(decisionOn, defaults['certificate.validityYears']);

function audit(id: string, type: ProgrammeAudit['type'], over: Partial<ProgrammeAudit> = {}): ProgrammeAudit {
  return { id, type, status: 'planned', plannedStart: null, plannedEnd: null, actualEnd: null, result: null, forAuditId: null, ...over };
}
const heldOn = (id: string, type: ProgrammeAudit['type'], end: string, over: Partial<ProgrammeAudit> = {}) =>
  audit(id, type, { status: 'held', plannedStart: end, plannedEnd: end, actualEnd: end, result: 'pass', ...over });

describe('scheme parameters', () => {
  it('reads the interval limits per scheme: 12/15 months after-sales, 12 months and 2 per cycle for management systems', () => {
    expect(afterSales).toMatchObject({ firstWithinMonths: 12, normalIntervalMonths: 12, maxIntervalMonths: 15, minPerCycle: 0 });
    expect(managementSystem).toMatchObject({ firstWithinMonths: 12, normalIntervalMonths: 12, maxIntervalMonths: 12, minPerCycle: 2 });
    const changed = scheduleParametersFor('after_sales', { ...defaults, 'surveillance.maxIntervalMonths.afterSales': 14 });
    expect(changed.maxIntervalMonths).toBe(14);
  });
});

describe('nextSurveillanceDue', () => {
  it('a decision on 29 February: the first surveillance is due by 28 February of the next year', () => {
    const decisionOn = '2024-02-29';
    expect(expiry(decisionOn)).toBe('2027-02-27');
    for (const p of [afterSales, managementSystem]) {
      expect(nextSurveillanceDue(decisionOn, expiry(decisionOn), [], p)).toEqual({
        sequence: 1,
        dueOn: '2025-02-28',
        targetOn: '2025-02-28',
        basis: 'FIRST_WITHIN',
      });
    }
  });

  it('a 15-month gap that crosses a leap day is counted in months, not days (31 Jan 2023 → 30 Apr 2024)', () => {
    const next = nextSurveillanceDue('2022-06-15', expiry('2022-06-15'), ['2023-01-31'], afterSales);
    expect(next).toEqual({ sequence: 2, dueOn: '2024-04-30', targetOn: '2024-01-31', basis: 'INTERVAL' });
    expect(isOverdue(next!, '2024-04-30')).toBe(false);
    expect(isOverdue(next!, '2024-05-01')).toBe(true);
    // management systems allow 12 months, not 15
    expect(nextSurveillanceDue('2022-06-15', expiry('2022-06-15'), ['2023-01-31'], managementSystem)?.dueOn).toBe('2024-01-31');
  });

  it('an end-of-November surveillance gives 29 February in a leap year, but the calendar-year rule comes first', () => {
    // 30 Nov 2022 + 15 months = 29 Feb 2024; 2023 would then have no surveillance, so 31 Dec 2023
    const next = nextSurveillanceDue('2022-02-10', expiry('2022-02-10'), ['2022-11-30'], afterSales);
    expect(next).toMatchObject({ dueOn: '2023-12-31', targetOn: '2023-11-30', basis: 'CALENDAR_YEAR' });
    expect(addMonths('2022-11-30', 15)).toBe('2024-02-29');
  });

  it('a certificate decided in December: the first surveillance within 12 months, and one in every following calendar year', () => {
    const decisionOn = '2025-12-15';
    const expiresOn = expiry(decisionOn); // 2028-12-14; recertification planning opens 2028-09-14
    expect(nextSurveillanceDue(decisionOn, expiresOn, [], afterSales)).toMatchObject({ dueOn: '2026-12-15', basis: 'FIRST_WITHIN' });
    // a first surveillance held still in the decision year does not cover 2026
    expect(nextSurveillanceDue(decisionOn, expiresOn, ['2025-12-28'], afterSales)).toMatchObject({
      sequence: 2,
      dueOn: '2026-12-31',
      basis: 'CALENDAR_YEAR',
    });
    // held December 2026: 15 months would reach March 2028, but 2027 needs its own
    expect(nextSurveillanceDue(decisionOn, expiresOn, ['2026-12-10'], afterSales)).toMatchObject({
      dueOn: '2027-12-31',
      basis: 'CALENDAR_YEAR',
    });
  });

  it('needs no surveillance in the recertification year: the recertification audit takes its place', () => {
    const decisionOn = '2025-12-15';
    const expiresOn = expiry(decisionOn);
    expect(nextSurveillanceDue(decisionOn, expiresOn, ['2026-12-10', '2027-12-20'], afterSales)).toBeNull();
    // …but when the 15-month limit falls before recertification planning opens, one more is due
    expect(nextSurveillanceDue(decisionOn, expiresOn, ['2026-03-01', '2027-04-20'], afterSales)).toMatchObject({
      sequence: 3,
      dueOn: '2028-07-20',
      basis: 'INTERVAL',
    });
  });

  it('management systems need at least two surveillances per cycle even when the calendar years are covered', () => {
    const decisionOn = '2026-06-01';
    const expiresOn = expiry(decisionOn); // 2029-05-31, planning opens 2029-02-28
    // one (late) surveillance in 2028: 2027 is past, 2028 is covered, the interval reaches past planning
    expect(nextSurveillanceDue(decisionOn, expiresOn, ['2028-03-01'], managementSystem)).toMatchObject({
      sequence: 2,
      dueOn: '2029-03-01',
      basis: 'MIN_PER_CYCLE',
    });
    expect(nextSurveillanceDue(decisionOn, expiresOn, ['2027-05-20', '2028-05-10'], managementSystem)).toBeNull();
    expect(nextSurveillanceDue(decisionOn, expiresOn, ['2028-03-01'], afterSales)).toBeNull();
  });

  it('never lets a surveillance fall due after the certificate expires', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { maxLength: 4 }),
        fc.constantFrom(afterSales, managementSystem),
        (offset, gaps, p) => {
          const decisionOn = addDays('2020-01-01', offset);
          const expiresOn = expiry(decisionOn);
          const ends: string[] = [];
          let at = decisionOn;
          for (const g of gaps) {
            at = addDays(at, g);
            if (at < expiresOn) ends.push(at);
          }
          const next = nextSurveillanceDue(decisionOn, expiresOn, ends, p);
          if (next) {
            expect(next.dueOn <= expiresOn).toBe(true);
            expect(next.targetOn <= next.dueOn).toBe(true);
            expect(next.sequence).toBe(ends.length + 1);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('nextRandomSurveyDue', () => {
  it('is due 24 months after the last survey or the decision, and not after expiry', () => {
    expect(nextRandomSurveyDue('2025-03-10', '2028-03-09', [], 24)).toBe('2027-03-10');
    expect(nextRandomSurveyDue('2025-03-10', '2028-03-09', ['2026-06-30'], 24)).toBeNull();
    expect(nextRandomSurveyDue('2025-03-10', '2028-03-09', ['2025-12-31'], 24)).toBe('2027-12-31');
  });
});

describe('programmeDueItems', () => {
  const base: Cycle = {
    scheme: 'after_sales',
    certificateStatus: 'valid',
    decisionOn: '2025-03-10',
    expiresOn: '2028-03-09',
    audits: [],
    maintainedAuditIds: [],
  };

  it('an after-sales cycle owes the surveillance with its mystery-shopping visit, the random survey and the recertification', () => {
    const items = programmeDueItems(base, afterSales);
    expect(items.map((i) => [i.kind, i.dueOn, i.basis])).toEqual([
      ['surveillance', '2026-03-10', 'FIRST_WITHIN'],
      ['mystery_shopping', '2026-03-10', 'WITH_SURVEILLANCE'],
      ['random_survey', '2027-03-10', 'RANDOM_SURVEY_INTERVAL'],
      ['recertification', '2028-03-09', 'BEFORE_EXPIRY'],
    ]);
    expect(items.at(-1)?.opensOn).toBe('2027-12-09');
  });

  it('a management-system cycle has neither mystery shopping nor random surveys', () => {
    const items = programmeDueItems({ ...base, scheme: 'management_system' }, managementSystem);
    expect(items.map((i) => i.kind)).toEqual(['surveillance', 'recertification']);
  });

  it('a rescheduled surveillance keeps its deadline; the next one counts from when it was actually held', () => {
    const moved = audit('s1', 'surveillance', { plannedStart: '2026-04-20', plannedEnd: '2026-04-21' }); // was 2026-02-10
    const before = programmeDueItems({ ...base, audits: [moved] }, afterSales)[0]!;
    expect(before).toMatchObject({ kind: 'surveillance', dueOn: '2026-03-10', auditId: 's1', plannedOn: '2026-04-20' });
    expect(before.plannedOn! > before.dueOn).toBe(true);

    const visit = heldOn('m1', 'mystery_shopping', '2026-04-15', { forAuditId: 's1' });
    const done = { ...moved, status: 'held' as const, actualEnd: '2026-04-22' };
    const after = programmeDueItems({ ...base, audits: [done, visit] }, afterSales);
    expect(after[0]).toMatchObject({ kind: 'surveillance', sequence: 2, dueOn: '2027-07-22', targetOn: '2027-04-22', auditId: null });
    expect(after[1]).toMatchObject({ kind: 'mystery_shopping', sequence: 2 });
  });

  it('a mystery-shopping visit counts only for the surveillance it belongs to', () => {
    const s1 = audit('s1', 'surveillance', { plannedStart: '2026-02-10', plannedEnd: '2026-02-11' });
    const elsewhere = heldOn('m1', 'mystery_shopping', '2026-01-20', { forAuditId: 'other' });
    expect(programmeDueItems({ ...base, audits: [s1, elsewhere] }, afterSales).map((i) => i.kind)).toContain('mystery_shopping');
    const own = heldOn('m2', 'mystery_shopping', '2026-01-20', { forAuditId: 's1' });
    expect(programmeDueItems({ ...base, audits: [s1, own] }, afterSales).map((i) => i.kind)).not.toContain('mystery_shopping');
  });

  it('planned extra surveillance and initial audits are due on their planned end; cancelled ones are not', () => {
    const extra = audit('x1', 'extra', { plannedStart: '2026-01-05', plannedEnd: '2026-01-06' });
    const cancelled = audit('x2', 'extra', { status: 'cancelled', plannedStart: '2026-01-07', plannedEnd: '2026-01-07' });
    const items = programmeDueItems({ ...base, audits: [extra, cancelled] }, afterSales);
    expect(items.filter((i) => i.kind === 'planned_audit')).toEqual([
      expect.objectContaining({ auditId: 'x1', dueOn: '2026-01-06', basis: 'PLANNED' }),
    ]);
    const application = programmeDueItems(
      {
        scheme: 'management_system',
        certificateStatus: null,
        decisionOn: null,
        expiresOn: null,
        audits: [audit('d1', 'document_review', { plannedStart: '2026-01-02', plannedEnd: '2026-01-02' })],
        maintainedAuditIds: [],
      },
      managementSystem,
    );
    expect(application).toEqual([expect.objectContaining({ kind: 'planned_audit', auditId: 'd1' })]);
  });

  it('once the recertification audit is held the cycle awaits the decision; a closed certificate owes nothing', () => {
    const held = heldOn('r1', 'recertification', '2028-01-15');
    const item = programmeDueItems({ ...base, audits: [held] }, afterSales).find((i) => i.kind === 'recertification');
    expect(item).toMatchObject({ basis: 'AWAITING_DECISION', auditId: null });
    for (const status of ['revoked', 'withdrawn', 'expired'] as const) {
      const extra = audit('x1', 'extra', { plannedStart: '2026-01-05', plannedEnd: '2026-01-06' });
      expect(programmeDueItems({ ...base, certificateStatus: status, audits: [extra] }, afterSales)).toEqual([]);
    }
    expect(programmeDueItems({ ...base, certificateStatus: 'suspended' }, afterSales).length).toBe(4);
  });

  it('a held surveillance awaits the decision-maker’s decision on the certificate, by the 10th of the next month', () => {
    const ms = { ...base, scheme: 'management_system' as const };
    const decisions = (cycle: Partial<Cycle>) =>
      programmeDueItems({ ...ms, ...cycle }, managementSystem)
        .filter((i) => i.kind === 'surveillance_decision')
        .map((i) => [i.auditId, i.dueOn, i.basis]);
    const s1 = heldOn('s1', 'surveillance', '2026-01-31');
    const x1 = heldOn('x1', 'extra', '2026-02-01');
    expect(decisions({ audits: [s1, x1] })).toEqual([
      ['s1', '2026-02-10', 'CNCA_REPORT'],
      ['x1', '2026-03-10', 'CNCA_REPORT'],
    ]);
    // kept after it: nothing owed; an older surveillance is settled by a later decision
    expect(decisions({ audits: [s1, x1], maintainedAuditIds: ['s1'] })).toEqual([['x1', '2026-03-10', 'CNCA_REPORT']]);
    expect(decisions({ audits: [s1, x1], maintainedAuditIds: ['x1'] })).toEqual([]);
    // a failed one waits too, for a suspension or revocation; once suspended the certificate is restored, not kept
    expect(decisions({ audits: [heldOn('s2', 'surveillance', '2026-01-31', { result: 'fail' })] })).toEqual([
      ['s2', '2026-02-10', 'CNCA_REPORT'],
    ]);
    expect(decisions({ audits: [s1], certificateStatus: 'suspended' })).toEqual([]);
    // a planned surveillance, a recertification or a mystery-shopping visit owes no such decision
    expect(decisions({ audits: [audit('s3', 'surveillance'), heldOn('r1', 'recertification', '2026-01-31')] })).toEqual([]);
    // after-sales: kept by the assessment's decision
    expect(programmeDueItems({ ...base, audits: [s1] }, afterSales).map((i) => i.kind)).not.toContain('surveillance_decision');
  });
});

describe('dueBucket', () => {
  const today = '2026-11-24';
  const windows = [addDays(today, 30), addDays(today, 60), addDays(today, 90)] as const;
  it('sorts by the last day: overdue from the day after, then the 30 / 60 / 90-day windows, edges included', () => {
    expect(dueBucket('2026-11-23', today, windows)).toBe('overdue');
    expect(dueBucket(today, today, windows)).toBe('first');
    expect(dueBucket('2026-12-24', today, windows)).toBe('first');
    expect(dueBucket('2026-12-25', today, windows)).toBe('second');
    expect(dueBucket('2027-01-23', today, windows)).toBe('second');
    expect(dueBucket('2027-02-22', today, windows)).toBe('third');
    expect(dueBucket('2027-02-23', today, windows)).toBe('later');
  });
});
