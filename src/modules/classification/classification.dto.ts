import { z } from 'zod';
import { ReportChartSchema } from '../../lib/report-chart.schema.js';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import { clientGrades } from '../clients/client.schema.js';
import { evaluatedSystems, evaluationSources, gradeOverrides } from './classification.rules.js';

export const EvaluateSchema = z.object({
  source: z.enum(evaluationSources),
  auditId: z.uuid().nullish().describe('the audit whose auditor evaluation form (受审核方体系有效性水平评价表) this is'),
  evaluatedOn: isoDateSchema.nullish().describe('default today'),
  itemGrades: z.record(z.string().max(40), z.enum(clientGrades)).describe('grade per evaluation item code'),
  overrides: z.array(z.enum(gradeOverrides)).max(3).default([]),
  note: z
    .string()
    .trim()
    .max(2000, { message: 'TOO_LONG' })
    .nullish()
    .transform((v) => v || null),
});

export const ItemSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_-]{1,30}$/, { message: 'CODE' }),
  system: z.enum(evaluatedSystems),
  nameZh: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
});

export const YearQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  lang: z.enum(['zh', 'en']).default('zh'),
});

export const CampaignQuerySchema = YearQuerySchema.extend({
  ungraded: z.stringbool().optional().describe('only the clients not yet graded this year'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

// ---- what the routes answer ----

const day = z.string().describe('YYYY-MM-DD');
const grade = z.enum(clientGrades);
/** How many clients got each grade (A+ … C-). */
const gradeCounts = z.partialRecord(grade, z.number().int()).describe('clients by grade: keyed A+ … C-');

/** An evaluation item (评价项目) of the form of one management system. */
export const EvaluationItemSchema = z
  .object({
    code: z.string(),
    system: z.enum(evaluatedSystems),
    nameZh: z.string(),
    nameEn: z.string(),
    sort: z.number().int().describe('its place on the form'),
    active: z.boolean().describe('on the form; an item taken out keeps the grades past gradings gave it'),
  })
  .meta({ id: 'ClassificationItem' });

/** One grading of a client (客户分类评价); every one is kept, the latest sets the client's grade. */
export const EvaluationSchema = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    year: z.number().int().describe('the year of evaluatedOn: the annual evaluation it counts for'),
    evaluatedOn: day,
    source: z.enum(evaluationSources).describe('年度评价 / 审核评价表 / 风险信息 / 随时调整'),
    auditId: z.uuid().nullable().describe('the audit whose evaluation form (受审核方体系有效性水平评价表) this is'),
    itemGrades: z.record(z.string(), grade).describe('grade per evaluation item code'),
    systemGrades: z
      .partialRecord(z.enum(evaluatedSystems), grade)
      .describe('grade per management system held (keyed QMS / EMS / OHSMS), from its items'),
    overrides: z.array(z.enum(gradeOverrides)),
    overallGrade: grade.describe('the lowest system grade (多体系取最低), then the overrides'),
    note: z.string().nullable(),
    evaluatedBy: z.string().describe("the grader's name"),
  })
  .meta({ id: 'ClientEvaluation' });

/** The classification tab of a client. */
export const ClientClassificationSchema = z
  .object({
    grade: grade.nullable().describe('the current grade; null before the first grading'),
    systems: z.array(z.enum(evaluatedSystems)).describe('the systems it holds a live (valid or suspended) certificate in: what is graded'),
    items: z.array(EvaluationItemSchema).describe('the active items of those systems: the evaluation form'),
    history: z.array(EvaluationSchema).describe('newest first'),
    badRecord: z
      .array(
        z.object({
          basis: z.enum(['incident', 'suspension']),
          on: day,
          detail: z.string().describe('an incident: its risk kind; a suspension: the certificate number'),
        }),
      )
      .describe('a recent bad record (不良记录), offered as the C override'),
  })
  .meta({ id: 'ClientClassification' });

/** 年度分类评价: how far the year's evaluation is, and a page of its clients. */
export const CampaignSchema = z
  .object({
    year: z.number().int(),
    dueOn: day.describe('the end of the evaluation month'),
    total: z.number().int().describe('clients holding a live management-system certificate'),
    graded: z.number().int().describe('of those, graded this year'),
    clients: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        contractNo: z.string(),
        branch: z.string().describe('its branch, in Chinese'),
        branchEn: z.string(),
        grade: grade.nullable().describe('the current grade'),
        gradeThisYear: grade.nullable().describe("the year's latest grading; null while ungraded"),
      }),
    ),
  })
  .meta({ id: 'ClassificationCampaign' });

/** A year's analysis report marked issued. */
export const ReportIssueSchema = z
  .object({ year: z.number().int(), issuedOn: day, issuedBy: z.string() })
  .meta({ id: 'ClassificationReportIssue' });

/** 年度客户分析报告: the year's last grade of each client, by branch, industry and system, and the changes from last year. */
export const AnalysisReportSchema = z
  .object({
    year: z.number().int(),
    issued: ReportIssueSchema.nullable().describe('null until marked issued'),
    graded: z.number().int().describe('clients graded in the year'),
    byGrade: gradeCounts.describe('clients by grade, keyed A+ … C-: every grade, 0 when nobody got it'),
    lastYearByGrade: gradeCounts.describe("last year's, likewise"),
    byBranch: z.record(z.string(), gradeCounts).describe('by branch name (Chinese); a grade nobody got is absent'),
    byIndustry: z.record(z.string(), gradeCounts).describe('by the first level of the first 专业代码 (— when none)'),
    bySystem: z
      .partialRecord(z.enum(evaluatedSystems), gradeCounts)
      .describe('system grades by management system (keyed QMS / EMS / OHSMS)'),
    changes: z
      .object({ up: z.number().int(), down: z.number().int(), same: z.number().int(), new: z.number().int() })
      .describe('clients whose grade rose, fell or stayed since last year; new: not graded last year'),
    charts: z.array(ReportChartSchema).describe('the charts the page draws and the files carry'),
  })
  .meta({ id: 'ClassificationReport' });
