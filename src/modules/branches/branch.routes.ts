import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import { requiredText, versionSchema } from '../../lib/common-schemas.js';
import { listBranchesWithCounts } from './branch.repo.js';
import { createBranch, renameBranch, setBranchActive } from './branch.service.js';

const BranchSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    active: z.boolean().describe('a deactivated branch keeps its clients and history; nobody new is put in it'),
    version: z.number(),
    activeUsers: z.number().describe('active accounts in it'),
    clients: z.number().describe('clients in it'),
  })
  .meta({ id: 'Branch' });
const IdParams = z.object({ id: z.uuid() });
const VersionBody = z.strictObject({ version: versionSchema });

export function branchRoutes(app: FastifyInstance, db: Db): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const withCounts = async (branch: Promise<{ id: string }>) => (await listBranchesWithCounts(db, (await branch).id))[0]!;
  r.get('/api/branches', {
    config: { permission: 'branches:read' },
    schema: { tags: ['branches'], response: { 200: z.array(BranchSchema) } },
    handler: () => listBranchesWithCounts(db),
  });
  r.post('/api/branches', {
    config: { permission: 'branches:write' },
    schema: {
      tags: ['branches'],
      body: z.strictObject({ code: z.string().max(40), nameZh: requiredText(100), nameEn: requiredText(200) }),
      response: { 201: BranchSchema },
    },
    handler: async (req, reply) => reply.code(201).send(await withCounts(createBranch(db, callerOf(req).actor, req.body))),
  });
  r.patch('/api/branches/:id', {
    config: { permission: 'branches:write' },
    schema: {
      tags: ['branches'],
      summary: 'Rename; the code stays',
      params: IdParams,
      body: z.strictObject({ version: versionSchema, nameZh: requiredText(100).optional(), nameEn: requiredText(200).optional() }),
      response: { 200: BranchSchema },
    },
    handler: (req) => withCounts(renameBranch(db, callerOf(req).actor, req.params.id, req.body)),
  });
  r.post('/api/branches/:id/deactivate', {
    config: { permission: 'branches:write' },
    schema: { tags: ['branches'], params: IdParams, body: VersionBody, response: { 200: BranchSchema } },
    handler: (req) => withCounts(setBranchActive(db, callerOf(req).actor, req.params.id, req.body.version, false)),
  });
  r.post('/api/branches/:id/activate', {
    config: { permission: 'branches:write' },
    schema: { tags: ['branches'], params: IdParams, body: VersionBody, response: { 200: BranchSchema } },
    handler: (req) => withCounts(setBranchActive(db, callerOf(req).actor, req.params.id, req.body.version, true)),
  });
}
