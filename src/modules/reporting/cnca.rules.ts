import { addDays, type IsoDate } from '../../lib/dates.js';
import { cncaStatusCode, type CertificateStatus, type RevocationGround, type SuspensionGround } from '../certificates/certificate.rules.js';
import type { AuditType } from '../programmes/programme.rules.js';
import type { RegistrationKind, TeamRole } from '../programmes/team.rules.js';
import { cncaSheets, projectCodes, type CncaSheetKey } from './cnca-sheets.js';

/**
 * The CNCA monthly report (认证机构管理体系认证、服务认证信息报告规范, SPEC §13) as pure rules:
 * CertDesk's records of one month become the rows of the four sheets, keyed by column code,
 * and every value a row needs but lacks becomes an issue pointing at the record to fix.
 */

/** 编号/证书号/代码 are reported in upper case without spaces. */
export function cncaCode(value: string): string {
  return value.replace(/[\s\u3000]/g, '').toUpperCase();
}
const CODE_HEADER = /编号|证书号|代码|批准号|注册号|号码/;
/** Multiple values in one cell are separated by a full-width semicolon. */
export const MULTI = '；';

// the template's own code tables (see ../shared/reference/cnca-report-fields.md §5)
const pauseCause: Record<SuspensionGround, string> = {
  SURVEILLANCE_NOT_ACCEPTED: '0112', // 不承担、履行认证合同约定的责任和义务
  CAPABILITY_BELOW_REQUIREMENTS: '0111',
  MISUSE_OF_CERTIFICATE_OR_MARK: '0199',
  SERIOUS_COMPLAINT: '0199',
  FEES_UNPAID: '0112',
  MAJOR_INCIDENT: '0117',
  OTHER: '0199',
};
const cancelCause: Record<RevocationGround, string> = {
  SUSPENSION_NOT_RESTORED: '0115',
  CORRECTIVE_ACTION_NOT_ACHIEVED: '0115',
  SERIOUS_QUALITY_ACCIDENT: '0113',
  OBTAINED_BY_FRAUD: '0199',
  CERTIFICATE_TRANSFERRED: '0199',
  FEES_REFUSED: '0121',
  GIVE_UP_WITH_GROUNDS: '0122',
  OTHER: '0199',
};
/** 认证审核活动代码; a document review is not an audit the CNCA is told of */
const activityCode: Partial<Record<AuditType, string>> = {
  initial_stage1: '01',
  initial_stage2: '01',
  recertification: '02',
  surveillance: '03',
  mystery_shopping: '03',
  extra: '04',
};
/** 认证审核阶段代码 */
const stageCode: Partial<Record<AuditType, string>> = {
  initial_stage1: '0101',
  initial_stage2: '0102',
  recertification: '0201',
  surveillance: '0301',
  mystery_shopping: '0301',
  extra: '04',
};
const roleCode: Record<TeamRole, string> = { team_leader: '01', auditor: '02', technical_expert: '03' };
const qualificationCode: Record<RegistrationKind, string> = { auditor: '02', technical_expert: '04' };
/** 上报类型代码 */
export const reportTypes = { grant: '01', reissue: '02', surveillance: '03', change: '04', status: '05' } as const;
const ON_SITE = 'FS01'; // 审核方式: CertDesk records on-site audits
const CHINA = '156';
const CNY = '01';
const YES = '1';
const NO = '0';
// 审核结果信息表 asks for times; CertDesk records days, so a day runs from the start to the end of office hours
const DAY_STARTS = '09:00:00';
const DAY_ENDS = '17:00:00';

export interface CbProfile {
  approvalNo: string; // 认证机构批准号
  /** 认可信息 per certification field: 认可证书号 and 认可标志代码 (01 = CNAS); a field not here is unaccredited */
  accreditations: Readonly<Record<string, { accreditationNo: string; symbolCode: string } | undefined>>;
}

export interface ReportClient {
  id: string;
  name: string;
  formerNames: string[];
  uscc: string;
  address: string;
  postcode: string | null;
  phone: string | null;
  contractNo: string;
  technicalAreaCodes: string[];
  legalRepresentative: string | null;
  organisationType: string | null;
  registeredCapital: number | null;
  registeredCapitalCurrency: string | null;
  employeeCount: number | null;
  industryCodes: string[];
  initialAuditFee: number | null;
  surveillanceFee: number | null;
  branchName: string;
  branchCode: string;
}

