import { addDays, addMonths, addYears, type IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { normaliseText } from '../../lib/normalise-text.js';

/** The certificate state machine (SPEC §3) and its date rules. Pure: `today` is passed in. */

export const certificateStatuses = ['valid', 'suspended', 'revoked', 'withdrawn', 'expired'] as const;
export type CertificateStatus = (typeof certificateStatuses)[number];

export const certificateActions = ['suspend', 'restore', 'revoke', 'withdraw', 'expire', 'reissue', 'recertify'] as const;
export type CertificateAction = (typeof certificateActions)[number];

/** The only place that says which action leads from which status to which. */
export const transitions = {
  valid: { suspend: 'suspended', revoke: 'revoked', withdraw: 'withdrawn', expire: 'expired', reissue: 'valid', recertify: 'valid' },
  suspended: { restore: 'valid', revoke: 'revoked' },
  revoked: {},
  withdrawn: {},
  expired: {},
} as const satisfies Record<CertificateStatus, Partial<Record<CertificateAction, CertificateStatus>>>;

/** Status codes of the CNCA report: 01 有效, 02 暂停, 03 撤销, 04 注销, 05 过期失效. */
export const cncaStatusCode = { valid: '01', suspended: '02', revoked: '03', withdrawn: '04', expired: '05' } as const satisfies Record<
  CertificateStatus,
  string
>;

export const statusLabels = {
  valid: { zh: '有效', en: 'valid' },
  suspended: { zh: '暂停', en: 'suspended' },
  revoked: { zh: '撤销', en: 'revoked' },
  withdrawn: { zh: '注销', en: 'withdrawn' },
  expired: { zh: '过期失效', en: 'expired' },
} as const;

export const actionLabels = {
  suspend: { zh: '暂停', en: 'suspend' },
  restore: { zh: '恢复', en: 'restore' },
  revoke: { zh: '撤销', en: 'revoke' },
  withdraw: { zh: '注销', en: 'withdraw' },
  expire: { zh: '转为过期', en: 'expire' },
  reissue: { zh: '换发', en: 'reissue' },
  recertify: { zh: '再认证', en: 'recertify' },
} as const;

export const schemes = ['management_system', 'after_sales'] as const; // 管理体系认证 / 售后服务认证
export type Scheme = (typeof schemes)[number];

export const schemeLabels = {
  management_system: { zh: '管理体系认证', en: 'Management system certification' },
  after_sales: { zh: '商品售后服务认证', en: 'After-sales service certification' },
} as const satisfies Record<Scheme, { zh: string; en: string }>;

/** 认证领域: a revocation bars a new application in the same field. */
export const certificationFields = ['QMS', 'EMS', 'OHSMS', 'EnMS', 'AFTER_SALES'] as const;
export type CertificationField = (typeof certificationFields)[number];

/** The fields each scheme certifies: after-sales service is a field of its own scheme only. */
export const schemeFields = {
  management_system: ['QMS', 'EMS', 'OHSMS', 'EnMS'],
  after_sales: ['AFTER_SALES'],
} as const satisfies Record<Scheme, readonly CertificationField[]>;

export const fieldLabels: Record<CertificationField, { zh: string; en: string }> = {
  QMS: { zh: '质量管理体系', en: 'quality management' },
  EMS: { zh: '环境管理体系', en: 'environmental management' },
  OHSMS: { zh: '职业健康安全管理体系', en: 'occupational health and safety management' },
  EnMS: { zh: '能源管理体系', en: 'energy management' },
  AFTER_SALES: { zh: '售后服务认证', en: 'after-sales service' },
};

export function assertFieldInScheme(scheme: Scheme, field: CertificationField): void {
  if (!(schemeFields[scheme] as readonly string[]).includes(field)) {
    throw new AppError('CERTIFICATE.FIELD_NOT_IN_SCHEME', { field: fieldLabels[field] });
  }
}

// the grounds a decision may name; their words are in certificate.grounds.ts
export const suspensionGrounds = [
  'SURVEILLANCE_NOT_ACCEPTED',
  'CAPABILITY_BELOW_REQUIREMENTS',
  'MISUSE_OF_CERTIFICATE_OR_MARK',
  'SERIOUS_COMPLAINT',
  'FEES_UNPAID',
  'MAJOR_INCIDENT',
  'OTHER',
] as const;

export const revocationGrounds = [
  'SUSPENSION_NOT_RESTORED',
  'CORRECTIVE_ACTION_NOT_ACHIEVED',
  'SERIOUS_QUALITY_ACCIDENT',
  'OBTAINED_BY_FRAUD',
  'CERTIFICATE_TRANSFERRED',
  'FEES_REFUSED',
  'GIVE_UP_WITH_GROUNDS',
  'OTHER',
] as const;

export const withdrawalGrounds = ['CLIENT_GAVE_UP', 'CRITERIA_NOT_MET', 'OTHER'] as const;

export type SuspensionGround = (typeof suspensionGrounds)[number];
export type RevocationGround = (typeof revocationGrounds)[number];
export type WithdrawalGround = (typeof withdrawalGrounds)[number];

export interface CertificateState {
  status: CertificateStatus;
  /** the certificate's scope: a part suspended must be part of it */
  scope: string;
  originalIssueOn: IsoDate;
  issueOn: IsoDate;
  expiresOn: IsoDate;
  suspendedFrom: IsoDate | null;
  suspendedUntil: IsoDate | null;
  /** the part of the scope suspended; null while suspended means the whole certificate */
  suspendedScope: string | null;
  /** set when a suspension ran out and the parameter asks a decision-maker to revoke */
  revocationProposedOn: IsoDate | null;
}

export type CertificateCommand =
  | { kind: 'suspend'; from: IsoDate; until: IsoDate; partScope?: string | null }
  | { kind: 'restore' }
  | { kind: 'revoke' }
  | { kind: 'withdraw' }
  | { kind: 'expire' }
  | { kind: 'reissue'; changedOn: IsoDate }
  /** a new cycle: the recertification decision, taken before expiry, starts a new validity */
  | { kind: 'recertify'; decisionOn: IsoDate; expiresOn: IsoDate };

export interface LifecycleParameters {
  suspensionMaxMonths: number; // suspension.maxMonths
  suspensionMaxBackdateDays: number; // suspension.maxBackdateDays
}

export function allowedActions(status: CertificateStatus): CertificateAction[] {
  return Object.keys(transitions[status]) as CertificateAction[];
}

export function nextStatus(status: CertificateStatus, action: CertificateAction): CertificateStatus | null {
  return (transitions[status] as Partial<Record<CertificateAction, CertificateStatus>>)[action] ?? null;
}

/** Valid for `validityYears` from the (re)certification decision: decided 2026-01-15 → to 2029-01-14. */
export function certificateExpiry(decisionOn: IsoDate, validityYears: number): IsoDate {
  return addDays(addYears(decisionOn, validityYears), -1);
}

/** The last day a suspension starting on `from` may run: 6 months from 1 January is 30 June. */
export function latestSuspensionEnd(from: IsoDate, maxMonths: number): IsoDate {
  return addDays(addMonths(from, maxMonths), -1);
}

/** The state after `command`, or an AppError saying why it is refused. */
export function applyCommand(
  state: CertificateState,
  command: CertificateCommand,
  today: IsoDate,
  params: LifecycleParameters,
): CertificateState {
  const to = nextStatus(state.status, command.kind);
  if (!to) {
    throw new AppError('CERTIFICATE.ILLEGAL_TRANSITION', { status: statusLabels[state.status], action: actionLabels[command.kind] });
  }
  switch (command.kind) {
    case 'suspend': {
      if (command.partScope?.trim() && !isPartOfScope(command.partScope, state.scope)) throw new AppError('CERTIFICATE.PART_NOT_IN_SCOPE');
      if (command.until < command.from) throw new AppError('CERTIFICATE.SUSPENSION_DATES', { from: command.from, until: command.until });
      const earliest = addDays(today, -params.suspensionMaxBackdateDays);
      if (command.from < earliest)
        throw new AppError('CERTIFICATE.SUSPENSION_BACKDATED', { days: params.suspensionMaxBackdateDays, earliest });
      if (command.until < today) throw new AppError('CERTIFICATE.SUSPENSION_ALREADY_OVER', { until: command.until });
      if (command.from > state.expiresOn)
        throw new AppError('CERTIFICATE.SUSPENSION_AFTER_EXPIRY', { expiresOn: state.expiresOn, from: command.from });
      // the expiry is named when it is the nearer limit, and no suggestion runs past it
      const byLength = latestSuspensionEnd(command.from, params.suspensionMaxMonths);
      const latest = byLength < state.expiresOn ? byLength : state.expiresOn;
      if (command.until > state.expiresOn) throw new AppError('CERTIFICATE.SUSPENSION_PAST_EXPIRY', { expiresOn: state.expiresOn, latest });
      if (command.until > byLength)
        throw new AppError('CERTIFICATE.SUSPENSION_TOO_LONG', { limitMonths: params.suspensionMaxMonths, latest });
      return {
        ...state,
        status: to,
        suspendedFrom: command.from,
        suspendedUntil: command.until,
        suspendedScope: command.partScope?.trim() || null,
      };
    }
    case 'restore':
      // restoration is possible only within the period; after it the certificate must be revoked
      if (state.suspendedUntil && today > state.suspendedUntil)
        throw new AppError('CERTIFICATE.RESTORE_PERIOD_OVER', { until: state.suspendedUntil });
      return { ...state, status: to, suspendedScope: null, revocationProposedOn: null };
    case 'expire':
      if (today <= state.expiresOn) throw new AppError('CERTIFICATE.NOT_YET_EXPIRED', { expiresOn: state.expiresOn });
      return { ...state, status: to, revocationProposedOn: null };
    case 'reissue':
      return { ...state, issueOn: command.changedOn };
    case 'recertify':
      if (command.decisionOn > state.expiresOn) throw new AppError('RECERTIFICATION.AFTER_EXPIRY', { expiresOn: state.expiresOn });
      return { ...state, issueOn: command.decisionOn, expiresOn: command.expiresOn };
    case 'revoke':
    case 'withdraw':
      return { ...state, status: to, revocationProposedOn: null };
  }
}

/** What happens the day after a suspension period ends without restoration (SPEC §3). */
export function suspensionEndOutcome(state: CertificateState, today: IsoDate, autoRevoke: boolean): 'revoke' | 'propose' | 'nothing' {
  if (state.status !== 'suspended' || !state.suspendedUntil || today <= state.suspendedUntil) return 'nothing';
  if (state.revocationProposedOn) return 'nothing';
  return autoRevoke ? 'revoke' : 'propose';
}

export interface GiveUpDecision {
  action: 'revoke' | 'withdraw';
  ground: RevocationGround | WithdrawalGround;
  why: { zh: string; en: string };
  /** the open grounds that decided a revocation, as codes for the UI to name */
  openGrounds: (SuspensionGround | RevocationGround)[];
}

/** A ground the CB's own records hold open, with where it comes from and since when. */
export interface RecordedGround {
  source: 'suspension_proposal' | 'overdue_surveillance' | 'incident';
  ground: SuspensionGround | RevocationGround;
  since: IsoDate;
}

/** How the records that hold a ground open are named in messages. */
export const recordedGroundSourceLabels = {
  suspension_proposal: { zh: '未决的暂停建议', en: 'an open suspension proposal' },
  overdue_surveillance: { zh: '监督审核逾期', en: 'surveillance overdue' },
  incident: { zh: '风险事件的暂停申请或处理措施', en: 'an incident’s suspension request or actions' },
  revocation_proposed: { zh: '撤销建议', en: 'a revocation proposed' },
} as const;

/** What each record means as a ground: an overdue surveillance is not accepted on time; an incident's action is a major incident. */
export function recordedGrounds(open: {
  proposals: readonly { basis: 'OVERDUE_SURVEILLANCE' | 'INCIDENT'; since: IsoDate }[];
  overdue: readonly { since: IsoDate }[];
  incidents: readonly { since: IsoDate }[];
}): RecordedGround[] {
  return [
    ...open.proposals.map((p) => ({
      source: 'suspension_proposal' as const,
      ground: p.basis === 'INCIDENT' ? ('MAJOR_INCIDENT' as const) : ('SURVEILLANCE_NOT_ACCEPTED' as const),
      since: p.since,
    })),
    ...open.overdue.map((o) => ({ source: 'overdue_surveillance' as const, ground: 'SURVEILLANCE_NOT_ACCEPTED' as const, since: o.since })),
    ...open.incidents.map((i) => ({ source: 'incident' as const, ground: 'MAJOR_INCIDENT' as const, since: i.since })),
  ];
}

/**
 * A client asks to give up its certificate: revoke when grounds for suspension or
 * revocation are open, withdraw (注销) otherwise.
 */
export function decideGiveUp(state: CertificateState, openGrounds: readonly (SuspensionGround | RevocationGround)[]): GiveUpDecision {
  if (state.status === 'suspended') {
    return {
      action: 'revoke',
      ground: 'GIVE_UP_WITH_GROUNDS',
      why: {
        zh: '证书处于暂停状态，暂停理由尚未消除，应撤销',
        en: 'The certificate is suspended and the cause is not removed, so it is revoked',
      },
      openGrounds: [],
    };
  }
  if (state.revocationProposedOn) {
    return {
      action: 'revoke',
      ground: 'GIVE_UP_WITH_GROUNDS',
      why: { zh: '已有撤销建议，应撤销', en: 'A revocation is already proposed, so it is revoked' },
      openGrounds: [],
    };
  }
  if (openGrounds.length > 0) {
    return {
      action: 'revoke',
      ground: 'GIVE_UP_WITH_GROUNDS',
      why: { zh: '存在暂停或撤销理由，应撤销', en: 'Grounds for suspension or revocation are open, so it is revoked' },
      openGrounds: [...new Set(openGrounds)],
    };
  }
  return {
    action: 'withdraw',
    ground: 'CLIENT_GAVE_UP',
    why: { zh: '不存在暂停或撤销理由，予以注销', en: 'No grounds for suspension or revocation are open, so it is withdrawn' },
    openGrounds: [],
  };
}

/**
 * A certificate's scope lists its items one by one, separated by "；" (or ";" or a new line):
 * 电梯的销售、安装和维修保养服务；扶梯的改造. A reduction, or the part of a scope suspended,
 * is some of those items as written: rewording an item could widen it (通用机械设备 → 设备),
 * so that is an extension, which needs an audit.
 */
export function scopeItems(scope: string): string[] {
  return scope
    .split(/[；;\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** Is `part` some, not all, of the items of `whole`? */
export function isPartOfScope(part: string, whole: string): boolean {
  const items = new Set(scopeItems(whole));
  const chosen = new Set(scopeItems(part));
  return chosen.size > 0 && chosen.size < items.size && [...chosen].every((item) => items.has(item));
}

/**
 * Certification decisions are taken by people who were not on the audit team (ISO/IEC 17021-1
 * 9.5, SPEC §11): every grant, restoration after an audit, recertification and level change.
 * The system (a scheduled job, null) is nobody's team member.
 */
export function assertDeciderIndependent(deciderId: string | null, teamIds: readonly string[]): void {
  if (deciderId !== null && teamIds.includes(deciderId)) throw new AppError('CERTIFICATE.DECIDER_ON_TEAM');
}

/**
 * The grounds that are the organisation's own fault (CNCA-QMS-01:2025: an applicant is barred
 * for a time after a suspension or revocation for its own fault). Data, in this one list; OTHER
 * (a cause not the organisation's) does not count.
 */
export const ownFaultGrounds: readonly (SuspensionGround | RevocationGround)[] = [
  'SURVEILLANCE_NOT_ACCEPTED',
  'CAPABILITY_BELOW_REQUIREMENTS',
  'MISUSE_OF_CERTIFICATE_OR_MARK',
  'SERIOUS_COMPLAINT',
  'FEES_UNPAID',
  'MAJOR_INCIDENT',
  'SUSPENSION_NOT_RESTORED',
  'CORRECTIVE_ACTION_NOT_ACHIEVED',
  'SERIOUS_QUALITY_ACCIDENT',
  'OBTAINED_BY_FRAUD',
  'CERTIFICATE_TRANSFERRED',
  'FEES_REFUSED',
  'GIVE_UP_WITH_GROUNDS',
];

export interface ApplicantHistory {
  /** the organisation's revocations and suspensions, with their ground and certification field */
  decisions: readonly { kind: 'revoke' | 'suspend'; field: string; on: IsoDate; ground: string | null }[];
  /** on the serious-dishonesty list (严重违法失信名单): since when, and when it was taken off (if it was) */
  dishonesty: { listedOn: IsoDate; removedOn: IsoDate | null; source: string } | null;
}

export interface ApplicationBarParameters {
  revocationBarMonths: number; // revocation.reapplyBarMonths: the same field after a revocation
  ownFaultBarMonths: number; // application.ownFaultBarMonths: any field after an own-fault suspension or revocation
  dishonestyBarMonths: number; // application.dishonestyBarMonths: while on the list, at most this long from the listing
}

export type ApplicationBar =
  | { code: 'CERTIFICATE.REAPPLY_BARRED'; from: IsoDate; field: string }
  | { code: 'APPLICATION.BARRED_OWN_FAULT'; from: IsoDate; on: IsoDate }
  | { code: 'APPLICATION.BARRED_DISHONESTY'; from: IsoDate; source: string };

/**
 * Why the organisation may not apply (or be granted) in `field` today, with the first day it
 * may again (SPEC §3); the bar that lasts longest is named. Null: nothing bars it.
 */
export function applicationBar(
  history: ApplicantHistory,
  field: string,
  today: IsoDate,
  p: ApplicationBarParameters,
): ApplicationBar | null {
  const bars: ApplicationBar[] = [];
  for (const d of history.decisions) {
    if (d.kind === 'revoke' && d.field === field)
      bars.push({ code: 'CERTIFICATE.REAPPLY_BARRED', from: addMonths(d.on, p.revocationBarMonths), field });
    if (d.ground !== null && ownFaultGrounds.includes(d.ground as SuspensionGround)) {
      bars.push({ code: 'APPLICATION.BARRED_OWN_FAULT', from: addMonths(d.on, p.ownFaultBarMonths), on: d.on });
    }
  }
  const listed = history.dishonesty;
  if (listed && listed.listedOn <= today) {
    const end = addMonths(listed.listedOn, p.dishonestyBarMonths);
    const from = listed.removedOn !== null && listed.removedOn < end ? listed.removedOn : end;
    bars.push({ code: 'APPLICATION.BARRED_DISHONESTY', from, source: listed.source });
  }
  const standing = bars.filter((b) => today < b.from).sort((a, b) => (a.from < b.from ? 1 : -1));
  return standing[0] ?? null;
}

export function assertMayApply(history: ApplicantHistory, field: string, today: IsoDate, p: ApplicationBarParameters): void {
  const bar = applicationBar(history, field, today, p);
  if (!bar) return;
  const { code, from, ...rest } = bar;
  throw new AppError(code, { ...rest, date: from });
}

/** The marks a certificate carries: 认证标志 (the CB's own) and 认可标志 (its accreditation body's, e.g. CNAS). */
export const markKinds = ['certification', 'accreditation'] as const;
export type MarkKind = (typeof markKinds)[number];
export const markLabels = {
  certification: { zh: '认证标志', en: 'Certification mark' },
  accreditation: { zh: '认可标志', en: 'Accreditation mark' },
} as const satisfies Record<MarkKind, { zh: string; en: string }>;

/** Marks are stored as files of the CB itself: one record per kind of mark, its latest upload being the mark in use. */
export const MARK_ENTITY = 'certificate_mark';
export const markRecord: Record<MarkKind, string> = {
  certification: '00000000-0000-4000-8000-00000000c001',
  accreditation: '00000000-0000-4000-8000-00000000c002',
};
export const markKindOfRecord = (id: string) => markKinds.find((k) => markRecord[k] === id);

/** A certificate number as stored, from one typed in any case or width, with spaces: CD23 SC1002R0M → CD23SC1002R0M. */
export function certificateNoKey(typed: string): string {
  return normaliseText(typed).toUpperCase().replace(/\s+/g, '');
}
