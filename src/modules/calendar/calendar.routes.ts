import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import { addWorkingDays } from '../../lib/working-days.js';
import { deleteHoliday, listHolidays, loadWorkingDayCalendar, setHoliday } from './calendar.service.js';

const isoDate = isoDateSchema;
const HolidaySchema = z.object({
  date: z.string(),
  kind: z.enum(['holiday', 'workday']),
  nameZh: z.string(),
  nameEn: z.string(),
  version: z.number().int(),
});

export function calendarRoutes(app: FastifyInstance, db: Db): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
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
    schema: { tags: ['calendar'], params: z.object({ date: isoDate }), querystring: z.object({ version: z.coerce.number().int().min(1) }) },
    handler: async (req, reply) => {
      await deleteHoliday(db, callerOf(req).actor, req.params.date, req.query.version);
      return reply.code(204).send();
    },
  });
  r.get('/api/working-days/add', {
    config: { permission: 'holidays:read' },
    schema: {
      tags: ['calendar'],
      summary: 'The date N working days after a date (e.g. a 7-working-day deadline)',
      querystring: z.object({ from: isoDate, days: z.coerce.number().int().min(0).max(366) }),
      response: { 200: z.object({ from: z.string(), days: z.number(), due: z.string() }) },
    },
    handler: async (req) => ({ ...req.query, due: addWorkingDays(req.query.from, req.query.days, await loadWorkingDayCalendar(db)) }),
  });
}
