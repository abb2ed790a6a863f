import { describe, expect, it } from 'vitest';
import { missingHolidayYears } from './calendar.rules.js';

const october = { month: 10, day: 1 };
const entered = new Set([2024, 2025, 2026]);

describe('the years a holiday table is owed for', () => {
  it('asks for next year from the warning day on, and only while it is missing', () => {
    expect(missingHolidayYears('2026-09-30', entered, october)).toEqual([]);
    expect(missingHolidayYears('2026-10-01', entered, october)).toEqual([2027]);
    expect(missingHolidayYears('2026-12-31', entered, october)).toEqual([2027]);
    expect(missingHolidayYears('2026-10-01', new Set([...entered, 2027]), october)).toEqual([]);
  });

  it('always asks for the current year when it is missing', () => {
    expect(missingHolidayYears('2027-01-04', entered, october)).toEqual([2027]);
    expect(missingHolidayYears('2027-11-04', entered, october)).toEqual([2027, 2028]);
  });

  it('takes a day past the end of a short month as its last day', () => {
    expect(missingHolidayYears('2026-02-27', entered, { month: 2, day: 31 })).toEqual([]);
    expect(missingHolidayYears('2026-02-28', entered, { month: 2, day: 31 })).toEqual([2027]);
  });
});
