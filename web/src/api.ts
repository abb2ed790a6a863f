/** Calls the CertDesk API; a failed call throws ApiError with the server's code and zh/en text. */
import type { components, paths } from './api.gen.js';

/** The API's named record types. */
export type Schemas = components['schemas'];
export type Message = Schemas['Message'];
export type FieldError = Schemas['FieldError'];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Message,
    readonly details?: Schemas['ApiError']['details'],
  ) {
    super(text.en);
  }
}

let onUnauthorised: () => void = () => {};
export function setUnauthorisedHandler(fn: () => void) {
  onUnauthorised = fn;
}

type Verb = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Operation<P extends keyof paths, V extends Verb> = NonNullable<paths[P][Lowercase<V> & keyof paths[P]]>;
/** The API's paths that answer `verb`. */
export type PathOf<V extends Verb> = { [P in keyof paths]: [Operation<P, V>] extends [never] ? never : P }[keyof paths];

type Json<A> = A extends { content: { 'application/json': infer B } } ? B : never;
type Success<R> = R extends { 200: infer A } ? A : R extends { 201: infer A } ? A : R extends { 202: infer A } ? A : never;
/** What an operation answers: its 200/201/202 JSON; nothing for a 204. */
export type Answer<P extends keyof paths, V extends Verb> =
  Operation<P, V> extends { responses: infer R } ? (R extends { 204: unknown } ? undefined : Json<Success<R>>) : never;

type PathParams<O> = O extends { parameters: { path: infer X } } ? X : never;
type QueryParams<O> = O extends { parameters: { query?: infer X } } ? NonNullable<X> : never;
/** The query parameters a list takes (its filters). */
export type Query<P extends PathOf<'GET'>> = QueryParams<Operation<P, 'GET'>>;
/** What an operation takes as its body: JSON, or the upload's form. */
export type RequestBody<P extends keyof paths, V extends Verb> =
  Operation<P, V> extends { requestBody?: { content: infer C } }
    ? C extends { 'application/json': infer B }
      ? B
      : C extends { 'multipart/form-data': unknown }
        ? FormData
        : never
    : never;
type Init<P extends keyof paths, V extends Verb, O = Operation<P, V>> = ([PathParams<O>] extends [never]
  ? { path?: undefined }
  : { path: PathParams<O> }) &
  ([QueryParams<O>] extends [never]
    ? { query?: undefined }
    : object extends QueryParams<O>
      ? { query?: QueryParams<O> }
      : { query: QueryParams<O> }) &
  ([RequestBody<P, V>] extends [never] ? { body?: undefined } : { body: RequestBody<P, V> });
type InitArgs<P extends keyof paths, V extends Verb> = object extends Init<P, V> ? [init?: Init<P, V>] : [init: Init<P, V>];

/** The URL of a path of the document with its parameters filled in and its query appended. */
export function urlOf(path: string, init: { path?: object; query?: object } = {}): string {
  const params = (init.path ?? {}) as Record<string, string | number>;
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])));
  const query = init.query ? queryString(init.query as Record<string, unknown>) : '';
  return query ? `${filled}?${query}` : filled;
}

/**
 * Calls an operation of the API by its path in the OpenAPI document (`/api/clients/{id}`): the
 * parameters, body and answer are the document's types (api.gen.ts), so the UI follows the server.
 */
