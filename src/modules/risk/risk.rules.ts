import { addDays, type IsoDate } from '../../lib/dates.js';
import { workingDayDeadline, type WorkingDayCalendar } from '../../lib/working-days.js';

/**
 * The handling of a confirmed risk item (SPEC §5) as pure rules: which deadlines it sets and
 * which steps are still owed, by whom, by when.
 */

export const riskKinds = ['quality', 'environment', 'safety', 'other'] as const; // 质量 / 环境 / 安全 / 其他
export type RiskKind = (typeof riskKinds)[number];
export const riskSourceKinds = ['media', 'authority', 'client'] as const; // 媒体 / 政府网站 / 获证组织自报
export const riskOrigins = ['manual', 'import', 'portal'] as const;
export const selfCheckFindings = ['none', 'lapses', 'violations'] as const; // 未发现问题 / 发现疏漏 / 发现违规
export const incidentActionKinds = [
  'more_surveillance', // 增加监督频次
  'unscheduled_audit', // 不通知审核（特殊审核）
  'project_inspection', // 项目检查
  'suspension', // 暂停证书
  'revocation', // 撤销证书
] as const;
export type IncidentActionKind = (typeof incidentActionKinds)[number];
/** actions carried out by an audit in the certificate's programme */
export const auditActionKinds: readonly IncidentActionKind[] = ['more_surveillance', 'unscheduled_audit', 'project_inspection'];

export interface IncidentDeadlineParameters {
  reportToAuditManagementDays: number; // risk.reportToAuditManagementDays (0 = the same day)
  incidentReportWorkingDays: number; // risk.incidentReportWorkingDays
}

/**
 * The same-day report to audit management (with the suspension request) runs from the day the
 * item is confirmed; the incident report from the event itself, as SPEC §5 says, so an event
 * the CB learns of late is overdue at once and heads the due-list.
 */
export function incidentDeadlines(
  eventOn: IsoDate,
  confirmedOn: IsoDate,
  calendar: WorkingDayCalendar,
  p: IncidentDeadlineParameters,
): { reportToAuditManagementDueOn: IsoDate; reportDueOn: IsoDate; reportDueProvisional: boolean } {
  const report = workingDayDeadline(eventOn, p.incidentReportWorkingDays, calendar);
  return {
    reportToAuditManagementDueOn: addDays(confirmedOn, p.reportToAuditManagementDays),
    reportDueOn: report.dueOn,
    reportDueProvisional: report.provisional,
  };
}

export const incidentStepKinds = [
  'incident_report_to_audit_management',
  'incident_suspension_request',
  'incident_self_check',
  'incident_report',
  'incident_actions',
  'incident_rectification',
] as const;
export type IncidentStepKind = (typeof incidentStepKinds)[number];

export interface IncidentState {
  status: 'open' | 'closed';
  reportToAuditManagementDueOn: IsoDate;
  reportedToAuditManagementOn: IsoDate | null;
  suspensionRequestedOn: IsoDate | null;
  reportDueOn: IsoDate;
  reportDueProvisional: boolean;
  reportSubmittedOn: IsoDate | null;
  selfCheckOn: IsoDate | null;
  actionsDecidedOn: IsoDate | null;
  rectificationDueOn: IsoDate | null;
  rectificationVerifiedOn: IsoDate | null;
}

export interface OwedStep {
  kind: IncidentStepKind;
  department: 'quality_technical' | 'customer_service' | 'audit_management';
  dueOn: IsoDate;
  basis: 'SAME_DAY_REPORT' | 'INCIDENT_REPORT_WORKING_DAYS' | 'RECTIFICATION_DUE';
  provisional: boolean; // counted in working days into a year without a holiday table
}

/**
 * The steps still owed. The branch self-check and audit management's decision are due with
 * the incident report, so the whole picture is complete when the authority may ask for it.
 */
export function owedSteps(s: IncidentState): OwedStep[] {
  if (s.status === 'closed') return [];
  const steps: OwedStep[] = [];
  const sameDay = { dueOn: s.reportToAuditManagementDueOn, basis: 'SAME_DAY_REPORT', provisional: false } as const;
  const withReport = { dueOn: s.reportDueOn, basis: 'INCIDENT_REPORT_WORKING_DAYS', provisional: s.reportDueProvisional } as const;
  if (!s.reportedToAuditManagementOn)
    steps.push({ kind: 'incident_report_to_audit_management', department: 'quality_technical', ...sameDay });
  if (!s.suspensionRequestedOn) steps.push({ kind: 'incident_suspension_request', department: 'quality_technical', ...sameDay });
  if (!s.selfCheckOn) steps.push({ kind: 'incident_self_check', department: 'audit_management', ...withReport });
  if (!s.reportSubmittedOn) steps.push({ kind: 'incident_report', department: 'customer_service', ...withReport });
  if (!s.actionsDecidedOn) steps.push({ kind: 'incident_actions', department: 'audit_management', ...withReport });
  if (s.rectificationDueOn && !s.rectificationVerifiedOn) {
    steps.push({
      kind: 'incident_rectification',
      department: 'audit_management',
      dueOn: s.rectificationDueOn,
      basis: 'RECTIFICATION_DUE',
      provisional: false,
    });
  }
  return steps;
}

/** An incident closes once nothing is owed: every step recorded and any rectification verified. */
export function mayClose(s: IncidentState): boolean {
  return s.status === 'open' && owedSteps(s).length === 0;
}
