import { z } from 'zod';
import { certificateEventKinds } from '../certificates/certificate.schema.js';

/**
 * One line of the public feed: a public event of a certificate, for outsiders. Only what the
 * register shows anyway (number, organisation, date, kind); the serializer drops anything else.
 */
export const PublicFeedEntrySchema = z
  .object({
    // the public event kinds: a revocation proposed is the CB's internal step and never listed
    kind: z.enum(certificateEventKinds).exclude(['revocation_proposed', 'maintain']),
    effectiveOn: z.string(),
    certificateNo: z.string(),
    organisationName: z.string(),
    suspendedUntil: z.string().nullable().optional().describe('a suspension only: its last day'),
    partScope: z.string().nullable().optional().describe('a suspension only: the part of the scope suspended; null for the whole'),
  })
  .meta({ id: 'PublicFeedEntry' });

export const PublicFeedSchema = z.array(PublicFeedEntrySchema).meta({ id: 'PublicFeed' });
export type PublicFeedEntry = z.output<typeof PublicFeedEntrySchema>;
