import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/connection.js';
import { lastKnownMigration, readiness } from '../db/readiness.js';
import { AppError } from '../lib/errors.js';

/** How long /readyz waits for the database before it says "not ready" (load balancers probe every few seconds). */
export const READY_CHECK_TIMEOUT_MS = 2000;

/**
 * Probes for a load balancer or process manager, outside /api: no session, no rate limit, not
 * logged per request (a probe every few seconds would fill the log), never cached.
 */
export function healthRoutes(app: FastifyInstance, db: Db): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const common = { config: { public: true }, logLevel: 'warn' as const };

  r.get('/healthz', {
    ...common,
    schema: {
      tags: ['health'],
      security: [],
      summary: 'The process is alive (does not touch the database)',
      response: { 200: z.object({ status: z.literal('alive') }) },
    },
    handler: async (_req, reply) => {
      reply.header('cache-control', 'no-store');
      return { status: 'alive' as const };
    },
  });

  r.get('/readyz', {
    ...common,
    schema: {
      tags: ['health'],
      security: [],
      summary: 'The database answers and holds the migrations of this version; 503 with a code otherwise',
      response: { 200: z.object({ status: z.literal('ready'), migration: z.string() }) },
    },
    handler: async (_req, reply) => {
      reply.header('cache-control', 'no-store');
      const state = await readiness(db, READY_CHECK_TIMEOUT_MS);
      if (!state.ready) throw new AppError(state.reason === 'unreachable' ? 'HEALTH.DATABASE_UNREACHABLE' : 'HEALTH.MIGRATIONS_PENDING');
      return { status: 'ready' as const, migration: lastKnownMigration.tag };
    },
  });
}
