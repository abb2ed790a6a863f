import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import { versionSchema } from '../../lib/common-schemas.js';
import type { IsoDate } from '../../lib/dates.js';
import { certSearchDuty, certSearchRecords, exportCertSearch, markCertSearchUploaded } from './certsearch.service.js';
import { buildCncaMonth, cbProfile, generateCncaReport, listReports, markCncaSubmitted, monthRange, reportFile } from './cnca.service.js';
import { loadParameters } from '../parameters/parameter.service.js';
import { dayOfFollowingMonth } from '../../lib/dates.js';
import { xlsxResponse } from '../../http/downloads.js';

const PeriodParams = z.object({
  period: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'INVALID' })
    .describe('the reported month, YYYY-MM'),
});
const IdParams = z.object({ id: z.uuid() });
const issue = z.object({
  sheet: z.string(),
  header: z.string().nullable(),
  problem: z.enum(['MISSING', 'TOO_LONG', 'NO_TEAM', 'NOT_REGISTERED', 'NO_ENERGY_DATA', 'NO_DECISION']),
  record: z.object({ kind: z.enum(['client', 'certificate', 'audit', 'registration']), id: z.string(), label: z.string() }),
});
const ReportSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['cnca_monthly', 'certsearch']),
  period: z.string().nullable(),
  fileName: z.string(),
  counts: z.record(z.string(), z.number()),
  issues: z.number(),
  generatedBy: z.string(),
  generatedAt: z.string(),
  submittedOn: z.string().nullable(),
  submittedBy: z.string().nullable(),
  version: z.number(),
});

// the card lists the latest exports; the history route lists them all
const CERTSEARCH_EXPORTS_LISTED = 20;

export function reportingRoutes(app: FastifyInstance, db: Db, config: Config, today: () => IsoDate): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reporting'];

  r.get('/api/reports/cnca/:period/check', {
    config: { permission: 'reports:generate' },
    schema: {
      tags,
      summary: 'CNCA monthly report: rows per sheet, every record that cannot be reported as it stands, and the deadline',
      params: PeriodParams,
      response: {
        200: z.object({
          period: z.string(),
          from: z.string(),
          to: z.string(),
          dueOn: z.string(),
          rows: z.record(z.string(), z.number()),
          headers: z.record(z.string(), z.array(z.string())),
          issues: z.array(issue),
          reports: z.array(ReportSchema),
        }),
      },
    },
    handler: async (req) => {
      const { period } = req.params;
      const month = await buildCncaMonth(db, await cbProfile(db, config), period);
      const params = await loadParameters(db);
      const keys = Object.keys(month.sheets) as (keyof typeof month.sheets)[];
      return {
        period,
        ...monthRange(period),
        dueOn: dayOfFollowingMonth(`${period}-01`, params['cnca.reportDueDayOfMonth']),
        rows: Object.fromEntries(keys.map((k) => [k, month.sheets[k].cells.length])),
        headers: Object.fromEntries(keys.map((k) => [k, month.sheets[k].headers])),
        issues: month.issues,
        reports: await listReports(db, 'cnca_monthly', period),
      };
    },
  });

  r.post('/api/reports/cnca/:period', {
    config: { permission: 'reports:generate' },
    schema: {
      tags,
      summary: 'Generate the CNCA monthly report (.xlsx, four sheets) and keep it in the history; download it from /api/reports/{id}/file',
      params: PeriodParams,
      response: { 201: z.object({ id: z.uuid(), fileName: z.string() }) },
    },
    handler: async (req, reply) => {
      const cb = await cbProfile(db, config);
      const { id, fileName } = await generateCncaReport(db, cb, callerOf(req).actor, req.params.period, today());
      return reply.code(201).send({ id, fileName });
    },
  });

  r.get('/api/reports', {
    config: { permission: 'reports:generate' },
    schema: {
      tags,
      summary: 'Generated reports, newest first',
      querystring: z.object({ kind: z.enum(['cnca_monthly', 'certsearch']).default('cnca_monthly'), period: z.string().optional() }),
      response: { 200: z.array(ReportSchema) },
    },
    handler: (req) => listReports(db, req.query.kind, req.query.period),
  });

  r.get('/api/reports/:id/file', {
    config: { permission: 'reports:generate' },
    schema: { tags, summary: 'The file as it was generated', params: IdParams, response: xlsxResponse },
    handler: async (req, reply) => {
      const row = await reportFile(db, req.params.id);
      return reply
        .header('content-type', row.contentType)
        .header('content-disposition', `attachment; filename="${row.fileName}"`)
        .send(row.content);
    },
  });

  r.post('/api/reports/:id/submit', {
    config: { permission: 'reports:generate' },
    schema: {
      tags,
      summary: 'Mark a CNCA monthly report as uploaded to the national platform; its due-list entry goes',
      params: IdParams,
      body: z.object({ version: versionSchema }),
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      await markCncaSubmitted(db, callerOf(req).actor, req.params.id, req.body.version, today());
      return reply.code(204).send(null);
    },
  });

  r.get('/api/reports/certsearch/check', {
    config: { permission: 'reports:generate' },
    schema: {
      tags,
      summary: 'IAF CertSearch: records that would be exported, those the format would refuse and why, and the refresh duty',
      response: {
        200: z.object({
          records: z.number(),
          failures: z.array(
            z.object({
              certificateNo: z.string(),
              clientId: z.uuid(),
              failures: z.array(z.object({ field: z.string(), problem: z.string(), limit: z.number().optional() })),
            }),
          ),
          duty: z.object({
            lastUploadOn: z.string().nullable().describe('the last export staff marked uploaded to CertSearch'),
            lastUploadBy: z.string().nullable(),
            dueOn: z.string(),
            overdue: z.boolean(),
          }),
          accreditedFields: z.array(z.string()).describe('the fields whose certificates go out Accredited (认可信息)'),
          exports: z.array(ReportSchema),
        }),
      },
    },
    handler: async () => {
      const { records, failures, accreditedFields } = await certSearchRecords(db);
      return {
        records: records.length,
        failures,
        duty: await certSearchDuty(db, today()),
        accreditedFields,
        exports: await listReports(db, 'certsearch', undefined, CERTSEARCH_EXPORTS_LISTED),
      };
    },
  });

  r.post('/api/reports/certsearch', {
    config: { permission: 'reports:generate' },
    schema: {
      tags,
      summary:
        'Export certificates for IAF CertSearch as JSON (v2 upload field names) or the Excel template; confidential ones are left out',
      querystring: z.object({ format: z.enum(['json', 'xlsx']).default('json') }),
      response: { 201: z.object({ fileName: z.string(), records: z.number(), refused: z.number() }) },
    },
    handler: async (req, reply) => {
      const { fileName, records, refused } = await exportCertSearch(db, callerOf(req).actor, req.query.format, today());
      return reply.code(201).send({ fileName, records, refused });
    },
  });

  r.post('/api/reports/certsearch/:id/uploaded', {
    config: { permission: 'reports:generate' },
    schema: {
      tags,
      summary: 'Mark a CertSearch export as uploaded to IAF CertSearch today; the refresh duty on the due-list moves on (IAF MD 28)',
      params: IdParams,
      body: z.object({ version: versionSchema }),
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      await markCertSearchUploaded(db, callerOf(req).actor, req.params.id, req.body.version, today());
      return reply.code(204).send(null);
    },
  });
}
