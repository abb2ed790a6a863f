import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import type { IsoDate } from '../../lib/dates.js';
import { evidenceFileRoutes } from '../files/file.routes.js';
import {
  AcceptSchema,
  ApplicationInputSchema,
  ApplicationSchema,
  CreditCheckSchema,
  MaterialsSchema,
  RefuseSchema,
} from './application.dto.js';
import { applicationStatuses } from './application.schema.js';
import {
  acceptApplication,
  APPLICATION_ENTITY,
  completeMaterials,
  getApplication,
  listApplications,
  receiveApplication,
  recordCreditCheck,
  refuseApplication,
} from './application.service.js';

const IdParams = z.object({ id: z.uuid() });

export function applicationRoutes(app: FastifyInstance, db: Db, today: () => IsoDate, evidenceMaxBytes: number): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['after-sales service certification'];

  r.get('/api/service-applications', {
    config: { permission: 'applications:read' },
    schema: {
      tags,
      summary: '售后服务认证申请, newest first',
      querystring: z.object({ status: z.enum(applicationStatuses).optional() }),
      response: { 200: z.array(ApplicationSchema) },
    },
    handler: (req) => listApplications(db, callerOf(req).scope, req.query.status, today()),
  });

  r.get('/api/service-applications/:id', {
    config: { permission: 'applications:read' },
    schema: { tags, params: IdParams, response: { 200: ApplicationSchema } },
    handler: (req) => getApplication(db, callerOf(req).scope, req.params.id, today()),
  });

  r.post('/api/service-applications', {
    config: { permission: 'applications:handle' },
    schema: {
      tags,
      summary: 'Receive an application with its materials checklist; the review falls due after afterSales.applicationReviewDays',
      body: ApplicationInputSchema,
      response: { 201: ApplicationSchema },
    },
    handler: async (req, reply) => {
      const { actor, scope } = callerOf(req);
      return reply.code(201).send(await receiveApplication(db, actor, scope, req.body, today()));
    },
  });

  const step = <S extends z.ZodType>(
    path: string,
    summary: string,
    body: S,
    run: (id: string, input: z.output<S>, c: ReturnType<typeof callerOf>) => ReturnType<typeof getApplication>,
  ) =>
    r.post(`/api/service-applications/:id/${path}`, {
      config: { permission: 'applications:handle' },
      schema: { tags, summary, params: IdParams, body, response: { 200: ApplicationSchema } },
      handler: (req) => run(req.params.id, req.body as z.output<S>, callerOf(req)),
    });
  step(
    'credit-check',
    'Record the credit check (administrative penalties, abnormal-operation list, serious-violation blacklist)',
    CreditCheckSchema,
    (id, input, c) => recordCreditCheck(db, c.actor, c.scope, id, input, today()),
  );
  step(
    'materials',
    'Add materials handed in later (only the ones sent change), until the application is decided',
    MaterialsSchema,
    (id, input, c) => completeMaterials(db, c.actor, c.scope, id, input, today()),
  );
  step(
    'accept',
    'Accept: the client (created, or the existing one with the same credit code) and its after-sales programme',
    AcceptSchema,
    (id, input, c) => acceptApplication(db, c.actor, c.scope, id, input, today()),
  );
  step('refuse', 'Refuse, with the reason the applicant is told', RefuseSchema, (id, input, c) =>
    refuseApplication(db, c.actor, c.scope, id, input, today()),
  );

  evidenceFileRoutes(app, db, {
    base: '/api/service-applications',
    entity: APPLICATION_ENTITY,
    tags,
    read: 'applications:read',
    write: 'applications:handle',
    maxBytes: evidenceMaxBytes,
    reach: (scope, id) => getApplication(db, scope, id, today()),
  });
}
