/** How the due-list names what is due and why, in both languages (screen and Excel). */
export const dueKindLabels: Record<string, { zh: string; en: string }> = {
  surveillance: { zh: '监督审核', en: 'Surveillance audit' },
  mystery_shopping: { zh: '暗访', en: 'Mystery shopping' },
  random_survey: { zh: '随机调查', en: 'Random customer survey' },
  recertification: { zh: '再认证', en: 'Recertification' },
  planned_audit: { zh: '已策划审核', en: 'Planned audit' },
  suspension_proposal: { zh: '暂停建议待决定', en: 'Suspension proposal to decide' },
};

export const dueBasisLabels: Record<string, { zh: string; en: string }> = {
  FIRST_WITHIN: { zh: '认证决定后首次监督期限', en: 'First surveillance after the decision' },
  INTERVAL: { zh: '距上次监督最长间隔', en: 'Longest gap since the last surveillance' },
  CALENDAR_YEAR: { zh: '每个日历年至少一次监督', en: 'At least one surveillance each calendar year' },
  MIN_PER_CYCLE: { zh: '每周期最少监督次数', en: 'Fewest surveillances per cycle' },
  WITH_SURVEILLANCE: { zh: '每次监督均须暗访', en: 'Every surveillance includes a visit' },
  RANDOM_SURVEY_INTERVAL: { zh: '随机调查最长间隔', en: 'Longest gap between random surveys' },
  BEFORE_EXPIRY: { zh: '证书到期前完成再认证', en: 'Recertify before expiry' },
  AWAITING_DECISION: { zh: '再认证审核已完成，待认证决定', en: 'Recertification audit held, decision pending' },
  PLANNED: { zh: '按审核计划', en: 'As planned' },
  OVERDUE_SURVEILLANCE: { zh: '监督审核逾期', en: 'Surveillance overdue' },
};

export const bucketLabels = {
  overdue: { zh: '已逾期', en: 'Overdue' },
  first: { zh: '{days} 天内', en: 'Within {days} days' },
  second: { zh: '{days} 天内', en: 'Within {days} days' },
  third: { zh: '{days} 天内', en: 'Within {days} days' },
  later: { zh: '以后', en: 'Later' },
} as const;

export const departmentLabels: Record<string, { zh: string; en: string }> = {
  audit_management: { zh: '审核管理部', en: 'Audit management' },
  customer_service: { zh: '客户服务部', en: 'Customer service' },
  quality_technical: { zh: '质量技术部', en: 'Quality & technical' },
  general_admin: { zh: '综合管理部', en: 'General administration' },
  decision_maker: { zh: '技术部', en: 'Certification decisions' },
};