export interface ReportMember {
  userId: string;
  name: string;
  role: TeamRole;
  registration: {
    kind: RegistrationKind;
    registrationNo: string;
    identityType: string | null;
    identityNo: string | null;
    fullTime: boolean | null;
  } | null;
}

export interface ReportAudit {
  id: string;
  type: AuditType;
  plannedStart: IsoDate;
  plannedEnd: IsoDate;
  actualStart: IsoDate | null;
  actualEnd: IsoDate | null;
  sites: string[];
  field: string;
  standard: string | null;
  client: ReportClient;
  team: ReportMember[];
}

export interface ReportCertificate {
  id: string;
  certificateNo: string;
  scheme: 'management_system' | 'after_sales';
  field: string;
  standard: string;
  organisationName: string;
  address: string;
  scope: string;
  sites: { name: string; address: string }[];
  decisionOn: IsoDate;
  originalIssueOn: IsoDate;
  issueOn: IsoDate;
  expiresOn: IsoDate;
  status: CertificateStatus;
  suspendedFrom: IsoDate | null;
  suspendedUntil: IsoDate | null;
  client: ReportClient;
  coveredEmployees: number | null;
  riskLevel: string | null;
  baseAuditDays: number | null;
  serviceAreaCode: string | null;
  cycleNo: number;
  surveillancesHeld: number;
  lastAudit: ReportAudit | null;
  /** what puts it in this month's report */
  reportType: (typeof reportTypes)[keyof typeof reportTypes];
  /** decidedBy: the person who decided it, or for a step the system took, the person whose decision it follows */
  event: { kind: string; effectiveOn: IsoDate; ground: string | null; decidedBy: string | null } | null;
}

export type RecordRef = { kind: 'client' | 'certificate' | 'audit' | 'registration'; id: string; label: string };
export interface CncaRow {
  values: Record<string, string>;
  record: RecordRef;
}
export type IssueProblem = 'MISSING' | 'TOO_LONG' | 'NO_TEAM' | 'NOT_REGISTERED' | 'NO_ENERGY_DATA' | 'NO_DECISION';
export interface CncaIssue {
  sheet: CncaSheetKey;
  header: string | null;
  problem: IssueProblem;
  record: RecordRef;
}

export function projectCodeOf(field: string, standard: string | null): string {
  if (!standard) return '';
  const text = cncaCode(standard);
  return projectCodes.find((p) => p.field === field && text.includes(cncaCode(p.standard)))?.code ?? '';
}

/** 行政区划代码: characters 3–8 of the unified social credit code. */
export function districtOf(uscc: string): string {
  return /^\d{6}$/.test(uscc.slice(2, 8)) ? uscc.slice(2, 8) : '';
}

function days(a: IsoDate, b: IsoDate): number {
  let n = 1;
  for (let d = a; d < b; d = addDays(d, 1)) n += 1;
  return n;
}

/** A NUMBER(p,s) cell: at most `scale` decimals, none written that are zero (2.5, 500, 0). */
function decimal(value: number | null, scale: number): string {
  return value === null ? '' : String(Number(value.toFixed(scale)));
}

/** 审核人日数: days on site times the auditors on the team (technical experts do not count). */
export function auditorDays(audit: ReportAudit): string {
  if (!audit.actualStart || !audit.actualEnd) return '';
  const auditors = audit.team.filter((m) => m.role !== 'technical_expert').length;
  return auditors === 0 ? '' : String(days(audit.actualStart, audit.actualEnd) * auditors);
}

/** 审核计划编号: R, 0, the last three digits of the approval number, the branch code, the month and a serial. */
function planNumber(cb: CbProfile, audit: ReportAudit, serial: number): string {
  const approval = cb.approvalNo.replace(/\D/g, '').slice(-3).padStart(3, '0');
  return cncaCode(
    `R0${approval}${audit.client.branchCode.slice(0, 2)}${audit.plannedStart.slice(2, 7).replace('-', '')}${String(serial).padStart(4, '0')}`,
  );
}

const auditRef = (a: ReportAudit): RecordRef => ({ kind: 'audit', id: a.client.id, label: `${a.client.name} ${a.plannedStart}` });

