import { z } from 'zod';
import { reasonSchema, versionSchema } from '../../lib/common-schemas.js';
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

export const GrantCertificateSchema = z.object({
  certificateNo: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase().replace(/\s/g, ''))
    .pipe(z.string().regex(/^[A-Z0-9-]{4,40}$/, { message: 'INVALID' })),
  scheme: z.enum(schemes),
  field: z.enum(certificationFields),
  standard: z.string().trim().min(2).max(200),
  scope: z.string().trim().min(2).max(4000),
  sites: z.array(site).max(100).default([]),
  starLevel: z.number().int().min(1).max(5).nullable().default(null),
  decisionOn: isoDate.describe('the certification decision date; validity runs from it'),
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
export const ConfidentialSchema = z.object({ version, confidential: z.boolean(), reason });
export const WithdrawSchema = z.object({ version, ground: z.enum(withdrawalGrounds), reason });
export const GiveUpSchema = z.object({
  version,
  reason,
  openGrounds: z
    .array(z.enum([...suspensionGrounds, ...revocationGrounds]))
    .default([])
    .describe('grounds for suspension or revocation known to be open'),
});
export const ReissueSchema = z.object({
  version,
  changedOn: isoDate,
  reason,
  organisationName: z.string().trim().min(2).max(200).optional(),
  address: z.string().trim().min(2).max(300).optional(),
  scope: z.string().trim().min(2).max(4000).optional(),
  sites: z.array(site).max(100).optional(),
  scopeChange: z.enum(['extension', 'reduction']).optional().describe('recorded when the scope changes'),
  starLevel: z.number().int().min(1).max(5).optional().describe('after-sales certificates: a new star level after a surveillance'),
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
    allowedActions: z.array(z.enum(certificateActions)),
    version: z.number(),
  })
  .meta({ id: 'Certificate' });

export const CertificateDetailSchema = CertificateSchema.extend({ events: z.array(CertificateEventSchema) });
