import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MessageSchema } from '../../lib/common-schemas.js';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import { sendXlsx, xlsxResponse } from '../../http/downloads.js';
import type { IsoDate } from '../../lib/dates.js';
import { CertificateDetailSchema } from '../certificates/certificate.dto.js';
import { certificationFields } from '../certificates/certificate.rules.js';
import {
  AuditPlanSchema,
  AuditSchema,
  CancelAuditSchema,
  CreateProgrammeSchema,
  PlanAuditSchema,
  ProgrammeRecordSchema,
  ProgrammeSchema,
  ProposalAcceptSchema,
  ProposalDismissSchema,
  ProposalRecordSchema,
  ProposalSchema,
  RecertifySchema,
  RecordAuditSchema,
  RegistrationInputSchema,
  RegistrationSchema,
  RegistrationUpdateSchema,
  RescheduleAuditSchema,
  TeamCandidateSchema,
  TeamSchema,
} from './programme.dto.js';
import {
  assignTeam,
  cancelAudit,
  checkTeam,
  clientProgrammes,
  createProgramme,
  getAudit,
  planAudit,
  recertifyCertificate,
  recordAudit,
  rescheduleAudit,
  saveAuditPlan,
  teamCandidates,
} from './programme.service.js';
import { acceptProposal, dismissProposal, listProposals } from './proposal.service.js';
import { auditorAccounts, createRegistration, exportRegistrations, listRegistrations, updateRegistration } from './registration.service.js';
import { proposalStatuses } from './programme.schema.js';

const IdParams = z.object({ id: z.uuid() });

