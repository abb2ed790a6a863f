import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/connection.js';
import type { IsoDate } from '../lib/dates.js';
import { runScheduledJobs, type ExtraJobs } from './handlers.js';

export function jobRoutes(app: FastifyInstance, db: Db, today: () => IsoDate, extra?: ExtraJobs): void {
  app.withTypeProvider<ZodTypeProvider>().post('/api/jobs/run', {
    config: { permission: 'jobs:run' },
    schema: {
      tags: ['jobs'],
      summary: 'Run the due scheduled jobs now (the worker also runs them on its own)',
      response: { 200: z.object({ done: z.number(), failed: z.number() }) },
    },
    handler: () => runScheduledJobs(db, today(), extra),
  });
}
