import { en } from '../../../web/src/i18n/en.js';
import { identityTypes, riskLevels } from '../reporting/cnca-codes.js';
import { zh, type Catalog } from '../../../web/src/i18n/zh.js';
import { permissionLabels, roles } from '../auth/permissions.js';
import type { RecordKind } from '../auth/visibility.js';
import { fieldLabels as certificationFieldLabels, markKindOfRecord, markLabels } from '../certificates/certificate.rules.js';
import { clientColumns } from '../clients/client.columns.js';
import { parameterDefinitions, type ParameterUnit } from '../parameters/parameter.defaults.js';

/**
 * How the audit log is read (issue 17.8): per kind of record, its name, the words for what was done
 * and, per field, its label and how its values read. Labels are the UI's own (the web catalogues,
 * the client columns, the parameter table) wherever it has them, so a field reads the same in
 * the history as on its page; what only the history names is written here.
 *
 * Pure data and pure functions: the service resolves references (users, clients…) and the rules
 * (audit-trail.rules.ts) turn an entry into text with these.
 */
export interface Text {
  zh: string;
  en: string;
}

export const text = (zhText: string, enText: string): Text => ({ zh: zhText, en: enText });
/** A label of the web catalogues, in both languages. */
const ui = (pick: (c: Catalog) => string): Text => ({ zh: pick(zh), en: pick(en) });
/** A group of labels of the web catalogues (an enumeration's values). */
const uiEnum = (pick: (c: Catalog) => Record<string, string>): Record<string, Text> => {
  const zhGroup = pick(zh);
  const enGroup = pick(en);
  return Object.fromEntries(Object.keys(zhGroup).map((k) => [k, { zh: zhGroup[k]!, en: enGroup[k] ?? zhGroup[k]! }]));
};
/** A role as the UI names it (the web catalogue's `roles`), for every role of the permission table. */
export const roleTexts: Record<string, Text> = Object.fromEntries(roles.map((r) => [r, ui((c) => c.roles[r])]));
const capitalised = (t: Text): Text => ({ zh: t.zh, en: t.en.charAt(0).toUpperCase() + t.en.slice(1) });
const capitalisedAll = (labels: Record<string, Text>): Record<string, Text> =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, capitalised(v)]));

/** The kinds of record an id in the log may name; the service finds each one's name or number. */
export const referenceKinds = [
  'user',
  'branch',
  'client',
  'certificate',
  'audit',
  'programme',
  'registration',
  'proposal',
  'riskItem',
  'incident',
  'complaint',
  'contractChange',
  'application',
  'starAssessment',
  'starIndicator',
  'survey',
  'surveySample',
  'credibilityResponse',
  'clientEvent',
  'clientRequest',
  'clientSuggestion',
  'clientEvaluation',
  'evaluationItem',
  'report',
  'holiday',
] as const;
export type ReferenceKind = (typeof referenceKinds)[number];

export type ValueSpec =
  | { kind: 'text' }
  | { kind: 'date' }
  | { kind: 'money' }
  | { kind: 'boolean' }
  | { kind: 'number'; unit?: Text }
  | { kind: 'enum'; labels: Record<string, Text> }
  /** an id of another record: shown by that record's name or number */
  | { kind: 'ref'; to: ReferenceKind }
  | { kind: 'list'; of?: ValueSpec }
  /** an object whose keys are fields of their own (a contract change's proposal, a credit check) */
  | { kind: 'object'; fields: Record<string, FieldSpec>; recordKind?: RecordKind }
  /** a text written with codes in it ("phone 2026-11-03", "杨磊（team_leader）"): each code reads as its label */
  | { kind: 'codes'; labels: Record<string, Text> }
  /** anything else, read by a function of the value and the record's id */
  | { kind: 'custom'; render: (value: unknown, entityId: string) => Text | null };

export interface FieldSpec {
  label: Text;
  value?: ValueSpec;
  /** kept for the record, never shown (a search key derived from another field) */
  hidden?: true;
}

export interface EntitySpec {
  label: Text;
  /** how a record of this kind is named: by looking it up, or from its id alone (a date, a parameter key) */
  record:
    | { ref: ReferenceKind }
    | { key: (entityId: string) => Text; /** every key there is, where they are few and known (parameters) */ keys?: () => string[] };
  /** the kind of record of the visibility table (auth/visibility.ts) whose hidden fields it shares */
  recordKind?: RecordKind;
  actions: Record<string, Text>;
  fields: Record<string, FieldSpec>;
}

const date: ValueSpec = { kind: 'date' };
const plain: ValueSpec = { kind: 'text' };
const yesNo: ValueSpec = { kind: 'boolean' };
const money: ValueSpec = { kind: 'money' };
const count: ValueSpec = { kind: 'number' };
const person: ValueSpec = { kind: 'ref', to: 'user' };
const oneOf = (labels: Record<string, Text>): ValueSpec => ({ kind: 'enum', labels });
const field = (label: Text, value: ValueSpec = plain): FieldSpec => ({ label, value });

const status = text('状态', 'Status');

