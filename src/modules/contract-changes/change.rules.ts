import type { Role } from '../auth/permissions.js';
import { maySee } from '../auth/visibility.js';
import type { ProposedChange } from './change.schema.js';

/**
 * 合同变更 (SPEC §9, form F01 变更申请表) as pure rules: what each kind of change needs, who
 * reviews and who carries it out, and which statuses follow.
 */

export const changeKinds = [
  'name', // 名称变更
  'contact', // 联系人、电话
  'address_sites', // 地址、场所
  'legal_status', // 法律地位、所有权
  'key_management', // 关键管理人员
  'system_process', // 管理体系或过程的重大变更
  'scope_extension', // 扩大认证范围
  'scope_reduction', // 缩小认证范围
  'fees', // 费用
] as const;
export type ChangeKind = (typeof changeKinds)[number];

export const changeStatuses = ['submitted', 'awaiting_audit', 'approved', 'rejected', 'applied'] as const;
export type ChangeStatus = (typeof changeStatuses)[number];

export const changeStatusLabels: Record<ChangeStatus, { zh: string; en: string }> = {
  submitted: { zh: '待审核', en: 'submitted' },
  awaiting_audit: { zh: '待变更审核', en: 'awaiting its audit' },
  approved: { zh: '已批准待实施', en: 'approved' },
  rejected: { zh: '不予批准', en: 'rejected' },
  applied: { zh: '已实施', en: 'carried out' },
};

export const proposedFieldLabels: Record<keyof ProposedChange, { zh: string; en: string }> = {
  name: { zh: '名称', en: 'name' },
  contactPerson: { zh: '联系人', en: 'contact person' },
  phone: { zh: '联系电话', en: 'phone' },
  email: { zh: '电子邮箱', en: 'e-mail' },
  address: { zh: '地址', en: 'address' },
  sites: { zh: '场所', en: 'sites' },
  scope: { zh: '认证范围', en: 'scope' },
  initialAuditFee: { zh: '初审费用', en: 'initial audit fee' },
  surveillanceFee: { zh: '监督费用', en: 'surveillance fee' },
};

/**
 * What each kind proposes (at least one of them) and the only fields it may: a change of one
 * kind cannot carry another kind's change (a new name cannot bring a new scope along).
 */
export const proposableFields: Record<ChangeKind, readonly (keyof ProposedChange)[]> = {
  name: ['name'],
  contact: ['contactPerson', 'phone', 'email'],
  address_sites: ['address', 'sites'],
  legal_status: [],
  key_management: [],
  system_process: [],
  scope_extension: ['scope'],
  scope_reduction: ['scope'],
  fees: ['initialAuditFee', 'surveillanceFee'],
};

/**
 * The kinds of change `role` never sees: those proposing a field it may not see (auth/visibility.ts).
 * A fee change is its fees, description and all: only those who may see fees see it.
 */
export function kindsHiddenFrom(role: Role): ChangeKind[] {
  return changeKinds.filter((kind) => proposableFields[kind].some((field) => !maySee(role, 'contractChange', field)));
}

/** Changes that touch only the record (and the certificate's printed details): confirmed by customer service. */
const administrative: readonly ChangeKind[] = ['name', 'contact', 'address_sites', 'fees'];

export interface ChangeFlow {
  /** who reviews it */
  reviewer: Role;
  /** who carries it out once approved */
  executor: Role;
  /** an audit must be held (and passed) before it is granted */
  auditRequired: boolean;
  /** documents and qualifications must come with the application */
  documentsRequired: boolean;
  /** what it may change: client fields, the certificate's printed content, or neither */
  changesClient: boolean;
  changesCertificate: boolean;
}

export function changeFlow(kind: ChangeKind): ChangeFlow {
  const scope = kind === 'scope_extension' || kind === 'scope_reduction';
  return {
    reviewer: administrative.includes(kind) ? 'customer_service' : 'audit_management',
    // a scope change is a certification decision; the rest customer service carries out
    executor: scope ? 'decision_maker' : 'customer_service',
    auditRequired: kind === 'scope_extension',
    documentsRequired: scope,
    changesClient: kind === 'name' || kind === 'contact' || kind === 'address_sites' || kind === 'fees',
    changesCertificate: kind === 'name' || kind === 'address_sites' || scope,
  };
}

/** Fee changes are customer service's alone (SPEC §9): nobody else files, reviews or applies them. */
export function mayFile(role: Role, kind: ChangeKind): boolean {
  if (role === 'admin') return true;
  if (kind === 'fees') return role === 'customer_service';
  return role === 'customer_service' || role === 'client';
}

export function mayReview(role: Role, kind: ChangeKind): boolean {
  return role === 'admin' || role === changeFlow(kind).reviewer;
}

export function mayApply(role: Role, kind: ChangeKind): boolean {
  return role === 'admin' || role === changeFlow(kind).executor;
}

export type ReviewDecision = 'approve' | 'reject' | 'audit';

/** The status a review leads to, or an error code when the decision does not fit the kind. */
export function afterReview(kind: ChangeKind, decision: ReviewDecision): ChangeStatus | 'AUDIT_REQUIRED' {
  if (decision === 'reject') return 'rejected';
  if (decision === 'audit') return 'awaiting_audit';
  return changeFlow(kind).auditRequired ? 'AUDIT_REQUIRED' : 'approved';
}

/** A change waiting for its audit is granted once that audit is held and passed. */
export function auditSettles(result: 'pass' | 'pass_after_correction' | 'fail' | null): 'approved' | 'rejected' | null {
  if (result === null) return null;
  return result === 'fail' ? 'rejected' : 'approved';
}
