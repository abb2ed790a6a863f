/** Calls the CertDesk API; a failed call throws ApiError with the server's code and zh/en text. */
export interface Message {
  zh: string;
  en: string;
}

export interface FieldError {
  field: string;
  code: string;
  message: Message;
  /** in an import: the cell as read */
  value?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Message,
    readonly details?: { fields?: FieldError[]; rows?: { row: number; errors: FieldError[] }[] },
  ) {
    super(text.en);
  }
}

let onUnauthorised: () => void = () => {};
export function setUnauthorisedHandler(fn: () => void) {
  onUnauthorised = fn;
}

export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: {} };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'content-type': 'application/json' };
  }
  const res = await fetch(url, init);
  if (res.status === 204) return undefined as T;
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    if (res.status === 401 && !url.endsWith('/login')) onUnauthorised();
    throw new ApiError(
      res.status,
      data?.code ?? 'HTTP',
      data?.message ?? { zh: `请求失败 (${res.status})`, en: `Request failed (${res.status})` },
      data?.details,
    );
  }
  return data as T;
}

/** Downloads a file from the API; a refusal is thrown as ApiError like any other call. */
export async function download(url: string, fallbackName: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    const data = await res.json().catch(() => null);
    throw new ApiError(
      res.status,
      data?.code ?? 'HTTP',
      data?.message ?? { zh: `下载失败 (${res.status})`, en: `Download failed (${res.status})` },
      data?.details,
    );
  }
  const name = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await res.blob());
  link.download = name ? decodeURIComponent(name) : fallbackName;
  link.click();
  URL.revokeObjectURL(link.href);
}

export function queryString(params: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    q.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  return q.toString();
}

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: string;
  branchId: string | null;
  clientId: string | null;
  /** holds a one-time password from the administrator: the UI asks for a new one before anything else */
  mustChangePassword: boolean;
  permissions: string[];
  /** per kind of record (client, certificate, incident, complaint), the fields this role never receives */
  hiddenFields: Partial<Record<string, string[]>>;
  /** the password policy's minimum length (a scheme parameter) */
  passwordMinLength: number;
}

export interface Branch {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  active: boolean;
  version: number;
  /** active accounts and clients in it (what closing it leaves behind) */
  activeUsers: number;
  clients: number;
}

/** An account as the administrator manages it. */
export interface User {
  id: string;
  username: string;
  displayName: string;
  role: string;
  branchId: string | null;
  branchName: string | null;
  clientId: string | null;
  clientName: string | null;
  email: string | null;
  phone: string | null;
  manager: boolean;
  active: boolean;
  mustChangePassword: boolean;
  locked: boolean;
  maintainedClients: number;
  lastSignInAt: string | null;
  createdAt: string;
  version: number;
}