export const certificationFields = capitalisedAll(certificationFieldLabels);
const certificationField = oneOf(certificationFields);
/** 质量管理体系 / Quality management */
export const certificationFieldText = (code: string): Text => certificationFields[code] ?? text(code, code);
export const auditTypeLabels: Record<string, Text> = uiEnum((c) => c.auditTypes);
export const reportKindLabels: Record<string, Text> = {
  cnca_monthly: text('CNCA 月报', 'CNCA monthly report'),
  certsearch: text('IAF CertSearch 导出', 'IAF CertSearch export'),
};
const stars = text('星', 'stars');

const clientFields: Record<string, FieldSpec> = {
  ...Object.fromEntries(
    Object.entries(clientColumns).map(([key, col]) => {
      const value: ValueSpec =
        col.kind === 'date'
          ? date
          : col.kind === 'money'
            ? money
            : col.kind === 'count'
              ? { kind: 'number' }
              : col.kind === 'boolean'
                ? yesNo
                : col.kind === 'textList'
                  ? { kind: 'list' }
                  : col.kind === 'branch'
                    ? { kind: 'ref', to: 'branch' }
                    : 'labels' in col
                      ? { kind: 'enum', labels: col.labels }
                      : plain;
      return [
        key,
        field(
          ui((c) => (c.fields as Record<string, string>)[key] ?? ''),
          value,
        ),
      ];
    }),
  ),
  status: field(
    ui((c) => c.fields.status),
    oneOf(uiEnum((c) => c.status)),
  ),
  dishonestyListedOn: field(
    ui((c) => c.dishonesty.listedOn),
    date,
  ),
  dishonestySource: field(text('严重违法失信名单来源', 'Serious-dishonesty listing: source')),
  dishonestyRemovedOn: field(
    ui((c) => c.dishonesty.removedOn),
    date,
  ),
  maintainer: field(
    ui((c) => c.communication.maintainer),
    person,
  ),
  contact: field(text('联系记录', 'Contact'), { kind: 'codes', labels: uiEnum((c) => c.communication.kinds) }),
};

const certificateSite = (v: unknown): Text | null => {
  const site = v as { name?: string; address?: string; scope?: string | null };
  if (!site || typeof site !== 'object') return null;
  const parts = [site.name, site.address].filter(Boolean).join('，');
  return { zh: site.scope ? `${parts}（${site.scope}）` : parts, en: site.scope ? `${parts} (${site.scope})` : parts };
};

/** What a refusal names as needed where the permission table does not: a portal user exporting a list. */
export const STAFF_EXPORT = 'staff:export';

const userEvents = {
  create: text('新建账号', 'Account created'),
  'change-password': text('修改密码', 'Password changed'),
  'sign-in': text('登录成功', 'Signed in'),
  'sign-in-failed': text('登录失败', 'Sign-in failed'),
  'lock-out': text('登录锁定', 'Sign-in locked'),
  'sign-out': text('退出登录', 'Signed out'),
  refused: text('拒绝访问', 'Access refused'),
  update: text('修改账号', 'Account changed'),
  disable: text('停用账号', 'Account disabled'),
  enable: text('启用账号', 'Account enabled'),
  'reset-password': text('重置为一次性密码', 'Reset to a one-time password'),
};

const unitText: Record<ParameterUnit, Text> = {
  years: text('年', 'years'),
  months: text('个月', 'months'),
  days: text('天', 'days'),
  workingDays: text('个工作日', 'working days'),
  percent: text('%', '%'),
  points: text('分', 'points'),
  characters: text('个字符', 'characters'),
  count: text('次', 'times'),
  monthOfYear: text('月', '(month)'),
  dayOfMonth: text('日', '(day of month)'),
  score: text('分', 'points'),
  flag: text('', ''),
};

function parameterValue(value: unknown, key: string): Text | null {
  if (typeof value !== 'number') return null;
  const def = (parameterDefinitions as Record<string, { unit: ParameterUnit } | undefined>)[key];
  if (def?.unit === 'flag') return value ? text('是', 'Yes') : text('否', 'No');
  const unit = def ? unitText[def.unit] : text('', '');
  return { zh: `${value}${unit.zh === '%' ? '' : ' '}${unit.zh}`.trim(), en: `${value}${unit.en === '%' ? '' : ' '}${unit.en}`.trim() };
}

/** 'surveillance:2:2027-01-05' (the second surveillance, due then) or 'incident:<id>' */
function proposalGround(value: unknown): Text | null {
  if (typeof value !== 'string') return null;
  const [kind, sequence, dueOn] = value.split(':');
  if (kind === 'surveillance') return text(`第 ${sequence} 次监督审核（截止 ${dueOn}）`, `Surveillance ${sequence} (due ${dueOn})`);
  if (kind === 'incident') return text('风险事件', 'An incident');
  return text(value, value);
}

