import { z } from 'zod';
import { optionalText, requiredText, versionSchema } from '../../lib/common-schemas.js';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import { contactKinds, eventKinds, lossStatuses, requestClasses } from './communication.rules.js';

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
