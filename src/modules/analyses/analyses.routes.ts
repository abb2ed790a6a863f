import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import { reportFileResponse, sendReport } from '../../http/downloads.js';
import type { ReportTable } from '../../http/report-files.js';
import type { ReportChart } from '../../lib/report-chart.js';
import type { IsoDate } from '../../lib/dates.js';
import {
  CaseAnalysisFileQuerySchema,
  CaseAnalysisQuerySchema,
  CaseAnalysisSchema,
  ChurnAnalysisSchema,
  FollowUpSummarySchema,
  FormatParams,
  YearAnalysisFileQuerySchema,
  YearAnalysisQuerySchema,
} from './analyses.dto.js';
import { churn, complaintAnalysis, followUpSummary, incidentAnalysis } from './analyses.service.js';
import { periodName } from './analyses.tables.js';
import type { Words } from './analysis-chart.js';

/**
 * The analyses SPEC §8, §10, §14 ask for, each beside its module's reads, for staff only: the figures with their charts and tables, and both as Excel or PDF.
 */
export function analysesRoutes(app: FastifyInstance, db: Db, today: () => IsoDate, timeZone: string): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const send = (
    reply: FastifyReply,
    format: 'xlsx' | 'pdf',
    lang: 'zh' | 'en',
    file: { ascii: string; name: Words; definition?: Words },
    { tables, charts }: { tables: ReportTable[]; charts: ReportChart[] },
  ) => {
    // the PDF says under its title how the figures are counted
    const subtitle = `CertDesk · ${today()}${file.definition ? `\n${file.definition[lang]}` : ''}`;
    return sendReport(reply, format, lang, { ascii: file.ascii, name: file.name[lang], title: file.name[lang], subtitle }, tables, charts);
  };

  // counted over every client in the caller's scope, by branch: staff only, though a portal reads its own cases
  const permission = 'analyses:read';
  const cases = (base: string, tag: string, subject: Words, slug: string, analyse: typeof complaintAnalysis) => {
    r.get(`${base}/analysis`, {
      config: { permission },
      schema: {
        tags: [tag],
        summary: `${subject.zh}分析: by kind, branch and month, for a year or a quarter`,
        querystring: CaseAnalysisQuerySchema,
        response: { 200: CaseAnalysisSchema },
      },
      handler: (req) => analyse(db, callerOf(req).scope, req.query),
    });
    r.get(`${base}/analysis/:format`, {
      config: { permission },
      schema: {
        tags: [tag],
        summary: `The ${subject.en.toLowerCase()} analysis as Excel or PDF`,
        params: FormatParams,
        querystring: CaseAnalysisFileQuerySchema,
        response: reportFileResponse,
      },
      handler: async (req, reply) => {
        const { year, quarter, lang } = req.query;
        const a = await analyse(db, callerOf(req).scope, { year, quarter });
        const period = periodName(year, quarter ?? null);
        const name = { zh: `${period.zh}${subject.zh}分析`, en: `${subject.en} analysis ${period.en}` };
        return send(reply, req.params.format, lang, { ascii: `${slug}-${year}${quarter ? `-q${quarter}` : ''}`, name }, a);
      },
    });
  };
  cases('/api/complaints', 'complaints', { zh: '申投诉', en: 'Complaints and appeals' }, 'complaint-analysis', complaintAnalysis);
  cases('/api/incidents', 'risk', { zh: '风险事件', en: 'Incidents' }, 'incident-analysis', incidentAnalysis);

  const tags = ['communication'];
  r.get('/api/communication/churn', {
    config: { permission: 'communication:read' },
    schema: {
      tags,
      summary: '流失分析: the churn rate (defined in `definition`), by cause and branch, this year against last and over the last years',
      querystring: YearAnalysisQuerySchema,
      response: { 200: ChurnAnalysisSchema },
    },
    handler: (req) => churn(db, callerOf(req).scope, req.query.year, timeZone),
  });
  r.get('/api/communication/churn/:format', {
    config: { permission: 'communication:read' },
    schema: {
      tags,
      summary: 'The churn analysis as Excel or PDF',
      params: FormatParams,
      querystring: YearAnalysisFileQuerySchema,
      response: reportFileResponse,
    },
    handler: async (req, reply) => {
      const { year, lang } = req.query;
      const a = await churn(db, callerOf(req).scope, year, timeZone);
      const name = { zh: `${year}年客户流失分析`, en: `Client churn ${year}` };
      return send(reply, req.params.format, lang, { ascii: `churn-${year}`, name, definition: a.definition }, a);
    },
  });

  r.get('/api/communication/follow-ups', {
    config: { permission: 'communication:read' },
    schema: {
      tags,
      summary: '电话回访季度汇总: per quarter and branch, valid clients, those phoned, the share and the running share against the target',
      querystring: YearAnalysisQuerySchema,
      response: { 200: FollowUpSummarySchema },
    },
    handler: (req) => followUpSummary(db, callerOf(req).scope, req.query.year, today()),
  });
  r.get('/api/communication/follow-ups/:format', {
    config: { permission: 'communication:read' },
    schema: {
      tags,
      summary: 'The quarterly phone follow-up summary as Excel or PDF',
      params: FormatParams,
      querystring: YearAnalysisFileQuerySchema,
      response: reportFileResponse,
    },
    handler: async (req, reply) => {
      const { year, lang } = req.query;
      const s = await followUpSummary(db, callerOf(req).scope, year, today());
      const name = { zh: `${year}年电话回访季度汇总`, en: `Phone follow-ups ${year}` };
      return send(reply, req.params.format, lang, { ascii: `follow-ups-${year}`, name, definition: s.definition }, s);
    },
  });
}
