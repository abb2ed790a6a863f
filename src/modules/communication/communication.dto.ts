import { z } from 'zod';
import { optionalText, requiredText, versionSchema } from '../../lib/common-schemas.js';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import { roles } from '../auth/permissions.js';
import { contactKinds, eventKinds, lossStatuses, requestClasses, requestStatuses } from './communication.rules.js';

export const MaintainerSchema = z.object({ userId: z.uuid() });

export const ContactSchema = z.object({
  kind: z.enum(contactKinds),
  contactedOn: isoDateSchema,
  followUp: z.boolean().default(false).describe('a phone follow-up (回访)'),
  summary: requiredText(2000),
  agreedSurveillanceOn: isoDateSchema.nullish().describe('the surveillance date agreed with the client'),
  auditNeeds: optionalText(1000),
});

export const EventSchema = z.object({
  heldOn: isoDateSchema,
  kind: z.enum(eventKinds),
  title: requiredText(200),
  branchId: z.uuid().nullish(),
  attendees: z.number().int().min(0).max(100000).default(0),
  note: optionalText(2000),
});

export const RequestSchema = z.object({
  clientId: z.uuid(),
  receivedOn: isoDateSchema,
  content: requiredText(2000),
  class: z.enum(requestClasses).describe('(a) unreasonable, (b) within the department’s authority, (c) beyond it'),
  escalatedToId: z.uuid().nullish().describe('class (c): the manager it goes to'),
});

export const CloseRequestSchema = z.object({ version: versionSchema, outcome: requiredText(2000) });

export const SuggestionSchema = z.object({
  clientId: z.uuid().nullish(),
  receivedOn: isoDateSchema,
  content: requiredText(2000),
  response: optionalText(2000),
});

export const LossSchema = z.object({
  status: z.enum(lossStatuses),
  recordedOn: isoDateSchema.nullish(),
  cause: requiredText(2000),
  analysis: optionalText(4000),
  remedialDecision: optionalText(2000),
});

export const YearQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  lang: z.enum(['zh', 'en']).default('zh'),
});

// ---- what the API answers ----

/** A staff member who may maintain a client, or (the managers) be sent a class (c) request. */
export const StaffSchema = z
  .object({
    id: z.uuid(),
    displayName: z.string().describe('the person’s name (姓名)'),
    role: z.enum(roles),
    manager: z.boolean().describe('a department head (部门负责人)'),
  })
  .meta({ id: 'Staff' });

/** 客户维护人: who looks after a client, since when. */
export const ClientMaintainerSchema = z
  .object({
    userId: z.uuid(),
    name: z.string().describe('the maintainer’s display name'),
    since: isoDateSchema.describe('the day it was assigned'),
  })
  .meta({ id: 'Maintainer' });

/** The answer to assigning a maintainer: the client's new maintainer. */
export const MaintainerAssignmentSchema = ClientMaintainerSchema.extend({ clientId: z.uuid() });

/** 沟通记录: one contact with a client, in its file. */
export const ClientContactSchema = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    kind: z.enum(contactKinds),
    contactedOn: isoDateSchema,
    followUp: z.boolean().describe('a phone follow-up (电话回访): counts towards the yearly follow-up share'),
    summary: z.string(),
    agreedSurveillanceOn: isoDateSchema.nullable().describe('the surveillance date agreed with the client'),
    auditNeeds: z.string().nullable().describe('what the client asks of its next audit (审核需求)'),
    byUserId: z.uuid().nullable().describe('the staff member who made the contact'),
    byName: z.string().describe('their name, as it was then'),
  })
  .meta({ id: 'Contact' });

/** 客户活动: a symposium or training held for clients. */
export const ClientEventSchema = z
  .object({
    id: z.uuid(),
    heldOn: isoDateSchema,
    kind: z.enum(eventKinds),
    title: z.string(),
    branchId: z.uuid().nullable().describe('the branch that held it; none: the head office'),
    attendees: z.number().int(),
    note: z.string().nullable(),
    recordedBy: z.string().describe('the name of who recorded it'),
  })
  .meta({ id: 'ClientEvent' });

/** 客户要求: classified (a)/(b)/(c), with its outcome once closed. */
export const ClientRequestSchema = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    clientName: z.string(),
    receivedOn: isoDateSchema,
    content: z.string(),
    class: z.enum(requestClasses).describe('(a) unreasonable, (b) within the department’s authority, (c) beyond it'),
    escalatedToId: z.uuid().nullable().describe('class (c): the manager it went to, who closes it'),
    escalatedToName: z.string().nullable(),
    status: z.enum(requestStatuses),
    outcome: z.string().nullable().describe('the explanation (a), what was done (b) or the manager’s answer (c) (处理结果)'),
    closedOn: isoDateSchema.nullable(),
    recordedBy: z.string().describe('the name of who logged it'),
    version: z.number().int(),
  })
  .meta({ id: 'ClientRequest' });

