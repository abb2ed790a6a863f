import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import { sendXlsx, xlsxResponse } from '../../http/downloads.js';
import type { IsoDate } from '../../lib/dates.js';
import { DueItemSchema, DueListQuerySchema } from './due-list.dto.js';
import { exportDueItems, listDueItems, type DueListQuery } from './due-list.service.js';

const count = z.number();
const DueListSchema = z.object({
  counts: z.object({ overdue: count, first: count, second: count, third: count }),
  windowDays: z.tuple([count, count, count]),
  total: count,
  items: z.array(DueItemSchema),
});

export function dueListRoutes(app: FastifyInstance, db: Db, maxRows: number, today: () => IsoDate): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['due-list'];

  r.get('/api/due-items', {
    config: { permission: 'duelist:read' },
    schema: {
      tags,
      summary:
        'The due-list: what is overdue or due within the 30 / 60 / 90-day windows, by department and branch; from/to for the calendar',
      querystring: DueListQuerySchema,
      response: { 200: DueListSchema },
    },
    handler: (req) => listDueItems(db, callerOf(req).scope, req.query as DueListQuery, today()),
  });

  r.get('/api/due-items/export', {
    config: { permission: 'duelist:read' },
    schema: { tags, summary: 'The filtered due-list as Excel (.xlsx)', querystring: DueListQuerySchema, response: xlsxResponse },
    handler: async (req, reply) => {
      const q = req.query as DueListQuery;
      const file = await exportDueItems(db, callerOf(req).scope, q, today(), maxRows, q.lang);
      return sendXlsx(reply, file, 'due-list', q.lang === 'en' ? 'due-list' : '到期清单');
    },
  });
}
