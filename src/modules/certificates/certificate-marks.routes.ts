import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import { fileResponse } from '../../http/downloads.js';
import { receiveUpload } from '../../http/uploads.js';
import { AppError } from '../../lib/errors.js';
import { markImage, marksInUse, removeMark, uploadMark } from './certificate-marks.service.js';
import { markKinds } from './certificate.rules.js';

const KindParams = z.object({ kind: z.enum(markKinds).describe('certification: 认证标志; accreditation: 认可标志') });
const MarkSchema = z
  .object({ kind: z.enum(markKinds), fileName: z.string(), size: z.number(), uploadedBy: z.string(), uploadedAt: z.string() })
  .meta({ id: 'CertificateMark' });

/** The marks printed on certificates: staff see them, the administrator uploads and removes them. */
export function certificateMarkRoutes(app: FastifyInstance, db: Db, maxBytes: number): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['certificates'];

  r.get('/api/certificate-marks', {
    config: { permission: 'certificates:list' },
    schema: { tags, summary: 'The marks certificates print with', response: { 200: z.array(MarkSchema) } },
    handler: () => marksInUse(db),
  });

  r.get('/api/certificate-marks/:kind', {
    config: { permission: 'certificates:list' },
    schema: { tags, summary: 'One mark’s image', params: KindParams, response: { 200: fileResponse('image/png', 'PNG or JPEG') } },
    handler: async (req, reply) => {
      const image = await markImage(db, req.params.kind);
      if (!image) throw new AppError('CERTIFICATE.MARK_NOT_FOUND');
      return reply.header('content-type', image.contentType).header('cache-control', 'no-store').send(image.content);
    },
  });

  r.post('/api/certificate-marks/:kind', {
    config: { permission: 'parameters:write' },
    schema: {
      tags,
      summary: 'Upload the mark certificates print from now on (PNG or JPEG; multipart field "file")',
      params: KindParams,
      consumes: ['multipart/form-data'],
      response: { 201: z.object({ id: z.uuid(), fileName: z.string(), size: z.number() }) },
    },
    handler: async (req, reply) => {
      const upload = await receiveUpload(req, maxBytes);
      return reply.code(201).send(await uploadMark(db, callerOf(req).actor, req.params.kind, upload));
    },
  });

  r.delete('/api/certificate-marks/:kind', {
    config: { permission: 'parameters:write' },
    schema: { tags, summary: 'Certificates print without this mark from now on', params: KindParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await removeMark(db, callerOf(req).actor, req.params.kind);
      return reply.code(204).send(null);
    },
  });
}