export async function api<V extends Verb, P extends PathOf<V>>(verb: V, path: P, ...[init]: InitArgs<P, V>): Promise<Answer<P, V>> {
  const url = urlOf(path, init);
  const request: RequestInit = { method: verb, credentials: 'same-origin', headers: {} };
  const body: unknown = init?.body;
  if (body instanceof FormData) request.body = body;
  else if (body !== undefined) {
    request.body = JSON.stringify(body);
    request.headers = { 'content-type': 'application/json' };
  }
  const res = await fetch(url, request);
  if (res.status === 204) return undefined as Answer<P, V>;
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
  return data as Answer<P, V>;
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

export type Me = Answer<'/api/auth/me', 'GET'>;

export type Branch = Schemas['Branch'];

/** An account as the administrator manages it. */
export type User = Schemas['User'];

export type Client = Schemas['Client'];
/** A client as the list and the search give it. */
export type ClientListItem = Answer<'/api/clients', 'GET'>['items'][number];

/** An audit-log entry as the server renders it: every text in both languages, no id or code to show. */
export type HistoryEntry = Answer<'/api/clients/{id}/history', 'GET'>[number];

export type AuditLogVocabulary = Answer<'/api/audit-log/vocabulary', 'GET'>;

export type CertificateStatus = Certificate['status'];

export type CertificateEvent = NonNullable<CertificateDetail['events']>[number];

export type Certificate = Schemas['Certificate'];
/** A certificate with its history of decisions (the drawer). */
export type CertificateDetail = Answer<'/api/certificates/{id}', 'GET'>;
export type CertificateListRow = Schemas['CertificateListRow'];

export type Bucket = DueItem['bucket'];

export type DueItem = Schemas['DueItem'];

export type DueList = Answer<'/api/due-items', 'GET'>;

export type TeamRole = Audit['team'][number]['role'];

export type PlanActivity = Audit['plan'][number];

export type Audit = Schemas['Audit'];

export type Programme = Schemas['Programme'];

export type TeamCandidate = Schemas['TeamCandidate'];

export type Registration = Schemas['AuditorRegistration'];

export type Proposal = Schemas['SuspensionProposal'];

export type RiskKind = RiskItem['kind'];

export type RiskCandidate = NonNullable<RiskItem['candidates']>[number];

export type RiskItem = Schemas['RiskItem'];

export type IncidentStepKind = Incident['owed'][number]['kind'];

export type IncidentActionKind = Incident['actions'][number]['kind'];

export type Incident = Schemas['RiskIncident'];

export type Complaint = Schemas['Complaint'];

export type ContractChange = Schemas['ContractChange'];

export type ServiceApplication = Schemas['ServiceApplication'];

export type Grade = Evaluation['overallGrade'];
/** The grades best first, as the pickers and charts list them. */
export const grades = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-'] as const satisfies readonly Grade[];
export type EvaluatedSystem = EvaluationItem['system'];

export type EvaluationItem = Schemas['ClassificationItem'];

export type Evaluation = Schemas['ClientEvaluation'];

export type ClientClassification = Schemas['ClientClassification'];

export type AnalysisReport = Schemas['ClassificationReport'];

export type Campaign = Schemas['ClassificationCampaign'];

export type SurveyQuestion = Schemas['SurveyQuestion'];

export type Survey = Schemas['Survey'];
/** A survey as its client sees it in the portal. */
export type PortalSurvey = Schemas['PortalSurvey'];

export type SurveyReport = Schemas['SurveyReport'];

export type SurveySample = Schemas['SurveySample'];

export type CredibilityReport = Schemas['CredibilityReport'];

export type Staff = Schemas['Staff'];

export type Contact = Schemas['Contact'];

export type ClientRequest = Schemas['ClientRequest'];

export type Suggestion = Schemas['Suggestion'];

export type Loss = Answer<'/api/communication/losses', 'GET'>[number];

export type ClientFile = Schemas['ClientCommunication'];

/** A row of either meter table: a branch's row also names it in English and counts its events. */
export type MeterGroup = Meters['byMaintainer'][number] & Partial<Meters['byBranch'][number]>;

export type Meters = Schemas['Meters'];

export type ClientEvent = Schemas['ClientEvent'];

export type Dashboard = Schemas['Dashboard'];

export type BackupStatus = Answer<'/api/backups/status', 'GET'>;

export type SurveyForm = Schemas['SurveyForm'];

export type NoticeDelivery = NonNullable<Notice['delivery']>;

export type Notice = Answer<'/api/clients/{id}/notices', 'GET'>[number];

export type MailStatus = Answer<'/api/mail/status', 'GET'>;
