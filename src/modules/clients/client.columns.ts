import type { Role } from '../auth/permissions.js';
import { maySee } from '../auth/visibility.js';
import { codesOf, currencies, organisationTypes } from '../reporting/cnca-codes.js';
import { clientGrades, clientStatuses } from './client.schema.js';

/**
 * The columns of the client database as users see them: list filters and sorting, the
 * Excel export and the import layout all come from this one table.
 *  - text: filter "contains"; textList: one cell lists several values
 *  - date / money / count: filter by range (…From / …To)
 *  - enum / boolean / branch: filter by one or more values; an enum of codes has its words (`labels`)
 */
type ColumnKind = 'text' | 'textList' | 'date' | 'money' | 'count' | 'enum' | 'boolean' | 'branch';

interface ColumnDefinition {
  kind: ColumnKind;
  zh: string;
  en: string;
  required?: boolean;
  values?: readonly string[];
  labels?: Record<string, { zh: string; en: string }>;
  width?: number;
}

export const clientColumns = {
  contractNo: { kind: 'text', zh: '合同编号', en: 'Contract no.', required: true, width: 16 },
  certificateNos: { kind: 'textList', zh: '证书编号', en: 'Certificate nos.', width: 22 },
  name: { kind: 'text', zh: '组织名称', en: 'Organisation', required: true, width: 34 },
  formerNames: { kind: 'textList', zh: '曾用名', en: 'Former names', width: 24 },
  uscc: { kind: 'text', zh: '统一社会信用代码', en: 'Unified social credit code', required: true, width: 22 },
  applicationAcceptedOn: { kind: 'date', zh: '申请受理日期', en: 'Application accepted', width: 13 },
  initialAuditOn: { kind: 'date', zh: '初审日期', en: 'Initial audit', width: 13 },
  initialAuditFee: { kind: 'money', zh: '初审费用', en: 'Initial audit fee', width: 12 },
  surveillanceFee: { kind: 'money', zh: '监督费用', en: 'Surveillance fee', width: 12 },
  plannedSurveillanceOn: { kind: 'date', zh: '计划监督日期', en: 'Planned surveillance', width: 13 },
  actualSurveillanceOn: { kind: 'date', zh: '实际监督日期', en: 'Actual surveillance', width: 13 },
  status: { kind: 'enum', values: clientStatuses, zh: '客户状态', en: 'Status', required: true, width: 10 },
  province: { kind: 'text', zh: '省份', en: 'Province', required: true, width: 10 },
  address: { kind: 'text', zh: '详细地址', en: 'Address', required: true, width: 36 },
  postcode: { kind: 'text', zh: '邮编', en: 'Postcode', width: 9 },
  contactPerson: { kind: 'text', zh: '联系人', en: 'Contact person', width: 10 },
  phone: { kind: 'text', zh: '联系电话', en: 'Phone', width: 15 },
  email: { kind: 'text', zh: '电子邮箱', en: 'E-mail', width: 22 },
  technicalAreaCodes: { kind: 'textList', zh: '专业代码', en: 'Technical area codes', width: 16 },
  scope: { kind: 'text', zh: '认证范围', en: 'Certification scope', width: 40 },
  legalRepresentative: { kind: 'text', zh: '法定代表人', en: 'Legal representative', width: 10 },
  organisationType: {
    kind: 'enum',
    values: codesOf(organisationTypes),
    labels: organisationTypes,
    zh: '机构类型',
    en: 'Organisation type',
    width: 16,
  },
  registeredCapital: { kind: 'money', zh: '注册资本（万元）', en: 'Registered capital (10k)', width: 12 },
  registeredCapitalCurrency: {
    kind: 'enum',
    values: codesOf(currencies),
    labels: currencies,
    zh: '注册资本币种',
    en: 'Capital currency',
    width: 10,
  },
  employeeCount: { kind: 'count', zh: '员工数', en: 'Employees', width: 8 },
  industryCodes: { kind: 'textList', zh: '国民经济行业代码', en: 'Industry codes (GB/T 4754)', width: 14 },
  branchId: { kind: 'branch', zh: '分支机构', en: 'Branch', required: true, width: 14 },
  vip: { kind: 'boolean', zh: 'VIP', en: 'VIP', width: 6 },
  confidential: { kind: 'boolean', zh: '信息保密', en: 'Confidential', width: 8 },
  grade: { kind: 'enum', values: clientGrades, zh: '分类等级', en: 'Grade', width: 8 },
} as const satisfies Record<string, ColumnDefinition>;

export type ClientColumnKey = keyof typeof clientColumns;
export const clientColumnKeys = Object.keys(clientColumns) as ClientColumnKey[];

/** The columns `role` may see (auth/visibility.ts): its exports have no others, not even empty. */
export function clientColumnsSeenBy(role: Role): ClientColumnKey[] {
  return clientColumnKeys.filter((key) => maySee(role, 'client', key));
}

/** The columns a list query filters or sorts by: a range filter on a fee tells the fee as surely as the column. */
export function queriedColumns(query: Record<string, unknown>): ClientColumnKey[] {
  return clientColumnKeys.filter((key) => query.sort === key || [key, `${key}From`, `${key}To`].some((k) => query[k] !== undefined));
}

export const clientStatusLabels = {
  active: { zh: '正常', en: 'Active' },
  abnormal: { zh: '异常', en: 'Abnormal' },
  lost: { zh: '流失', en: 'Lost' },
} as const;