/** 客户建议: a suggestion, of a client or anonymous, with the answer given. */
export const ClientSuggestionSchema = z
  .object({
    id: z.uuid(),
    clientId: z.uuid().nullable().describe('none: not from a known client'),
    receivedOn: isoDateSchema,
    content: z.string(),
    response: z.string().nullable().describe('the answer (答复); none yet: open'),
    recordedBy: z.string().describe('the name of who logged it'),
  })
  .meta({ id: 'Suggestion' });

/** 年终建议汇总: the year's suggestions, answered or not. */
export const SuggestionSummarySchema = z
  .object({
    year: z.number().int(),
    total: z.number().int(),
    answered: z.number().int(),
    items: z.array(ClientSuggestionSchema.extend({ clientName: z.string().nullable() })).describe('oldest first'),
  })
  .meta({ id: 'SuggestionSummary' });

/** 流失 / 异常客户: a change of the client's status with its cause; a lost VIP's carries the analysis and remedial decision. */
export const ClientLossSchema = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    status: z.enum(lossStatuses).describe('the client’s new status: 异常 abnormal, 流失 lost, 恢复正常 active again'),
    recordedOn: isoDateSchema,
    cause: z.string(),
    analysis: z.string().nullable().describe('原因分析'),
    remedialDecision: z.string().nullable().describe('补救决定'),
    recordedBy: z.string().describe('the name of who recorded it'),
  })
  .meta({ id: 'Loss' });

/** A loss record of the year's list, with its client. */
export const LossOfYearSchema = ClientLossSchema.extend({
  clientName: z.string(),
  vip: z.boolean().describe('the client is a VIP now'),
  branch: z.string().describe('the client’s branch, its Chinese name'),
});

/** A client's file: its maintainer, contacts, requests, suggestions and loss records, newest first. */
export const ClientCommunicationSchema = z
  .object({
    maintainer: ClientMaintainerSchema.nullable(),
    contacts: z.array(ClientContactSchema),
    requests: z.array(ClientRequestSchema),
    suggestions: z.array(ClientSuggestionSchema),
    losses: z.array(ClientLossSchema),
  })
  .meta({ id: 'ClientCommunication' });

const count = z.number().int();
/** One meter: valid clients, those below their yearly contacts, and the phone follow-ups (回访) against the target. */
const meter = {
  clients: count.describe('clients holding a valid certificate'),
  below: count.describe('of them, below their yearly contact minimum'),
  followUps: count.describe('of them, with a phone follow-up (回访) this year'),
  followUpTarget: count.describe('the follow-ups the year needs: the share of the valid clients, rounded up'),
};

/** 客户维护考核: the year's meters for the scope, per maintainer and per branch. */
export const MetersSchema = z
  .object({
    year: z.number().int(),
    minimums: z.object({ perYear: count, perYearVip: count }).describe('contacts a client is owed a year; a VIP more'),
    followUpRatePercent: z.number(),
    eventsRequired: count.describe('client events a branch holds a year'),
    total: z.object({ ...meter, events: count }),
    byMaintainer: z
      .array(
        z.object({
          id: z.union([z.uuid(), z.literal('')]).describe('the maintainer’s user id; empty: the clients without one'),
          name: z.string().describe('the maintainer’s name; — for the clients without one'),
          ...meter,
        }),
      )
      .describe('most below first'),
    byBranch: z
      .array(z.object({ id: z.uuid(), name: z.string(), nameEn: z.string(), ...meter, events: count }))
      .describe('most below first'),
    belowMinimum: z
      .array(
        z.object({
          id: z.uuid().describe('the client'),
          name: z.string(),
          vip: z.boolean(),
          branchId: z.uuid(),
          branch: z.string(),
          branchEn: z.string(),
          maintainerId: z.uuid().nullable(),
          maintainer: z.string().nullable(),
          contacts: count.describe('contacts this year'),
          followUps: count.describe('phone follow-ups this year'),
          owed: count.describe('contacts the year needs'),
        }),
      )
      .describe('the clients below their minimum, by name; the first ones only (the export has them all)'),
  })
  .meta({ id: 'Meters' });
