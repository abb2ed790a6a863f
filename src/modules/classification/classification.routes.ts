import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import { reportFileResponse, sendReport, sendXlsx, xlsxResponse } from '../../http/downloads.js';
import { assertExportable, listWorkbook } from '../../http/list-sheet.js';
import { analysisCharts } from './classification.charts.js';
import type { IsoDate } from '../../lib/dates.js';
import {
  AnalysisReportSchema,
  CampaignQuerySchema,
  CampaignSchema,
  ClientClassificationSchema,
  EvaluateSchema,
  EvaluationItemSchema,
  EvaluationSchema,
  ItemSchema,
  ReportIssueSchema,
  YearQuerySchema,
} from './classification.dto.js';
import {
  addItem,
  analysisReport,
  analysisTables,
  campaignCounts,
  clientClassification,
  evaluateClient,
  evaluationCampaign,
  listItems,
  markReportIssued,
  setItemActive,
} from './classification.service.js';

const ClientParams = z.object({ id: z.uuid() });

export function classificationRoutes(app: FastifyInstance, db: Db, today: () => IsoDate, maxRows: number): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['classification'];

  r.get('/api/classification/items', {
    config: { permission: 'classification:read' },
    schema: { tags, summary: 'The evaluation items of QMS, EMS and OHSMS', response: { 200: z.array(EvaluationItemSchema) } },
    handler: () => listItems(db),
  });

  r.post('/api/classification/items', {
    config: { permission: 'parameters:write' },
    schema: { tags, summary: 'The CB adds an evaluation item', body: ItemSchema, response: { 201: EvaluationItemSchema } },
    handler: async (req, reply) => reply.code(201).send(await addItem(db, callerOf(req).actor, req.body)),
  });

  r.patch('/api/classification/items/:code', {
    config: { permission: 'parameters:write' },
    schema: {
      tags,
      summary: 'Take an item out of the evaluation form, or back in',
      params: z.object({ code: z.string().max(40) }),
      body: z.object({ active: z.boolean() }),
      response: { 200: EvaluationItemSchema },
    },
    handler: (req) => setItemActive(db, callerOf(req).actor, req.params.code, req.body.active),
  });

  r.get('/api/clients/:id/classification', {
    config: { permission: 'classification:read' },
    schema: {
      tags,
      summary: "A client's systems to grade, its items, its grade history and the bad record offered as the C override",
      params: ClientParams,
      response: { 200: ClientClassificationSchema },
    },
    handler: (req) => clientClassification(db, callerOf(req).scope, req.params.id, today()),
  });

  r.post('/api/clients/:id/evaluations', {
    config: { permission: 'classification:write' },
    schema: {
      tags,
      summary: 'Grade a client: annual evaluation, an auditor evaluation form, or an adjustment',
      params: ClientParams,
      body: EvaluateSchema,
      response: { 201: EvaluationSchema },
    },
    handler: async (req, reply) => {
      const { actor, scope } = callerOf(req);
      return reply.code(201).send(await evaluateClient(db, actor, scope, req.params.id, req.body, today()));
    },
  });

  r.get('/api/classification/campaign', {
    config: { permission: 'classification:read' },
    schema: {
      tags,
      summary: 'The annual evaluation: how many clients are graded this year, and a page of them',
      querystring: CampaignQuerySchema,
      response: { 200: CampaignSchema },
    },
    handler: (req) => evaluationCampaign(db, callerOf(req).scope, req.query.year, req.query),
  });

  r.get('/api/classification/campaign/export', {
    config: { permission: 'classification:read' },
    schema: { tags, summary: 'The annual evaluation list as Excel (.xlsx)', querystring: YearQuerySchema, response: xlsxResponse },
    handler: async (req, reply) => {
      const { year, lang } = req.query;
      const { scope } = callerOf(req);
      assertExportable((await campaignCounts(db, scope, year)).total, maxRows);
      const campaign = await evaluationCampaign(db, scope, year, { all: true });
      const file = await listWorkbook(
        { zh: `${year}年度分类评价`, en: `Classification ${year}` },
        [
          { key: 'contractNo', zh: '合同编号', en: 'Contract no.', width: 16 },
          { key: 'name', zh: '组织名称', en: 'Organisation', width: 36 },
          { key: 'branch', zh: '分支机构', en: 'Branch', width: 14 },
          { key: 'grade', zh: '当前等级', en: 'Current grade', width: 10 },
          { key: 'gradeThisYear', zh: '本年等级', en: 'Grade this year', width: 12 },
        ],
        campaign.clients.map((c) => ({ ...c, branch: lang === 'en' ? c.branchEn : c.branch })),
        lang,
      );
      return sendXlsx(reply, file, `classification-${year}`, lang === 'en' ? `classification-${year}` : `${year}年度分类评价`);
    },
  });

  r.get('/api/classification/report', {
    config: { permission: 'classification:read' },
    schema: {
      tags,
      summary: '年度客户分析报告: grades by branch, industry and system, changes from last year',
      querystring: YearQuerySchema,
      response: { 200: AnalysisReportSchema },
    },
    handler: async (req) => {
      const report = await analysisReport(db, callerOf(req).scope, req.query.year);
      return { ...report, charts: analysisCharts(report) };
    },
  });

  r.post('/api/classification/report/issued', {
    config: { permission: 'classification:write' },
    schema: {
      tags,
      summary: "Mark the year's analysis report issued (takes it off the due-list)",
      body: z.object({ year: z.number().int().min(2000).max(2100) }),
      response: { 201: ReportIssueSchema },
    },
    handler: async (req, reply) => reply.code(201).send(await markReportIssued(db, callerOf(req).actor, req.body.year, today())),
  });

  r.get('/api/classification/report/:format', {
    config: { permission: 'classification:read' },
    schema: {
      tags,
      summary: 'The analysis report as Excel or PDF',
      params: z.object({ format: z.enum(['xlsx', 'pdf']) }),
      querystring: YearQuerySchema,
      response: reportFileResponse,
    },
    handler: async (req, reply) => {
      const { year, lang } = req.query;
      const report = await analysisReport(db, callerOf(req).scope, year);
      const [tables, charts] = [analysisTables(report), analysisCharts(report)];
      const name = lang === 'en' ? `client-analysis-${year}` : `${year}年度客户分析报告`;
      const title = lang === 'en' ? `Annual client analysis ${year}` : `${year} 年度客户分析报告`;
      const file = { ascii: `client-analysis-${year}`, name, title, subtitle: `CertDesk · ${today()}` };
      return sendReport(reply, req.params.format, lang, file, tables, charts);
    },
  });
}
