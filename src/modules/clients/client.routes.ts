import { roleMay } from '../auth/permissions.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import { ReadableEntrySchema } from '../audit-trail/audit-trail.dto.js';
import { sendXlsx, xlsxResponse } from '../../http/downloads.js';
import { assertExportable } from '../../http/list-sheet.js';
import type { IsoDate } from '../../lib/dates.js';
import {
  ClientInputSchema,
  ClientListQuerySchema,
  ClientPageSchema,
  ClientSchema,
  ClientUpdateSchema,
  DishonestyListingSchema,
  type ClientListQuery,
} from './client.dto.js';
import { listClients } from './client.repo.js';
import { clientColumnsSeenBy } from './client.columns.js';
import {
  assertQueryable,
  clientHistory,
  createClient,
  getClient,
  recordDishonestyListing,
  searchClients,
  updateClient,
} from './client.service.js';
import { writeClientWorkbook } from './client.xlsx.js';

const IdParams = z.object({ id: z.uuid() });

export function clientRoutes(app: FastifyInstance, db: Db, maxRows: number, today: () => IsoDate, timeZone: string): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const listQuery = (req: FastifyRequest) => {
    const query = req.query as ClientListQuery;
    assertQueryable(callerOf(req).user.role, query);
    return query;
  };

  r.get('/api/clients', {
    config: { permission: 'clients:read' },
    schema: {
      tags: ['clients'],
      summary: 'List and search clients',
      querystring: ClientListQuerySchema,
      response: { 200: ClientPageSchema },
    },
    handler: (req) => searchClients(db, callerOf(req).scope, listQuery(req)),
  });

  r.get('/api/clients/export', {
    config: { permission: 'clients:read' },
    schema: {
      tags: ['clients'],
      summary: 'Export the filtered list to Excel (.xlsx)',
      querystring: ClientListQuerySchema,
      response: xlsxResponse,
    },
    handler: async (req, reply) => {
      const query = listQuery(req);
      const { user, scope } = callerOf(req);
      const { items, total } = await listClients(db, scope, query, { limit: maxRows, offset: 0 });
      // never a silently shortened file
      assertExportable(total, maxRows);
      const file = await writeClientWorkbook(items, query.lang, clientColumnsSeenBy(user.role), roleMay(user.role, 'clients:import'));
      const name = query.lang === 'en' ? 'clients' : '客户信息';
      return sendXlsx(reply, file, 'clients', name);
    },
  });

  r.get('/api/clients/import-template', {
    config: { permission: 'clients:import' },
    schema: {
      tags: ['clients'],
      summary: 'The import template: the export layout with no rows and a sheet of instructions (blank cells, the clear marker)',
      querystring: z.object({ lang: z.enum(['zh', 'en']).default('zh') }),
      response: xlsxResponse,
    },
    handler: async (req, reply) => {
      const { lang } = req.query;
      return sendXlsx(
        reply,
        await writeClientWorkbook([], lang, clientColumnsSeenBy(callerOf(req).user.role), true),
        'client-import-template',
        lang === 'en' ? 'client import template' : '客户导入模板',
      );
    },
  });

  r.get('/api/clients/:id', {
    config: { permission: 'clients:read' },
    schema: { tags: ['clients'], params: IdParams, response: { 200: ClientSchema } },
    handler: (req) => getClient(db, callerOf(req).scope, req.params.id),
  });

  r.post('/api/clients', {
    config: { permission: 'clients:write' },
    schema: { tags: ['clients'], body: ClientInputSchema, response: { 201: ClientSchema } },
    handler: async (req, reply) => {
      const { scope, actor } = callerOf(req);
      return reply.code(201).send(await createClient(db, actor, scope, req.body));
    },
  });

  r.patch('/api/clients/:id', {
    config: { permission: 'clients:write' },
    schema: {
      tags: ['clients'],
      summary: 'Change fields; `version` must be the one read (else 409)',
      params: IdParams,
      body: ClientUpdateSchema,
      response: { 200: ClientSchema },
    },
    handler: (req) => {
      const { scope, actor } = callerOf(req);
      return updateClient(db, actor, scope, req.params.id, req.body);
    },
  });

  r.put('/api/clients/:id/dishonesty-listing', {
    config: { permission: 'clients:credit' },
    schema: {
      tags: ['clients'],
      summary:
        'Record the client on the serious-dishonesty list (严重违法失信名单) with source and date, or its removal; it bars applications',
      params: IdParams,
      body: DishonestyListingSchema,
      response: { 200: ClientSchema },
    },
    handler: (req) => {
      const { scope, actor } = callerOf(req);
      return recordDishonestyListing(db, actor, scope, req.params.id, req.body, today());
    },
  });

  r.get('/api/clients/:id/history', {
    config: { permission: 'clients:history' },
    schema: {
      tags: ['clients'],
      summary: 'Change history, newest first: who, when, each field by its label, old → new, as the caller’s role may see them',
      params: IdParams,
      response: { 200: z.array(ReadableEntrySchema) },
    },
    handler: (req) => {
      const { scope, user } = callerOf(req);
      return clientHistory(db, { role: user.role, timeZone }, scope, req.params.id);
    },
  });
}
