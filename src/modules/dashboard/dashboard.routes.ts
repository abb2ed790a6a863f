import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import type { IsoDate } from '../../lib/dates.js';
import { DashboardSchema } from './dashboard.dto.js';
import { dashboard } from './dashboard.service.js';

export function dashboardRoutes(app: FastifyInstance, db: Db, today: () => IsoDate, now: () => Date): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/dashboard', {
    config: { permission: 'self:read' },
    schema: {
      tags: ['dashboard'],
      summary: "The signed-in role's home page: due, overdue and unusual today, with chart data",
      response: { 200: DashboardSchema },
    },
    handler: (req) => {
      const { user, scope } = callerOf(req);
      return dashboard(db, user, scope, today(), now());
    },
  });
}
