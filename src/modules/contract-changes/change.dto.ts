import { z } from 'zod';
import { reasonSchema, versionSchema } from '../../lib/common-schemas.js';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import { site } from '../certificates/certificate.dto.js';
import { changeKinds, changeStatuses } from './change.rules.js';
import { moneySchema } from '../../lib/money-schema.js';

export const ProposedSchema = z.object({
  name: z.string().trim().min(2).max(200).optional(),
  contactPerson: z.string().trim().min(1).max(60).optional(),
  phone: z.string().trim().min(5).max(40).optional(),
  email: z.email({ message: 'EMAIL' }).max(200).optional().describe('where notices are e-mailed'),
  address: z.string().trim().min(2).max(300).optional(),
  sites: z.array(site).max(100).optional(),
  scope: z.string().trim().min(2).max(4000).optional(),
  initialAuditFee: moneySchema.optional(),
  surveillanceFee: moneySchema.optional(),
});

export const FileChangeSchema = z.object({
  kind: z.enum(changeKinds),
  certificateId: z.uuid().nullish(),
  description: z.string().trim().min(2, { message: 'REQUIRED' }).max(5000, { message: 'TOO_LONG' }),
  proposed: ProposedSchema.default({}),
  documents: z.array(z.string().trim().min(1).max(200)).max(50).default([]).describe('documents and qualifications handed in'),
  raisedInAuditId: z.uuid().nullish().describe('raised by the team during this on-site audit'),
});
export type FileChangeInput = z.output<typeof FileChangeSchema>;

export const ReviewChangeSchema = z.object({
  version: versionSchema,
  decision: z.enum(['approve', 'reject', 'audit']),
  note: reasonSchema,
  auditPlannedStart: isoDateSchema.nullish().describe('for decision "audit"'),
  auditPlannedEnd: isoDateSchema.nullish(),
});
export const ApplyChangeSchema = z.object({ version: versionSchema, note: reasonSchema });

export const ChangeListQuerySchema = z.object({
  status: z.enum(changeStatuses).optional(),
  kind: z.enum(changeKinds).optional(),
  clientId: z.uuid().optional(),
});

export const ContractChangeSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    clientId: z.uuid(),
    clientName: z.string(),
    certificateId: z.uuid().nullable(),
    certificateNo: z.string().nullable(),
    kind: z.enum(changeKinds),
    description: z.string(),
    proposed: ProposedSchema,
    documents: z.array(z.string()),
    raisedInAuditId: z.uuid().nullable(),
    auditId: z.uuid().nullable(),
    status: z.enum(changeStatuses),
    reviewer: z.string().describe('the role that reviews this kind'),
    executor: z.string().describe('the role that carries it out'),
    filedBy: z.string(),
    filedOn: z.string(),
    reviewedBy: z.string().nullable(),
    reviewedOn: z.string().nullable(),
    reviewNote: z.string().nullable(),
    appliedBy: z.string().nullable(),
    appliedOn: z.string().nullable(),
    applyNote: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: 'ContractChange' });
