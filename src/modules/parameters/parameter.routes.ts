import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import type { IsoDate } from '../../lib/dates.js';
import { listParameters, setParameter, setParameters } from './parameter.service.js';

const ParameterSchema = z.object({
  key: z.string(),
  value: z.number(),
  default: z.number(),
  unit: z.string(),
  min: z.number(),
  max: z.number(),
  section: z.string(),
  label: z.object({ zh: z.string(), en: z.string() }),
  version: z.number().int().describe('0 while the default is in force'),
  updatedAt: z.string().nullable(),
});

export function parameterRoutes(app: FastifyInstance, db: Db, today: () => IsoDate): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/parameters', {
    config: { permission: 'parameters:read' },
    schema: {
      tags: ['parameters'],
      summary: 'Every numeric rule of the scheme with its current value',
      response: { 200: z.array(ParameterSchema) },
    },
    handler: () => listParameters(db),
  });
  r.put('/api/parameters', {
    config: { permission: 'parameters:write' },
    schema: {
      tags: ['parameters'],
      summary: 'Change several parameters together (e.g. the three survey weights, which must add up to 100); all or none',
      body: z.object({
        changes: z
          .array(z.object({ key: z.string().max(100), value: z.number(), version: z.number().int().min(0) }))
          .min(1)
          .max(100),
      }),
      response: { 200: z.array(ParameterSchema) },
    },
    handler: async (req) => {
      await setParameters(db, callerOf(req).actor, req.body.changes, today());
      return listParameters(db);
    },
  });
  r.put('/api/parameters/:key', {
    config: { permission: 'parameters:write' },
    schema: {
      tags: ['parameters'],
      params: z.object({ key: z.string().max(100) }),
      body: z.object({ value: z.number(), version: z.number().int().min(0) }),
      response: { 200: ParameterSchema },
    },
    handler: (req) => setParameter(db, callerOf(req).actor, req.params.key, req.body.value, req.body.version, today()),
  });
}
