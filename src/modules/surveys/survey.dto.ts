import { z } from 'zod';
import { optionalText, versionSchema } from '../../lib/common-schemas.js';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import { credibilityRespondents, surveyChannels, surveyKinds, surveyQuestions, type QuestionCode } from './survey.rules.js';

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
