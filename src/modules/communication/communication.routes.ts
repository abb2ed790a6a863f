import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import { sendXlsx, xlsxResponse } from '../../http/downloads.js';
import type { IsoDate } from '../../lib/dates.js';
import { activeStaff } from '../auth/staff.js';
import {
  ClientCommunicationSchema,
  ClientContactSchema,
  ClientEventSchema,
  ClientLossSchema,
  ClientRequestSchema,
  ClientSuggestionSchema,
  CloseRequestSchema,
  ContactSchema,
  EventSchema,
  LossOfYearSchema,
  LossSchema,
  MaintainerAssignmentSchema,
  MaintainerSchema,
  MetersSchema,
  RequestSchema,
  StaffSchema,
  SuggestionSchema,
  SuggestionSummarySchema,
  YearQuery,
} from './communication.dto.js';
import {
  answerSuggestion,
  assignMaintainer,
  clientFile,
  closeRequest,
  communicationLists,
  exportCommunicationList,
  complianceMeters,
  escalationManagers,
  listEvents,
  listRequests,
  logContact,
  logRequest,
  logSuggestion,
  lossesOfYear,
  recordEvent,
  recordLoss,
  suggestionSummary,
} from './communication.service.js';

const IdParams = z.object({ id: z.uuid() });

export function communicationRoutes(app: FastifyInstance, db: Db, today: () => IsoDate, maxRows: number): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['communication'];
  const read = { permission: 'communication:read' } as const;
  const write = { permission: 'communication:write' } as const;

  r.get('/api/clients/:id/communication', {
    config: read,
    schema: {
      tags,
      summary: "The client's file: maintainer, contacts, requests, suggestions, loss records",
      params: IdParams,
      response: { 200: ClientCommunicationSchema },
    },
    handler: (req) => clientFile(db, callerOf(req).scope, req.params.id),
  });
  r.put('/api/clients/:id/maintainer', {
    config: write,
    schema: {
      tags,
      summary: 'Assign the client’s maintainer (客户维护人)',
      params: IdParams,
      body: MaintainerSchema,
      response: { 200: MaintainerAssignmentSchema },
    },
    handler: (req) => {
      const { actor, scope } = callerOf(req);
      return assignMaintainer(db, actor, scope, req.params.id, req.body.userId, today());
    },
  });
  r.post('/api/clients/:id/contacts', {
    config: write,
    schema: {
      tags,
      summary: 'Log a contact: visit, phone, e-mail or event, with the surveillance date agreed',
      params: IdParams,
      body: ContactSchema,
      response: { 201: ClientContactSchema },
    },
    handler: async (req, reply) => {
      const { actor, scope } = callerOf(req);
      return reply.code(201).send(await logContact(db, actor, scope, req.params.id, req.body, today()));
    },
  });
  r.post('/api/clients/:id/losses', {
    config: write,
    schema: {
      tags,
      summary: 'Record a client as lost or abnormal, with the cause',
      params: IdParams,
      body: LossSchema,
      response: { 201: ClientLossSchema },
    },
    handler: async (req, reply) => {
      const { actor, scope } = callerOf(req);
      return reply.code(201).send(await recordLoss(db, actor, scope, req.params.id, req.body, today()));
    },
  });
  r.get('/api/communication/meters', {
    config: read,
    schema: {
      tags,
      summary: 'Compliance meters per maintainer and branch: contacts, follow-ups, events',
      querystring: YearQuery,
      response: { 200: MetersSchema },
    },
    handler: (req) => complianceMeters(db, callerOf(req).scope, req.query.year),
  });
  r.get('/api/communication/:list/export', {
    config: read,
    schema: {
      tags,
      summary: "One of the year's lists as Excel (.xlsx)",
      params: z.object({ list: z.enum(communicationLists) }),
      querystring: YearQuery,
      response: xlsxResponse,
    },
    handler: async (req, reply) => {
      const { year, lang } = req.query;
      const { name, file } = await exportCommunicationList(db, callerOf(req).scope, req.params.list, year, lang, maxRows);
      return sendXlsx(reply, file, `${req.params.list}-${year}`, `${name[lang]}-${year}`);
    },
  });

  r.get('/api/communication/staff', {
    config: read,
    schema: { tags, summary: 'Staff who may maintain a client', response: { 200: z.array(StaffSchema) } },
    handler: () => activeStaff(db),
  });
  r.get('/api/communication/managers', {
    config: read,
    schema: {
      tags,
      summary: 'The managers a request of class (c), beyond a department’s authority, may go to (they close it)',
      response: { 200: z.array(StaffSchema) },
    },
    handler: () => activeStaff(db, escalationManagers),
  });
  r.get('/api/communication/events', {
    config: read,
    schema: { tags, summary: 'Client events of a year', querystring: YearQuery, response: { 200: z.array(ClientEventSchema) } },
    handler: (req) => listEvents(db, callerOf(req).scope, req.query.year),
  });
  r.post('/api/communication/events', {
    config: write,
    schema: { tags, summary: 'Record a client event (symposium, training)', body: EventSchema, response: { 201: ClientEventSchema } },
    handler: async (req, reply) => {
      const { actor, scope } = callerOf(req);
      return reply.code(201).send(await recordEvent(db, actor, scope, req.body, today()));
    },
  });
  r.get('/api/communication/requests', {
    config: read,
    schema: {
      tags,
      summary: 'Client requests of a year with their class and outcome',
      querystring: YearQuery,
      response: { 200: z.array(ClientRequestSchema) },
    },
    handler: (req) => listRequests(db, callerOf(req).scope, req.query.year),
  });
  r.post('/api/communication/requests', {
    config: write,
    schema: {
      tags,
      summary: 'Log a client request, classified (a) / (b) / (c)',
      body: RequestSchema,
      response: { 201: ClientRequestSchema },
    },
    handler: async (req, reply) => {
      const { actor, scope } = callerOf(req);
      return reply.code(201).send(await logRequest(db, actor, scope, req.body, today()));
    },
  });
  r.post('/api/communication/requests/:id/close', {
    config: write,
    schema: {
      tags,
      summary: 'Record the outcome and close',
      params: IdParams,
      body: CloseRequestSchema,
      response: { 200: ClientRequestSchema },
    },
    handler: (req) => {
      const { actor, scope, user } = callerOf(req);
      return closeRequest(db, actor, user, scope, req.params.id, req.body, today());
    },
  });
  r.get('/api/communication/suggestions', {
    config: read,
    schema: {
      tags,
      summary: 'Suggestions of a year: the year-end summary',
      querystring: YearQuery,
      response: { 200: SuggestionSummarySchema },
    },
    handler: (req) => suggestionSummary(db, callerOf(req).scope, req.query.year),
  });
  r.post('/api/communication/suggestions', {
    config: write,
    schema: { tags, summary: 'Log a suggestion', body: SuggestionSchema, response: { 201: ClientSuggestionSchema } },
    handler: async (req, reply) => {
      const { actor, scope } = callerOf(req);
      return reply.code(201).send(await logSuggestion(db, actor, scope, req.body, today()));
    },
  });
  r.post('/api/communication/suggestions/:id/response', {
    config: write,
    schema: {
      tags,
      summary: 'Answer a suggestion',
      params: IdParams,
      body: z.object({ response: z.string().trim().min(1).max(2000) }),
      response: { 200: ClientSuggestionSchema },
    },
    handler: (req) => {
      const { actor, scope } = callerOf(req);
      return answerSuggestion(db, actor, scope, req.params.id, req.body.response);
    },
  });
  r.get('/api/communication/losses', {
    config: read,
    schema: {
      tags,
      summary: 'Lost and abnormal clients of a year, with causes',
      querystring: YearQuery,
      response: { 200: z.array(LossOfYearSchema) },
    },
    handler: (req) => lossesOfYear(db, callerOf(req).scope, req.query.year),
  });
}
