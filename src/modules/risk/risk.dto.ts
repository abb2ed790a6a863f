import { RowErrorsSchema } from '../imports/import.dto.js';
import { z } from 'zod';
import { reasonSchema, versionSchema } from '../../lib/common-schemas.js';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import { matchReasons } from './risk.matcher.js';
import { incidentActionKinds, incidentStepKinds, riskKinds, riskOrigins, riskSourceKinds, selfCheckFindings } from './risk.rules.js';
import { incidentStatuses, matchDecisions, riskItemStatuses } from './risk.schema.js';

const longText = (max: number) => z.string().trim().min(1, { message: 'REQUIRED' }).max(max, { message: 'TOO_LONG' });
const link = z
  .string()
  .trim()
  .max(1000, { message: 'TOO_LONG' })
  .regex(/^https?:\/\/\S+$/i, { message: 'INVALID' })
  .describe('http(s) address of the publication');

export const RiskItemInputSchema = z.object({
  source: longText(200).describe('media or authority site, e.g. 国家市场监督管理总局'),
  sourceKind: z.enum(['media', 'authority']),
  publishedOn: isoDateSchema,
  organisationNamed: z.string().trim().max(200, { message: 'TOO_LONG' }).nullish(),
  kind: z.enum(riskKinds),
  text: longText(5000),
  link: link.nullish(),
});
export type RiskItemInput = z.output<typeof RiskItemInputSchema>;

