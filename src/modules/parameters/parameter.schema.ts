import { integer, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Current values of the scheme parameters; the defaults and their meaning live in code. */
export const schemeParameters = pgTable('scheme_parameters', {
  key: text('key').primaryKey(),
  value: numeric('value', { mode: 'number' }).notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});
