import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { addDays, dayOfWeek, type IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import type { WorkingDayCalendar } from '../../lib/working-days.js';
import { loadParameters } from '../parameters/parameter.service.js';
import { missingHolidayYears } from './calendar.rules.js';
import { expandRanges, type NoticeRange } from './holiday-notice.rules.js';
import { holidays, holidayYears } from './holiday.schema.js';
import { officialHolidayEntries, officialYears, type HolidayEntry } from './holiday.seed.js';

/**
 * Counts again every open deadline counted in working days, in the transaction that changed the
 * years with a holiday table, so no page shows a stale 暂定 (wired in http/app.ts: the modules that
 * count such deadlines use this one's calendar, so it cannot import them).
 */
export type RecountDeadlines = (tx: Db) => Promise<void>;

/** The longest range entered at once: the longest official holiday is nine days. */
export const HOLIDAY_RANGE_MAX_DAYS = 31;

/**
 * The official calendar. A year is marked entered when its official days are first written, so
 * a mark taken off by staff stays off across restarts (migration 0027 marks the years of
 * installations seeded before marks existed).
 */
export async function seedOfficialHolidays(db: Db): Promise<void> {
  const written = await db.insert(holidays).values(officialHolidayEntries()).onConflictDoNothing().returning({ date: holidays.date });
  const years = officialYears.filter((y) => written.some((w) => w.date.startsWith(`${y}-`)));
  if (years.length > 0)
    await db
      .insert(holidayYears)
      .values(years.map((year) => ({ year })))
      .onConflictDoNothing();
}

export async function loadWorkingDayCalendar(db: Db): Promise<WorkingDayCalendar> {
  const rows = await db.select({ date: holidays.date, kind: holidays.kind }).from(holidays);
  const years = await db.select({ year: holidayYears.year }).from(holidayYears);
  return {
    holidays: new Set(rows.filter((r) => r.kind === 'holiday').map((r) => r.date)),
    adjustedWorkdays: new Set(rows.filter((r) => r.kind === 'workday').map((r) => r.date)),
    enteredYears: new Set(years.map((r) => r.year)),
  };
}

/** The years whose table is owed and missing today (this year, and next year from the warning day). */
export async function missingYears(db: Db, today: IsoDate): Promise<number[]> {
  const params = await loadParameters(db);
  const years = await db.select({ year: holidayYears.year }).from(holidayYears);
  return missingHolidayYears(today, new Set(years.map((r) => r.year)), {
    month: params['calendar.nextYearWarningMonth'],
    day: params['calendar.nextYearWarningDay'],
  });
}

/** Each year around today and every year with entries: how many days it has and whether it is marked entered. */
export async function listHolidayYears(db: Db, today: IsoDate) {
  const counts = await db
    .select({
      year: sql<number>`extract(year from ${holidays.date})::int`,
      holidays: sql<number>`count(*) filter (where ${holidays.kind} = 'holiday')::int`,
      workdays: sql<number>`count(*) filter (where ${holidays.kind} = 'workday')::int`,
    })
    .from(holidays)
    .groupBy(sql`1`);
  const marks = await db.select().from(holidayYears);
  const thisYear = Number(today.slice(0, 4));
  const years = new Set([thisYear, thisYear + 1, ...counts.map((c) => c.year), ...marks.map((m) => m.year)]);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const c = counts.find((r) => r.year === year);
      const mark = marks.find((m) => m.year === year);
      return {
        year,
        entered: !!mark,
        enteredAt: mark?.enteredAt.toISOString() ?? null,
        holidays: c?.holidays ?? 0,
        workdays: c?.workdays ?? 0,
      };
    });
}

async function markYear(tx: Db, actor: Actor, year: number, recount: RecountDeadlines) {
  const [marked] = await tx.insert(holidayYears).values({ year }).onConflictDoNothing().returning();
  if (!marked) throw new AppError('HOLIDAY.YEAR_ALREADY_ENTERED', { year });
  await recordChange(tx, actor, {
    entity: 'holiday_year',
    entityId: String(year),
    action: 'enter',
    changes: [{ field: 'entered', old: false, new: true }],
  });
  await recount(tx);
}

