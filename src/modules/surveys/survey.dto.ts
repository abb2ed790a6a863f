import { z } from 'zod';
import { ReportChartSchema } from '../../lib/report-chart.schema.js';
import { optionalText, versionSchema } from '../../lib/common-schemas.js';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import { auditTypes } from '../programmes/programme.rules.js';
import { credibilityRespondents, surveyChannels, surveyKinds, surveyQuestions, surveyStages, type QuestionCode } from './survey.rules.js';

const score = z.number().min(0);
export const AnswersSchema = z.object(
  Object.fromEntries(surveyQuestions.map((q) => [q.code, score])) as Record<QuestionCode, typeof score>,
);

export const AnswerSurveySchema = z.object({
  version: versionSchema,
  answers: AnswersSchema,
  comment: optionalText(2000),
  respondent: optionalText(100).describe('who filled it in'),
  answeredOn: isoDateSchema.nullish().describe('a paper form: the day it came back; default today'),
});

export const SampleSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  percent: z.number().int().min(1).max(100).describe('kept within the sample parameters (10–20 % by default)'),
  seed: z.number().int().min(0).max(2147483647).nullish().describe('give the stored seed to repeat a draw; default random'),
});

export const SurveyListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  quarter: z.coerce.number().int().min(1).max(4).optional(),
  kind: z.enum(surveyKinds).optional(),
  answered: z.stringbool().optional(),
  q: z.string().trim().max(100).optional().describe('part of the client name'),
  lang: z.enum(['zh', 'en']).default('zh'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type SurveyListQuery = z.output<typeof SurveyListQuerySchema>;

export const CredibilitySchema = z.object({
  year: z.number().int().min(2000).max(2100),
  respondentKind: z.enum(credibilityRespondents),
  respondent: z.string().trim().min(1).max(200),
  clientId: z.uuid().nullish(),
  score: z.number().min(0),
  comment: optionalText(2000),
});

export const SurveyChannelSchema = z.enum(surveyChannels);

// ---- what the routes answer ----

const day = z.string().describe('YYYY-MM-DD');
/** A mean score, rounded to two decimals; null when nothing was answered. */
const meanScore = z.number().nullable();

export const SurveyQuestionSchema = z
  .object({
    code: z.string(),
    stage: z.enum(surveyStages).describe('合同受理 / 审核（检查）过程 / 获证后服务'),
    zh: z.string(),
    en: z.string(),
  })
  .meta({ id: 'SurveyQuestion' });

/** The satisfaction form (顾客满意度调查表): its questions, the full score of a question, the stage weights. */
export const SurveyFormSchema = z
  .object({
    questions: z.array(SurveyQuestionSchema).readonly(),
    maxScore: z.number().describe('the full score of each question (and stage)'),
    dissatisfiedBelow: z.number().describe('a score below it is dissatisfied (不满意): a stage or total below it files a complaint'),
    weights: z
      .object({ contract: z.number(), audit: z.number(), service: z.number() })
      .describe("each stage's share of the weighted total, in percent"),
  })
  .meta({ id: 'SurveyForm' });

/** One form as stored. */
const surveyFields = {
  id: z.uuid(),
  kind: z.enum(surveyKinds).describe('审核首次会议发放 / 年度抽样调查'),
  clientId: z.uuid(),
  auditId: z.uuid().nullable().describe('the audit at whose opening meeting it was handed out'),
  sampleId: z.uuid().nullable().describe('the yearly sample that drew it'),
  issuedOn: day,
  answeredOn: day.nullable().describe('null while not answered'),
  channel: z.enum(surveyChannels).nullable().describe('客户门户填写 / 纸质表录入; null while not answered'),
  answers: z.record(z.string(), z.number()).nullable().describe('score per question code'),
  contractScore: meanScore.describe("the contract stage's score: the mean of its questions"),
  auditScore: meanScore,
  serviceScore: meanScore,
  totalScore: meanScore.describe('the weighted total, on the scale of a stage'),
  comment: z.string().nullable(),
  respondent: z.string().nullable().describe('who filled it in'),
  enteredBy: z.string().nullable().describe('who recorded the answers: the portal user, or staff entering a paper form'),
  complaintId: z.uuid().nullable().describe('the complaint a dissatisfied (不满意) answer filed'),
  version: z.number().int(),
};

/** A form just issued for an audit: the stored row, with its creation time. */
export const SurveyRecordSchema = z.object({ ...surveyFields, createdAt: z.date() }).meta({ id: 'SurveyRecord' });

const auditFields = {
  clientName: z.string(),
  auditType: z.enum(auditTypes).nullable(),
  auditStart: day.nullable().describe("the audit's actual start"),
};

/** A form as the staff list shows it: with its client, branch, audit and audit team. */
export const SurveySchema = z
  .object({
    ...surveyFields,
    ...auditFields,
    branchId: z.uuid(),
    branch: z.string().describe("the client's branch, in Chinese"),
    branchEn: z.string(),
    auditors: z.array(z.object({ userId: z.uuid(), name: z.string() })).describe("the audit's team"),
  })
  .meta({ id: 'Survey' });

export const SurveyPageSchema = z.object({ total: z.number().int(), items: z.array(SurveySchema) });

/** A form as its client sees it in the portal: not the CB's branch, nor its staff's user ids (auth/visibility.ts). */
export const PortalSurveySchema = z
  .object({
    ...surveyFields,
    ...auditFields,
    auditors: z.array(z.object({ name: z.string() })).describe("the audit's team"),
  })
  .meta({ id: 'PortalSurvey' });

/** The yearly random sample of certified clients; the seed repeats the draw. */
export const SurveySampleSchema = z
  .object({
    id: z.uuid(),
    year: z.number().int(),
    seed: z.number().int(),
    percent: z.number().int().describe('the share drawn'),
    population: z.number().int().describe('clients holding a valid certificate'),
    size: z.number().int().describe('clients drawn'),
    drawnOn: day,
    drawnBy: z.string(),
  })
  .meta({ id: 'SurveySample' });

const scoreFields = {
  count: z.number().int().describe('answered forms'),
  contract: meanScore,
  audit: meanScore,
  service: meanScore,
  total: meanScore,
};
const returnRate = z.number().nullable().describe('answered / issued in percent, one decimal; null when none were issued');
const scoreGroup = z.object({ name: z.string(), ...scoreFields });

/** 季度 / 年度满意度报告. */
export const SurveyReportSchema = z
  .object({
    year: z.number().int(),
    quarter: z.number().int().nullable().describe('null: the whole year'),
    issued: z.number().int(),
    answered: z.number().int(),
    returnRate,
    returnRateTarget: z.number(),
    dissatisfied: z.number().int().describe('answers that filed a complaint'),
    overall: z.object(scoreFields),
    byQuarter: z.array(
      z.object({ quarter: z.number().int(), issued: z.number().int(), answered: z.number().int(), returnRate, ...scoreFields }),
    ),
    byKind: z.array(scoreGroup).describe('name: the survey kind (audit / annual)'),
    byBranch: z.array(scoreGroup).describe('name: the branch, in Chinese'),
    byAuditor: z.array(scoreGroup).describe("name: an audit team member's name"),
    byQuestion: z.array(SurveyQuestionSchema.extend({ average: meanScore })),
    annualSample: z
      .object({
        drawnOn: z.string(),
        percent: z.number().int(),
        issued: z.number().int().describe('forms of the sample, in the caller’s scope'),
        answered: z.number().int().describe('of them answered, whenever'),
        returnRate,
      })
      .nullable()
      .describe("the year's random sample and its own return rate; null when none was drawn"),
    charts: z.array(ReportChartSchema).describe('the charts the page draws and the files carry'),
  })
  .meta({ id: 'SurveyReport' });

/** One response of the credibility survey (认证可信度调查). */
export const CredibilityResponseSchema = z
  .object({
    id: z.uuid(),
    year: z.number().int(),
    respondentKind: z.enum(credibilityRespondents).describe('政府部门 / 社区 / 获证组织的顾客'),
    respondent: z.string(),
    clientId: z.uuid().nullable().describe('the certified client the response is about, if any'),
    score: z.number(),
    comment: z.string().nullable(),
    recordedOn: day,
    recordedBy: z.string(),
  })
  .meta({ id: 'CredibilityResponse' });

export const CredibilityReportSchema = z
  .object({
    year: z.number().int(),
    responses: z.array(CredibilityResponseSchema).describe('in the order recorded'),
    byKind: z.array(z.object({ kind: z.enum(credibilityRespondents), count: z.number().int(), average: meanScore })),
  })
  .meta({ id: 'CredibilityReport' });
