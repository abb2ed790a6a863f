import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { listBranches } from './branch.repo.js';

const BranchSchema = z.object({ id: z.uuid(), code: z.string(), nameZh: z.string(), nameEn: z.string() });

export function branchRoutes(app: FastifyInstance, db: Db): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/branches', {
    config: { permission: 'branches:read' },
    schema: { tags: ['branches'], response: { 200: z.array(BranchSchema) } },
    handler: () => listBranches(db),
  });
}