export const entities: Record<string, EntitySpec> = {
  client: {
    label: text('客户', 'Client'),
    record: { ref: 'client' },
    recordKind: 'client',
    actions: {
      create: text('新建', 'Created'),
      update: text('修改', 'Changed'),
      'dishonesty-listing': text('登记严重违法失信名单', 'Serious-dishonesty listing'),
      maintainer: text('指定维护人', 'Maintainer assigned'),
      contact: text('登记联系', 'Contact recorded'),
    },
    fields: clientFields,
  },
  certificate: {
    label: text('证书', 'Certificate'),
    record: { ref: 'certificate' },
    recordKind: 'certificate',
    actions: {
      grant: ui((c) => c.actions.grant),
      suspend: ui((c) => c.actions.suspend),
      restore: ui((c) => c.actions.restore),
      revoke: ui((c) => c.actions.revoke),
      withdraw: ui((c) => c.actions.withdraw),
      expire: ui((c) => c.actions.expire),
      reissue: ui((c) => c.actions.reissue),
      recertify: ui((c) => c.actions.recertify),
      'set-confidential': ui((c) => c.actions.confidential),
      'set-report-data': text('登记上报信息', 'Report data recorded'),
      'propose-revocation': ui((c) => c.actions.revocation_proposed),
      maintain: ui((c) => c.actions.maintain),
    },
    fields: {
      status: field(
        ui((c) => c.certificates.status),
        oneOf(uiEnum((c) => c.certStatus)),
      ),
      suspendedFrom: field(text('暂停开始日期', 'Suspended from'), date),
      suspendedUntil: field(text('暂停结束日期', 'Suspended until'), date),
      suspendedScope: field(ui((c) => c.certificates.suspendedScope)),
      revocationProposedOn: field(text('建议撤销日期', 'Revocation proposed on'), date),
      scope: field(ui((c) => c.certificates.scope)),
      originalIssueOn: field(
        ui((c) => c.certificates.originalIssueOn),
        date,
      ),
      issueOn: field(
        ui((c) => c.certificates.issueOn),
        date,
      ),
      expiresOn: field(
        ui((c) => c.certificates.expiresOn),
        date,
      ),
      decisionOn: field(
        ui((c) => c.certificates.decisionOn),
        date,
      ),
      organisationName: field(ui((c) => c.certificates.organisationName)),
      nameKey: { label: text('名称检索键', 'Name key'), hidden: true },
      address: field(ui((c) => c.certificates.address)),
      sites: field(
        ui((c) => c.certificates.sites),
        { kind: 'list', of: { kind: 'custom', render: certificateSite } },
      ),
      starLevel: field(
        ui((c) => c.certificates.starLevel),
        { kind: 'number', unit: stars },
      ),
      confidential: field(text('信息保密（不报送 IAF CertSearch）', 'Confidential (kept out of IAF CertSearch)'), yesNo),
      coveredEmployees: field(text('体系覆盖员工数', 'Employees covered'), { kind: 'number' }),
      riskLevel: field(text('风险系数', 'Risk level'), oneOf(riskLevels)),
      baseAuditDays: field(text('基础人日数', 'Base audit days'), { kind: 'number', unit: text('人日', 'auditor days') }),
      baseAuditDaysReason: field(text('人日数理由', 'Reason for the audit time')),
      serviceAreaCode: field(text('服务认证所属领域代码', 'Service area code')),
      auditId: field(text('依据的审核', 'Audit decided on'), { kind: 'ref', to: 'audit' }),
      decidedOn: field(text('认证决定日期', 'Decided on'), date),
      reason: field(ui((c) => c.certificates.reason)),
    },
  },
  audit_programme: {
    label: ui((c) => c.programmes.tab),
    record: { ref: 'programme' },
    actions: { create: text('新建', 'Created'), close: text('关闭（再认证）', 'Closed (recertification)') },
    fields: {
      scheme: field(
        ui((c) => c.certificates.scheme),
        oneOf(uiEnum((c) => c.schemes)),
      ),
      field: field(
        ui((c) => c.certificates.field),
        certificationField,
      ),
      status: field(status, oneOf({ open: ui((c) => c.programmes.open), closed: text('已关闭', 'Closed') })),
    },
  },
  audit: {
    label: text('审核', 'Audit'),
    record: { ref: 'audit' },
    actions: {
      plan: ui((c) => c.programmes.planAudit),
      reschedule: ui((c) => c.programmes.reschedule),
      cancel: ui((c) => c.programmes.cancel),
      record: ui((c) => c.programmes.record),
      'assign-team': ui((c) => c.programmes.assignTeam),
      'plan-activities': ui((c) => c.programmes.plan),
    },
    fields: {
      type: field(
        ui((c) => c.programmes.type),
        oneOf(auditTypeLabels),
      ),
      plannedStart: field(text('计划开始日期', 'Planned start'), date),
      plannedEnd: field(text('计划结束日期', 'Planned end'), date),
      trigger: field(
        ui((c) => c.programmes.trigger),
        oneOf(uiEnum((c) => c.triggers)),
      ),
      reason: field(ui((c) => c.programmes.reason)),
      status: field(
        ui((c) => c.programmes.auditStatus),
        oneOf(uiEnum((c) => c.auditStatuses)),
      ),
      cancelReason: field(text('取消原因', 'Why cancelled')),
      actualStart: field(text('实际开始日期', 'Actual start'), date),
      actualEnd: field(text('实际结束日期', 'Actual end'), date),
      result: field(
        ui((c) => c.programmes.result),
        oneOf(uiEnum((c) => c.auditResults)),
      ),
      resultNote: field(ui((c) => c.programmes.resultNote)),
      team: field(
        ui((c) => c.programmes.team),
        { kind: 'codes', labels: uiEnum((c) => c.teamRoles) },
      ),
      plan: field(text('审核计划活动数', 'Activities planned'), count),
    },
  },
  auditor_registration: {
    label: ui((c) => c.registrations.title),
    record: { ref: 'registration' },
    actions: { create: ui((c) => c.registrations.add), update: text('修改', 'Changed') },
    fields: {
      userId: field(
        ui((c) => c.registrations.auditor),
        person,
      ),
      kind: field(
        ui((c) => c.registrations.kind),
        oneOf(uiEnum((c) => c.registrations.kinds)),
      ),
      field: field(
        ui((c) => c.registrations.field),
        certificationField,
      ),
      registrationNo: field(ui((c) => c.registrations.registrationNo)),
      technicalAreas: field(
        ui((c) => c.registrations.technicalAreas),
        { kind: 'list' },
      ),
      teamLeader: field(
        ui((c) => c.registrations.teamLeader),
        yesNo,
      ),
      validFrom: field(text('有效期自', 'Valid from'), date),
      validUntil: field(text('有效期至', 'Valid until'), date),
      identityType: field(text('证件类型', 'Identity document'), oneOf(identityTypes)),
      identityNo: field(text('证件号码', 'Identity document no.')),
      fullTime: field(text('专职人员', 'Full-time staff'), yesNo),
    },
  },
  suspension_proposal: {
    label: text('暂停建议', 'Suspension proposal'),
    record: { ref: 'proposal' },
    actions: {
      propose: text('提出', 'Proposed'),
      accept: ui((c) => c.proposals.accept),
      dismiss: ui((c) => c.proposals.dismiss),
      lapse: text('失效', 'Lapsed'),
    },
    fields: {
      dueKey: field(text('依据', 'Ground'), { kind: 'custom', render: proposalGround }),
      status: field(status, oneOf(uiEnum((c) => c.proposals.status))),
      reason: field(ui((c) => c.proposals.reason)),
    },
  },
  risk_item: {
    label: ui((c) => c.risk.title),
    record: { ref: 'riskItem' },
    actions: {
      create: ui((c) => c.risk.new),
      'self-report': ui((c) => c.nav.selfReport),
      'confirm-match': ui((c) => c.risk.confirm),
      'reject-match': ui((c) => c.risk.reject),
    },
    fields: {
      organisationNamed: field(ui((c) => c.risk.fields.organisationNamed)),
      candidates: field(
        ui((c) => c.risk.candidates),
        { kind: 'number', unit: text('家', '') },
      ),
      clientId: field(
        ui((c) => c.risk.topCandidate),
        { kind: 'ref', to: 'client' },
      ),
      note: field(ui((c) => c.risk.note)),
    },
  },
  risk_incident: {
    label: ui((c) => c.incidents.title),
    record: { ref: 'incident' },
    recordKind: 'incident',
    actions: {
      open: text('立案', 'Opened'),
      'report-to-audit-management': ui((c) => c.incidentSteps.incident_report_to_audit_management),
      'request-suspension': ui((c) => c.incidentSteps.incident_suspension_request),
      'self-check': ui((c) => c.incidentSteps.incident_self_check),
      report: text('提交事件报告', 'Incident report'),
      'decide-actions': ui((c) => c.incidentSteps.incident_actions),
      'submit-rectification': text('提交整改证据', 'Rectification evidence'),
      'verify-rectification': ui((c) => c.incidents.accepted),
      'reject-rectification': ui((c) => c.incidents.notAccepted),
      'attach-file': text('上传文件', 'File attached'),
      'recount-report-due': text('按节假日表重算事件报告期限', 'Report deadline recounted on the holiday table'),
    },
    fields: {
      reportDueProvisional: field(text('事件报告期限为暂定', 'Report deadline provisional'), yesNo),
      eventOn: field(
        ui((c) => c.incidents.eventOn),
        date,
      ),
      reportDueOn: field(
        ui((c) => c.incidents.reportDueOn),
        date,
      ),
      reportedToAuditManagementOn: field(text('报告审核管理部日期', 'Reported to audit management on'), date),
      reportedToAuditManagementBy: field(text('报告人', 'Reported by')),
      suspensionRequestedOn: field(text('暂停申请日期', 'Suspension requested on'), date),
      suspensionRequestedBy: field(text('申请人', 'Requested by')),
      suspensionRequestNote: field(ui((c) => c.incidents.suspensionNote)),
      selfCheckFinding: field(
        ui((c) => c.incidents.finding),
        oneOf(uiEnum((c) => c.selfCheck)),
      ),
      selfCheckNote: field(text('自查说明', 'Self-check note')),
      selfCheckOn: field(text('自查日期', 'Self-check on'), date),
      selfCheckBy: field(text('自查人', 'Self-checked by')),
      reportEvent: field(ui((c) => c.incidents.report.event)),
      reportInvestigation: field(ui((c) => c.incidents.report.investigation)),
      reportActions: field(ui((c) => c.incidents.report.actions)),
      reportOpinion: field(ui((c) => c.incidents.report.opinion)),
      reportSubmittedOn: field(text('报告日期', 'Report submitted on'), date),
      reportSubmittedBy: field(text('报告人', 'Report by')),
      actionsDecidedOn: field(text('措施决定日期', 'Actions decided on'), date),
      actionsDecidedBy: field(text('决定人', 'Decided by')),
      actionsNote: field(ui((c) => c.incidents.decisionNote)),
      rectificationDueOn: field(text('整改期限', 'Rectification due'), date),
      rectificationEvidence: field(ui((c) => c.incidents.evidence)),
      rectificationSubmittedOn: field(text('整改证据提交日期', 'Evidence submitted on'), date),
      rectificationVerifiedOn: field(text('整改验证日期', 'Rectification verified on'), date),
      rectificationVerifiedBy: field(text('验证人', 'Verified by')),
      rectificationVerificationNote: field(ui((c) => c.incidents.verificationNote)),
      status: field(status, oneOf(uiEnum((c) => c.incidents.status))),
      closedOn: field(text('关闭日期', 'Closed on'), date),
      file: field(text('文件', 'File')),
    },
  },
  complaint: {
    label: ui((c) => c.complaints.title),
    record: { ref: 'complaint' },
    recordKind: 'complaint',
    actions: {
      file: ui((c) => c.complaints.file),
      assign: ui((c) => c.complaints.steps.owner),
      investigate: ui((c) => c.complaints.steps.investigate),
      answer: ui((c) => c.complaints.steps.answer),
      escalate: ui((c) => c.complaints.steps.escalate),
      close: ui((c) => c.complaints.steps.close),
      classify: ui((c) => c.complaints.steps.cause),
    },
    fields: {
      number: field(ui((c) => c.complaints.number)),
      channel: field(
        ui((c) => c.complaints.channel),
        oneOf(uiEnum((c) => c.complaints.channels)),
      ),
      ownerId: field(
        ui((c) => c.complaints.owner),
        person,
      ),
      status: field(status, oneOf(uiEnum((c) => c.complaints.status))),
      answer: field(ui((c) => c.complaints.answer)),
      cause: field(
        ui((c) => c.complaints.cause),
        oneOf(uiEnum((c) => c.complaints.causes)),
      ),
      answeredBy: field(text('答复人', 'Answered by')),
      answeredOn: field(text('答复日期', 'Answered on'), date),
      escalatedOn: field(text('申诉日期', 'Escalated on'), date),
      investigationNote: field(ui((c) => c.complaints.notes.investigate)),
      escalationNote: field(ui((c) => c.complaints.notes.escalate)),
      closedOn: field(text('关闭日期', 'Closed on'), date),
      closingNote: field(ui((c) => c.complaints.notes.close)),
    },
  },
  contract_change: {
    label: ui((c) => c.changes.tab),
    record: { ref: 'contractChange' },
    recordKind: 'contractChange',
    actions: { file: text('提交申请', 'Filed'), review: ui((c) => c.changes.review), apply: ui((c) => c.changes.apply) },
    fields: {
      kind: field(
        ui((c) => c.changes.kind),
        oneOf(uiEnum((c) => c.changes.kinds)),
      ),
      proposed: field(text('申请变更为', 'Proposed'), {
        kind: 'object',
        recordKind: 'client',
        fields: {
          ...Object.fromEntries(
            Object.keys(zh.changes.fields).map((k) => [
              k,
              field(
                ui((c) => (c.changes.fields as Record<string, string>)[k]!),
                k.endsWith('Fee') ? money : k === 'sites' ? { kind: 'list', of: { kind: 'custom', render: certificateSite } } : plain,
              ),
            ]),
          ),
        },
      }),
      status: field(status, oneOf(uiEnum((c) => c.changes.status))),
      auditId: field(
        ui((c) => c.changes.auditDates),
        { kind: 'ref', to: 'audit' },
      ),
      reviewedBy: field(text('审核人', 'Reviewed by')),
      reviewedOn: field(text('审核日期', 'Reviewed on'), date),
      reviewNote: field(text('审核意见', 'Review note')),
      appliedBy: field(text('实施人', 'Carried out by')),
      appliedOn: field(text('实施日期', 'Carried out on'), date),
      applyNote: field(text('实施说明', 'Note')),
    },
  },
  service_application: {
    label: ui((c) => c.applications.title),
    record: { ref: 'application' },
    actions: {
      receive: ui((c) => c.applications.receive),
      'credit-check': ui((c) => c.applications.creditCheck),
      'complete-materials': ui((c) => c.applications.completeMaterials),
      accept: ui((c) => c.applications.accept),
      refuse: ui((c) => c.applications.refuse),
      'attach-file': text('上传文件', 'File attached'),
    },
    fields: {
      number: field(text('编号', 'No.')),
      credit: field(
        ui((c) => c.applications.creditCheck),
        {
          kind: 'object',
          fields: Object.fromEntries(
            Object.keys(zh.applications.checks).map((k) => [
              k,
              field(
                ui((c) => (c.applications.checks as Record<string, string>)[k]!),
                oneOf(uiEnum((c) => c.applications.findings)),
              ),
            ]),
          ),
        },
      ),
      creditNote: field(text('信用查询说明', 'Credit check note')),
      creditNoEvidenceReason: field(ui((c) => c.applications.noEvidenceReason)),
      creditCheckedBy: field(text('查询人', 'Checked by')),
      creditCheckedOn: field(text('查询日期', 'Checked on'), date),
      materials: field(
        ui((c) => c.applications.materialsReceived),
        {
          kind: 'object',
          fields: {
            ...Object.fromEntries(
              Object.keys(zh.applications.materials).map((k) => [
                k,
                field(
                  ui((c) => (c.applications.materials as Record<string, string>)[k]!),
                  yesNo,
                ),
              ]),
            ),
            otherCertificates: field(text('其他认证证书', 'Other certificates')),
          },
        },
      ),
      headcount: field(
        ui((c) => c.applications.headcount),
        count,
      ),
      status: field(status, oneOf(uiEnum((c) => c.applications.status))),
      decisionNote: field(ui((c) => c.applications.decision)),
      decidedBy: field(text('决定人', 'Decided by')),
      decidedOn: field(text('决定日期', 'Decided on'), date),
      clientId: field(text('客户', 'Client'), { kind: 'ref', to: 'client' }),
      programmeId: field(
        ui((c) => c.programmes.tab),
        { kind: 'ref', to: 'programme' },
      ),
      file: field(text('文件', 'File')),
    },
  },
  star_assessment: {
    label: text('售后服务评价', 'After-sales assessment'),
    record: { ref: 'starAssessment' },
    actions: {
      create: text('评分', 'Scored'),
      score: text('修改评分', 'Score changed'),
      'verify-nonconformity': text('验证不符合项', 'Nonconformity verified'),
      conclude: ui((c) => c.stars.conclude),
      decide: ui((c) => c.stars.decide),
    },
    fields: {
      total: field(
        ui((c) => c.stars.total),
        { kind: 'number', unit: text('分', 'points') },
      ),
      level: field(
        ui((c) => c.stars.level),
        { kind: 'number', unit: stars },
      ),
      conclusion: field(
        ui((c) => c.stars.conclusion),
        oneOf(uiEnum((c) => c.stars.conclusions)),
      ),
      recommendedLevel: field(text('推荐星级', 'Recommended level'), { kind: 'number', unit: stars }),
      conclusionNote: field(text('结论说明', 'Conclusion note')),
      concludedBy: field(text('组长', 'Team leader')),
      concludedOn: field(text('结论日期', 'Concluded on'), date),
      decidedBy: field(text('决定人', 'Decided by')),
      decidedOn: field(text('决定日期', 'Decided on'), date),
      decisionNote: field(text('决定说明', 'Decision note')),
      certificateId: field(text('证书', 'Certificate'), { kind: 'ref', to: 'certificate' }),
    },
  },
  star_indicator: {
    label: ui((c) => c.stars.indicators),
    record: { ref: 'starIndicator' },
    actions: { update: text('修改', 'Changed') },
    fields: {
      points: field(
        ui((c) => c.stars.points),
        { kind: 'number', unit: text('分', 'points') },
      ),
      requiredFrom: field(
        ui((c) => c.stars.requiredFrom),
        { kind: 'number', unit: stars },
      ),
    },
  },
  survey: {
    label: ui((c) => c.surveys.title),
    record: { ref: 'survey' },
    recordKind: 'survey',
    actions: { issue: text('发放', 'Issued'), answer: text('回收', 'Answered') },
    fields: {
      auditId: field(text('审核', 'Audit'), { kind: 'ref', to: 'audit' }),
      channel: field(
        ui((c) => c.surveys.channel),
        oneOf(uiEnum((c) => c.surveys.channels)),
      ),
      totalScore: field(
        ui((c) => c.surveys.total),
        count,
      ),
      complaintId: field(
        ui((c) => c.surveys.dissatisfied),
        { kind: 'ref', to: 'complaint' },
      ),
    },
  },
  notice: {
    label: text('通知', 'Notice'),
    record: { key: (id) => text(`通知 ${id}`, `Notice ${id}`) },
    actions: { resend: text('重新发送邮件', 'Mail sent again') },
    fields: { address: field(text('邮箱地址', 'E-mail address')) },
  },
  'survey-sample': {
    label: ui((c) => c.surveys.sample),
    record: { ref: 'surveySample' },
    actions: { draw: ui((c) => c.surveys.draw) },
    fields: {
      seed: field(
        ui((c) => c.surveys.seed),
        count,
      ),
      size: field(
        ui((c) => c.surveys.size),
        count,
      ),
    },
  },
  'credibility-response': {
    label: ui((c) => c.surveys.credibility),
    record: { ref: 'credibilityResponse' },
    actions: { record: text('录入', 'Recorded') },
    fields: {
      score: field(
        ui((c) => c.surveys.score),
        count,
      ),
    },
  },
  'client-event': {
    label: ui((c) => c.communication.events),
    record: { ref: 'clientEvent' },
    actions: { record: ui((c) => c.communication.newEvent) },
    fields: { title: field(ui((c) => c.communication.eventTitle)) },
  },
  'client-request': {
    label: ui((c) => c.communication.requests),
    record: { ref: 'clientRequest' },
    actions: { log: ui((c) => c.communication.newRequest), close: ui((c) => c.communication.close) },
    fields: {
      class: field(
        ui((c) => c.communication.class),
        oneOf(uiEnum((c) => c.communication.classes)),
      ),
      outcome: field(ui((c) => c.communication.outcome)),
    },
  },
  'client-suggestion': {
    label: ui((c) => c.communication.suggestions),
    record: { ref: 'clientSuggestion' },
    actions: { log: ui((c) => c.communication.newSuggestion), answer: ui((c) => c.communication.answer) },
    fields: { content: field(ui((c) => c.communication.content)), response: field(ui((c) => c.communication.response)) },
  },
  'client-evaluation': {
    label: ui((c) => c.classification.title),
    record: { ref: 'clientEvaluation' },
    actions: { evaluate: ui((c) => c.classification.evaluate) },
    fields: {
      overallGrade: field(ui((c) => c.classification.overall)),
      overrides: field(
        ui((c) => c.classification.overrides),
        { kind: 'list', of: oneOf(uiEnum((c) => c.classification.overrideNames)) },
      ),
    },
  },
  'analysis-report': {
    label: ui((c) => c.classification.report),
    record: { key: (year) => text(`${year} 年度`, String(year)) },
    actions: { issue: ui((c) => c.classification.markIssued) },
    fields: { issuedOn: field(text('出具日期', 'Issued on'), date) },
  },
  'evaluation-item': {
    label: ui((c) => c.classification.items),
    record: { ref: 'evaluationItem' },
    actions: { create: ui((c) => c.classification.addItem), update: text('修改', 'Changed') },
    fields: {
      nameZh: field(ui((c) => c.classification.nameZh)),
      nameEn: field(ui((c) => c.classification.nameEn)),
      active: field(
        ui((c) => c.classification.inUse),
        yesNo,
      ),
    },
  },
  accreditation: {
    label: text('认可信息', 'Accreditation'),
    // one per certification field: the record is the field
    record: { key: (field) => certificationFieldText(field) },
    actions: { create: text('新增', 'Added'), update: text('修改', 'Changed'), delete: text('删除', 'Removed') },
    fields: {
      bodyNameZh: field(text('认可机构', 'Accreditation body (Chinese)')),
      bodyNameEn: field(text('认可机构英文名称', 'Accreditation body')),
      bodyAcronym: field(text('认可机构简称', 'Acronym')),
      symbolCode: field(text('认可标志代码', 'Accreditation mark code')),
      accreditationNo: field(text('认可证书号', 'Accreditation number')),
    },
  },
  certificate_mark: {
    label: text('证书标志', 'Certificate mark'),
    record: {
      key: (id) => {
        const kind = markKindOfRecord(id);
        return kind ? markLabels[kind] : text(id, id);
      },
    },
    actions: { 'attach-file': text('上传', 'Uploaded'), remove: text('删除', 'Removed') },
    fields: { file: field(text('图片文件', 'Image file')) },
  },
  holiday: {
    label: ui((c) => c.holidays.title),
    // by its date and name, also once deleted (the name then comes from its earlier entries: repo)
    record: { ref: 'holiday' },
    actions: { create: text('新增', 'Added'), update: text('修改', 'Changed'), delete: text('删除', 'Deleted') },
    fields: {
      kind: field(
        ui((c) => c.holidays.kind),
        oneOf({ holiday: ui((c) => c.holidays.holiday), workday: ui((c) => c.holidays.workday) }),
      ),
      nameZh: field(ui((c) => c.holidays.nameZh)),
      nameEn: field(ui((c) => c.holidays.nameEn)),
    },
  },
  holiday_year: {
    label: text('节假日年度', 'Holiday year'),
    record: { key: (year) => text(`${year} 年`, year) },
    actions: {
      enter: text('标记为已录入完整', 'Marked as entered in full'),
      reopen: text('取消已录入完整标记', 'Marked as not entered in full'),
    },
    fields: { entered: field(text('已录入完整', 'Entered in full'), yesNo) },
  },
  scheme_parameter: {
    label: ui((c) => c.parameters.title),
    record: {
      key: (key) => {
        const def = (parameterDefinitions as Record<string, Text | undefined>)[key];
        return def ? text(def.zh, def.en) : text(key, key);
      },
      keys: () => Object.keys(parameterDefinitions),
    },
    actions: { update: text('修改', 'Changed') },
    fields: { value: field(text('参数值', 'Value'), { kind: 'custom', render: parameterValue }) },
  },
  regulatory_report: {
    label: ui((c) => c.nav.reports),
    record: { ref: 'report' },
    actions: {
      generate: ui((c) => c.reports.generate),
      submit: ui((c) => c.reports.markSubmitted),
      'export-certsearch': text('导出 IAF CertSearch', 'IAF CertSearch export'),
      'upload-certsearch': text('标记已上传 IAF CertSearch', 'Marked uploaded to IAF CertSearch'),
    },
    fields: {
      period: field(text('月份', 'Month')),
      issues: field(
        ui((c) => c.reports.issuesAtTheTime),
        count,
      ),
      submittedOn: field(text('报送日期', 'Submitted on'), date),
      records: field(
        ui((c) => c.reports.records),
        count,
      ),
    },
  },
  user: {
    label: text('用户账号', 'User account'),
    record: { ref: 'user' },
    actions: userEvents,
    fields: {
      username: field(ui((c) => c.auth.username)),
      displayName: field(ui((c) => c.users.displayName)),
      role: field(
        ui((c) => c.users.role),
        oneOf(roleTexts),
      ),
      branchId: field(
        ui((c) => c.users.branch),
        { kind: 'ref', to: 'branch' },
      ),
      clientId: field(
        ui((c) => c.users.organisation),
        { kind: 'ref', to: 'client' },
      ),
      email: field(ui((c) => c.users.email)),
      phone: field(ui((c) => c.users.phone)),
      manager: field(
        ui((c) => c.users.manager),
        yesNo,
      ),
      active: field(
        ui((c) => c.users.active),
        yesNo,
      ),
      reason: field(
        text('原因', 'Reason'),
        oneOf({
          UNKNOWN_USER: text('用户名不存在', 'No such user name'),
          WRONG_PASSWORD: text('密码错误', 'Wrong password'),
          USER_DISABLED: text('账号已停用', 'Account disabled'),
          WRONG_CURRENT_PASSWORD: text('修改密码时当前密码错误', 'Wrong current password when changing it'),
        }),
      ),
      lockedBy: field(
        text('锁定依据', 'Locked because of'),
        oneOf({
          user: text('该用户名连续登录失败', 'Failures for this user name'),
          address: text('该地址多次登录失败（不论用户名）', 'Failures from this address, whatever the names'),
        }),
      ),
      failures: field(text('失败次数', 'Failures'), count),
      minutes: field(text('锁定时长', 'Locked for'), { kind: 'number', unit: text('分钟', 'minutes') }),
      route: field(text('访问的功能', 'Route'), { kind: 'custom', render: (v) => (typeof v === 'string' ? routeWords(v) : null) }),
      permission: field(
        text('所需权限', 'Permission needed'),
        oneOf({
          ...capitalisedAll(permissionLabels),
          [STAFF_EXPORT]: text('导出列表（仅限认证机构员工）', 'Export lists (CB staff only)'),
        }),
      ),
    },
  },
  branch: {
    label: ui((c) => c.users.branch),
    record: { ref: 'branch' },
    actions: {
      create: text('新建分支机构', 'Branch created'),
      update: text('修改分支机构', 'Branch changed'),
      disable: text('停用分支机构', 'Branch deactivated'),
      enable: text('重新启用分支机构', 'Branch reactivated'),
    },
    fields: {
      code: field(ui((c) => c.users.branchCode)),
      nameZh: field(ui((c) => c.users.nameZh)),
      nameEn: field(ui((c) => c.users.nameEn)),
      active: field(
        ui((c) => c.users.active),
        yesNo,
      ),
    },
  },
  'audit-log': {
    label: text('审计日志', 'Audit log'),
    record: { key: () => text('审计日志', 'Audit log') },
    actions: { export: text('导出', 'Exported') },
    fields: {
      rows: field(text('导出条数', 'Entries exported'), count),
      from: field(text('起始日期', 'From'), date),
      to: field(text('截止日期', 'To'), date),
    },
  },
};

