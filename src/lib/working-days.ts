import { addDays, dayOfWeek, type IsoDate } from './dates.js';

/**
 * The official Chinese working-day calendar: public holidays (法定节假日) that fall on
 * weekdays are days off, and adjusted working weekends (调休上班) are working days. Only the
 * years in `enteredYears` are known; any other year is counted as a plain Monday–Friday week.
 */
export interface WorkingDayCalendar {
  holidays: ReadonlySet<IsoDate>;
  adjustedWorkdays: ReadonlySet<IsoDate>;
  enteredYears: ReadonlySet<number>;
}

export function isWorkingDay(date: IsoDate, calendar: WorkingDayCalendar): boolean {
  if (calendar.adjustedWorkdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6;
}

/**
 * The date `count` working days after `start` (start itself not counted): a deadline of
 * "within 7 working days of the event" is addWorkingDays(eventDate, 7).
 */
export function addWorkingDays(start: IsoDate, count: number, calendar: WorkingDayCalendar): IsoDate {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`working-day count must be a non-negative integer: ${count}`);
  let date = start;
  let remaining = count;
  while (remaining > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date, calendar)) remaining -= 1;
  }
  return date;
}

/** Working days after `from` up to and including `to` (0 when `to` ≤ `from`). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingDayCalendar): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    if (isWorkingDay(d, calendar)) n += 1;
  }
  return n;
}

/** The years of the days counted after `start` up to `due` whose holiday table is not entered. */
export function yearsWithoutTable(start: IsoDate, due: IsoDate, enteredYears: ReadonlySet<number>): number[] {
  if (due <= start) return [];
  const missing: number[] = [];
  for (let y = Number(addDays(start, 1).slice(0, 4)); y <= Number(due.slice(0, 4)); y++) if (!enteredYears.has(y)) missing.push(y);
  return missing;
}

/**
 * A working-day deadline, provisional (暂定) when it was counted through a year whose holiday
 * table is not entered: that year's days off are unknown, so the date may still move.
 */
export function workingDayDeadline(start: IsoDate, count: number, calendar: WorkingDayCalendar): { dueOn: IsoDate; provisional: boolean } {
  const dueOn = addWorkingDays(start, count, calendar);
  return { dueOn, provisional: yearsWithoutTable(start, dueOn, calendar.enteredYears).length > 0 };
}
