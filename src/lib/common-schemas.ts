import { z } from 'zod';

/** Why a decision or a change was made: every status change and reschedule must say it. */
export const reasonSchema = z.string().trim().min(2, { message: 'REQUIRED' }).max(2000, { message: 'TOO_LONG' });

/** Optimistic concurrency: the row version the caller read. */
// an integer column: a larger number is no version of anything
export const versionSchema = z.number().int().positive().max(2_147_483_647).describe('the version read; a stale one gets 409');

/** A text that must be given, trimmed, at most `max` characters. */
export const requiredText = (max: number) => z.string().trim().min(1, { message: 'REQUIRED' }).max(max, { message: 'TOO_LONG' });

/** A text that may be left out; empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'TOO_LONG' })
    .nullish()
    .transform((v) => v || null);

/**
 * A field a generic route must not carry because another use-case owns it: a value is a 400
 * with `code` (a field-error code naming the door); null or absent is accepted and means
 * nothing. Documented as read-only; the parsed value is always undefined.
 */
export const refusedField = (code: string, description: string) =>
  z
    .unknown()
    .refine((v) => v === undefined || v === null, { message: code })
    .transform(() => undefined)
    .optional()
    .meta({ readOnly: true, description });

/** A text for people in both languages. */
export const MessageSchema = z.object({ zh: z.string(), en: z.string() }).meta({ id: 'Message' });

/** One field refused: its name, the code, the reason in both languages; in an import, the cell as read. */
export const FieldErrorSchema = z
  .object({
    field: z.string(),
    code: z.string(),
    message: MessageSchema,
    value: z.string().optional().describe('in an import: the cell as read'),
  })
  .meta({ id: 'FieldError' });

/** A query parameter listing values with commas (status=valid,suspended): the values, trimmed, empty ones dropped. */
export const commaList = z.string().transform((s) =>
  s
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean),
);