export function auditPlanRows(cb: CbProfile, audits: ReportAudit[]): { rows: CncaRow[]; issues: CncaIssue[] } {
  const rows: CncaRow[] = [];
  const issues: CncaIssue[] = [];
  audits.forEach((audit, i) => {
    if (audit.team.length === 0) issues.push({ sheet: 'auditPlans', header: null, problem: 'NO_TEAM', record: auditRef(audit) });
    for (const m of audit.team) {
      rows.push({
        record: auditRef(audit),
        values: {
          PLAN_NO: planNumber(cb, audit, i + 1),
          ORG_NAME: audit.client.name,
          ORG_CODE: audit.client.uscc,
          AUTH_PROJ_CODE: projectCodeOf(audit.field, audit.standard),
          APPR_AC_CODE: activityCode[audit.type] ?? '',
          APPR_S_DATE: audit.plannedStart,
          APPR_E_DATE: audit.plannedEnd,
          APPR_DISTRICT: districtOf(audit.client.uscc),
          APPR_ADDRESS: audit.sites.length > 0 ? audit.sites.join(MULTI) : audit.client.address,
          APPR_MODE: ON_SITE,
          FULL_NAME: m.name,
          IDENTITY_CODE: m.registration?.identityType ?? '',
          ID_CODE: m.registration?.identityNo ?? '',
          APPR_M_ROLE: roleCode[m.role],
        },
      });
    }
  });
  return { rows, issues };
}

export function auditResultRows(
  cb: CbProfile,
  held: { audit: ReportAudit; certificateNo: string }[],
): { rows: CncaRow[]; issues: CncaIssue[] } {
  const rows: CncaRow[] = [];
  const issues: CncaIssue[] = [];
  for (const { audit, certificateNo } of held) {
    if (audit.team.length === 0) issues.push({ sheet: 'auditResults', header: null, problem: 'NO_TEAM', record: auditRef(audit) });
    for (const m of audit.team) {
      if (!m.registration) {
        issues.push({
          sheet: 'auditResults',
          header: null,
          problem: 'NOT_REGISTERED',
          record: { kind: 'registration', id: m.userId, label: m.name },
        });
      }
      rows.push({
        record: auditRef(audit),
        values: {
          RZJG_ID: cb.approvalNo,
          CERT_NUMBER: certificateNo,
          APPR_STAGE: stageCode[audit.type] ?? '',
          APPR_S_DATE: audit.actualStart ? `${audit.actualStart} ${DAY_STARTS}` : '',
          APPR_E_DATE: audit.actualEnd ? `${audit.actualEnd} ${DAY_ENDS}` : '',
          FULL_NAME: m.name,
          IDENTITY_CODE: m.registration?.identityType ?? '',
          ID_CODE: m.registration?.identityNo ?? '',
          APPR_M_ROLE: roleCode[m.role],
          QUA_CODE: m.registration ? qualificationCode[m.registration.kind] : '',
          APT_CERTI_NUM: m.registration?.registrationNo ?? '',
          IS_PROF_M: m.registration?.kind === 'auditor' ? YES : NO,
          IS_SPECIAL: m.registration?.fullTime == null ? '' : m.registration.fullTime ? YES : NO,
        },
      });
    }
  }
  return { rows, issues };
}

