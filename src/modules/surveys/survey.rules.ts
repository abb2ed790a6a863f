import { percentOf } from '../../lib/percent.js';
/** 满意度调查 (SPEC §7) as pure rules: the form, the weighted score, the yearly sample, the return rate. */

export const surveyStages = ['contract', 'audit', 'service'] as const; // 合同受理 / 审核（检查）过程 / 获证后服务
export type SurveyStage = (typeof surveyStages)[number];
/** A stage in words, as the form, the report's tables and its charts name it. */
export const surveyStageLabels = {
  contract: { zh: '合同受理', en: 'Contract acceptance' },
  audit: { zh: '审核过程', en: 'Audit process' },
  service: { zh: '获证后服务', en: 'Post-certification service' },
} as const satisfies Record<SurveyStage, { zh: string; en: string }>;
export const surveyKinds = ['audit', 'annual'] as const; // 审核首次会议发放 / 年度抽样调查
export const surveyChannels = ['portal', 'paper'] as const; // 客户门户填写 / 纸质表录入
export const credibilityRespondents = ['authority', 'community', 'customer'] as const; // 政府部门 / 社区 / 获证组织的顾客

/** The questions of the form, each scored 0 … the stage's full score. */
export const surveyQuestions = [
  { code: 'C1', stage: 'contract', zh: '咨询答复与报价的及时、准确', en: 'Timely, accurate answers and quotation' },
  { code: 'C2', stage: 'contract', zh: '合同评审与签订的效率', en: 'Efficiency of contract review and signing' },
  { code: 'A1', stage: 'audit', zh: '审核计划与事先沟通', en: 'Audit plan and prior communication' },
  { code: 'A2', stage: 'audit', zh: '审核员的专业能力', en: "Auditors' professional competence" },
  { code: 'A3', stage: 'audit', zh: '审核员的工作作风与廉洁', en: "Auditors' conduct and integrity" },
  { code: 'A4', stage: 'audit', zh: '审核发现与报告的价值', en: 'Value of the findings and the report' },
  { code: 'S1', stage: 'service', zh: '证书与资料发放的及时性', en: 'Timely issue of certificates and documents' },
  { code: 'S2', stage: 'service', zh: '客户服务人员的响应', en: 'Responsiveness of customer service' },
  { code: 'S3', stage: 'service', zh: '监督审核的安排与通知', en: 'Scheduling and notice of surveillance' },
] as const satisfies readonly { code: string; stage: SurveyStage; zh: string; en: string }[];
export type QuestionCode = (typeof surveyQuestions)[number]['code'];

export interface SurveyWeights {
  contract: number; // percent
  audit: number;
  service: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Each stage's score is the mean of its questions' scores. */
export function stageScores(answers: Readonly<Record<QuestionCode, number>>): Record<SurveyStage, number> {
  const out = {} as Record<SurveyStage, number>;
  for (const stage of surveyStages) {
    const scores = surveyQuestions.filter((q) => q.stage === stage).map((q) => answers[q.code]);
    out[stage] = round2(scores.reduce((a, b) => a + b, 0) / scores.length);
  }
  return out;
}

/** The weighted total on the same scale as a stage (out of 10 by default); the weights are percent shares. */
export function weightedTotal(stages: Record<SurveyStage, number>, weights: SurveyWeights): number {
  const sum = weights.contract + weights.audit + weights.service;
  if (sum <= 0) throw new Error('survey weights add up to nothing');
  return round2((stages.contract * weights.contract + stages.audit * weights.audit + stages.service * weights.service) / sum);
}

/** Dissatisfied (不满意) when the total or any stage is below the threshold: the answer becomes a complaint. */
export function isDissatisfied(stages: Record<SurveyStage, number>, total: number, threshold: number): boolean {
  return total < threshold || surveyStages.some((s) => stages[s] < threshold);
}

/** The sample size for a share of the population (in percent), rounded up; at least one client. */
export function sampleSize(population: number, percent: number): number {
  return population === 0 ? 0 : Math.min(population, Math.max(1, Math.ceil((population * percent) / 100)));
}

/** mulberry32: a small seeded generator, so a stored seed draws the same sample again. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A reproducible random sample: the population is put in a stable order (by id) and shuffled
 * with the seed (Fisher–Yates); the first `size` are drawn.
 */
export function drawSample<T extends { id: string }>(population: readonly T[], size: number, seed: number): T[] {
  const items = [...population].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const random = seededRandom(seed);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items.slice(0, size);
}

/** Answered share of the forms issued, in percent with one decimal; null when none were issued. */
export function returnRate(issued: number, answered: number): number | null {
  return percentOf(answered, issued);
}

/** The audits held with an opening meeting (首次会议), where the form is handed out. */
export const auditsWithOpeningMeeting = ['initial_stage1', 'initial_stage2', 'surveillance', 'recertification', 'extra'] as const;
