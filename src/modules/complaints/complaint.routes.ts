import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../audit-log/audit-log.js';
import { letterheadOf, type Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import { pdfResponse, printPdf, sendXlsx, xlsxResponse } from '../../http/downloads.js';
import { AppError } from '../../lib/errors.js';
import { renderNoticeLetter } from '../notices/notice.letter.js';
import { answerLetter } from './complaint.rules.js';
import type { IsoDate } from '../../lib/dates.js';
import type { DataScope } from '../auth/permissions.js';
import { activeStaff } from '../auth/staff.js';
import {
  AnswerSchema,
  AssignSchema,
  CauseSchema,
  ComplaintListQuerySchema,
  ComplaintSchema,
  FileComplaintSchema,
  PublicReceiptSchema,
  StaffComplaintSchema,
  StepSchema,
} from './complaint.dto.js';
import {
  answerComplaint,
  assignOwner,
  classifyComplaint,
  closeComplaint,
  complaintSummary,
  escalateComplaint,
  exportComplaints,
  fileComplaint,
  getComplaint,
  listComplaints,
  startInvestigation,
} from './complaint.service.js';

const IdParams = z.object({ id: z.uuid() });

export function complaintRoutes(app: FastifyInstance, db: Db, config: Config, today: () => IsoDate): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['complaints'];

  r.get('/api/complaints', {
    config: { permission: 'complaints:read' },
    schema: {
      tags,
      summary: '申投诉登记: the register, newest first',
      querystring: ComplaintListQuerySchema,
      response: { 200: z.array(ComplaintSchema) },
    },
    handler: (req) => listComplaints(db, callerOf(req).scope, req.query, today()),
  });

  r.get('/api/complaints/export', {
    config: { permission: 'complaints:read' },
    schema: { tags, summary: 'The filtered register as Excel (.xlsx)', querystring: ComplaintListQuerySchema, response: xlsxResponse },
    handler: async (req, reply) => {
      const file = await exportComplaints(db, callerOf(req).scope, req.query, today());
      return sendXlsx(reply, file, 'complaints', req.query.lang === 'en' ? 'complaints' : '申投诉登记');
    },
  });

  r.get('/api/complaints/summary', {
    config: { permission: 'complaints:read' },
    schema: {
      tags,
      summary: 'The yearly summary: by kind, channel and status; answers on time; days to answer; by month',
      querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
      response: {
        200: z.object({
          year: z.number(),
          total: z.number(),
          byKind: z.record(z.string(), z.number()),
          byChannel: z.record(z.string(), z.number()),
          byStatus: z.record(z.string(), z.number()),
          answered: z.number(),
          answeredOnTime: z.number(),
          onTimeRate: z.number().nullable(),
          averageDaysToAnswer: z.number().nullable(),
          overdue: z.number(),
          byMonth: z.array(z.number()),
        }),
      },
    },
    handler: (req) => complaintSummary(db, callerOf(req).scope, req.query.year, today()),
  });

  r.get('/api/complaints/owners', {
    config: { permission: 'complaints:handle' },
    schema: {
      tags,
      summary: 'Staff who may own a complaint',
      response: { 200: z.array(z.object({ id: z.uuid(), displayName: z.string(), role: z.string(), manager: z.boolean() })) },
    },
    handler: () => activeStaff(db, { may: 'complaints:handle' }),
  });

  r.get('/api/complaints/:id', {
    config: { permission: 'complaints:read' },
    schema: { tags, params: IdParams, response: { 200: ComplaintSchema } },
    handler: (req) => getComplaint(db, callerOf(req).scope, req.params.id, today()),
  });

  r.get('/api/complaints/:id/answer/pdf', {
    config: { permission: 'complaints:read' },
    schema: {
      tags,
      summary: 'The written answer as a letter to the complainant (PDF), referenced by the case number',
      params: IdParams,
      response: pdfResponse,
    },
    handler: async (req, reply) => {
      const c = await getComplaint(db, callerOf(req).scope, req.params.id, today());
      if (!c.answer || !c.answeredOn) throw new AppError('COMPLAINT.NOT_ANSWERED');
      const pdf = await renderNoticeLetter({
        cb: letterheadOf(config),
        ...answerLetter({ ...c, answer: c.answer, answeredOn: c.answeredOn }),
      });
      return printPdf(reply, pdf, c.number, `${c.number} 书面答复`);
    },
  });

  r.post('/api/complaints', {
    config: { permission: 'complaints:file' },
    schema: {
      tags,
      summary: 'File a complaint or an appeal: staff on behalf of a caller, or a certified client in its portal',
      body: StaffComplaintSchema,
      response: { 201: ComplaintSchema },
    },
    handler: async (req, reply) => {
      const { actor, scope, user } = callerOf(req);
      // a portal user files for its own organisation, today; the CB classifies the cause
      const input = scope.kind === 'client' ? { ...req.body, clientId: user.clientId, receivedOn: null, cause: null } : req.body;
      const row = await fileComplaint(db, actor, scope.kind === 'client' ? 'portal' : 'staff', input, today());
      return reply.code(201).send(await getComplaint(db, scope, row.id, today()));
    },
  });

  const step = <S extends z.ZodType>(
    path: string,
    permission: 'complaints:handle' | 'complaints:file',
    summary: string,
    body: S,
    run: (db: Db, actor: Actor, scope: DataScope, id: string, input: z.output<S>, today: IsoDate) => ReturnType<typeof getComplaint>,
  ) =>
    r.post(`/api/complaints/:id/${path}`, {
      config: { permission },
      schema: { tags, summary, params: IdParams, body, response: { 200: ComplaintSchema } },
      handler: (req) => {
        const { actor, scope } = callerOf(req);
        return run(db, actor, scope, req.params.id, req.body as z.output<S>, today());
      },
    });
  step('owner', 'complaints:handle', 'Assign the person who owns it', AssignSchema, assignOwner);
  step('investigate', 'complaints:handle', 'Start the investigation', StepSchema, startInvestigation);
  step(
    'answer',
    'complaints:handle',
    'Record the written answer (and the cause, unless classified already)',
    AnswerSchema,
    answerComplaint,
  );
  step('cause', 'complaints:handle', 'Classify the cause again (原因分类)', CauseSchema, classifyComplaint);
  step('escalate', 'complaints:file', 'The complainant takes it to the national authority (CNCA)', StepSchema, escalateComplaint);
  step('close', 'complaints:handle', 'Close it, with the outcome', StepSchema, closeComplaint);

  r.post('/api/public/complaints', {
    config: { public: true, rateLimit: { max: config.PUBLIC_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' } },
    schema: {
      tags: ['public register'],
      summary: 'Anyone files a complaint or an appeal; the answer follows in writing by the date returned',
      body: FileComplaintSchema,
      response: { 201: PublicReceiptSchema },
    },
    handler: async (req, reply) => {
      const row = await fileComplaint(
        db,
        { id: null, name: `公众 / public: ${req.body.complainantName}`, requestId: req.id },
        'public',
        req.body,
        today(),
      );
      return reply.code(201).send({ number: row.number, answerDueOn: row.answerDueOn });
    },
  });
}
