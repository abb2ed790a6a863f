import type { IsoDate } from '../../lib/dates.js';

/**
 * The years whose holiday table is owed and missing as of `today`: this year always, and from
 * the warning day on (`calendar.nextYearWarningMonth` / `…Day`, 1 October by default) next
 * year too, since deadlines counted in the last weeks of the year already reach into it. A day
 * past the end of a short month is that month's last day (31 February → 28 or 29).
 */
export function missingHolidayYears(today: IsoDate, enteredYears: ReadonlySet<number>, warnFrom: { month: number; day: number }): number[] {
  const year = Number(today.slice(0, 4));
  const lastDay = new Date(Date.UTC(year, warnFrom.month, 0)).getUTCDate();
  const warnOn = `${year}-${String(warnFrom.month).padStart(2, '0')}-${String(Math.min(warnFrom.day, lastDay)).padStart(2, '0')}`;
  const owed = today >= warnOn ? [year, year + 1] : [year];
  return owed.filter((y) => !enteredYears.has(y));
}
