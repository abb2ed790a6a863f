import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialHolidayEntries } from '../modules/calendar/holiday.seed.js';
import { addDays } from './dates.js';
import {
  addWorkingDays,
  isWorkingDay,
  workingDayDeadline,
  workingDaysBetween,
  yearsWithoutTable,
  type WorkingDayCalendar,
} from './working-days.js';

const entries = officialHolidayEntries();
const official: WorkingDayCalendar = {
  holidays: new Set(entries.filter((e) => e.kind === 'holiday').map((e) => e.date)),
  adjustedWorkdays: new Set(entries.filter((e) => e.kind === 'workday').map((e) => e.date)),
  enteredYears: new Set([2024, 2025, 2026]),
};
const plainWeek: WorkingDayCalendar = { holidays: new Set(), adjustedWorkdays: new Set(), enteredYears: new Set() };

describe('working days on the official calendar', () => {
  it('treats National Day 2026 as days off and the adjusted Saturday as a working day', () => {
    for (let d = '2026-10-01'; d <= '2026-10-07'; d = addDays(d, 1)) expect(isWorkingDay(d, official)).toBe(false);
    expect(isWorkingDay('2026-09-20', official)).toBe(true); // Sunday, 调休上班
    expect(isWorkingDay('2026-10-10', official)).toBe(true); // Saturday, 调休上班
    expect(isWorkingDay('2026-10-11', official)).toBe(false); // ordinary Sunday
  });

  it('puts a 7-working-day deadline over National Day 2026 on 15 October', () => {
    // 30 Sep (Wed) + 7: 8, 9, 10 (adjusted Sat), 12, 13, 14, 15 October
    expect(addWorkingDays('2026-09-30', 7, official)).toBe('2026-10-15');
    // without the holiday table the same deadline would be 9 October
    expect(addWorkingDays('2026-09-30', 7, plainWeek)).toBe('2026-10-09');
  });

  it('counts the adjusted Saturday before the Spring Festival 2026 and skips the nine days off', () => {
    expect(addWorkingDays('2026-02-13', 1, official)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 2, official)).toBe('2026-02-24');
  });

  it('crosses the Spring Festival 2025, which starts on 除夕', () => {
    // 27 Jan (Mon) + 1 → 5 Feb (Wed): 28 Jan–4 Feb are off
    expect(addWorkingDays('2025-01-27', 1, official)).toBe('2025-02-05');
    expect(isWorkingDay('2025-01-26', official)).toBe(true); // Sunday worked
    expect(isWorkingDay('2025-02-08', official)).toBe(true); // Saturday worked
  });

  it('a deadline of zero working days is the day itself', () => {
    expect(addWorkingDays('2026-10-03', 0, official)).toBe('2026-10-03');
  });

  it('always lands on a working day that is exactly n working days later (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1090 }), fc.integer({ min: 1, max: 30 }), (offset, n) => {
        const start = addDays('2024-01-01', offset);
        const due = addWorkingDays(start, n, official);
        expect(isWorkingDay(due, official)).toBe(true);
        expect(workingDaysBetween(start, due, official)).toBe(n);
        expect(workingDaysBetween(start, addDays(due, -1), official)).toBe(n - 1);
      }),
    );
  });

  it('the seeded calendar has the official number of days off per year', () => {
    const count = (year: string) => entries.filter((e) => e.kind === 'holiday' && e.date.startsWith(year)).length;
    // 2024: 1+8+3+5+1+3+7; 2025: 1+8+3+5+3+8; 2026: 3+9+3+5+3+3+7 (weekends inside the ranges included)
    expect(count('2024')).toBe(28);
    expect(count('2025')).toBe(28);
    expect(count('2026')).toBe(33);
  });

  it('never marks a weekday as an adjusted working day', () => {
    for (const e of entries.filter((x) => x.kind === 'workday')) {
      expect(isWorkingDay(e.date, plainWeek), e.date).toBe(false);
    }
  });
});

describe('deadlines counted into a year without a holiday table', () => {
  it('marks 28 December 2026 + 7 working days provisional while 2027 is not entered', () => {
    // 29, 30, 31 December, then 1 (New Year's Day, unknown), 4, 5, 6 January counted as a plain week
    expect(workingDayDeadline('2026-12-28', 7, official)).toEqual({ dueOn: '2027-01-06', provisional: true });
    expect(yearsWithoutTable('2026-12-28', '2027-01-06', official.enteredYears)).toEqual([2027]);
  });

  it('is not provisional when the last day counted is 31 December, nor once the next year is entered', () => {
    expect(workingDayDeadline('2026-12-28', 3, official)).toEqual({ dueOn: '2026-12-31', provisional: false });
    // a deadline of zero working days counts no day at all
    expect(workingDayDeadline('2026-12-31', 0, official).provisional).toBe(false);
    const with2027 = {
      ...official,
      enteredYears: new Set([2024, 2025, 2026, 2027]),
      holidays: new Set([...official.holidays, '2027-01-01']),
    };
    expect(workingDayDeadline('2026-12-28', 7, with2027)).toEqual({ dueOn: '2027-01-07', provisional: false });
  });

  it('is provisional when the count starts in a year without a table, or passes through one', () => {
    expect(workingDayDeadline('2023-12-20', 3, official).provisional).toBe(true);
    expect(yearsWithoutTable('2026-06-01', '2028-06-01', official.enteredYears)).toEqual([2027, 2028]);
  });
});