export function certificateRows(cb: CbProfile, certificates: ReportCertificate[], period: { from: IsoDate; to: IsoDate }): CncaRow[] {
  return certificates.map((c) => {
    const audit = c.lastAudit;
    const suspended = c.status === 'suspended';
    const revoked = c.status === 'revoked';
    const changed = c.reportType === reportTypes.change || c.reportType === reportTypes.status;
    const reissued = c.reportType === reportTypes.reissue;
    const fee = audit?.type === 'surveillance' ? c.client.surveillanceFee : c.client.initialAuditFee;
    return {
      record: { kind: 'certificate', id: c.client.id, label: c.certificateNo },
      values: {
        RZJG_ID: cb.approvalNo,
        RZJG_KEY_ID: c.client.branchName,
        ORG_NAME: c.organisationName,
        ORG_O_NAME: c.client.formerNames.join(MULTI),
        ORG_CODE: c.client.uscc,
        BEL_INDUSTRY: c.client.industryCodes.join(MULTI),
        ORG_COUNTRY: CHINA,
        ORG_DISTRICT: districtOf(c.client.uscc),
        ORG_ADDRESS: c.address,
        ORG_ZIP: c.client.postcode ?? '',
        ORG_PHONE: c.client.phone ?? '',
        LEGAL_PEOPLE: c.client.legalRepresentative ?? '',
        ORG_PROP_CODE: c.client.organisationType ?? '',
        ORG_REG_ASSETS: decimal(c.client.registeredCapital, 4),
        REG_ASSETS_CURR: c.client.registeredCapitalCurrency ?? '',
        ORG_PEOP_NUM: c.client.employeeCount === null ? '' : String(c.client.employeeCount),
        RELA_PEOP_NUM: c.coveredEmployees === null ? '' : String(c.coveredEmployees),
        FIRST_CERT_DATE: c.originalIssueOn,
        CERT_NUMBER: c.certificateNo,
        AUTH_PROJ_CODE: projectCodeOf(c.field, c.standard),
        BUSI_SCOP_CODE: c.client.technicalAreaCodes.join(MULTI),
        AUTH_PROJ_CODEDEC: c.standard,
        IS_MULTI_SCENE: c.sites.length > 1 ? YES : NO,
        PLACE_NAME_ADD: c.sites.map((s) => `${s.name} ${s.address}`).join(MULTI),
        BUSI_COVER_SCOP: c.scope,
        APPR_AC_CODE: audit ? (activityCode[audit.type] ?? '') : changed ? '05' : '',
        A_AUTH_TIMES: String(c.cycleNo - 1),
        SUSE_TIMES: String(c.surveillancesHeld),
        APPR_S_DATE: audit?.actualStart ?? '',
        APPR_E_DATE: audit?.actualEnd ?? '',
        CHK_PD_NUM: audit ? auditorDays(audit) : '',
        IS_COMB: '01',
        CHK_P_LIST: c.event?.decidedBy ?? '',
        // the day of the decision the row reports (a grant, a suspension, keeping it after a surveillance…), as 37 names its decider
        APP_ASS_DATE: c.event?.effectiveOn ?? c.decisionOn,
        AWARD_DATE: c.issueOn,
        CERTI_E_DATE: c.expiresOn,
        CERTI_STATUS: cncaStatusCode[c.status],
        PAUSE_CAUSE: suspended && c.event?.kind === 'suspend' ? (pauseCause[c.event.ground as SuspensionGround] ?? '0199') : '',
        PAUSE_S_DATE: suspended ? (c.suspendedFrom ?? '') : '',
        PAUSE_E_DATE: suspended ? (c.suspendedUntil ?? '') : '',
        CANCEL_CAUSE: revoked && c.event?.kind === 'revoke' ? (cancelCause[c.event.ground as RevocationGround] ?? '0199') : '',
        CANCEL_DATE: revoked && c.event?.kind === 'revoke' ? c.event.effectiveOn : '',
        IS_C_CERTI: NO,
        CHG_DATE: changed ? (c.event?.effectiveOn ?? '') : '',
        CHG_TYP_CODE: c.reportType === reportTypes.status ? '0197' : c.reportType === reportTypes.change ? '0103' : '',
        IS_CHG_CERTI: reissued ? YES : NO,
        EXCHANGE_DATE: reissued ? c.issueOn : '',
        EXCHANGE_CAUSE: reissued ? (c.event?.kind === 'recertify' ? '0102' : '0104') : '',
        O_AWARD_JG: reissued ? cb.approvalNo : '',
        O_CERTI_NUM: reissued ? c.certificateNo : '',
        REGISTATION_NUM: cb.accreditations[c.field]?.accreditationNo ?? '',
        ACC_SYMBOL: cb.accreditations[c.field]?.symbolCode ?? '',
        RISK_PARAM: c.riskLevel ?? '',
        REV_CERTI_FEE: fee === null ? '' : fee.toFixed(2),
        REV_CERTI_FEE_CURR: fee === null ? '' : CNY,
        INVOICE_NUM: c.client.contractNo,
        Service_area_code: c.scheme === 'after_sales' ? (c.serviceAreaCode ?? '') : '',
        REPORT_TYPE: c.reportType,
        IS_OVERFLOW: NO,
        BASE_PD_NUM: decimal(c.baseAuditDays, 3),
        FETCH_S_DATE: period.from,
        FETCH_E_DATE: period.to,
      },
    };
  });
}

/** 认证项目分类代码 of QMS (A01…), EMS (A02…) and OHSMS (A03…), the fields IAF MD 5 gives tables for */
const underMd5Tables = (v: Record<string, string>) => /^A0[123]/.test(v.AUTH_PROJ_CODE ?? '');
const SERVICE_PROJECT = 'C';
const CNAS = '01';

