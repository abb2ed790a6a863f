import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { dayOfWeek, type IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import type { WorkingDayCalendar } from '../../lib/working-days.js';
import { holidays } from './holiday.schema.js';
import { officialHolidayEntries, type HolidayEntry } from './holiday.seed.js';

export async function seedOfficialHolidays(db: Db): Promise<void> {
  await db.insert(holidays).values(officialHolidayEntries()).onConflictDoNothing();
}

export async function loadWorkingDayCalendar(db: Db): Promise<WorkingDayCalendar> {
  const rows = await db.select({ date: holidays.date, kind: holidays.kind }).from(holidays);
  return {
    holidays: new Set(rows.filter((r) => r.kind === 'holiday').map((r) => r.date)),
    adjustedWorkdays: new Set(rows.filter((r) => r.kind === 'workday').map((r) => r.date)),
  };
}

export function listHolidays(db: Db, year: number) {
  return db
    .select()
    .from(holidays)
    .where(and(gte(holidays.date, `${year}-01-01`), lte(holidays.date, `${year}-12-31`)))
    .orderBy(asc(holidays.date));
}

/**
 * Creates or changes the entry for one date; `version` is 0 for a new date. A create is an insert
 * that yields to an existing row (a lock on a missing row locks nothing), a change an update of
 * the version read: of concurrent writers exactly one wins, the others get 409.
 */
export async function setHoliday(db: Db, actor: Actor, entry: HolidayEntry, version: number) {
  const dow = dayOfWeek(entry.date);
  if (entry.kind === 'workday' && dow !== 0 && dow !== 6) throw new AppError('HOLIDAY.NOT_A_WEEKEND', { date: entry.date });
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(holidays).where(eq(holidays.date, entry.date));
    if ((current?.version ?? 0) !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
    const [row] = current
      ? await tx
          .update(holidays)
          .set({ kind: entry.kind, nameZh: entry.nameZh, nameEn: entry.nameEn, version: sql`${holidays.version} + 1` })
          .where(and(eq(holidays.date, entry.date), eq(holidays.version, version)))
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
    await recordChange(tx, actor, { entity: 'holiday', entityId: entry.date, action: current ? 'update' : 'create', changes });
    return row;
  });
}

export async function deleteHoliday(db: Db, actor: Actor, date: IsoDate, version: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(holidays).where(eq(holidays.date, date)).for('update');
    if (!current) throw new AppError('HOLIDAY.NOT_FOUND', { date });
    if (current.version !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
    await tx.delete(holidays).where(eq(holidays.date, date));
    await recordChange(tx, actor, {
      entity: 'holiday',
      entityId: date,
      action: 'delete',
      changes: [{ field: 'kind', old: current.kind, new: null }],
    });
  });
}
