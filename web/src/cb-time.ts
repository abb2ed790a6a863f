import dayjs, { type Dayjs } from 'dayjs';

/** The CB's local date and time (Asia/Shanghai) of an instant, whatever the browser's time zone: 2026-12-03 16:05. */
export function cbDateTime(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The CB's date today (Asia/Shanghai), whatever the browser's time zone: 2026-12-04. */
export function cbToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from one ISO date to another (both calendar dates, so no clock or daylight saving in between). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** The CB's date today as a dayjs at the browser's midnight, for date pickers' defaults and limits. */
export function cbTodayDayjs(now = new Date()): Dayjs {
  return dayjs(cbToday(now));
}

/** The CB's year now (Asia/Shanghai): 2027 from 16:00 UTC on 31 December 2026. */
export function cbYear(now = new Date()): number {
  return Number(cbToday(now).slice(0, 4));
}

/** A date picker's `disabledDate` for days that have not yet come at the CB. */
export function afterCbToday(day: Dayjs): boolean {
  return day.format('YYYY-MM-DD') > cbToday();
}
