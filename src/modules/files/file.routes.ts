import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import { receiveUpload } from '../../http/uploads.js';
import type { DataScope, Permission } from '../auth/permissions.js';
import { fileOf, filesOf, storeFile } from './file.service.js';
import { fileResponse } from '../../http/downloads.js';

const StoredFileSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});

/**
 * The evidence files of one kind of record, at `${base}/:id/files`: listed and downloaded with
 * `read`, attached with `write`. The owning module says whether the caller may reach the record
 * (`reach` throws its own not-found outside the scope) and whether it still takes files.
 */
export function evidenceFileRoutes(
  app: FastifyInstance,
  db: Db,
  opts: {
    base: string;
    entity: string;
    tags: string[];
    read: Permission;
    write: Permission;
    maxBytes: number;
    reach: (scope: DataScope, id: string) => Promise<unknown>;
    assertOpen?: (scope: DataScope, id: string) => Promise<void>;
  },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const IdParams = z.object({ id: z.uuid() });

  r.get(`${opts.base}/:id/files`, {
    config: { permission: opts.read },
    schema: { tags: opts.tags, summary: 'Evidence filed with the record', params: IdParams, response: { 200: z.array(StoredFileSchema) } },
    handler: async (req) => {
      const { scope } = callerOf(req);
      await opts.reach(scope, req.params.id);
      return filesOf(db, opts.entity, req.params.id, scope);
    },
  });

  r.post(`${opts.base}/:id/files`, {
    config: { permission: opts.write },
    schema: {
      tags: opts.tags,
      summary: 'Attach evidence (PDF, image or Office document; multipart field "file")',
      params: IdParams,
      consumes: ['multipart/form-data'],
      response: { 201: z.object({ id: z.uuid(), fileName: z.string(), size: z.number() }) },
    },
    handler: async (req, reply) => {
      const { actor, scope } = callerOf(req);
      await opts.reach(scope, req.params.id);
      await opts.assertOpen?.(scope, req.params.id);
      const upload = await receiveUpload(req, opts.maxBytes);
      const stored = await storeFile(db, actor, { entity: opts.entity, entityId: req.params.id }, upload);
      return reply.code(201).send(stored);
    },
  });

  r.get(`${opts.base}/:id/files/:fileId`, {
    config: { permission: opts.read },
    schema: {
      tags: opts.tags,
      summary: 'Download one evidence file (always as an attachment)',
      params: IdParams.extend({ fileId: z.uuid() }),
      response: { 200: fileResponse('application/octet-stream', 'the file as it was attached, under its own media type') },
    },
    handler: async (req, reply) => {
      const { scope } = callerOf(req);
      await opts.reach(scope, req.params.id);
      const file = await fileOf(db, opts.entity, req.params.id, req.params.fileId, scope);
      // served as a download, never rendered: no sniffing a PDF into HTML
      return reply
        .header('content-type', file.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(file.content);
    },
  });
}
