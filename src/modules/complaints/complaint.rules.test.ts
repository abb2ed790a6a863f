import { describe, expect, it } from 'vitest';
import { answerDueOn, complaintNumber, nextStatus, yearlySummary, type SummaryRow } from './complaint.rules.js';

describe('complaint rules', () => {
  it('numbers complaints and appeals per year', () => {
    expect(complaintNumber('complaint', 2026, 7)).toBe('TS-2026-0007');
    expect(complaintNumber('appeal', 2027, 1)).toBe('SS-2027-0001');
  });

  it('puts the written answer 30 days after receipt, across a month and a year end', () => {
    expect(answerDueOn('2026-11-20', 30)).toBe('2026-12-20');
    expect(answerDueOn('2026-12-15', 30)).toBe('2027-01-14');
    expect(answerDueOn('2028-02-01', 30)).toBe('2028-03-02'); // leap year: 29 days in February
  });

  it('allows escalation only after an answer, and closing only after an answer or an escalation', () => {
    expect(nextStatus('received', 'investigate')).toBe('investigating');
    expect(nextStatus('received', 'answer')).toBe('answered');
    expect(nextStatus('received', 'escalate')).toBeNull();
    expect(nextStatus('answered', 'escalate')).toBe('escalated');
    expect(nextStatus('escalated', 'close')).toBe('closed');
    expect(nextStatus('investigating', 'close')).toBeNull();
    expect(nextStatus('closed', 'answer')).toBeNull();
  });

  it('counts an answer on the due day as on time, one a day later and one overdue unanswered as late', () => {
    const row = (receivedOn: string, answeredOn: string | null, status: SummaryRow['status'] = 'answered'): SummaryRow => ({
      kind: 'complaint',
      channel: 'portal',
      status,
      receivedOn,
      answerDueOn: answerDueOn(receivedOn, 30),
      answeredOn,
    });
    const summary = yearlySummary(
      [
        row('2026-03-01', '2026-03-31'), // day 30: on time
        row('2026-03-01', '2026-04-01'), // day 31: late
        row('2026-10-01', null, 'investigating'), // due 31 Oct, still open on 20 Nov: overdue, so late
        row('2026-11-01', null, 'received'), // due 1 Dec: not judged yet
        row('2025-12-30', '2026-01-05'), // last year's
      ],
      2026,
      '2026-11-20',
    );
    expect(summary).toMatchObject({ total: 4, answered: 2, answeredOnTime: 1, onTimeRate: 0.333, averageDaysToAnswer: 30.5, overdue: 1 });
    expect(summary.byMonth[2]).toBe(2);
    expect(summary.byStatus).toEqual({ answered: 2, investigating: 1, received: 1 });
  });
});
