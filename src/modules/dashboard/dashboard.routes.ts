import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import type { IsoDate } from '../../lib/dates.js';
import { dashboard } from './dashboard.service.js';

export function dashboardRoutes(app: FastifyInstance, db: Db, today: () => IsoDate, now: () => Date): void {
  app.get('/api/dashboard', {
    config: { permission: 'self:read' },
    schema: { tags: ['dashboard'], summary: "The signed-in role's home page: due, overdue and unusual today, with chart data" },
    handler: (req) => {
      const { user, scope } = callerOf(req);
      return dashboard(db, user, scope, today(), now());
    },
  });
}