/** Marks a year's table entered in full: deadlines counted into it are no longer provisional. */
export function enterHolidayYear(db: Db, actor: Actor, year: number, recount: RecountDeadlines) {
  return db.transaction((tx) => markYear(tx, actor, year, recount));
}

/** Takes the mark off a year marked by mistake: deadlines counted into it become provisional again. */
export async function reopenHolidayYear(db: Db, actor: Actor, year: number, recount: RecountDeadlines) {
  await db.transaction(async (tx) => {
    const [removed] = await tx.delete(holidayYears).where(eq(holidayYears.year, year)).returning();
    if (!removed) throw new AppError('HOLIDAY.YEAR_NOT_ENTERED', { year });
    await recordChange(tx, actor, {
      entity: 'holiday_year',
      entityId: String(year),
      action: 'reopen',
      changes: [{ field: 'entered', old: true, new: false }],
    });
    await recount(tx);
  });
}

/**
 * Many days at once (a range, or the lines of the State Council's notice after review), all or
 * none, optionally marking the year entered in the same transaction. Dates the calendar already
 * has are refused (409): a bulk entry adds, an existing day is changed one by one.
 */
export async function enterHolidays(
  db: Db,
  actor: Actor,
  input: { ranges: readonly NoticeRange[]; markYearEntered?: number | undefined },
  recount: RecountDeadlines,
) {
  for (const r of input.ranges) {
    if (addDays(r.from, HOLIDAY_RANGE_MAX_DAYS - 1) < r.to)
      throw new AppError('HOLIDAY.RANGE_TOO_LONG', { from: r.from, to: r.to, max: HOLIDAY_RANGE_MAX_DAYS });
  }
  const days = expandRanges(input.ranges);
  for (let i = 0; i < days.length; i++) {
    const d = days[i]!;
    if (i > 0 && days[i - 1]!.date === d.date) throw new AppError('HOLIDAY.DUPLICATE_DATE', { date: d.date });
    assertWeekendWorked(d.kind, d.date);
  }
  return db.transaction(async (tx) => {
    const refuse = async () => {
      const taken = await tx
        .select({ date: holidays.date })
        .from(holidays)
        .where(
          inArray(
            holidays.date,
            days.map((d) => d.date),
          ),
        )
        .orderBy(asc(holidays.date));
      throw new AppError('HOLIDAY.ALREADY_ENTERED', { dates: taken.map((t) => t.date).join('、') });
    };
    if (days.length > 0) {
      // an insert that yields: of two concurrent entries of the same day one wins, the other is refused whole
      const inserted = await tx
        .insert(holidays)
        .values(days.map((d) => ({ ...d, version: 1 })))
        .onConflictDoNothing()
        .returning({ date: holidays.date });
      if (inserted.length < days.length) await refuse();
    }
    for (const d of days) {
      await recordChange(tx, actor, {
        entity: 'holiday',
        entityId: d.date,
        action: 'create',
        changes: (['kind', 'nameZh', 'nameEn'] as const).map((f) => ({ field: f, old: null, new: d[f] })),
      });
    }
    if (input.markYearEntered !== undefined) await markYear(tx, actor, input.markYearEntered, recount);
    return { entered: days.length };
  });
}

export function listHolidays(db: Db, year: number) {
  return db
    .select()
    .from(holidays)
    .where(and(gte(holidays.date, `${year}-01-01`), lte(holidays.date, `${year}-12-31`)))
    .orderBy(asc(holidays.date));
}

type HolidayRow = typeof holidays.$inferSelect;

/** A weekend worked (调休上班) falls on a Saturday or a Sunday. */
function assertWeekendWorked(kind: HolidayEntry['kind'], date: IsoDate) {
  const dow = dayOfWeek(date);
  if (kind === 'workday' && dow !== 0 && dow !== 6) throw new AppError('HOLIDAY.NOT_A_WEEKEND', { date });
}

