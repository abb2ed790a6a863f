import dayjs, { type Dayjs } from 'dayjs';
import { cbTodayDayjs } from './cb-time.js';

/** The last day a suspension from `from` may run: `maxMonths` (suspension.maxMonths) and never past expiry. */
export function latestSuspensionEnd(from: Dayjs, maxMonths: number, expiresOn: string): Dayjs {
  const byLength = from.add(maxMonths, 'month').subtract(1, 'day');
  const expiry = dayjs(expiresOn);
  return byLength.isAfter(expiry) ? expiry : byLength;
}

/** A suspension form's first proposal: from today for three months, cut at the expiry. */
export function defaultSuspensionPeriod(expiresOn: string): [Dayjs, Dayjs] {
  const from = cbTodayDayjs();
  return [from, latestSuspensionEnd(from, 3, expiresOn)];
}

/** A scope's items, separated by "；" (or ";" or a new line), as the server reads them. */
export function scopeItems(scope: string): string[] {
  return scope
    .split(/[；;\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