export const RiskItemListQuerySchema = z.object({
  status: z.enum(riskItemStatuses).optional(),
  kind: z.enum(riskKinds).optional(),
  q: z.string().trim().max(100).optional().describe('words of the text, source or organisation named'),
  from: isoDateSchema.optional().describe('published on or after'),
  to: isoDateSchema.optional().describe('published on or before'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type RiskItemListQuery = z.output<typeof RiskItemListQuerySchema>;

export const CandidateSchema = z.object({
  clientId: z.uuid(),
  clientName: z.string(),
  branchName: z.object({ zh: z.string(), en: z.string() }),
  score: z.number(),
  reasons: z.array(z.enum(matchReasons)),
  matched: z.string(),
  proposed: z.boolean().describe('the score reaches the proposal line'),
  decision: z.enum(matchDecisions),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
  incidentId: z.uuid().nullable(),
});

export const RiskItemSchema = z
  .object({
    id: z.uuid(),
    source: z.string(),
    sourceKind: z.enum(riskSourceKinds),
    publishedOn: z.string(),
    organisationNamed: z.string().nullable(),
    kind: z.enum(riskKinds),
    text: z.string(),
    link: z.string().nullable(),
    origin: z.enum(riskOrigins),
    status: z.enum(riskItemStatuses),
    createdBy: z.string(),
    createdAt: z.string(),
    version: z.number(),
    topCandidate: z
      .string()
      .nullable()
      .describe('name of the confirmed candidate, else of the best one proposed (score at or above the proposal line)'),
    candidates: z.array(CandidateSchema).optional(),
  })
  .meta({ id: 'RiskItem' });

export const RiskItemPageSchema = z.object({ total: z.number(), items: z.array(RiskItemSchema) });

export const ConfirmMatchSchema = z.object({
  version: versionSchema,
  eventOn: isoDateSchema.describe(
    'the day of the event, as the item or the client states it: the incident deadlines run from it, so it is not assumed from the publication date',
  ),
  note: z.string().trim().max(2000).nullish(),
});
/** What a risk-item import would do: the rows to create or those refused (the first 1,000; the counts are in its summary). */
export const RiskImportPreviewSchema = z.object({
  unknownColumns: z.array(z.string()),
  creates: z.array(z.object({ row: z.number(), source: z.string(), organisationNamed: z.string().nullable(), kind: z.string() })),
  refusedRows: z.array(RowErrorsSchema),
});

/** What a risk-item import reports: rows read, to create, refused; once written, how many matched a client. */
export const riskImportShapes = {
  summary: z.object({ rows: z.number(), created: z.number(), refused: z.number() }),
  preview: RiskImportPreviewSchema,
  result: z.object({ created: z.number(), matched: z.number(), noMatch: z.number() }),
};

export const RejectMatchSchema = z.object({ version: versionSchema, note: reasonSchema });

export const SelfReportSchema = z.object({
  eventOn: isoDateSchema,
  kind: z.enum(riskKinds),
  text: longText(5000).describe('what happened, where, and what was done'),
});

export const StepNoteSchema = z.object({ version: versionSchema, note: z.string().trim().max(2000).nullish() });
export const SuspensionRequestSchema = z.object({ version: versionSchema, note: reasonSchema });
export const SelfCheckSchema = z.object({ version: versionSchema, finding: z.enum(selfCheckFindings), note: reasonSchema });
export const IncidentReportSchema = z.object({
  version: versionSchema,
  event: longText(5000).describe('事件情况'),
  investigation: longText(5000).describe('调查情况'),
  actions: longText(5000).describe('采取的措施'),
  opinion: longText(5000).describe('处理意见'),
});
export const DecidedActionSchema = z.object({
  kind: z.enum(incidentActionKinds),
  certificateId: z.uuid(),
  plannedStart: isoDateSchema.nullish().describe('for an audit: its first day'),
  plannedEnd: isoDateSchema.nullish(),
  note: z.string().trim().max(2000).nullish(),
});
export const DecideActionsSchema = z.object({
  version: versionSchema,
  actions: z.array(DecidedActionSchema).max(20),
  note: reasonSchema.describe('why these actions (or none)'),
  rectificationDueOn: isoDateSchema.nullish().describe('when the client must have rectified; none when no rectification is required'),
});
export type DecideActionsInput = z.output<typeof DecideActionsSchema>;
export const RectificationSchema = z.object({ version: versionSchema, evidence: longText(5000) });
export const VerifyRectificationSchema = z.object({ version: versionSchema, accepted: z.boolean(), note: reasonSchema });

export const IncidentListQuerySchema = z.object({
  status: z.enum(incidentStatuses).optional(),
  clientId: z.uuid().optional(),
  overdue: z.stringbool().optional().describe('only incidents with a step past its deadline'),
});

const owedStep = z.object({
  kind: z.enum(incidentStepKinds),
  department: z.string(),
  dueOn: z.string(),
  basis: z.string(),
  overdue: z.boolean(),
  provisional: z.boolean().describe('counted in working days into a year whose holiday table is not entered (暂定)'),
});

export const IncidentSchema = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    clientName: z.string(),
    branchName: z.object({ zh: z.string(), en: z.string() }),
    riskItemId: z.uuid(),
    riskItemText: z.string(),
    riskItemSource: z.string(),
    kind: z.enum(riskKinds),
    eventOn: z.string(),
    openedOn: z.string(),
    status: z.enum(incidentStatuses),
    reportToAuditManagementDueOn: z.string(),
    reportedToAuditManagementOn: z.string().nullable(),
    reportedToAuditManagementBy: z.string().nullable(),
    suspensionRequestedOn: z.string().nullable(),
    suspensionRequestedBy: z.string().nullable(),
    suspensionRequestNote: z.string().nullable(),
    reportDueOn: z.string(),
    reportDueProvisional: z.boolean(),
    reportEvent: z.string().nullable(),
    reportInvestigation: z.string().nullable(),
    reportActions: z.string().nullable(),
    reportOpinion: z.string().nullable(),
    reportSubmittedOn: z.string().nullable(),
    reportSubmittedBy: z.string().nullable(),
    selfCheckFinding: z.enum(selfCheckFindings).nullable(),
    selfCheckNote: z.string().nullable(),
    selfCheckOn: z.string().nullable(),
    selfCheckBy: z.string().nullable(),
    actionsDecidedOn: z.string().nullable(),
    actionsDecidedBy: z.string().nullable(),
    actionsNote: z.string().nullable(),
    rectificationDueOn: z.string().nullable(),
    rectificationEvidence: z.string().nullable(),
    rectificationSubmittedOn: z.string().nullable(),
    rectificationVerifiedOn: z.string().nullable(),
    rectificationVerifiedBy: z.string().nullable(),
    rectificationVerificationNote: z.string().nullable(),
    closedOn: z.string().nullable(),
    version: z.number(),
    owed: z.array(owedStep),
    actions: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(incidentActionKinds),
        certificateId: z.uuid(),
        certificateNo: z.string(),
        auditId: z.uuid().nullable(),
        proposalId: z.uuid().nullable(),
        note: z.string().nullable(),
        decidedOn: z.string(),
        decidedBy: z.string(),
      }),
    ),
  })
  .meta({ id: 'RiskIncident' });
