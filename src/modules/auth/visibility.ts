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
} as const;
export type RecordKind = keyof typeof recordKinds;

const internalClientFields = [
  'status', // 正常 / 异常 / 流失: the CB's view of the relationship
  'grade',
  'vip',
  'initialAuditFee',
  'surveillanceFee',
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
  client: {
    client: internalClientFields,
    certificate: ['revocationProposedOn'],
    incident: internalIncidentFields,
    complaint: ['ownerId', 'ownerName'],
  },
};

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
