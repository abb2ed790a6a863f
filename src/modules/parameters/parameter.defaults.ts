/**
 * Every numeric rule of SPEC.md, with its default. Rules read these by key through the
 * parameters service; an admin may change a value within [min, max].
 * Scheme-specific rules carry the scheme in the key: `.afterSales` (GB/T 27922 service
 * certification) or `.managementSystem` (QMS/EMS/OHSMS per CNCA-QMS-01:2025).
 */
export type ParameterUnit =
  | 'years'
  | 'months'
  | 'days'
  | 'workingDays'
  | 'percent'
  | 'points'
  | 'count'
  | 'monthOfYear'
  | 'dayOfMonth'
  | 'score';

export interface ParameterDefinition {
  default: number;
  unit: ParameterUnit;
  min: number;
  max: number;
  section: string; // SPEC.md section
  zh: string;
  en: string;
}

export const parameterDefinitions = {
  'certificate.validityYears': { default: 3, unit: 'years', min: 1, max: 6, section: '§3', zh: '证书有效期', en: 'Certificate validity' },
  'suspension.maxMonths': { default: 6, unit: 'months', min: 1, max: 12, section: '§3', zh: '暂停期最长', en: 'Longest suspension' },
  'revocation.reapplyBarMonths': { default: 12, unit: 'months', min: 0, max: 60, section: '§3', zh: '撤销后同领域不得再申请', en: 'No new application in the same field after revocation' },
  'revocation.decisionWorkingDays': { default: 5, unit: 'workingDays', min: 1, max: 30, section: '§3', zh: '核实后作出撤销决定时限', en: 'Revocation decided within, after verifying its trigger' },
  'surveillance.firstWithinMonths.afterSales': { default: 12, unit: 'months', min: 1, max: 24, section: '§4', zh: '首次监督期限（售后服务认证）', en: 'First surveillance within (after-sales)' },
  'surveillance.firstWithinMonths.managementSystem': { default: 12, unit: 'months', min: 1, max: 24, section: '§4', zh: '首次监督期限（管理体系认证）', en: 'First surveillance within (management systems)' },
  'surveillance.normalIntervalMonths.afterSales': { default: 12, unit: 'months', min: 1, max: 24, section: '§4', zh: '监督间隔（通常，售后服务认证）', en: 'Normal surveillance interval (after-sales)' },
  'surveillance.maxIntervalMonths.afterSales': { default: 15, unit: 'months', min: 1, max: 24, section: '§4', zh: '两次监督最长间隔（售后服务认证）', en: 'Longest gap between surveillances (after-sales)' },
  'surveillance.maxIntervalMonths.managementSystem': { default: 12, unit: 'months', min: 1, max: 24, section: '§4', zh: '两次监督最长间隔（管理体系认证）', en: 'Longest gap between surveillances (management systems)' },
  'surveillance.minPerCycle.managementSystem': { default: 2, unit: 'count', min: 1, max: 6, section: '§4', zh: '每周期至少监督次数（管理体系认证）', en: 'Surveillances per cycle at least (management systems)' },
  'recertification.planningLeadMonths': { default: 3, unit: 'months', min: 1, max: 12, section: '§4', zh: '到期前开始策划再认证', en: 'Recertification planned from, before expiry' },
  'afterSales.randomSurveyIntervalMonths': { default: 24, unit: 'months', min: 1, max: 36, section: '§4', zh: '随机调查最长间隔', en: 'Random customer survey at least every' },
  'dueList.windowDays.first': { default: 30, unit: 'days', min: 1, max: 365, section: '§4', zh: '到期清单第一档', en: 'Due-list first window' },
  'dueList.windowDays.second': { default: 60, unit: 'days', min: 1, max: 365, section: '§4', zh: '到期清单第二档', en: 'Due-list second window' },
  'dueList.windowDays.third': { default: 90, unit: 'days', min: 1, max: 365, section: '§4', zh: '到期清单第三档', en: 'Due-list third window' },
  'risk.reportToAuditManagementDays': { default: 0, unit: 'days', min: 0, max: 5, section: '§5', zh: '向审核管理部报告时限（0 = 当天）', en: 'Report to audit management within (0 = same day)' },
  'risk.incidentReportWorkingDays': { default: 7, unit: 'workingDays', min: 1, max: 30, section: '§5', zh: '事件报告时限', en: 'Incident report due within' },
  'classification.annualEvaluationMonth': { default: 1, unit: 'monthOfYear', min: 1, max: 12, section: '§6', zh: '年度分类评价完成月份', en: 'Annual classification completed in month' },
  'classification.analysisReportMonth': { default: 3, unit: 'monthOfYear', min: 1, max: 12, section: '§6', zh: '年度分析报告月份', en: 'Annual analysis report in month' },
  'survey.annualSampleMinPercent': { default: 10, unit: 'percent', min: 1, max: 100, section: '§7', zh: '年度抽样比例下限', en: 'Annual survey sample, lowest share' },
  'survey.annualSampleMaxPercent': { default: 20, unit: 'percent', min: 1, max: 100, section: '§7', zh: '年度抽样比例上限', en: 'Annual survey sample, highest share' },
  'survey.returnRateTargetPercent': { default: 90, unit: 'percent', min: 1, max: 100, section: '§7', zh: '问卷回收率目标', en: 'Survey return-rate target' },
  'survey.weightContractPercent': { default: 20, unit: 'percent', min: 0, max: 100, section: '§7', zh: '合同受理阶段权重', en: 'Weight of contract acceptance' },
  'survey.weightAuditPercent': { default: 50, unit: 'percent', min: 0, max: 100, section: '§7', zh: '审核/检查过程权重', en: 'Weight of the audit / inspection process' },
  'survey.weightServicePercent': { default: 30, unit: 'percent', min: 0, max: 100, section: '§7', zh: '获证后服务权重', en: 'Weight of post-certification service' },
  'survey.stageMaxScore': { default: 10, unit: 'score', min: 1, max: 100, section: '§7', zh: '各阶段满分', en: 'Full score of each stage' },
  'communication.minContactsPerYear': { default: 2, unit: 'count', min: 0, max: 52, section: '§8', zh: '每客户每年至少联系次数', en: 'Contacts per client per year, at least' },
  'communication.minContactsPerYearVip': { default: 4, unit: 'count', min: 0, max: 52, section: '§8', zh: 'VIP 客户每年至少联系次数', en: 'Contacts per VIP client per year, at least' },
  'communication.followUpRatePercent': { default: 30, unit: 'percent', min: 0, max: 100, section: '§8', zh: '年度电话回访比例', en: 'Phone follow-ups, share of valid clients per year' },
  'communication.minEventsPerYear': { default: 2, unit: 'count', min: 0, max: 52, section: '§8', zh: '每年至少客户活动次数', en: 'Client events per year, at least' },
  'complaint.answerDays': { default: 30, unit: 'days', min: 1, max: 90, section: '§10', zh: '申诉/投诉书面答复时限', en: 'Written answer to complaints and appeals within' },
  'afterSales.applicationReviewDays': { default: 10, unit: 'days', min: 1, max: 60, section: '§11', zh: '申请评审时限', en: 'Application reviewed within' },
  'afterSales.specialDeductionPoints': { default: 1, unit: 'points', min: 0, max: 10, section: '§11', zh: '特别扣分项扣分', en: 'Points lost per special deduction' },
  'afterSales.maxSpecialBonusPoints': { default: 1, unit: 'points', min: 0, max: 10, section: '§11', zh: '特别加分上限', en: 'Special bonus, at most' },
  'afterSales.star1Threshold': { default: 70, unit: 'score', min: 0, max: 100, section: '§11', zh: '一星级分数线', en: 'One-star threshold' },
  'afterSales.star2Threshold': { default: 75, unit: 'score', min: 0, max: 100, section: '§11', zh: '二星级分数线', en: 'Two-star threshold' },
  'afterSales.star3Threshold': { default: 80, unit: 'score', min: 0, max: 100, section: '§11', zh: '三星级分数线', en: 'Three-star threshold' },
  'afterSales.star4Threshold': { default: 90, unit: 'score', min: 0, max: 100, section: '§11', zh: '四星级分数线', en: 'Four-star threshold' },
  'afterSales.star5Threshold': { default: 95, unit: 'score', min: 0, max: 100, section: '§11', zh: '五星级分数线', en: 'Five-star threshold' },
  'cnca.reportDueDayOfMonth': { default: 10, unit: 'dayOfMonth', min: 1, max: 28, section: '§13', zh: 'CNCA 月报截止日（次月）', en: 'CNCA monthly report due on day (next month)' },
  'certsearch.refreshIntervalMonths': { default: 1, unit: 'months', min: 1, max: 12, section: '§13', zh: 'IAF CertSearch 更新间隔', en: 'IAF CertSearch refreshed at least every' },
} as const satisfies Record<string, ParameterDefinition>;

export type ParameterKey = keyof typeof parameterDefinitions;
export type ParameterValues = Record<ParameterKey, number>;

export const parameterKeys = Object.keys(parameterDefinitions) as ParameterKey[];

export function isParameterKey(key: string): key is ParameterKey {
  return Object.hasOwn(parameterDefinitions, key);
}

export function defaultParameterValues(): ParameterValues {
  return Object.fromEntries(parameterKeys.map((k) => [k, parameterDefinitions[k].default])) as ParameterValues;
}