/** The first segment of an API route (/api/<segment>/…) as what it is about, where no entity says so. */
const routeAreas: Record<string, Text | string> = {
  clients: 'client',
  certificates: 'certificate',
  programmes: 'audit_programme',
  audits: 'audit',
  'auditor-registrations': 'auditor_registration',
  'suspension-proposals': 'suspension_proposal',
  'risk-items': 'risk_item',
  incidents: 'risk_incident',
  complaints: 'complaint',
  'contract-changes': 'contract_change',
  'service-applications': 'service_application',
  'star-indicators': 'star_indicator',
  surveys: 'survey',
  'survey-samples': 'survey-sample',
  notices: 'notice',
  credibility: 'credibility-response',
  classification: 'client-evaluation',
  holidays: 'holiday',
  parameters: 'scheme_parameter',
  accreditations: 'accreditation',
  reports: 'regulatory_report',
  users: 'user',
  branches: 'branch',
  'audit-log': 'audit-log',
  communication: text('客户沟通', 'Client communication'),
  'due-items': text('待办事项', 'Due items'),
  'working-days': text('工作日', 'Working days'),
  auditors: text('审核员', 'Auditors'),
  portal: text('客户门户', 'Client portal'),
  auth: text('登录与账号', 'Sign-in and account'),
  public: text('公开查询', 'Public lookup'),
  dashboard: text('工作台', 'Dashboard'),
};

