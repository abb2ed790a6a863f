import { describe, expect, it } from 'vitest';
import { addDays, dayOfFollowingMonth, dayOfWeek, isIsoDate, localDate, localDateTime, periodBounds, startOfLocalDay } from './dates.js';

describe('calendar dates', () => {
  it('knows 29 February exists only in leap years', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('reads the years 0000–0099 as written, not as 1900–1999 (a period 0099-06 was once a 500)', () => {
    expect(isIsoDate('0099-06-01')).toBe(true);
    expect(isIsoDate('0004-02-29')).toBe(true);
    expect(isIsoDate('0099-02-29')).toBe(false);
    expect(addDays('0099-06-30', 1)).toBe('0099-07-01');
  });

  it('refuses other shapes', () => {
    for (const bad of ['2026-1-05', '2026/01/05', '2026-13-01', '2026-04-31', '']) expect(isIsoDate(bad)).toBe(false);
  });

  it('adds days across month, leap-day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('finds a day of the following month from any day of a month, across the year end', () => {
    expect(dayOfFollowingMonth('2026-01-31', 10)).toBe('2026-02-10');
    expect(dayOfFollowingMonth('2026-12-01', 10)).toBe('2027-01-10');
    expect(dayOfFollowingMonth('2024-01-15', 28)).toBe('2024-02-28');
  });

  it('names weekdays', () => {
    expect(dayOfWeek('2026-11-24')).toBe(2); // Tuesday
    expect(dayOfWeek('2026-10-10')).toBe(6);
  });

  it('takes the CB’s local date, not UTC’s', () => {
    // 16:30 UTC on 23 November is 00:30 on 24 November in Beijing
    expect(localDate(new Date('2026-11-23T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-11-24');
    expect(localDate(new Date('2026-11-23T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-11-23');
  });

  it('starts a local day at its midnight in the zone, and reads instants on its clock', () => {
    expect(startOfLocalDay('2026-04-01', 'Asia/Shanghai').toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(startOfLocalDay('2026-01-01', 'UTC').toISOString()).toBe('2026-01-01T00:00:00.000Z');
    // a day that starts in summer time (Berlin, 29 March 2026: the clocks go forward at 02:00)
    expect(startOfLocalDay('2026-03-30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfLocalDay('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(localDateTime(new Date('2026-03-31T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-03-31 23:59:59');
    expect(localDateTime(new Date('2026-03-31T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-04-01 00:00:00');
  });
});

describe('periods', () => {
  it('knows quarters, with a leap February', () => {
    expect(periodBounds(2028, 1)).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(periodBounds(2026, 2)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(periodBounds(2026)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});