export function programmeRoutes(app: FastifyInstance, db: Db, today: () => IsoDate): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['programmes'];

  r.get('/api/clients/:id/programmes', {
    config: { permission: 'programmes:read' },
    schema: {
      tags,
      summary: 'The client’s audit programmes with audits, teams and due dates',
      params: IdParams,
      response: { 200: z.array(ProgrammeSchema) },
    },
    handler: (req) => clientProgrammes(db, callerOf(req).scope, req.params.id, today()),
  });

  r.post('/api/clients/:id/programmes', {
    config: { permission: 'programmes:write' },
    schema: {
      tags,
      summary: 'Open a programme for an application (before the certificate is granted)',
      params: IdParams,
      body: CreateProgrammeSchema,
      response: { 201: ProgrammeRecordSchema },
    },
    handler: async (req, reply) => {
      const { actor, scope } = callerOf(req);
      return reply.code(201).send(await createProgramme(db, actor, scope, req.params.id, req.body, today()));
    },
  });

  r.post('/api/programmes/:id/audits', {
    config: { permission: 'programmes:write' },
    schema: { tags, summary: 'Plan an audit in the programme', params: IdParams, body: PlanAuditSchema, response: { 201: AuditSchema } },
    handler: async (req, reply) => {
      const { actor, scope } = callerOf(req);
      return reply.code(201).send(await planAudit(db, actor, scope, req.params.id, req.body));
    },
  });

  r.post('/api/programmes/:id/recertify', {
    config: { permission: 'certificates:decide' },
    schema: {
      tags,
      summary: 'Recertification decision: new validity from the decision, next cycle opens (version = the certificate’s)',
      params: IdParams,
      body: RecertifySchema,
      response: { 200: CertificateDetailSchema },
    },
    handler: (req) => {
      const { actor, scope } = callerOf(req);
      return recertifyCertificate(db, actor, scope, req.params.id, req.body, today());
    },
  });

  r.get('/api/audits/:id', {
    config: { permission: 'programmes:read' },
    schema: { tags, params: IdParams, response: { 200: AuditSchema } },
    handler: (req) => getAudit(db, callerOf(req).scope, req.params.id),
  });

  const auditAction = <S extends z.ZodType>(
    path: string,
    summary: string,
    body: S,
    run: (caller: ReturnType<typeof callerOf>, id: string, input: z.output<S>) => ReturnType<typeof getAudit>,
    permission: 'programmes:write' | 'audits:plan' = 'programmes:write',
  ) =>
    r.post(`/api/audits/:id/${path}`, {
      config: { permission },
      schema: { tags, summary, params: IdParams, body, response: { 200: AuditSchema } },
      handler: (req) => run(callerOf(req), req.params.id, req.body as z.output<S>),
    });

  auditAction('reschedule', 'Move a planned audit, with the reason', RescheduleAuditSchema, (c, id, input) =>
    rescheduleAudit(db, c.actor, c.scope, id, input),
  );
  auditAction('cancel', 'Cancel a planned audit, with the reason', CancelAuditSchema, (c, id, input) =>
    cancelAudit(db, c.actor, c.scope, id, input),
  );
  auditAction('record', 'Record the actual dates and the result of an audit', RecordAuditSchema, (c, id, input) =>
    recordAudit(db, c.actor, c.scope, id, input, today()),
  );
  auditAction('team', 'Assign the audit team; refused when a registration does not allow it', TeamSchema, (c, id, input) =>
    assignTeam(db, c.actor, c.scope, id, input),
  );
  auditAction(
    'plan',
    'The audit plan: activities with date, time, site and person',
    AuditPlanSchema,
    (c, id, input) => saveAuditPlan(db, c.actor, c.user, c.scope, id, input),
    'audits:plan',
  );

  r.get('/api/audits/:id/team-candidates', {
    config: { permission: 'programmes:read' },
    schema: {
      tags,
      summary: 'Auditors registered for the audit’s field and dates, with the client’s previous audits each was on',
      params: IdParams,
      response: { 200: z.array(TeamCandidateSchema) },
    },
    handler: (req) => teamCandidates(db, callerOf(req).scope, req.params.id),
  });

  r.post('/api/audits/:id/team-check', {
    config: { permission: 'programmes:write' },
    schema: {
      tags,
      summary: 'What keeps a team being built from being the audit’s team, by the rules saving it checks (nothing is saved)',
      params: IdParams,
      body: TeamSchema.pick({ members: true }),
      response: {
        200: z.object({
          problems: z.array(z.object({ code: z.string(), message: MessageSchema })).describe('empty: the team may be saved'),
        }),
      },
    },
    handler: (req) => checkTeam(db, callerOf(req).scope, req.params.id, req.body.members),
  });

  r.get('/api/auditor-registrations', {
    config: { permission: 'programmes:read' },
    schema: {
      tags,
      querystring: z.object({ userId: z.uuid().optional(), field: z.enum(certificationFields).optional() }),
      response: { 200: z.array(RegistrationSchema) },
    },
    handler: (req) => listRegistrations(db, req.query),
  });

  r.get('/api/auditor-registrations/export', {
    config: { permission: 'programmes:read' },
    schema: {
      tags,
      summary: 'The filtered registrations as Excel (.xlsx)',
      querystring: z.object({
        userId: z.uuid().optional(),
        field: z.enum(certificationFields).optional(),
        lang: z.enum(['zh', 'en']).default('zh'),
      }),
      response: xlsxResponse,
    },
    handler: async (req, reply) => {
      const { lang, ...filter } = req.query;
      const file = await exportRegistrations(db, filter, lang);
      return sendXlsx(reply, file, 'registrations', lang === 'en' ? 'auditor-registrations' : '审核员注册资格');
    },
  });

  r.get('/api/auditors', {
    config: { permission: 'programmes:read' },
    schema: { tags, summary: 'Auditor accounts', response: { 200: z.array(z.object({ id: z.uuid(), name: z.string() })) } },
    handler: () => auditorAccounts(db),
  });

  r.post('/api/auditor-registrations', {
    config: { permission: 'registrations:write' },
    schema: { tags, body: RegistrationInputSchema, response: { 201: RegistrationSchema } },
    handler: async (req, reply) => reply.code(201).send(await createRegistration(db, callerOf(req).actor, req.body)),
  });

  r.put('/api/auditor-registrations/:id', {
    config: { permission: 'registrations:write' },
    schema: { tags, params: IdParams, body: RegistrationUpdateSchema, response: { 200: RegistrationSchema } },
    handler: (req) => updateRegistration(db, callerOf(req).actor, req.params.id, req.body),
  });

  r.get('/api/suspension-proposals', {
    config: { permission: 'duelist:read' },
    schema: {
      tags,
      summary: 'Suspension proposals raised by overdue surveillance',
      querystring: z.object({ status: z.enum(proposalStatuses).optional() }),
      response: { 200: z.array(ProposalSchema) },
    },
    handler: (req) => listProposals(db, callerOf(req).scope, req.query.status),
  });

  r.post('/api/suspension-proposals/:id/accept', {
    config: { permission: 'certificates:decide' },
    schema: {
      tags,
      summary: 'Accept: the certificate is suspended (surveillance not accepted)',
      params: IdParams,
      body: ProposalAcceptSchema,
      response: { 200: CertificateDetailSchema },
    },
    handler: (req) => {
      const { actor, scope } = callerOf(req);
      return acceptProposal(db, actor, scope, req.params.id, req.body, today());
    },
  });

  r.post('/api/suspension-proposals/:id/dismiss', {
    config: { permission: 'certificates:decide' },
    schema: {
      tags,
      summary: 'Dismiss, with the reason',
      params: IdParams,
      body: ProposalDismissSchema,
      response: { 200: ProposalRecordSchema },
    },
    handler: (req) => {
      const { actor, scope } = callerOf(req);
      return dismissProposal(db, actor, scope, req.params.id, req.body, today());
    },
  });
}