/** A checked column is required unless the template makes it conditional; these are the conditions. */
const requiredWhen: Record<string, (v: Record<string, string>) => boolean> = {
  ORG_NAME_EN: () => false,
  ORG_O_NAME: () => false,
  ORG_FAX: () => false,
  PLACE_NAME_ADD: (v) => v.IS_MULTI_SCENE === YES,
  QMS_COVERAGE: (v) => v.AUTH_PROJ_CODE?.startsWith('A0102') ?? false,
  ORG_EN_BORDER: (v) => v.AUTH_PROJ_CODE?.startsWith('A0901') ?? false,
  APPR_S_DATE: (v) => v.APPR_AC_CODE !== '05',
  APPR_E_DATE: (v) => v.APPR_AC_CODE !== '05',
  CHK_PD_NUM: (v) => v.APPR_AC_CODE !== '05' && v.APPR_S_DATE !== '',
  PAUSE_CAUSE: (v) => v.CERTI_STATUS === '02',
  PAUSE_S_DATE: (v) => v.CERTI_STATUS === '02',
  PAUSE_E_DATE: (v) => v.CERTI_STATUS === '02',
  CANCEL_CAUSE: (v) => v.CERTI_STATUS === '03',
  CANCEL_DATE: (v) => v.CERTI_STATUS === '03',
  M_CERTI_NUM: (v) => v.IS_C_CERTI === YES,
  CHG_DATE: (v) => v.CHG_TYP_CODE !== '',
  CHG_TYP_CODE: (v) => v.REPORT_TYPE === reportTypes.change || v.REPORT_TYPE === reportTypes.status,
  EXCHANGE_DATE: (v) => v.REPORT_TYPE === reportTypes.reissue,
  EXCHANGE_CAUSE: (v) => v.REPORT_TYPE === reportTypes.reissue,
  O_AWARD_JG: (v) => v.REPORT_TYPE === reportTypes.reissue,
  O_CERTI_NUM: (v) => v.REPORT_TYPE === reportTypes.reissue,
  REGISTATION_NUM: () => false,
  ACC_SYMBOL: () => false,
  REV_CERTI_FEE: (v) => ['01', '02', '03', '06'].includes(v.APPR_AC_CODE ?? ''),
  REV_CERTI_FEE_CURR: (v) => v.REV_CERTI_FEE !== '',
  ATTACHMENTS: () => false,
  AUDIT_PLAN_NO: (v) => v.IS_OVERFLOW === YES,
  OVERFLOW_CAUSE: (v) => v.IS_OVERFLOW === YES,
  PLAN_START: (v) => v.IS_OVERFLOW === YES,
  PROGRAM_FILENO: (v) => v.IS_OVERFLOW === YES,
  OBSERVER_FLAG: () => false,
  // 带CNAS认可标志的质量、环境、职业健康安全…管理体系认证 only
  RISK_PARAM: (v) => underMd5Tables(v) && (v.ACC_SYMBOL ?? '').split(MULTI).includes(CNAS),
  // the CNAS-CC105 (IAF MD 5) tables cover quality, environment and occupational health and safety
  BASE_PD_NUM: underMd5Tables,
  // 服务认证项目 (C…) only
  Service_area_code: (v) => v.AUTH_PROJ_CODE?.startsWith(SERVICE_PROJECT) ?? false,
};

/**
 * Puts each row in the sheet's column order with codes upper-cased, and lists what a row
 * needs but lacks, or holds longer than the column allows.
 */
export function completeSheet(key: CncaSheetKey, rows: CncaRow[]): { cells: string[][]; issues: CncaIssue[] } {
  const sheet = cncaSheets[key];
  const issues: CncaIssue[] = [];
  const cells = rows.map((row) =>
    sheet.columns.map((column) => {
      const raw = (row.values[column.code] ?? '').trim();
      const value = CODE_HEADER.test(column.header) && column.type !== 'DATE' ? cncaCode(raw) : raw;
      const required = column.checked === 1 && (requiredWhen[column.code]?.(row.values) ?? true);
      if (required && value === '') issues.push({ sheet: key, header: column.header, problem: 'MISSING', record: row.record });
      const length = column.checkedLength ?? column.maxLength;
      if (typeof length === 'number' && value.length > length) {
        issues.push({ sheet: key, header: column.header, problem: 'TOO_LONG', record: row.record });
      }
      return value;
    }),
  );
  return { cells, issues };
}
