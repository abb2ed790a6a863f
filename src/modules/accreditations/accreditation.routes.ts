import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import { sendXlsx, xlsxResponse } from '../../http/downloads.js';
import { versionSchema } from '../../lib/common-schemas.js';
import { certificationFields } from '../certificates/certificate.rules.js';
import {
  addAccreditation,
  changeAccreditation,
  exportAccreditations,
  listAccreditations,
  removeAccreditation,
} from './accreditation.service.js';

const FieldParams = z.object({ field: z.enum(certificationFields).describe('the certification field (认证领域)') });
// lengths and the code's form are checked by the service, with their own zh/en messages
const AccreditationBody = z
  .object({
    bodyNameZh: z.string().max(1000).describe('认可机构中文名称, e.g. 中国合格评定国家认可委员会'),
    bodyNameEn: z.string().max(1000).describe('the accreditation body as IAF CertSearch names it'),
    bodyAcronym: z.string().max(1000).describe('e.g. CNAS'),
    symbolCode: z.string().max(100).describe('认可标志分类代码 of the CNCA report, two digits (01 = CNAS)'),
    accreditationNo: z.string().max(1000).describe('认可证书号 printed with the mark, e.g. CNAS C099-M'),
  })
  .strict();
const AccreditationSchema = AccreditationBody.extend({
  field: z.enum(certificationFields),
  version: z.number().int(),
  updatedAt: z.string(),
}).meta({ id: 'Accreditation' });

/** 认可信息: the administrator sets them; staff who make reports and certificates read them. */
export function accreditationRoutes(app: FastifyInstance, db: Db): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['accreditations'];

  r.get('/api/accreditations', {
    config: { permission: 'parameters:read' },
    schema: {
      tags,
      summary: 'The fields the CB is accredited for, with the accreditation body and number; a field not listed is unaccredited',
      response: { 200: z.array(AccreditationSchema) },
    },
    handler: () => listAccreditations(db),
  });

  r.get('/api/accreditations/export', {
    config: { permission: 'parameters:read' },
    schema: {
      tags,
      summary: 'Every certification field and its accreditation as Excel (.xlsx)',
      querystring: z.object({ lang: z.enum(['zh', 'en']).default('zh') }),
      response: xlsxResponse,
    },
    handler: async (req, reply) => {
      const file = await exportAccreditations(db, req.query.lang);
      return sendXlsx(reply, file, 'accreditations', req.query.lang === 'en' ? 'accreditations' : '认可信息');
    },
  });

  r.post('/api/accreditations/:field', {
    config: { permission: 'parameters:write' },
    schema: {
      tags,
      summary: 'The field becomes accredited: its certificates print the accreditation mark and number from now on',
      params: FieldParams,
      body: AccreditationBody,
      response: { 201: AccreditationSchema },
    },
    handler: async (req, reply) => reply.code(201).send(await addAccreditation(db, callerOf(req).actor, req.params.field, req.body)),
  });

  r.put('/api/accreditations/:field', {
    config: { permission: 'parameters:write' },
    schema: {
      tags,
      summary: 'Change a field’s accreditation body or number (at the version read; 409 when changed meanwhile)',
      params: FieldParams,
      body: AccreditationBody.extend({ version: versionSchema }),
      response: { 200: AccreditationSchema },
    },
    handler: (req) => {
      const { version, ...input } = req.body;
      return changeAccreditation(db, callerOf(req).actor, req.params.field, input, version);
    },
  });

  r.delete('/api/accreditations/:field', {
    config: { permission: 'parameters:write' },
    schema: {
      tags,
      summary: 'The field is no longer accredited (at the version read)',
      params: FieldParams,
      querystring: z.object({ version: z.coerce.number().int().min(1) }),
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      await removeAccreditation(db, callerOf(req).actor, req.params.field, req.query.version);
      return reply.code(204).send(null);
    },
  });
}
