import { addDays, type IsoDate } from '../../lib/dates.js';

/** 申诉 / 投诉 (SPEC §10) as pure rules: numbers, the written-answer deadline, the steps, the yearly summary. */

export const complaintKinds = ['complaint', 'appeal'] as const; // 投诉 / 申诉
export type ComplaintKind = (typeof complaintKinds)[number];
export const complaintChannels = ['portal', 'staff', 'public'] as const; // 获证组织门户 / 工作人员代录 / 公开查询页
export const complaintStatuses = ['received', 'investigating', 'answered', 'escalated', 'closed'] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];
export const complaintActions = ['investigate', 'answer', 'escalate', 'close'] as const;
export type ComplaintAction = (typeof complaintActions)[number];

/**
 * 原因分类: what a case is about, classified by the CB when it answers (SPEC §14's analysis by
 * cause). The first five concern the CB's own work, the last two an organisation it certified.
 */
export const complaintCauses = [
  'auditor_conduct', // 审核人员行为与能力
  'audit_findings', // 审核发现与结论
  'certification_decision', // 认证决定（不予认证、暂停、撤销、降级）
  'fees_contract', // 收费与合同
  'service_timeliness', // 服务与时效（证书、答复延误）
  'impartiality', // 公正性与保密
  'certified_performance', // 获证组织的产品、服务或体系运行
  'certificate_misuse', // 获证组织误用证书或认证标志
  'other',
] as const;
export type ComplaintCause = (typeof complaintCauses)[number];
/** a case with no cause yet: a filter and a category of the analysis */
export const UNCLASSIFIED = 'unclassified' as const;
export const unclassifiedWords: { zh: string; en: string } = { zh: '尚未分类', en: 'Not classified yet' };

export const complaintCauseWords: Record<ComplaintCause, { zh: string; en: string }> = {
  auditor_conduct: { zh: '审核人员行为与能力', en: 'Auditor conduct or competence' },
  audit_findings: { zh: '审核发现与结论', en: 'Audit findings and conclusions' },
  certification_decision: { zh: '认证决定', en: 'Certification decision' },
  fees_contract: { zh: '收费与合同', en: 'Fees and contract' },
  service_timeliness: { zh: '服务与时效', en: 'Service and timeliness' },
  impartiality: { zh: '公正性与保密', en: 'Impartiality and confidentiality' },
  certified_performance: { zh: '获证组织产品、服务或体系', en: 'Certified organisation’s products, service or system' },
  certificate_misuse: { zh: '误用证书或认证标志', en: 'Misuse of the certificate or marks' },
  other: { zh: '其他', en: 'Other' },
};

/** The causes as the UI lists them, in one language. */
export function complaintCauseLabels(lang: 'zh' | 'en'): Record<ComplaintCause, string> {
  return Object.fromEntries(complaintCauses.map((c) => [c, complaintCauseWords[c][lang]])) as Record<ComplaintCause, string>;
}

const prefix: Record<ComplaintKind, string> = { complaint: 'TS', appeal: 'SS' };

/** TS-2026-0007 for the seventh complaint of 2026, SS-… for appeals. */
export function complaintNumber(kind: ComplaintKind, year: number, serial: number): string {
  return `${prefix[kind]}-${year}-${String(serial).padStart(4, '0')}`;
}

/** The written answer is due `complaint.answerDays` calendar days after receipt. */
export function answerDueOn(receivedOn: IsoDate, answerDays: number): IsoDate {
  return addDays(receivedOn, answerDays);
}

const transitions: Record<ComplaintAction, { from: readonly ComplaintStatus[]; to: ComplaintStatus }> = {
  investigate: { from: ['received'], to: 'investigating' },
  answer: { from: ['received', 'investigating'], to: 'answered' },
  // an answered complainant who is not satisfied takes it to the national authority (CNCA)
  escalate: { from: ['answered'], to: 'escalated' },
  close: { from: ['answered', 'escalated'], to: 'closed' },
};

/** The status an action leads to, or null when it is not allowed from `status`. */
export function nextStatus(status: ComplaintStatus, action: ComplaintAction): ComplaintStatus | null {
  const t = transitions[action];
  return t.from.includes(status) ? t.to : null;
}

/** Waiting for the CB's written answer. */
export function awaitsAnswer(status: ComplaintStatus): boolean {
  return status === 'received' || status === 'investigating';
}

export interface SummaryRow {
  kind: ComplaintKind;
  channel: (typeof complaintChannels)[number];
  status: ComplaintStatus;
  receivedOn: IsoDate;
  answerDueOn: IsoDate;
  answeredOn: IsoDate | null;
}

function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * 年度申投诉汇总: counts, answers on time (by the due day itself) over the cases answered or already
 * overdue (one still within its time is not judged yet), days to answer, by month.
 */
export function yearlySummary(rows: readonly SummaryRow[], year: number, today: IsoDate) {
  const inYear = rows.filter((r) => r.receivedOn.startsWith(`${year}-`));
  const count = <K extends string>(key: (r: SummaryRow) => K) => {
    const out = {} as Record<K, number>;
    for (const r of inYear) out[key(r)] = (out[key(r)] ?? 0) + 1;
    return out;
  };
  const answered = inYear.filter((r) => r.answeredOn !== null);
  const onTime = answered.filter((r) => r.answeredOn! <= r.answerDueOn);
  const days = answered.map((r) => daysBetween(r.receivedOn, r.answeredOn!));
  // a case past its day still unanswered is already late: the rate counts it, or it would flatter
  const overdue = inYear.filter((r) => awaitsAnswer(r.status) && r.answerDueOn < today).length;
  const judged = answered.length + overdue;
  return {
    year,
    total: inYear.length,
    byKind: count((r) => r.kind),
    byChannel: count((r) => r.channel),
    byStatus: count((r) => r.status),
    answered: answered.length,
    answeredOnTime: onTime.length,
    onTimeRate: judged === 0 ? null : Math.round((onTime.length / judged) * 1000) / 1000,
    averageDaysToAnswer: days.length === 0 ? null : Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10,
    overdue,
    byMonth: Array.from({ length: 12 }, (_, m) => inYear.filter((r) => Number(r.receivedOn.slice(5, 7)) === m + 1).length),
  };
}

const kindWords = { complaint: { zh: '投诉', en: 'complaint' }, appeal: { zh: '申诉', en: 'appeal' } } as const;

/**
 * The written answer (书面答复) as a letter to whoever filed the case: addressed to the complainant
 * (an appellant's organisation with it), dated the day answered, referenced by the case number.
 */
export function answerLetter(c: {
  kind: ComplaintKind;
  number: string;
  complainantName: string;
  organisation: string | null;
  subject: string;
  receivedOn: string;
  answer: string;
  answeredOn: string;
}) {
  const kind = kindWords[c.kind];
  return {
    reference: c.number,
    day: c.answeredOn,
    clientName: c.complainantName,
    // an appeal comes from the organisation itself; a complaint's organisation is the one complained about, not the addressee
    address: c.kind === 'appeal' ? c.organisation : null,
    postcode: null,
    contactPerson: null,
    subjectZh: `关于${kind.zh}（${c.number}）的书面答复`,
    subjectEn: `Our written answer to your ${kind.en} ${c.number}`,
    bodyZh: `您于 ${c.receivedOn} 提出的${kind.zh}“${c.subject}”，本机构已受理并调查处理，现答复如下：\n\n${c.answer}`,
    bodyEn: `We received your ${kind.en} "${c.subject}" on ${c.receivedOn}, investigated it and answer it as written above.`,
  };
}
