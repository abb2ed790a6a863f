import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import { reportFileResponse, sendReport, sendXlsx, xlsxResponse } from '../../http/downloads.js';
import { surveyCharts } from './survey.charts.js';
import type { IsoDate } from '../../lib/dates.js';
import {
  AnswerSurveySchema,
  CredibilityReportSchema,
  CredibilityResponseSchema,
  CredibilitySchema,
  PortalSurveySchema,
  SampleSchema,
  SurveyFormSchema,
  SurveyListQuerySchema,
  SurveyPageSchema,
  SurveyRecordSchema,
  SurveyReportSchema,
  SurveySampleSchema,
  SurveySchema,
} from './survey.dto.js';
import {
  answerSurvey,
  credibilityReport,
  drawAnnualSample,
  exportSurveys,
  issueForAudit,
  listSamples,
  listSurveys,
  recordCredibility,
  surveyReport,
  surveyForm,
  surveyReportTables,
} from './survey.service.js';

const IdParams = z.object({ id: z.uuid() });
const ReportQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  quarter: z.coerce.number().int().min(1).max(4).optional(),
  lang: z.enum(['zh', 'en']).default('zh'),
});

export function surveyRoutes(app: FastifyInstance, db: Db, today: () => IsoDate, maxRows: number): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['surveys'];

  r.get('/api/surveys/questions', {
    config: { permission: 'self:read' },
    schema: {
      tags,
      summary: 'The satisfaction form: its questions by stage, the full score and the stage weights',
      response: { 200: SurveyFormSchema },
    },
    handler: () => surveyForm(db),
  });

  r.get('/api/surveys', {
    config: { permission: 'surveys:read' },
    schema: {
      tags,
      summary: 'The forms issued in a year or quarter, answered or not',
      querystring: SurveyListQuerySchema,
      response: { 200: SurveyPageSchema },
    },
    handler: (req) => listSurveys(db, callerOf(req).scope, req.query),
  });

  r.get('/api/surveys/export', {
    config: { permission: 'surveys:read' },
    schema: { tags, summary: 'The filtered forms as Excel (.xlsx)', querystring: SurveyListQuerySchema, response: xlsxResponse },
    handler: async (req, reply) => {
      const file = await exportSurveys(db, callerOf(req).scope, req.query, maxRows);
      return sendXlsx(
        reply,
        file,
        `surveys-${req.query.year}`,
        req.query.lang === 'en' ? `surveys-${req.query.year}` : `${req.query.year}满意度调查表`,
      );
    },
  });

  r.post('/api/audits/:id/survey', {
    config: { permission: 'surveys:write' },
    schema: {
      tags,
      summary: "Issue the form for an audit's opening meeting (recording the audit issues it too)",
      params: IdParams,
      response: { 201: SurveyRecordSchema },
    },
    handler: async (req, reply) => {
      const { actor, scope } = callerOf(req);
      return reply.code(201).send(await issueForAudit(db, actor, scope, req.params.id, today()));
    },
  });

  r.post('/api/surveys/:id/answers', {
    config: { permission: 'surveys:write' },
    schema: {
      tags,
      summary: 'Enter a paper form that came back',
      params: IdParams,
      body: AnswerSurveySchema,
      response: { 200: SurveySchema },
    },
    handler: (req) => {
      const { actor, scope } = callerOf(req);
      return answerSurvey(db, actor, scope, req.params.id, 'paper', req.body, today());
    },
  });

  r.get('/api/portal/surveys', {
    config: { permission: 'surveys:answer' },
    schema: { tags, summary: "The client's own forms, to answer in the portal", response: { 200: z.array(PortalSurveySchema) } },
    handler: async (req) => (await listSurveys(db, callerOf(req).scope, { pageSize: 500 })).items,
  });

  r.post('/api/portal/surveys/:id/answers', {
    config: { permission: 'surveys:answer' },
    schema: {
      tags,
      summary: 'The client answers its form',
      params: IdParams,
      body: AnswerSurveySchema,
      response: { 200: PortalSurveySchema },
    },
    handler: (req) => {
      const { actor, scope } = callerOf(req);
      return answerSurvey(db, actor, scope, req.params.id, 'portal', req.body, today());
    },
  });

  r.get('/api/survey-samples', {
    config: { permission: 'surveys:read' },
    schema: { tags, summary: 'The yearly samples with their seeds', response: { 200: z.array(SurveySampleSchema) } },
    handler: () => listSamples(db),
  });

  r.post('/api/survey-samples', {
    config: { permission: 'surveys:write' },
    schema: {
      tags,
      summary: 'Draw the yearly random sample of certified clients and issue their forms',
      body: SampleSchema,
      response: { 201: SurveySampleSchema },
    },
    handler: async (req, reply) => reply.code(201).send(await drawAnnualSample(db, callerOf(req).actor, req.body, today())),
  });

  r.get('/api/surveys/report', {
    config: { permission: 'surveys:read' },
    schema: { tags, summary: 'Quarterly or annual satisfaction report', querystring: ReportQuery, response: { 200: SurveyReportSchema } },
    handler: async (req) => {
      const report = await surveyReport(db, callerOf(req).scope, req.query.year, req.query.quarter);
      return { ...report, charts: surveyCharts(report) };
    },
  });

  r.get('/api/surveys/report/:format', {
    config: { permission: 'surveys:read' },
    schema: {
      tags,
      summary: 'The satisfaction report as Excel or PDF',
      params: z.object({ format: z.enum(['xlsx', 'pdf']) }),
      querystring: ReportQuery,
      response: reportFileResponse,
    },
    handler: async (req, reply) => {
      const { year, quarter, lang } = req.query;
      const report = await surveyReport(db, callerOf(req).scope, year, quarter);
      const tables = surveyReportTables(report, quarter ? undefined : await credibilityReport(db, year));
      const period = quarter ? `${year}Q${quarter}` : String(year);
      const name = lang === 'en' ? `satisfaction-${period}` : `${period} 满意度调查报告`;
      const charts = surveyCharts(report);
      const title = lang === 'en' ? `Client satisfaction ${period}` : `${period} 顾客满意度调查报告`;
      const file = { ascii: `satisfaction-${period}`, name, title, subtitle: `CertDesk · ${today()}` };
      return sendReport(reply, req.params.format, lang, file, tables, charts);
    },
  });

  r.get('/api/credibility', {
    config: { permission: 'surveys:read' },
    schema: {
      tags,
      summary: '认证可信度调查 of a year, by respondent kind',
      querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
      response: { 200: CredibilityReportSchema },
    },
    handler: (req) => credibilityReport(db, req.query.year),
  });

  r.post('/api/credibility', {
    config: { permission: 'credibility:write' },
    schema: {
      tags,
      summary: 'Record one response of the credibility survey',
      body: CredibilitySchema,
      response: { 201: CredibilityResponseSchema },
    },
    handler: async (req, reply) => reply.code(201).send(await recordCredibility(db, callerOf(req).actor, req.body, today())),
  });
}
