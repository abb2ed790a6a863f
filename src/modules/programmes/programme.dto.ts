import { z } from 'zod';
import { residentIdValid } from '../../lib/resident-id.js';
import { codesOf, identityTypes } from '../reporting/cnca-codes.js';
import { reasonSchema, versionSchema } from '../../lib/common-schemas.js';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import { certificateStatuses, certificationFields, schemes } from '../certificates/certificate.rules.js';
import { DueItemSchema } from '../due-list/due-list.dto.js';
import { auditResults, auditStatuses, auditTypes, extraTriggers } from './programme.rules.js';
import { proposalBases, proposalStatuses } from './programme.schema.js';
import { registrationKinds, teamRoles } from './team.rules.js';

const site = z.string().trim().min(1).max(200);
const areaCode = z
  .string()
  .trim()
  .regex(/^\d{2}(\.\d{2}){0,2}$/, { message: 'INVALID' })
  .describe('专业代码, e.g. 29.09.02');

export const CreateProgrammeSchema = z.object({ scheme: z.enum(schemes), field: z.enum(certificationFields) });

export const PlanAuditSchema = z.object({
  type: z.enum(auditTypes),
  plannedStart: isoDateSchema,
  plannedEnd: isoDateSchema,
  sites: z.array(site).max(50).default([]),
  trigger: z.enum(extraTriggers).nullish().describe('required for an extra surveillance (追加监督)'),
  triggerNote: z.string().trim().max(2000).nullish(),
  forAuditId: z.uuid().nullish().describe('mystery shopping: the surveillance it belongs to; default the next planned one'),
});

export const RescheduleAuditSchema = z.object({
  version: versionSchema,
  plannedStart: isoDateSchema,
  plannedEnd: isoDateSchema,
  reason: reasonSchema,
});
export const CancelAuditSchema = z.object({ version: versionSchema, reason: reasonSchema });
export const RecordAuditSchema = z.object({
  version: versionSchema,
  actualStart: isoDateSchema,
  actualEnd: isoDateSchema,
  result: z.enum(auditResults),
  resultNote: z.string().trim().max(4000).nullish(),
});

export const TeamSchema = z.object({
  version: versionSchema,
  members: z
    .array(z.object({ userId: z.uuid(), role: z.enum(teamRoles) }))
    .min(1)
    .max(20),
});

const activity = z.object({
  date: isoDateSchema,
  from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'INVALID' }),
  to: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'INVALID' }),
  activity: z.string().trim().min(1).max(500),
  site: z.string().trim().max(200),
  userId: z.uuid(),
});
export const AuditPlanSchema = z.object({ version: versionSchema, activities: z.array(activity).max(200) });

export const RecertifySchema = z.object({
  version: versionSchema,
  decisionOn: isoDateSchema.describe('the recertification decision; the new validity runs from it'),
  reason: reasonSchema.default('再认证决定 / recertification decision'),
});

const registrationFields = z.object({
  userId: z.uuid(),
  kind: z.enum(registrationKinds),
  field: z.enum(certificationFields),
  registrationNo: z.string().trim().min(2).max(60),
  technicalAreas: z.array(areaCode).max(200).default([]),
  teamLeader: z.boolean().default(false),
  validFrom: isoDateSchema,
  validUntil: isoDateSchema,
  identityType: z.enum(codesOf(identityTypes), { message: 'ENUM' }).nullable().default(null).describe('从业人员证件类型代码'),
  identityNo: z.string().trim().toUpperCase().min(2, { message: 'REQUIRED' }).max(30, { message: 'TOO_LONG' }).nullable().default(null),
  fullTime: z.boolean().nullable().default(null).describe('是否专职人员'),
});
/** The identity document is given whole, and a resident identity card's number checks. */
const identityChecked = <T extends z.ZodType<{ identityType: string | null; identityNo: string | null }>>(schema: T) =>
  schema
    .refine((v) => (v.identityType === null) === (v.identityNo === null), { message: 'IDENTITY_BOTH', path: ['identityNo'] })
    .refine((v) => v.identityType !== '01' || v.identityNo === null || residentIdValid(v.identityNo), {
      message: 'RESIDENT_ID',
      path: ['identityNo'],
    });
export const RegistrationInputSchema = identityChecked(registrationFields);
export const RegistrationUpdateSchema = identityChecked(registrationFields.omit({ userId: true }).extend({ version: versionSchema }));

