/**
 * Calendar dates as 'YYYY-MM-DD' strings. Arithmetic is done in UTC on the date alone,
 * so a day is always a day whatever the server's time zone.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): value is IsoDate {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.toISOString().slice(0, 10) === value;
}

function toUtc(date: IsoDate): Date {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** 0 = Sunday … 6 = Saturday */
export function dayOfWeek(date: IsoDate): number {
  return toUtc(date).getUTCDay();
}

/** The local date in the CB's time zone at the given instant. */
export function localDate(instant: Date, timeZone: string): IsoDate {
  // en-CA formats as YYYY-MM-DD
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/**
 * The same day `months` later; when that month is shorter the last day of it
 * (31 August + 6 months = 28/29 February).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = toUtc(date);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return fromUtc(d);
}

/** Day `day` of the month after the month of `date`: a monthly report's deadline (the 10th of the next month). */
export function dayOfFollowingMonth(date: IsoDate, day: number): IsoDate {
  return addDays(addMonths(`${date.slice(0, 7)}-01`, 1), day - 1);
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** The wall-clock parts of an instant in a time zone. */
function wallClock(instant: Date, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

/** 'YYYY-MM-DD HH:mm:ss' as a clock in the CB's time zone showed it at the instant. */
export function localDateTime(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${w.year}-${w.month}-${w.day} ${w.hour}:${w.minute}:${w.second}`;
}

/** The instant a local calendar day begins in a time zone (for Asia/Shanghai, 16:00 UTC the day before). */
export function startOfLocalDay(date: IsoDate, timeZone: string): Date {
  const utcMidnight = toUtc(date).getTime();
  // the zone's offset at that moment, read off its wall clock; checked again for a change of offset that day
  const offsetAt = (t: number) => {
    const w = wallClock(new Date(t), timeZone);
    const asUtc = new Date(0);
    asUtc.setUTCFullYear(Number(w.year), Number(w.month) - 1, Number(w.day));
    asUtc.setUTCHours(Number(w.hour), Number(w.minute), Number(w.second), 0);
    return asUtc.getTime() - t;
  };
  const guess = utcMidnight - offsetAt(utcMidnight);
  return new Date(utcMidnight - offsetAt(guess));
}

/** The first and last day of a year, or of one quarter of it. */
export function periodBounds(year: number, quarter?: number): { from: IsoDate; to: IsoDate } {
  if (!quarter) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const first = (quarter - 1) * 3 + 1;
  const last = first + 2;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { from: `${year}-${String(first).padStart(2, '0')}-01`, to: `${year}-${String(last).padStart(2, '0')}-${lastDay}` };
}
