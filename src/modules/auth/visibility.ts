import type { Role } from './permissions.js';

/**
 * Who may see which field: one table beside the permission table, applied to every JSON
 * response in one place (an onSend hook), so no route can forget it. A certified client's portal
 * sees its registered data, its certificates, notices, changes, forms, the complaints it filed
 * and the incidents it reported — never the CB's internal view of it (SPEC §1, ISO/IEC 17021-1 §8.4).
 *
 * Fields are named per kind of record, the kind told by the keys only that record has.
 */
export const recordKinds = {
  client: (o: Record<string, unknown>) => 'contractNo' in o && 'uscc' in o,
  certificate: (o: Record<string, unknown>) => 'certificateNo' in o && 'scheme' in o && 'expiresOn' in o,
  incident: (o: Record<string, unknown>) => 'riskItemId' in o && 'eventOn' in o,
  complaint: (o: Record<string, unknown>) => 'complainantName' in o && 'answerDueOn' in o,
  contractChange: (o: Record<string, unknown>) => 'proposed' in o && 'reviewer' in o && 'executor' in o,
  certificateEvent: (o: Record<string, unknown>) => 'effectiveOn' in o && 'decidedBy' in o && 'details' in o,
  survey: (o: Record<string, unknown>) => 'issuedOn' in o && 'auditors' in o,
  /** a notice's e-mail */
  delivery: (o: Record<string, unknown>) => 'attempts' in o && 'lastAnswer' in o && 'nextAttemptAt' in o,
  /** a member of an audit team as a form names it */
  teamMember: (o: Record<string, unknown>) => 'userId' in o && 'name' in o && Object.keys(o).length === 2,
  /** any object at all: for a field whose name means the same wherever it appears (a fee) */
  any: () => true,
} as const;
export type RecordKind = keyof typeof recordKinds;

/**
 * What a client pays (初审费用, 监督费用) is commercial: customer service, general administration and
 * the administrator see it; those who audit, decide or oversee do not (ISO/IEC 17021-1 §5.2, impartiality).
 */
export const feeFields = ['initialAuditFee', 'surveillanceFee'] as const;
const feesHidden = { any: feeFields } as const;

const internalClientFields = [
  'status', // 正常 / 异常 / 流失: the CB's view of the relationship
  'grade',
  'vip',
  'branchId',
  'branchName',
  'dishonestyListedOn',
  'dishonestySource',
  'dishonestyRemovedOn',
  'formerUsccs',
];

/** An incident's public state is what the client reported and where it stands; the CB's handling stays inside. */
const internalIncidentFields = [
  'branchName',
  'riskItemSource',
  'reportToAuditManagementDueOn',
  'reportedToAuditManagementOn',
  'reportedToAuditManagementBy',
  'suspensionRequestedOn',
  'suspensionRequestedBy',
  'suspensionRequestNote',
  'reportDueOn',
  'reportDueProvisional',
  'reportEvent',
  'reportInvestigation',
  'reportActions',
  'reportOpinion',
  'reportSubmittedOn',
  'reportSubmittedBy',
  'selfCheckFinding',
  'selfCheckNote',
  'selfCheckOn',
  'selfCheckBy',
  'actionsDecidedOn',
  'actionsDecidedBy',
  'actionsNote',
  'rectificationVerifiedBy',
  'rectificationVerificationNote',
  'owed',
  'actions',
];

export const hiddenFields: Partial<Record<Role, Partial<Record<RecordKind, readonly string[]>>>> = {
  audit_management: feesHidden,
  quality_technical: feesHidden,
  decision_maker: feesHidden,
  auditor: feesHidden,
  client: {
    any: feeFields,
    client: internalClientFields,
    // how the CB rates the organisation's risk and sizes its audits is the CB's own working
    certificate: ['revocationProposedOn', 'allowedActions', 'riskLevel', 'baseAuditDays', 'baseAuditDaysReason', 'baseAuditDaysByTable'],
    // who decided and the CB's working details (its programme, the cycle) stay inside
    certificateEvent: ['decidedBy', 'details'],
    incident: internalIncidentFields,
    // who handles it, how, and how the CB classifies it for its own analysis
    complaint: ['ownerId', 'ownerName', 'investigationNote', 'cause'],
    // how the CB reviewed and carried out the client's application: the outcome is its status
    contractChange: ['reviewedBy', 'reviewNote', 'appliedBy', 'applyNote'],
    survey: ['branchId', 'branch', 'branchEn'],
    // whether its notice was mailed and to which of its addresses; the mail server's talk is the CB's
    delivery: ['attempts', 'lastAnswer', 'nextAttemptAt'],
    teamMember: ['userId'],
  },
};

/** May `role` see `field` of a `kind` record — for what is not a JSON response: exports, history entries, columns. */
export function maySee(role: Role, kind: RecordKind, field: string): boolean {
  const hidden = hiddenFields[role];
  return !(hidden?.[kind]?.includes(field) || hidden?.any?.includes(field));
}

/** `value` as `role` may see it: hidden fields removed from every record of their kind, at any depth. */
export function visibleTo(role: Role, value: unknown): unknown {
  const hidden = hiddenFields[role];
  if (!hidden) return value;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    const drop = new Set((Object.keys(recordKinds) as RecordKind[]).filter((k) => recordKinds[k](o)).flatMap((k) => hidden[k] ?? []));
    return Object.fromEntries(
      Object.entries(o)
        .filter(([k]) => !drop.has(k))
        .map(([k, x]) => [k, walk(x)]),
    );
  };
  return walk(value);
}
