import { z } from 'zod';
import { optionalText, reasonSchema, requiredText, versionSchema } from '../../lib/common-schemas.js';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import { complaintCauses, complaintChannels, complaintKinds, complaintStatuses, UNCLASSIFIED } from './complaint.rules.js';

/** What anyone filing a complaint or an appeal gives. */
export const FileComplaintSchema = z.object({
  kind: z.enum(complaintKinds),
  complainantName: requiredText(100),
  complainantContact: requiredText(200).describe('phone or e-mail for the written answer'),
  organisation: optionalText(200),
  certificateNo: optionalText(60),
  subject: requiredText(200),
  description: requiredText(5000),
});
/** Staff may link the certified client and give the day it was received (a letter, a call). */
export const StaffComplaintSchema = FileComplaintSchema.extend({
  clientId: z.uuid().nullish(),
  cause: z.enum(complaintCauses).nullish().describe('原因分类, when already known; required by the answer at the latest'),
  receivedOn: isoDateSchema.nullish().describe('default today'),
});

export const ComplaintListQuerySchema = z.object({
  kind: z.enum(complaintKinds).optional(),
  status: z.enum(complaintStatuses).optional(),
  channel: z.enum(complaintChannels).optional(),
  cause: z
    .enum([...complaintCauses, UNCLASSIFIED])
    .optional()
    .describe('unclassified: the cases with no cause yet'),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  overdue: z.stringbool().optional(),
  q: z.string().trim().max(100).optional(),
  lang: z.enum(['zh', 'en']).default('zh').describe('language of the Excel export'),
});
export type ComplaintListQuery = z.output<typeof ComplaintListQuerySchema>;

export const AssignSchema = z.object({ version: versionSchema, ownerId: z.uuid() });
export const AnswerSchema = z.object({
  version: versionSchema,
  answer: requiredText(5000).describe('the written answer sent to the complainant'),
  cause: z.enum(complaintCauses).nullish().describe('原因分类: required unless the case is classified already'),
});
/** Classifies the case again (a cause found wrong), whatever its status. */
export const CauseSchema = z.object({ version: versionSchema, cause: z.enum(complaintCauses) });
export const StepSchema = z.object({ version: versionSchema, note: reasonSchema });

export const ComplaintSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    kind: z.enum(complaintKinds),
    channel: z.enum(complaintChannels),
    complainantName: z.string(),
    complainantContact: z.string(),
    organisation: z.string().nullable(),
    clientId: z.uuid().nullable(),
    clientName: z.string().nullable(),
    certificateNo: z.string().nullable(),
    subject: z.string(),
    cause: z.enum(complaintCauses).nullable(),
    description: z.string(),
    receivedOn: z.string(),
    answerDueOn: z.string(),
    ownerId: z.uuid().nullable(),
    ownerName: z.string().nullable(),
    status: z.enum(complaintStatuses),
    answer: z.string().nullable(),
    answeredOn: z.string().nullable(),
    answeredBy: z.string().nullable(),
    investigationNote: z.string().nullable(),
    escalatedOn: z.string().nullable(),
    escalationNote: z.string().nullable(),
    closedOn: z.string().nullable(),
    closingNote: z.string().nullable(),
    overdue: z.boolean(),
    version: z.number(),
  })
  .meta({ id: 'Complaint' });

export const PublicReceiptSchema = z.object({
  number: z.string(),
  answerDueOn: z.string().describe('the CB answers in writing by this day'),
});
