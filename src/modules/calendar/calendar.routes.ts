import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import type { IsoDate } from '../../lib/dates.js';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import { workingDayDeadline } from '../../lib/working-days.js';
import {
  deleteHoliday,
  enterHolidays,
  enterHolidayYear,
  HOLIDAY_MARK_MAX_DAYS,
  listHolidays,
  listHolidayYears,
  loadWorkingDayCalendar,
  markDays,
  reopenHolidayYear,
  setHoliday,
  type RecountDeadlines,
} from './calendar.service.js';
import { parseHolidayNotice } from './holiday-notice.rules.js';

/** The most ranges entered at once: a year's notice gives some twenty. */
const HOLIDAY_BULK_MAX_RANGES = 40;

const isoDate = isoDateSchema;
const HolidaySchema = z.object({
  date: z.string(),
  kind: z.enum(['holiday', 'workday']),
  nameZh: z.string(),
  nameEn: z.string(),
  version: z.number().int(),
});

const year = z.coerce.number().int().min(2000).max(2100);
const RangeSchema = z
  .object({
    from: isoDate,
    to: isoDate,
    kind: z.enum(['holiday', 'workday']),
    nameZh: z.string().trim().min(1).max(50),
    nameEn: z.string().trim().min(1).max(100),
  })
  .refine((r) => r.from <= r.to, { message: 'to is before from', path: ['to'] });
const HolidayYearSchema = z.object({
  year: z.number(),
  entered: z.boolean().describe('marked entered in full: deadlines counted into it are final'),
  enteredAt: z.string().nullable(),
  holidays: z.number(),
  workdays: z.number(),
});

export function calendarRoutes(app: FastifyInstance, db: Db, today: () => IsoDate, recount: RecountDeadlines): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/holidays/years', {
    config: { permission: 'holidays:read' },
    schema: {
      tags: ['calendar'],
      summary: 'This year, next year and every year with entries: its days and whether it is entered in full',
      response: { 200: z.array(HolidayYearSchema) },
    },
    handler: () => listHolidayYears(db, today()),
  });
  r.put('/api/holidays/years/:year', {
    config: { permission: 'holidays:write' },
    schema: {
      tags: ['calendar'],
      summary: "Mark a year's holiday table entered in full; its provisional deadlines are counted again",
      params: z.object({ year }),
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      await enterHolidayYear(db, callerOf(req).actor, req.params.year, recount);
      return reply.code(204).send(null);
    },
  });
  r.delete('/api/holidays/years/:year', {
    config: { permission: 'holidays:write' },
    schema: {
      tags: ['calendar'],
      summary: 'Take the mark off a year marked by mistake',
      params: z.object({ year }),
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      await reopenHolidayYear(db, callerOf(req).actor, req.params.year, recount);
      return reply.code(204).send(null);
    },
  });
  r.post('/api/holidays/notice', {
    config: { permission: 'holidays:write' },
    schema: {
      tags: ['calendar'],
      summary: "Read the State Council's holiday notice into days for review (nothing is saved)",
      body: z.object({ year, text: z.string().min(1).max(20_000) }),
      response: {
        200: z.object({
          year: z.number(),
          ranges: z.array(RangeSchema),
          problems: z.array(z.object({ line: z.number(), message: z.object({ zh: z.string(), en: z.string() }) })),
        }),
      },
    },
    handler: (req) => parseHolidayNotice(req.body.text, req.body.year),
  });
  r.post('/api/holidays/bulk', {
    config: { permission: 'holidays:write' },
    schema: {
      tags: ['calendar'],
      summary: 'Enter many days at once (date ranges, or a reviewed notice), all or none; optionally mark the year entered',
      body: z.object({ ranges: z.array(RangeSchema).max(HOLIDAY_BULK_MAX_RANGES), markYearEntered: year.optional() }),
      response: { 200: z.object({ entered: z.number() }) },
    },
    handler: (req) => enterHolidays(db, callerOf(req).actor, req.body, recount),
  });
  r.post('/api/holidays/mark', {
    config: { permission: 'holidays:write' },
    schema: {
      tags: ['calendar'],
      summary: 'Mark the days chosen in the year view as days off, weekends worked or ordinary days, all or none',
      body: z.object({
        days: z
          .array(z.object({ date: isoDate, version: z.number().int().min(0).describe('as read; 0: the day has no entry') }))
          .min(1)
          .max(HOLIDAY_MARK_MAX_DAYS),
        mark: z.enum(['holiday', 'workday', 'ordinary']).describe('ordinary: the days’ entries are removed'),
        nameZh: z.string().trim().min(1).max(50).optional().describe('for holiday and workday'),
        nameEn: z.string().trim().min(1).max(100).optional(),
      }),
      response: { 200: z.object({ changed: z.number().int().describe('days changed; those already as asked are left') }) },
    },
    handler: (req) => markDays(db, callerOf(req).actor, req.body),
  });
  r.get('/api/holidays', {
    config: { permission: 'holidays:read' },
    schema: {
      tags: ['calendar'],
      querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
      response: { 200: z.array(HolidaySchema) },
    },
    handler: (req) => listHolidays(db, req.query.year),
  });
  r.put('/api/holidays/:date', {
    config: { permission: 'holidays:write' },
    schema: {
      tags: ['calendar'],
      summary: 'Set a date as a public holiday (放假) or an adjusted working weekend day (调休上班)',
      params: z.object({ date: isoDate }),
      body: z.object({
        kind: z.enum(['holiday', 'workday']),
        nameZh: z.string().trim().min(1).max(50),
        nameEn: z.string().trim().min(1).max(100),
        version: z.number().int().min(0),
      }),
      response: { 200: HolidaySchema },
    },
    handler: (req) => {
      const { version, ...entry } = req.body;
      return setHoliday(db, callerOf(req).actor, { date: req.params.date, ...entry }, version);
    },
  });
  r.delete('/api/holidays/:date', {
    config: { permission: 'holidays:write' },
    schema: {
      tags: ['calendar'],
      summary: 'Remove a holiday or adjusted working day',
      params: z.object({ date: isoDate }),
      querystring: z.object({ version: z.coerce.number().int().min(1) }),
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      await deleteHoliday(db, callerOf(req).actor, req.params.date, req.query.version);
      return reply.code(204).send(null);
    },
  });
  r.get('/api/working-days/add', {
    config: { permission: 'holidays:read' },
    schema: {
      tags: ['calendar'],
      summary: 'The date N working days after a date (e.g. a 7-working-day deadline)',
      querystring: z.object({ from: isoDate, days: z.coerce.number().int().min(0).max(366) }),
      response: {
        200: z.object({
          from: z.string(),
          days: z.number(),
          due: z.string(),
          provisional: z.boolean().describe('counted into a year whose holiday table is not entered'),
        }),
      },
    },
    handler: async (req) => {
      const { dueOn, provisional } = workingDayDeadline(req.query.from, req.query.days, await loadWorkingDayCalendar(db));
      return { ...req.query, due: dueOn, provisional };
    },
  });
}
