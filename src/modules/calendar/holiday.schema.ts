import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Exceptions to the Monday–Friday week: public holidays (法定节假日, kind 'holiday') and
 * adjusted working weekends (调休上班, kind 'workday').
 */
export const holidays = pgTable(
  'holidays',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    kind: text('kind', { enum: ['holiday', 'workday'] }).notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [check('holidays_kind_check', sql`${t.kind} in ('holiday', 'workday')`)],
);

/**
 * The years whose holiday table staff have entered in full (the State Council's notice for that
 * year). A year with some rows but no mark is not complete: a working-day deadline that reaches
 * into it is provisional (暂定).
 */
export const holidayYears = pgTable('holiday_years', {
  year: integer('year').primaryKey(),
  enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
});
