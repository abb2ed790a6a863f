import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import type { IsoDate } from '../../lib/dates.js';
import { ApplyChangeSchema, ChangeListQuerySchema, ContractChangeSchema, FileChangeSchema, ReviewChangeSchema } from './change.dto.js';
import { applyChange, fileChange, getChange, listChanges, reviewChange } from './change.service.js';
import { changeFormRows } from './change.form.js';
import { pdfResponse, printPdf } from '../../http/downloads.js';
import { formPdf, type Letterhead } from '../../http/report-files.js';

const IdParams = z.object({ id: z.uuid() });

export function contractChangeRoutes(app: FastifyInstance, db: Db, today: () => IsoDate, letterhead: Letterhead): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['contract changes'];
  const caller = (req: Parameters<typeof callerOf>[0]) => {
    const c = callerOf(req);
    return { actor: c.actor, role: c.user.role, scope: c.scope };
  };

  r.get('/api/contract-changes', {
    config: { permission: 'changes:read' },
    schema: {
      tags,
      summary: '合同变更: applications and what became of them',
      querystring: ChangeListQuerySchema,
      response: { 200: z.array(ContractChangeSchema) },
    },
    handler: (req) => listChanges(db, caller(req), req.query),
  });

  r.get('/api/contract-changes/:id', {
    config: { permission: 'changes:read' },
    schema: { tags, params: IdParams, response: { 200: ContractChangeSchema } },
    handler: (req) => getChange(db, caller(req), req.params.id),
  });

  r.get('/api/contract-changes/:id/pdf', {
    config: { permission: 'changes:read' },
    schema: {
      tags,
      summary: 'The application as filed, on form F01 (变更申请表), with what became of it (PDF)',
      params: IdParams,
      response: pdfResponse,
    },
    handler: async (req, reply) => {
      const c = caller(req);
      const change = await getChange(db, c, req.params.id);
      const pdf = await formPdf(letterhead, {
        title: { zh: '合同变更申请表（F01）', en: 'Contract change application (F01)' },
        reference: change.number,
        rows: changeFormRows(change, c.role),
      });
      return printPdf(reply, pdf, change.number, `${change.number} 合同变更申请表`);
    },
  });

  r.post('/api/clients/:id/contract-changes', {
    config: { permission: 'changes:file' },
    schema: {
      tags,
      summary: 'File a change application (F01 变更申请表); fee changes are customer service’s only',
      params: IdParams,
      body: FileChangeSchema,
      response: { 201: ContractChangeSchema },
    },
    handler: async (req, reply) => {
      const c = caller(req);
      const row = await fileChange(db, c, req.params.id, req.body, today());
      return reply.code(201).send(await getChange(db, c, row.id));
    },
  });

  r.post('/api/contract-changes/:id/review', {
    config: { permission: 'changes:handle' },
    schema: {
      tags,
      summary: 'Review: approve, reject, or require an audit (a scope extension always needs one)',
      params: IdParams,
      body: ReviewChangeSchema,
      response: { 200: ContractChangeSchema },
    },
    handler: (req) => reviewChange(db, caller(req), req.params.id, req.body, today()),
  });

  r.post('/api/contract-changes/:id/apply', {
    config: { permission: 'changes:handle' },
    schema: {
      tags,
      summary: 'Carry the change out: the client record, and the certificate reissued when its content changes',
      params: IdParams,
      body: ApplyChangeSchema,
      response: { 200: ContractChangeSchema },
    },
    handler: (req) => applyChange(db, caller(req), req.params.id, req.body, today()),
  });
}