export const ProposalAcceptSchema = z.object({
  version: versionSchema,
  from: isoDateSchema,
  until: isoDateSchema,
  reason: reasonSchema,
});
export const ProposalDismissSchema = z.object({ version: versionSchema, reason: reasonSchema });

const member = z.object({ userId: z.uuid(), name: z.string(), role: z.enum(teamRoles) });
export const AuditSchema = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    clientId: z.uuid(),
    type: z.enum(auditTypes),
    status: z.enum(auditStatuses),
    sequence: z.number().nullable().describe('surveillance number within the cycle'),
    forAuditId: z.uuid().nullable(),
    trigger: z.enum(extraTriggers).nullable(),
    triggerNote: z.string().nullable(),
    plannedStart: z.string(),
    plannedEnd: z.string(),
    actualStart: z.string().nullable(),
    actualEnd: z.string().nullable(),
    sites: z.array(z.string()),
    result: z.enum(auditResults).nullable(),
    resultNote: z.string().nullable(),
    cancelReason: z.string().nullable(),
    rescheduleCount: z.number(),
    plan: z.array(activity),
    team: z.array(member),
    maintained: z
      .object({ decidedBy: z.string(), decidedOn: z.string() })
      .nullable()
      .describe('保持认证资格: the decision that kept the certificate after this surveillance, once taken'),
    version: z.number(),
  })
  .meta({ id: 'Audit' });

/** A programme's own record, without its audits and due dates: what opening one answers. */
export const ProgrammeRecordSchema = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    certificateId: z.uuid().nullable().describe('none before the certificate is granted'),
    scheme: z.enum(schemes),
    field: z.enum(certificationFields),
    cycleNo: z.number(),
    status: z.enum(['open', 'closed']),
    closedOn: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: 'ProgrammeRecord' });

export const ProgrammeSchema = ProgrammeRecordSchema.extend({
  certificateNo: z.string().nullable(),
  audits: z.array(AuditSchema),
  due: z.array(DueItemSchema),
}).meta({ id: 'Programme' });

export const RegistrationSchema = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    userName: z.string(),
    kind: z.enum(registrationKinds),
    field: z.enum(certificationFields),
    registrationNo: z.string(),
    technicalAreas: z.array(z.string()),
    teamLeader: z.boolean(),
    validFrom: z.string(),
    validUntil: z.string(),
    identityType: z.enum(codesOf(identityTypes)).nullable(),
    identityNo: z.string().nullable(),
    fullTime: z.boolean().nullable(),
    version: z.number(),
  })
  .meta({ id: 'AuditorRegistration' });

/** A suspension proposal's own record (no certificate or client details): what dismissing one answers. */
export const ProposalRecordSchema = z
  .object({
    id: z.uuid(),
    certificateId: z.uuid(),
    programmeId: z.uuid(),
    clientId: z.uuid(),
    dueKey: z.string().describe('which missed deadline or incident it rests on, e.g. surveillance:<n>:<due date>, incident:<id>'),
    dueOn: z.string(),
    proposedOn: z.string(),
    basis: z.enum(proposalBases),
    status: z.enum(proposalStatuses),
    decidedBy: z.string().nullable(),
    decidedOn: z.string().nullable(),
    reason: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: 'SuspensionProposalRecord' });

/** A proposal as the decision-makers' list shows it, with its certificate and client. */
export const ProposalSchema = ProposalRecordSchema.omit({ programmeId: true })
  .extend({
    certificateNo: z.string(),
    certificateVersion: z.number(),
    certificateExpiresOn: z.string(),
    certificateStatus: z.enum(certificateStatuses),
    clientName: z.string(),
    plannedAudit: z
      .object({ id: z.uuid(), plannedStart: z.string(), plannedEnd: z.string() })
      .nullable()
      .describe('for an overdue surveillance: the surveillance audit already planned in its programme (the one that will meet it), if any'),
  })
  .meta({ id: 'SuspensionProposal' });

export const TeamCandidateSchema = z
  .object({
    userId: z.uuid(),
    name: z.string(),
    kinds: z.array(z.enum(registrationKinds)),
    teamLeader: z.boolean(),
    registrationNos: z.array(z.string()),
    coversAreas: z.array(z.string()),
    previousAudits: z.array(
      z.object({ auditId: z.uuid(), type: z.enum(auditTypes), role: z.enum(teamRoles), start: z.string(), status: z.enum(auditStatuses) }),
    ),
  })
  .meta({ id: 'TeamCandidate' });
