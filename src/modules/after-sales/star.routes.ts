import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import type { IsoDate } from '../../lib/dates.js';
import {
  ConcludeSchema,
  DecideStarSchema,
  IndicatorUpdateSchema,
  SaveSheetSchema,
  SheetPreviewSchema,
  SheetScoreSchema,
  StarAssessmentSchema,
  StarIndicatorSchema,
  VerifySchema,
} from './star.dto.js';
import {
  concludeAssessment,
  decideAssessment,
  getAssessment,
  listIndicators,
  previewSheet,
  saveSheet,
  updateIndicator,
  verifyNonconformity,
} from './star.service.js';

const AuditParams = z.object({ id: z.uuid() });

export function starRoutes(app: FastifyInstance, db: Db, today: () => IsoDate): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['after-sales service certification'];
  const caller = (req: Parameters<typeof callerOf>[0]) => {
    const c = callerOf(req);
    return { actor: { ...c.actor, id: c.user.id }, scope: c.scope };
  };

  r.get('/api/star-indicators', {
    config: { permission: 'programmes:read' },
    schema: { tags, summary: 'The GB/T 27922 indicator sheet with the CB’s points', response: { 200: z.array(StarIndicatorSchema) } },
    handler: () => listIndicators(db),
  });

  r.put('/api/star-indicators/:code', {
    config: { permission: 'parameters:write' },
    schema: {
      tags,
      summary: 'Change an indicator’s points or the level from which it is required',
      params: z.object({ code: z.string() }),
      body: IndicatorUpdateSchema,
      response: { 200: StarIndicatorSchema },
    },
    handler: (req) => updateIndicator(db, callerOf(req).actor, req.params.code, req.body),
  });

  r.get('/api/audits/:id/star-assessment', {
    config: { permission: 'programmes:read' },
    schema: {
      tags,
      summary: 'The audit’s scored indicator sheet (null until the team scores it) and the indicators',
      params: AuditParams,
      response: { 200: z.object({ assessment: StarAssessmentSchema.nullable(), indicators: z.array(StarIndicatorSchema) }) },
    },
    handler: (req) => getAssessment(db, callerOf(req).scope, req.params.id),
  });

  r.put('/api/audits/:id/star-assessment', {
    config: { permission: 'audits:plan' },
    schema: {
      tags,
      summary: 'Score the sheet (team members): findings, deductions, special items, nonconformities',
      params: AuditParams,
      body: SaveSheetSchema,
      response: { 200: StarAssessmentSchema },
    },
    handler: (req) => {
      const c = caller(req);
      return saveSheet(db, c.actor, c.scope, req.params.id, req.body);
    },
  });

  r.post('/api/audits/:id/star-assessment/preview', {
    config: { permission: 'programmes:read' },
    schema: {
      tags,
      summary: 'Score a sheet as filled in so far, with the level it earns and why each other level is not (nothing is saved)',
      params: AuditParams,
      body: SheetPreviewSchema,
      response: { 200: SheetScoreSchema },
    },
    handler: (req) => previewSheet(db, callerOf(req).scope, req.params.id, req.body),
  });

  r.post('/api/audits/:id/star-assessment/nonconformities/:index/verify', {
    config: { permission: 'audits:plan' },
    schema: {
      tags,
      summary: 'Verify a nonconformity’s correction, in writing or on site',
      params: AuditParams.extend({ index: z.coerce.number().int().min(0) }),
      body: VerifySchema,
      response: { 200: StarAssessmentSchema },
    },
    handler: (req) => {
      const c = caller(req);
      return verifyNonconformity(db, c.actor, c.scope, req.params.id, req.params.index, req.body, today());
    },
  });

  r.post('/api/audits/:id/star-assessment/conclude', {
    config: { permission: 'audits:plan' },
    schema: {
      tags,
      summary: 'The team leader’s conclusion: recommend, recommend a lower level, or not recommend',
      params: AuditParams,
      body: ConcludeSchema,
      response: { 200: StarAssessmentSchema },
    },
    handler: (req) => {
      const c = caller(req);
      return concludeAssessment(db, c.actor, c.scope, req.params.id, req.body, today());
    },
  });

  r.post('/api/audits/:id/star-assessment/decide', {
    config: { permission: 'certificates:decide' },
    schema: {
      tags,
      summary: 'The certification decision by a decision-maker not on the team: grants the certificate with its star level',
      params: AuditParams,
      body: DecideStarSchema,
      response: { 200: StarAssessmentSchema },
    },
    handler: (req) => {
      const c = caller(req);
      return decideAssessment(db, c.actor, c.scope, req.params.id, req.body, today());
    },
  });
}
