import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import type { DataScope } from '../auth/permissions.js';
import { callerOf } from '../../http/context.js';
import { sendXlsx, xlsxResponse } from '../../http/downloads.js';
import type { IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import {
  ConfirmMatchSchema,
  DecideActionsSchema,
  IncidentListQuerySchema,
  IncidentReportSchema,
  IncidentSchema,
  RectificationSchema,
  RejectMatchSchema,
  RiskItemInputSchema,
  RiskItemListQuerySchema,
  RiskItemPageSchema,
  RiskItemSchema,
  SelfCheckSchema,
  SelfReportSchema,
  StepNoteSchema,
  SuspensionRequestSchema,
  VerifyRectificationSchema,
} from './risk.dto.js';
import { evidenceFileRoutes } from '../files/file.routes.js';
import {
  decideIncidentActions,
  INCIDENT_ENTITY,
  getIncident,
  listIncidents,
  recordSelfCheck,
  reportToAuditManagement,
  requestSuspension,
  submitIncidentReport,
  submitRectification,
  verifyRectification,
} from './incident.service.js';
import { exportIncidents, exportRiskItems } from './risk.export.js';
import { confirmMatch, createRiskItem, getRiskItem, listRiskItems, rejectMatch, selfReportIncident } from './risk.service.js';

const IdParams = z.object({ id: z.uuid() });
const CandidateParams = z.object({ id: z.uuid(), clientId: z.uuid() });
const Lang = z.object({ lang: z.enum(['zh', 'en']).default('zh') });

export function riskRoutes(app: FastifyInstance, db: Db, today: () => IsoDate, maxRows: number, evidenceMaxBytes: number): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['risk'];

  r.get('/api/risk-items', {
    config: { permission: 'risk:read' },
    schema: {
      tags,
      summary: 'Risk items, newest first, with their best candidate client',
      querystring: RiskItemListQuerySchema,
      response: { 200: RiskItemPageSchema },
    },
    handler: (req) => listRiskItems(db, req.query),
  });

  r.get('/api/risk-items/export', {
    config: { permission: 'risk:read' },
    schema: {
      tags,
      summary: 'The filtered risk items as Excel (.xlsx), in the import layout',
      querystring: RiskItemListQuerySchema.extend(Lang.shape),
      response: xlsxResponse,
    },
    handler: async (req, reply) => {
      const file = await exportRiskItems(db, req.query, req.query.lang, maxRows);
      return sendXlsx(reply, file, 'risk-items', req.query.lang === 'en' ? 'risk-items' : '风险信息');
    },
  });

  r.post('/api/risk-items', {
    config: { permission: 'risk:write' },
    schema: {
      tags,
      summary: 'Record one risk item; it is matched against every certified client at once',
      body: RiskItemInputSchema,
      response: { 201: RiskItemSchema },
    },
    handler: async (req, reply) => reply.code(201).send(await createRiskItem(db, callerOf(req).actor, req.body, today())),
  });

  r.get('/api/risk-items/:id', {
    config: { permission: 'risk:read' },
    schema: {
      tags,
      summary: 'A risk item with its candidate clients, scores and reasons',
      params: IdParams,
      response: { 200: RiskItemSchema },
    },
    handler: (req) => getRiskItem(db, callerOf(req).scope, req.params.id),
  });

  r.post('/api/risk-items/:id/candidates/:clientId/confirm', {
    config: { permission: 'risk:write' },
    schema: {
      tags,
      summary: 'Confirm the client is the one named: opens an incident with its deadlines',
      params: CandidateParams,
      body: ConfirmMatchSchema,
      response: { 200: RiskItemSchema },
    },
    handler: (req) => {
      const { actor, scope } = callerOf(req);
      return confirmMatch(db, actor, scope, req.params.id, req.params.clientId, req.body, today());
    },
  });

  r.post('/api/risk-items/:id/candidates/:clientId/reject', {
    config: { permission: 'risk:write' },
    schema: {
      tags,
      summary: 'Reject a candidate, with the reason',
      params: CandidateParams,
      body: RejectMatchSchema,
      response: { 200: RiskItemSchema },
    },
    handler: (req) => {
      const { actor, scope } = callerOf(req);
      return rejectMatch(db, actor, scope, req.params.id, req.params.clientId, req.body);
    },
  });

  r.get('/api/incidents', {
    config: { permission: 'incidents:read' },
    schema: {
      tags,
      summary: 'Incidents with the steps they still owe',
      querystring: IncidentListQuerySchema,
      response: { 200: z.array(IncidentSchema) },
    },
    handler: (req) => listIncidents(db, callerOf(req).scope, req.query, today()),
  });

  r.get('/api/incidents/export', {
    config: { permission: 'incidents:read' },
    schema: {
      tags,
      summary: 'The filtered incidents as Excel (.xlsx)',
      querystring: IncidentListQuerySchema.extend(Lang.shape),
      response: xlsxResponse,
    },
    handler: async (req, reply) => {
      const file = await exportIncidents(db, callerOf(req).scope, req.query, today(), req.query.lang);
      return sendXlsx(reply, file, 'incidents', req.query.lang === 'en' ? 'incidents' : '风险事件');
    },
  });

  r.get('/api/incidents/:id', {
    config: { permission: 'incidents:read' },
    schema: { tags, params: IdParams, response: { 200: IncidentSchema } },
    handler: (req) => getIncident(db, callerOf(req).scope, req.params.id, today()),
  });

  const step = <S extends z.ZodType>(
    path: string,
    permission: 'risk:write' | 'incidents:respond' | 'incidents:decide',
    summary: string,
    body: S,
    run: (db: Db, actor: Actor, scope: DataScope, id: string, input: z.output<S>, today: IsoDate) => ReturnType<typeof getIncident>,
  ) =>
    r.post(`/api/incidents/:id/${path}`, {
      config: { permission },
      schema: { tags, summary, params: IdParams, body, response: { 200: IncidentSchema } },
      handler: (req) => {
        const { actor, scope } = callerOf(req);
        return run(db, actor, scope, req.params.id, req.body as z.output<S>, today());
      },
    });

  step(
    'report-to-audit-management',
    'risk:write',
    'Record the same-day report to audit management',
    StepNoteSchema,
    reportToAuditManagement,
  );
  step('suspension-request', 'risk:write', 'File the suspension request (暂停申请)', SuspensionRequestSchema, requestSuspension);
  step('self-check', 'incidents:respond', 'The branch’s self-check of the past audit', SelfCheckSchema, recordSelfCheck);
  step(
    'report',
    'incidents:respond',
    'The incident report: event, investigation, actions, opinion',
    IncidentReportSchema,
    submitIncidentReport,
  );
  step(
    'actions',
    'incidents:decide',
    'Audit management’s actions: extra audits, suspension or revocation proposals, rectification deadline',
    DecideActionsSchema,
    decideIncidentActions,
  );
  step('rectification', 'incidents:respond', 'Record the client’s rectification evidence', RectificationSchema, submitRectification);
  step(
    'verification',
    'incidents:decide',
    'Verify the rectification (accept, or send back)',
    VerifyRectificationSchema,
    verifyRectification,
  );

  evidenceFileRoutes(app, db, {
    base: '/api/incidents',
    entity: INCIDENT_ENTITY,
    tags,
    read: 'incidents:read',
    write: 'incidents:respond',
    maxBytes: evidenceMaxBytes,
    reach: (scope, id) => getIncident(db, scope, id, today()),
    assertOpen: async (scope, id) => {
      if ((await getIncident(db, scope, id, today())).status === 'closed') throw new AppError('INCIDENT.CLOSED');
    },
  });

  r.post('/api/portal/incidents', {
    config: { permission: 'incidents:self-report' },
    schema: {
      tags: ['portal'],
      summary: 'A certified client reports a major incident of its own',
      body: SelfReportSchema,
      response: { 201: IncidentSchema },
    },
    handler: async (req, reply) => {
      const { actor, scope, user } = callerOf(req);
      if (scope.kind !== 'client' || !user.clientId) throw new AppError('AUTH.FORBIDDEN');
      const id = await selfReportIncident(db, actor, user.clientId, req.body, today());
      return reply.code(201).send(await getIncident(db, scope, id, today()));
    },
  });
}
