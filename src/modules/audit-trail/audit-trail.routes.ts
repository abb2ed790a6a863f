import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import { sendXlsx, xlsxResponse } from '../../http/downloads.js';
import {
  AuditLogPageSchema,
  AuditLogQuerySchema,
  AuditLogVocabularySchema,
  ReadableEntrySchema,
  RecordHistoryQuerySchema,
} from './audit-trail.dto.js';
import { auditLogVocabulary, auditRecordHistory, exportAuditLog, searchAuditLog } from './audit-trail.service.js';

/** 审计日志 (issue 17.9, 17.10): every change, sign-in and refusal, for the administrator and quality-technical. */
export function auditTrailRoutes(app: FastifyInstance, db: Db, opts: { timeZone: string; exportMaxRows: number }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit-log'];
  const reader = (req: Parameters<typeof callerOf>[0]) => ({ role: callerOf(req).user.role, timeZone: opts.timeZone });

  r.get('/api/audit-log', {
    config: { permission: 'audit:read' },
    schema: {
      tags,
      summary: 'The audit log, newest first: filter by person, local dates, kind of record, action, record and text',
      querystring: AuditLogQuerySchema,
      response: { 200: AuditLogPageSchema },
    },
    handler: (req) => searchAuditLog(db, reader(req), callerOf(req).scope, req.query),
  });

  r.get('/api/audit-log/export', {
    config: { permission: 'audit:read' },
    schema: {
      tags,
      summary: 'The filtered audit log as Excel (.xlsx), a row per field changed',
      querystring: AuditLogQuerySchema,
      response: xlsxResponse,
    },
    handler: async (req, reply) => {
      const { scope, actor } = callerOf(req);
      const file = await exportAuditLog(db, reader(req), scope, actor, req.query, opts.exportMaxRows);
      return sendXlsx(reply, file, 'audit-log', req.query.lang === 'en' ? 'audit-log' : '审计日志');
    },
  });

  r.get('/api/audit-log/record', {
    config: { permission: 'audit:read' },
    schema: {
      tags,
      summary: 'One record’s whole history, newest first',
      querystring: RecordHistoryQuerySchema,
      response: { 200: z.array(ReadableEntrySchema) },
    },
    handler: (req) => auditRecordHistory(db, reader(req), callerOf(req).scope, req.query.entity, req.query.entityId),
  });

  r.get('/api/audit-log/vocabulary', {
    config: { permission: 'audit:read' },
    schema: {
      tags,
      summary: 'The kinds of record and their actions, and the accounts, for the filters',
      response: { 200: AuditLogVocabularySchema },
    },
    handler: (req) => auditLogVocabulary(db, callerOf(req).scope),
  });
}