const methodWords: Record<string, Text> = {
  GET: text('查看', 'View'),
  POST: text('新增或提交', 'Add or submit'),
  PUT: text('修改', 'Change'),
  PATCH: text('修改', 'Change'),
  DELETE: text('删除', 'Delete'),
};

/**
 * A refused route ("PUT /api/parameters/:key") in words (user test, finding 8): what it is about,
 * and what was done — the record's action where the route ends in one (…/maintainer: 指定维护人),
 * an export, or the method's word. A route of no known area reads as it is.
 */
export function routeWords(route: string): Text {
  const [method = '', path = ''] = route.split(' ');
  const segments = path.split('/').filter(Boolean);
  if (segments[0] !== 'api' || segments.length < 2) return text(route, route);
  const area = routeAreas[segments[1]!];
  if (!area) return text(route, route);
  const spec = typeof area === 'string' ? entities[area] : undefined;
  const what = typeof area === 'string' ? (spec?.label ?? text(route, route)) : area;
  const last = segments.at(-1)!;
  const literal = segments.length > 2 && !last.startsWith(':') ? last : undefined;
  const done =
    literal === 'export'
      ? text('导出', 'Export')
      : literal && spec && Object.hasOwn(spec.actions, literal)
        ? spec.actions[literal]!
        : (methodWords[method] ?? text(method, method));
  return { zh: `${what.zh} · ${done.zh}`, en: `${what.en} · ${done.en}` };
}