/**
 * Writes one date's entry over what was read of it (locked; none for a new date) and records the
 * change. A create is an insert that yields to an existing row (a lock on a missing row locks
 * nothing): of concurrent writers exactly one wins, the others get 409.
 */
async function writeDay(tx: Db, actor: Actor, current: HolidayRow | undefined, entry: HolidayEntry) {
  const { date, ...fields } = entry;
  const [row] = current
    ? await tx
        .update(holidays)
        .set({ ...fields, version: sql`${holidays.version} + 1` })
        .where(eq(holidays.date, date))
        .returning()
    : await tx
        .insert(holidays)
        .values({ ...entry, version: 1 })
        .onConflictDoNothing()
        .returning();
  if (!row) throw new AppError('CONCURRENCY.STALE_VERSION');
  const changes = (['kind', 'nameZh', 'nameEn'] as const)
    .filter((f) => current?.[f] !== entry[f])
    .map((f) => ({ field: f, old: current?.[f] ?? null, new: entry[f] }));
  await recordChange(tx, actor, { entity: 'holiday', entityId: date, action: current ? 'update' : 'create', changes });
  return row;
}

async function removeDay(tx: Db, actor: Actor, current: HolidayRow) {
  await tx.delete(holidays).where(eq(holidays.date, current.date));
  await recordChange(tx, actor, {
    entity: 'holiday',
    entityId: current.date,
    action: 'delete',
    changes: [{ field: 'kind', old: current.kind, new: null }],
  });
}

/** Creates or changes the entry for one date against the version read (0 for a new date). */
export async function setHoliday(db: Db, actor: Actor, entry: HolidayEntry, version: number) {
  assertWeekendWorked(entry.kind, entry.date);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(holidays).where(eq(holidays.date, entry.date)).for('update');
    if ((current?.version ?? 0) !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
    return writeDay(tx, actor, current, entry);
  });
}

export async function deleteHoliday(db: Db, actor: Actor, date: IsoDate, version: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(holidays).where(eq(holidays.date, date)).for('update');
    if (!current) throw new AppError('HOLIDAY.NOT_FOUND', { date });
    if (current.version !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
    await removeDay(tx, actor, current);
  });
}

/** The most days marked at once from the year view: a year. */
export const HOLIDAY_MARK_MAX_DAYS = 366;

export type DayMark = 'holiday' | 'workday' | 'ordinary';

/**
 * The year view's one step: the days chosen become days off, weekends worked, or ordinary days
 * (their entries removed), all or none. Each day carries the version it was read at (0: no
 * entry): a day changed meanwhile refuses the whole step (409). A day already as asked is left.
 */
export async function markDays(
  db: Db,
  actor: Actor,
  input: { days: readonly { date: IsoDate; version: number }[]; mark: DayMark; nameZh?: string | undefined; nameEn?: string | undefined },
) {
  const seen = new Set<string>();
  for (const { date } of input.days) {
    if (seen.has(date)) throw new AppError('HOLIDAY.DUPLICATE_DATE', { date });
    seen.add(date);
    if (input.mark !== 'ordinary') assertWeekendWorked(input.mark, date);
  }
  const entry = input.mark === 'ordinary' ? null : { kind: input.mark, nameZh: input.nameZh ?? '', nameEn: input.nameEn ?? '' };
  if (entry && (!entry.nameZh || !entry.nameEn)) throw new AppError('HOLIDAY.NAME_REQUIRED');
  return db.transaction(async (tx) => {
    const dates = input.days.map((d) => d.date);
    const current = new Map((await tx.select().from(holidays).where(inArray(holidays.date, dates)).for('update')).map((h) => [h.date, h]));
    let changed = 0;
    for (const { date, version } of input.days) {
      const was = current.get(date);
      if ((was?.version ?? 0) !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
      if (!entry) {
        if (!was) continue;
        await removeDay(tx, actor, was);
      } else {
        if (was && was.kind === entry.kind && was.nameZh === entry.nameZh && was.nameEn === entry.nameEn) continue;
        await writeDay(tx, actor, was, { date, ...entry });
      }
      changed++;
    }
    return { changed };
  });
}
