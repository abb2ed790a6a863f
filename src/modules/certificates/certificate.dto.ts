import { z } from 'zod';
import { codesOf, riskLevels } from '../reporting/cnca-codes.js';
import { commaList, reasonSchema, refusedField, versionSchema } from '../../lib/common-schemas.js';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import {
  certificateActions,
  certificateStatuses,
  certificationFields,
  revocationGrounds,
  schemes,
  suspensionGrounds,
  withdrawalGrounds,
} from './certificate.rules.js';

const isoDate = isoDateSchema;
const reason = reasonSchema;
const version = versionSchema;
export const site = z.object({
  name: z.string().trim().min(1).max(200),
  address: z.string().trim().min(1).max(300),
  scope: z.string().trim().max(2000).optional(),
});

const certificateNo = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase().replace(/\s/g, ''))
  .pipe(z.string().regex(/^[A-Z0-9-]{4,40}$/, { message: 'INVALID' }));

/**
 * The decision-maker's grant of a management-system certificate. An after-sales certificate
 * and its star level are granted only from a concluded GB/T 27922 assessment (its decide route).
 */
export const GrantCertificateSchema = z.object({
  certificateNo,
  scheme: z.enum(schemes).describe('management_system only: an after-sales certificate is granted from its assessment'),
  field: z.enum(certificationFields),
  standard: z.string().trim().min(2).max(200),
  scope: z.string().trim().min(2).max(4000),
  sites: z.array(site).max(100).default([]),
  starLevel: refusedField('STAR_LEVEL_BY_ASSESSMENT', 'read-only: a star level comes from a concluded GB/T 27922 assessment'),
  decisionOn: isoDate.describe('the certification decision date, not after today; validity runs from it'),
  reason: reason.default('认证决定 / certification decision'),
});

export const SuspendSchema = z.object({
  version,
  from: isoDate,
  until: isoDate,
  ground: z.enum(suspensionGrounds),
  partScope: z.string().trim().max(2000).nullish().describe('the part of the scope suspended; empty for the whole certificate'),
  reason,
});
export const RestoreSchema = z.object({ version, reason: reason.describe('how the cause was shown removed (verified corrective action)') });
export const RevokeSchema = z.object({ version, ground: z.enum(revocationGrounds), reason });
export const MaintainSchema = z.object({
  version,
  auditId: z.uuid().describe('the held surveillance (or extra surveillance) whose conclusion keeps the certificate'),
  decidedOn: isoDate.nullish().describe('default today; not before the audit ended nor after today'),
  reason: reason.default('监督审核结论符合要求，保持认证资格 / surveillance conclusion approved, certification maintained'),
});
export const ConfidentialSchema = z.object({ version, confidential: z.boolean(), reason });
/**
 * What the CNCA report asks of a certificate (覆盖员工数, 风险系数, 基础人日数, 服务认证所属领域代码): the
 * one door to them. The base audit time is IAF MD 5's figure unless another is given with its reason.
 */
export const ReportDataSchema = z.strictObject({
  version,
  coveredEmployees: z.number().int({ message: 'COUNT' }).min(1, { message: 'COUNT' }).max(10_000_000, { message: 'COUNT' }),
  riskLevel: z.enum(codesOf(riskLevels), { message: 'ENUM' }).nullable().describe('EMS and OHSMS need it for the table'),
  baseAuditDays: z
    .number()
    .positive({ message: 'NUMBER' })
    .max(999, { message: 'NUMBER' })
    .refine((v) => Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-6, { message: 'NUMBER' })
    .nullable()
    .default(null)
    .describe("null: IAF MD 5's figure (none where the field has no table); another needs baseAuditDaysReason"),
  baseAuditDaysReason: z.string().trim().max(500, { message: 'TOO_LONG' }).nullable().default(null),
  serviceAreaCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-Z]{1,3}$/, { message: 'SERVICE_AREA_CODE' })
    .nullable()
    .default(null)
    .describe('服务认证所属领域代码, up to 3 characters: after-sales certificates only'),
});
export const WithdrawSchema = z.object({ version, ground: z.enum(withdrawalGrounds), reason });
export const GiveUpSchema = z.object({
  version,
  reason,
  openGrounds: z
    .array(z.enum([...suspensionGrounds, ...revocationGrounds]))
    .default([])
    .describe('further grounds staff know to be open; those the records hold (GET …/give-up-grounds) count anyway'),
});
/**
 * A reissue of administrative details only: the certificate's address and its sites. A new name,
 * a scope change and a star level each come through their own door (a contract change, an assessment).
 */
