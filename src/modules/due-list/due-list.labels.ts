/** How the due-list names what is due and why, in both languages (screen and Excel). */
export const dueKindLabels: Record<string, { zh: string; en: string }> = {
  surveillance: { zh: '监督审核', en: 'Surveillance audit' },
  mystery_shopping: { zh: '暗访', en: 'Mystery shopping' },
  random_survey: { zh: '随机调查', en: 'Random customer survey' },
  recertification: { zh: '再认证', en: 'Recertification' },
  planned_audit: { zh: '已策划审核', en: 'Planned audit' },
  suspension_proposal: { zh: '暂停建议待决定', en: 'Suspension proposal to decide' },
  revocation_proposal: { zh: '撤销建议待决定', en: 'Revocation proposal to decide' },
  incident_report_to_audit_management: { zh: '风险事件报告审核管理部', en: 'Report incident to audit management' },
  incident_suspension_request: { zh: '风险事件暂停申请', en: 'Incident: file suspension request' },
  incident_self_check: { zh: '风险事件分支机构自查', en: 'Incident: branch self-check of past audit' },
  incident_report: { zh: '风险事件报告', en: 'Incident report' },
  incident_actions: { zh: '风险事件处理措施决定', en: 'Incident: decide actions' },
  incident_rectification: { zh: '风险事件整改验证', en: 'Incident: verify rectification' },
  cnca_monthly_report: { zh: 'CNCA 月度信息报送', en: 'CNCA monthly report' },
  complaint_answer: { zh: '投诉书面答复', en: 'Answer a complaint in writing' },
  escalated_request: { zh: '上报的客户要求待办结', en: 'Escalated client request to close' },
  appeal_answer: { zh: '申诉书面答复', en: 'Answer an appeal in writing' },
  application_review: { zh: '售后服务认证申请评审', en: 'Review an after-sales certification application' },
  classification_evaluation: { zh: '年度客户分类评价', en: 'Annual client classification' },
  classification_report: { zh: '年度客户分析报告', en: 'Annual client analysis report' },
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
  REVOCATION_DECISION_WORKING_DAYS: { zh: '核实后规定工作日内作出撤销决定', en: 'Revocation decided within the set working days' },
  INCIDENT: { zh: '获证组织发生风险事件', en: 'Incident at the certified client' },
  SAME_DAY_REPORT: { zh: '确认当天报告', en: 'Report on the day of confirmation' },
  INCIDENT_REPORT_WORKING_DAYS: { zh: '事件发生后规定工作日内', en: 'Working days allowed after the event' },
  RECTIFICATION_DUE: { zh: '整改期限', en: 'Rectification deadline' },
  CNCA_MONTHLY: { zh: '次月规定日前报送', en: 'Due on the set day of the next month' },
  APPLICATION_REVIEW_DAYS: { zh: '受理后规定天数内完成申请评审', en: 'Application reviewed within the set days' },
  COMPLAINT_ANSWER_DAYS: { zh: '受理后规定天数内书面答复', en: 'Written answer within the set days of receipt' },
  ESCALATED_REQUEST_DAYS: { zh: '上报后规定天数内办结', en: 'Closed within the set days of escalation' },
  CLASSIFICATION_ANNUAL: { zh: '每年规定月份内完成分类评价', en: 'Classification completed in the set month' },
  ANALYSIS_REPORT: { zh: '每年规定月份内出具分析报告', en: 'Analysis report issued in the set month' },
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
