import { addDays, type IsoDate } from '../../lib/dates.js';

/** 售后服务认证申请 (SPEC §11): the materials, the review deadline and the credit check as pure rules. */

export const requiredMaterials = ['businessLicence', 'serviceDocuments', 'flowChart'] as const; // 营业执照 / 服务过程文件及标准 / 服务流程图
export type Material = (typeof requiredMaterials)[number];
export const creditChecks = ['administrativePenalties', 'abnormalOperation', 'seriousViolation'] as const; // 行政处罚 / 经营异常名录 / 严重违法失信名单
export type CreditCheck = (typeof creditChecks)[number];
export type CreditFinding = 'none' | 'found';

/** The review is due `afterSales.applicationReviewDays` after receipt. */
export function reviewDueOn(receivedOn: IsoDate, reviewDays: number): IsoDate {
  return addDays(receivedOn, reviewDays);
}

export function missingMaterials(materials: Partial<Record<Material, boolean>>, headcount: number | null): string[] {
  const missing: string[] = requiredMaterials.filter((m) => !materials[m]);
  if (!headcount || headcount < 1) missing.push('headcount');
  return missing;
}

/**
 * What the credit check allows: an applicant on the abnormal-operation list or the serious-
 * violation blacklist is refused; administrative penalties may be accepted with a recorded note.
 */
export function creditVerdict(credit: Record<CreditCheck, CreditFinding>, note: string | null): 'clear' | 'accept_with_note' | 'refuse' {
  if (credit.seriousViolation === 'found' || credit.abnormalOperation === 'found') return 'refuse';
  if (credit.administrativePenalties === 'found') return note && note.trim().length >= 2 ? 'accept_with_note' : 'refuse';
  return 'clear';
}

export const applicationStatusLabels = {
  received: { zh: '待评审', en: 'received' },
  accepted: { zh: '已受理', en: 'accepted' },
  refused: { zh: '不予受理', en: 'refused' },
} as const;