export const RecordedGroundSchema = z.object({
  source: z.enum(['suspension_proposal', 'overdue_surveillance', 'incident']),
  ground: z.enum([...suspensionGrounds, ...revocationGrounds]),
  since: z.string(),
});

export const ReissueSchema = z.strictObject({
  version,
  changedOn: isoDate.describe('not after today'),
  reason,
  address: z.string().trim().min(2).max(300).optional(),
  sites: z.array(site).max(100).optional().describe("sites' names and addresses; a site's scope changes by a contract change"),
  organisationName: refusedField('NAME_BY_CONTRACT_CHANGE', 'read-only: a new name is a contract change that renames the client too'),
  scope: refusedField(
    'SCOPE_BY_CONTRACT_CHANGE',
    'read-only: a scope extension or reduction is a contract change decided by a decision-maker',
  ),
  scopeChange: refusedField('SCOPE_BY_CONTRACT_CHANGE', 'read-only: see scope'),
  starLevel: refusedField('STAR_LEVEL_BY_ASSESSMENT', 'read-only: a star level comes from a concluded GB/T 27922 assessment'),
});

export const CertificateEventSchema = z.object({
  id: z.number(),
  kind: z.string(),
  effectiveOn: z.string(),
  ground: z.string().nullable(),
  reason: z.string(),
  decidedBy: z.string(),
  details: z.record(z.string(), z.unknown()),
  at: z.string(),
});

export const CertificateSchema = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    certificateNo: z.string(),
    scheme: z.enum(schemes),
    field: z.enum(certificationFields),
    standard: z.string(),
    organisationName: z.string(),
    address: z.string(),
    scope: z.string(),
    sites: z.array(site),
    starLevel: z.number().nullable(),
    decisionOn: z.string(),
    originalIssueOn: z.string(),
    issueOn: z.string(),
    expiresOn: z.string(),
    status: z.enum(certificateStatuses),
    cncaStatusCode: z.string(),
    suspendedFrom: z.string().nullable(),
    suspendedUntil: z.string().nullable(),
    suspendedScope: z.string().nullable(),
    revocationProposedOn: z.string().nullable(),
    confidential: z.boolean().describe('kept out of IAF CertSearch'),
    coveredEmployees: z.number().int().nullable().describe('体系覆盖的员工数'),
    riskLevel: z.enum(codesOf(riskLevels)).nullable().describe('风险级别代码: 01 high, 02 medium, 03 low'),
    baseAuditDays: z.number().nullable().describe('基础人日数 as reported'),
    baseAuditDaysReason: z.string().nullable().describe('why it differs from IAF MD 5, or why it was entered'),
    baseAuditDaysByTable: z
      .number()
      .nullable()
      .describe("IAF MD 5's figure for the covered employees and risk level, where the field has a table"),
    serviceAreaCode: z.string().nullable().describe('服务认证所属领域代码 (after-sales certificates)'),
    allowedActions: z.array(z.enum(certificateActions)),
    version: z.number(),
  })
  .meta({ id: 'Certificate' });

export const CertificateDetailSchema = CertificateSchema.extend({ events: z.array(CertificateEventSchema) });