export interface Client {
  id: string;
  contractNo: string;
  certificateNos: string[];
  name: string;
  formerNames: string[];
  /** in a search: the former name that holds the term when the current name does not */
  formerNameFound?: string | null;
  uscc: string;
  applicationAcceptedOn: string | null;
  initialAuditOn: string | null;
  initialAuditFee: number | null;
  surveillanceFee: number | null;
  plannedSurveillanceOn: string | null;
  actualSurveillanceOn: string | null;
  status: 'active' | 'abnormal' | 'lost';
  province: string;
  address: string;
  postcode: string | null;
  contactPerson: string | null;
  phone: string | null;
  email: string | null;
  technicalAreaCodes: string[];
  scope: string | null;
  branchId: string;
  branchName: Message;
  vip: boolean;
  confidential: boolean;
  grade: string | null;
  formerUsccs: string[];
  dishonestyListedOn: string | null;
  dishonestySource: string | null;
  dishonestyRemovedOn: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** An audit-log entry as the server renders it: every text in both languages, no id or code to show. */
export interface HistoryEntry {
  id: number;
  at: string;
  /** on the CB's clock */
  atLocal: string;
  actorId: string | null;
  actor: Message;
  address: string | null;
  entity: string;
  entityLabel: Message;
  entityId: string;
  record: Message;
  action: string;
  actionLabel: Message;
  changes: { field: string; label: Message; old: Message | null; new: Message | null }[];
}

export interface AuditLogVocabulary {
  entities: { entity: string; label: Message; actions: { action: string; label: Message }[] }[];
  actors: { id: string; name: string; username: string }[];
}

export type CertificateStatus = 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';

export interface CertificateEvent {
  id: number;
  kind: string;
  effectiveOn: string;
  ground: string | null;
  reason: string;
  decidedBy: string;
  details: Record<string, unknown>;
  at: string;
}

export interface Certificate {
  id: string;
  clientId: string;
  certificateNo: string;
  scheme: 'management_system' | 'after_sales';
  field: string;
  standard: string;
  organisationName: string;
  address: string;
  scope: string;
  sites: { name: string; address: string; scope?: string }[];
  starLevel: number | null;
  decisionOn: string;
  originalIssueOn: string;
  issueOn: string;
  expiresOn: string;
  status: CertificateStatus;
  cncaStatusCode: string;
  suspendedFrom: string | null;
  suspendedUntil: string | null;
  suspendedScope: string | null;
  revocationProposedOn: string | null;
  allowedActions: string[];
  confidential: boolean;
  version: number;
  events?: CertificateEvent[];
}

export type Bucket = 'overdue' | 'first' | 'second' | 'third' | 'later';

export interface DueItem {
  id: number;
  kind: string;
  sequence: number | null;
  department: string;
  clientId: string | null; // null: the CB as a whole owes it (the CNCA monthly report)
  clientName: string | null;
  clientGrade: string | null;
  clientVip: boolean;
  branchId: string | null;
  branchName: Message | null;
  certificateId: string | null;
  certificateNo: string | null;
  scheme: string | null;
  auditId: string | null;
  dueOn: string;
  targetOn: string;
  opensOn: string | null;
  plannedOn: string | null;
  basis: string;
  bucket: Bucket;
  plannedAfterDue: boolean;
  provisional: boolean; // counted in working days into a year whose holiday table is not entered
}

export interface DueList {
  counts: { overdue: number; first: number; second: number; third: number };
  windowDays: [number, number, number];
  total: number;
  items: DueItem[];
}

export type TeamRole = 'team_leader' | 'auditor' | 'technical_expert';

export interface PlanActivity {
  date: string;
  from: string;
  to: string;
  activity: string;
  site: string;
  userId: string;
}

export interface Audit {
  id: string;
  programmeId: string;
  clientId: string;
  type: string;
  status: 'planned' | 'held' | 'cancelled';
  sequence: number | null;
  forAuditId: string | null;
  trigger: string | null;
  triggerNote: string | null;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  sites: string[];
  result: string | null;
  resultNote: string | null;
  cancelReason: string | null;
  rescheduleCount: number;
  plan: PlanActivity[];
  team: { userId: string; name: string; role: TeamRole }[];
  version: number;
}

export interface Programme {
  id: string;
  clientId: string;
  certificateId: string | null;
  certificateNo: string | null;
  scheme: 'management_system' | 'after_sales';
  field: string;
  cycleNo: number;
  status: 'open' | 'closed';
  closedOn: string | null;
  version: number;
  audits: Audit[];
  due: DueItem[];
}

export interface TeamCandidate {
  userId: string;
  name: string;
  kinds: ('auditor' | 'technical_expert')[];
  teamLeader: boolean;
  registrationNos: string[];
  coversAreas: string[];
  previousAudits: { auditId: string; type: string; role: TeamRole; start: string; status: string }[];
}

export interface Registration {
  id: string;
  userId: string;
  userName: string;
  kind: 'auditor' | 'technical_expert';
  field: string;
  registrationNo: string;
  technicalAreas: string[];
  teamLeader: boolean;
  validFrom: string;
  validUntil: string;
  version: number;
}

export interface Proposal {
  id: string;
  certificateId: string;
  certificateNo: string;
  certificateVersion: number;
  certificateStatus: CertificateStatus;
  certificateExpiresOn: string;
  clientId: string;
  clientName: string;
  dueKey: string;
  dueOn: string;
  proposedOn: string;
  basis: 'OVERDUE_SURVEILLANCE' | 'INCIDENT';
  status: 'open' | 'accepted' | 'dismissed' | 'lapsed';
  decidedBy: string | null;
  decidedOn: string | null;
  reason: string | null;
  version: number;
}

export type RiskKind = 'quality' | 'environment' | 'safety' | 'other';

export interface RiskCandidate {
  clientId: string;
  clientName: string;
  branchName: Message;
  score: number;
  reasons: string[];
  matched: string;
  proposed: boolean;
  decision: 'pending' | 'confirmed' | 'rejected';
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
  incidentId: string | null;
}

export interface RiskItem {
  id: string;
  source: string;
  sourceKind: 'media' | 'authority' | 'client';
  publishedOn: string;
  organisationNamed: string | null;
  kind: RiskKind;
  text: string;
  link: string | null;
  origin: 'manual' | 'import' | 'portal';
  status: 'open' | 'matched' | 'no_match';
  createdBy: string;
  createdAt: string;
  version: number;
  topCandidate: string | null;
  candidates?: RiskCandidate[];
}

export type IncidentStepKind =
  | 'incident_report_to_audit_management'
  | 'incident_suspension_request'
  | 'incident_self_check'
  | 'incident_report'
  | 'incident_actions'
  | 'incident_rectification';

export type IncidentActionKind = 'more_surveillance' | 'unscheduled_audit' | 'project_inspection' | 'suspension' | 'revocation';

export interface Incident {
  id: string;
  clientId: string;
  clientName: string;
  branchName: Message;
  riskItemId: string;
  riskItemText: string;
  riskItemSource: string;
  kind: RiskKind;
  eventOn: string;
  openedOn: string;
  status: 'open' | 'closed';
  reportToAuditManagementDueOn: string;
  reportedToAuditManagementOn: string | null;
  reportedToAuditManagementBy: string | null;
  suspensionRequestedOn: string | null;
  suspensionRequestedBy: string | null;
  suspensionRequestNote: string | null;
  reportDueOn: string;
  reportDueProvisional: boolean;
  reportEvent: string | null;
  reportInvestigation: string | null;
  reportActions: string | null;
  reportOpinion: string | null;
  reportSubmittedOn: string | null;
  reportSubmittedBy: string | null;
  selfCheckFinding: 'none' | 'lapses' | 'violations' | null;
  selfCheckNote: string | null;
  selfCheckOn: string | null;
  selfCheckBy: string | null;
  actionsDecidedOn: string | null;
  actionsDecidedBy: string | null;
  actionsNote: string | null;
  rectificationDueOn: string | null;
  rectificationEvidence: string | null;
  rectificationSubmittedOn: string | null;
  rectificationVerifiedOn: string | null;
  rectificationVerifiedBy: string | null;
  rectificationVerificationNote: string | null;
  closedOn: string | null;
  version: number;
  owed: { kind: IncidentStepKind; department: string; dueOn: string; basis: string; overdue: boolean; provisional: boolean }[];
  actions: {
    id: string;
    kind: IncidentActionKind;
    certificateId: string;
    certificateNo: string;
    auditId: string | null;
    proposalId: string | null;
    note: string | null;
    decidedOn: string;
    decidedBy: string;
  }[];
}

export interface Complaint {
  id: string;
  number: string;
  kind: 'complaint' | 'appeal';
  channel: 'portal' | 'staff' | 'public';
  complainantName: string;
  complainantContact: string;
  organisation: string | null;
  clientId: string | null;
  clientName: string | null;
  certificateNo: string | null;
  subject: string;
  description: string;
  receivedOn: string;
  answerDueOn: string;
  ownerId: string | null;
  ownerName: string | null;
  status: 'received' | 'investigating' | 'answered' | 'escalated' | 'closed';
  answer: string | null;
  answeredOn: string | null;
  answeredBy: string | null;
  escalatedOn: string | null;
  investigationNote?: string | null;
  escalationNote: string | null;
  closedOn: string | null;
  closingNote: string | null;
  overdue: boolean;
  version: number;
}

export interface ContractChange {
  id: string;
  number: string;
  clientId: string;
  clientName: string;
  certificateId: string | null;
  certificateNo: string | null;
  kind: string;
  description: string;
  proposed: Record<string, string | number | { name: string; address: string }[]>;
  documents: string[];
  raisedInAuditId: string | null;
  auditId: string | null;
  status: 'submitted' | 'awaiting_audit' | 'approved' | 'rejected' | 'applied';
  reviewer: string;
  executor: string;
  filedBy: string;
  filedOn: string;
  reviewedBy: string | null;
  reviewedOn: string | null;
  reviewNote: string | null;
  appliedBy: string | null;
  appliedOn: string | null;
  applyNote: string | null;
  version: number;
}

export interface ServiceApplication {
  id: string;
  number: string;
  applicantName: string;
  uscc: string;
  province: string;
  address: string;
  contactPerson: string;
  phone: string;
  branchId: string;
  headcount: number | null;
  scope: string;
  materials: Record<string, boolean | string | undefined>;
  missing: string[];
  receivedOn: string;
  reviewDueOn: string;
  overdue: boolean;
  credit: Record<'administrativePenalties' | 'abnormalOperation' | 'seriousViolation', 'none' | 'found'> | null;
  creditNote: string | null;
  creditNoEvidenceReason: string | null;
  creditCheckedBy: string | null;
  creditCheckedOn: string | null;
  status: 'received' | 'accepted' | 'refused';
  decisionNote: string | null;
  decidedBy: string | null;
  decidedOn: string | null;
  clientId: string | null;
  programmeId: string | null;
  version: number;
}

export const grades = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-'] as const;
export type Grade = (typeof grades)[number];
export type EvaluatedSystem = 'QMS' | 'EMS' | 'OHSMS';

export interface EvaluationItem {
  code: string;
  system: EvaluatedSystem;
  nameZh: string;
  nameEn: string;
  sort: number;
  active: boolean;
}

export interface Evaluation {
  id: string;
  clientId: string;
  year: number;
  evaluatedOn: string;
  source: 'annual' | 'audit' | 'risk' | 'adjustment';
  auditId: string | null;
  itemGrades: Record<string, Grade>;
  systemGrades: Partial<Record<EvaluatedSystem, Grade>>;
  overrides: string[];
  overallGrade: Grade;
  note: string | null;
  evaluatedBy: string;
}

export interface ClientClassification {
  grade: Grade | null;
  systems: EvaluatedSystem[];
  items: EvaluationItem[];
  history: Evaluation[];
  badRecord: { basis: 'incident' | 'suspension'; on: string; detail: string }[];
}

export type GradeCounts = Record<string, number>;

export interface AnalysisReport {
  year: number;
  issued: { issuedOn: string; issuedBy: string } | null;
  graded: number;
  byGrade: GradeCounts;
  lastYearByGrade: GradeCounts;
  byBranch: Record<string, GradeCounts>;
  byIndustry: Record<string, GradeCounts>;
  bySystem: Record<string, GradeCounts>;
  changes: { up: number; down: number; same: number; new: number };
}

export interface Campaign {
  year: number;
  dueOn: string;
  total: number;
  graded: number;
  clients: {
    id: string;
    name: string;
    contractNo: string;
    branch: string;
    branchEn: string;
    grade: Grade | null;
    gradeThisYear: Grade | null;
  }[];
}

export interface SurveyQuestion {
  code: string;
  stage: 'contract' | 'audit' | 'service';
  zh: string;
  en: string;
}

export interface Survey {
  id: string;
  kind: 'audit' | 'annual';
  clientId: string;
  clientName: string;
  branch: string;
  branchEn: string;
  auditId: string | null;
  auditType: string | null;
  auditStart: string | null;
  auditors: { userId: string; name: string }[];
  issuedOn: string;
  answeredOn: string | null;
  channel: 'portal' | 'paper' | null;
  answers: Record<string, number> | null;
  contractScore: number | null;
  auditScore: number | null;
  serviceScore: number | null;
  totalScore: number | null;
  comment: string | null;
  respondent: string | null;
  complaintId: string | null;
  version: number;
}

export interface ScoreGroup {
  name: string;
  count: number;
  contract: number | null;
  audit: number | null;
  service: number | null;
  total: number | null;
}

export interface SurveyReport {
  year: number;
  quarter: number | null;
  issued: number;
  answered: number;
  returnRate: number | null;
  returnRateTarget: number;
  dissatisfied: number;
  overall: Omit<ScoreGroup, 'name'>;
  byQuarter: (Omit<ScoreGroup, 'name'> & { quarter: number; issued: number; answered: number; returnRate: number | null })[];
  byKind: ScoreGroup[];
  byBranch: ScoreGroup[];
  byAuditor: ScoreGroup[];
  byQuestion: (SurveyQuestion & { average: number | null })[];
}

export interface SurveySample {
  id: string;
  year: number;
  seed: number;
  percent: number;
  population: number;
  size: number;
  drawnOn: string;
  drawnBy: string;
}

export interface CredibilityReport {
  year: number;
  responses: {
    id: string;
    respondentKind: string;
    respondent: string;
    score: number;
    comment: string | null;
    recordedOn: string;
    recordedBy: string;
  }[];
  byKind: { kind: string; count: number; average: number | null }[];
}

export interface Staff {
  id: string;
  displayName: string;
  role: string;
  /** 部门负责人 */
  manager?: boolean;
}

export interface Contact {
  id: string;
  clientId: string;
  kind: 'visit' | 'phone' | 'email' | 'event';
  contactedOn: string;
  followUp: boolean;
  summary: string;
  agreedSurveillanceOn: string | null;
  auditNeeds: string | null;
  byName: string;
}

export interface ClientRequest {
  id: string;
  clientId: string;
  clientName: string;
  receivedOn: string;
  content: string;
  class: 'unreasonable' | 'within_authority' | 'beyond_authority';
  escalatedToId: string | null;
  escalatedToName: string | null;
  status: 'open' | 'closed';
  outcome: string | null;
  closedOn: string | null;
  recordedBy: string;
  version: number;
}

export interface Suggestion {
  id: string;
  clientId: string | null;
  clientName?: string | null;
  receivedOn: string;
  content: string;
  response: string | null;
  recordedBy: string;
}

export interface Loss {
  id: string;
  clientId: string;
  clientName?: string;
  vip?: boolean;
  branch?: string;
  status: 'abnormal' | 'lost' | 'active';
  recordedOn: string;
  cause: string;
  analysis: string | null;
  remedialDecision: string | null;
  recordedBy: string;
}

export interface ClientFile {
  maintainer: { userId: string; name: string; since: string } | null;
  contacts: Contact[];
  requests: ClientRequest[];
  suggestions: Suggestion[];
  losses: Loss[];
}

export interface MeterGroup {
  id: string;
  name: string;
  nameEn?: string;
  clients: number;
  below: number;
  followUps: number;
  followUpTarget: number;
  events?: number;
}

export interface Meters {
  year: number;
  minimums: { perYear: number; perYearVip: number };
  followUpRatePercent: number;
  eventsRequired: number;
  total: Omit<MeterGroup, 'id' | 'name'> & { events: number };
  byMaintainer: MeterGroup[];
  byBranch: MeterGroup[];
  belowMinimum: {
    id: string;
    name: string;
    vip: boolean;
    branch: string;
    branchEn: string;
    maintainer: string | null;
    contacts: number;
    owed: number;
  }[];
}

export interface ClientEvent {
  id: string;
  heldOn: string;
  kind: 'symposium' | 'training' | 'other';
  title: string;
  attendees: number;
  note: string | null;
  recordedBy: string;
}

export interface Dashboard {
  role: string;
  today: string;
  windowDays?: [number, number, number];
  portal?: { openSurveys: number; certificates: Record<string, number> };
  due?: { counts: DueList['counts']; windowDays: [number, number, number]; overdue: DueItem[] } | null;
  dueByKind?: { kind: string; overdue: number; soon: number }[];
  dueByMonth?: { month: string; n: number }[];
  certificatesByStatus?: Record<string, number>;
  gradeDistribution?: Record<string, number> | null;
  unusual?: { complaintsOverdue: number | null; incidentsOpen: number | null; suspended: number; mailFailed: number | null };
  survey?: {
    issued: number;
    answered: number;
    returnRate: number | null;
    target: number;
    total: number | null;
    dissatisfied: number;
  } | null;
  classification?: { total: number; graded: number; dueOn: string } | null;
  holidayYearsMissing?: number[];
  myAudits?:
    | { id: string; type: string; plannedStart: string; plannedEnd: string; clientId: string; clientName: string; teamRole: TeamRole }[]
    | null;
  communication?: {
    clients: number;
    below: number;
    followUps: number;
    followUpTarget: number;
    events: number;
    eventsRequired: number;
  } | null;
  /** the administrator's: the newest database backup too old, or the daily one failing */
  backup?: { stale: boolean; staleAfterDays: number; lastAt: string | null; failing: boolean } | null;
}

export interface BackupStatus {
  last: { takenAt: string; fileName: string; bytes: number; rows: number; tables: number; trigger: 'daily' | 'manual' } | null;
  stale: boolean;
  staleAfterDays: number;
  failure: { at: string; attempts: number; error: string; gaveUp: boolean } | null;
  daily: boolean;
  keep: number;
  dir: string;
}

export interface SurveyForm {
  questions: SurveyQuestion[];
  maxScore: number;
  weights: { contract: number; audit: number; service: number };
}

export interface NoticeDelivery {
  status: 'queued' | 'sending' | 'sent' | 'failed' | 'no_address' | 'mail_off' | 'not_needed' | 'past_event';
  address: string | null;
  // staff only: the portal is told whether it was sent, not the mail server's talk
  attempts?: number;
  lastAnswer?: string | null;
  nextAttemptAt?: string | null;
  sentAt: string | null;
}

export interface Notice {
  id: number;
  reference: string;
  kind: string | null;
  certificateId: string | null;
  certificateNo: string | null;
  subjectZh: string;
  subjectEn: string;
  bodyZh: string;
  bodyEn: string;
  at: string;
  delivery: NoticeDelivery | null;
}

export interface MailStatus {
  enabled: boolean;
  host: string | null;
  port: number;
  secure: boolean;
  from: string;
  counts: Partial<Record<NoticeDelivery['status'], number>>;
  failures: {
    noticeId: number;
    reference: string;
    at: string;
    subjectZh: string;
    subjectEn: string;
    clientId: string;
    clientName: string;
    address: string | null;
    attempts: number;
    lastAnswer: string | null;
  }[];
  noAddress: MailStatus['failures'];
}