/** Why a give-up revokes or withdraws the certificate (decideGiveUp). */
export const GiveUpDecisionSchema = z
  .object({
    action: z.enum(['revoke', 'withdraw']),
    // GIVE_UP_WITH_GROUNDS when revoked, CLIENT_GAVE_UP when withdrawn
    ground: z.enum([...revocationGrounds, ...withdrawalGrounds]),
    why: z.object({ zh: z.string(), en: z.string() }),
    openGrounds: z
      .array(z.enum([...suspensionGrounds, ...revocationGrounds]))
      .describe('the open grounds that decided a revocation, as codes for the UI to name; empty otherwise'),
  })
  .meta({ id: 'GiveUpDecision' });

/** A give-up's answer: the certificate after it, and the decision the rules took. */
export const GiveUpOutcomeSchema = z
  .object({ certificate: CertificateDetailSchema, decision: GiveUpDecisionSchema })
  .meta({ id: 'GiveUpOutcome' });

/** How the certificate register (证书台账) may be sorted. */
export const certificateListSorts = ['certificateNo', 'organisationName', 'status', 'decisionOn', 'issueOn', 'expiresOn'] as const;

/** 证书台账: every certificate the caller's scope allows, filtered, searched and sorted. */
export const CertificateListQuerySchema = z
  .object({
    q: z
      .string()
      .trim()
      .max(100)
      .optional()
      .describe(
        'a certificate number or part of one, in any case, full-width or with other separators (cd23 sc1002, ＣＤ２３－ＳＣ１００２); or an organisation: its name, former name, pinyin or initials',
      ),
    status: commaList
      .pipe(z.array(z.enum(certificateStatuses)))
      .optional()
      .describe('comma-separated'),
    scheme: commaList.pipe(z.array(z.enum(schemes))).optional(),
    field: commaList.pipe(z.array(z.enum(certificationFields))).optional(),
    standard: z.string().trim().max(200).optional().describe('the standard holds this text (GB/T 19001)'),
    starLevel: commaList
      .pipe(z.array(z.enum(['1', '2', '3', '4', '5']).transform(Number)))
      .optional()
      .describe('after-sales star levels, comma-separated'),
    branchId: commaList.pipe(z.array(z.uuid({ message: 'BRANCH_UNKNOWN' }))).optional(),
    expiresFrom: isoDate.optional(),
    expiresTo: isoDate.optional(),
    decisionFrom: isoDate.optional(),
    decisionTo: isoDate.optional(),
    sort: z.enum(certificateListSorts).default('certificateNo'),
    order: z.enum(['asc', 'desc']).default('asc'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(20),
    lang: z.enum(['zh', 'en']).default('zh').describe('language of the Excel export'),
  })
  .refine((q) => !q.expiresFrom || !q.expiresTo || q.expiresFrom <= q.expiresTo, { message: 'DATE_RANGE', path: ['expiresTo'] })
  .refine((q) => !q.decisionFrom || !q.decisionTo || q.decisionFrom <= q.decisionTo, { message: 'DATE_RANGE', path: ['decisionTo'] });
export type CertificateListQuery = z.output<typeof CertificateListQuerySchema>;

export const CertificateListRowSchema = CertificateSchema.pick({
  id: true,
  clientId: true,
  certificateNo: true,
  scheme: true,
  field: true,
  standard: true,
  organisationName: true,
  starLevel: true,
  status: true,
  suspendedFrom: true,
  suspendedUntil: true,
  suspendedScope: true,
  decisionOn: true,
  originalIssueOn: true,
  issueOn: true,
  expiresOn: true,
  confidential: true,
})
  .extend({ branchId: z.uuid(), branchName: z.object({ zh: z.string(), en: z.string() }) })
  .meta({ id: 'CertificateListRow' });
export type CertificateListRow = z.infer<typeof CertificateListRowSchema>;

export const CertificatePageSchema = z.object({ items: z.array(CertificateListRowSchema), total: z.number().int() });
