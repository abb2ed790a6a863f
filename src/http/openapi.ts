import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FieldErrorSchema, MessageSchema } from '../lib/common-schemas.js';
import { RowErrorsSchema } from '../modules/imports/import.dto.js';

/** What every refusal answers (4xx): a code and the reason in both languages; nothing was changed. */
export const ApiErrorSchema = z
  .object({
    code: z.string().describe('what was refused, e.g. CONCURRENCY.STALE_VERSION'),
    message: MessageSchema,
    details: z
      .looseObject({
        fields: z.array(FieldErrorSchema).optional().describe('VALIDATION.FAILED: each field refused'),
        rows: z.array(RowErrorsSchema).optional().describe("an import's rows refused"),
      })
      .optional(),
  })
  .meta({ id: 'ApiError' });

const refusal = {
  description: 'Refused: the code and the reason in Chinese and English; nothing was changed',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
};

type Transform = typeof jsonSchemaTransform;

/**
 * The Zod transform, with the refusal every operation may answer, and a described body for the
 * uploads: a multipart route reads its file with `receiveUpload` and declares no body schema
 * (fastify would validate the parsed body, which a multipart request does not have), so the
 * document gets the one field here.
 */
export const openApiTransform: Transform = (document) => {
  const out = jsonSchemaTransform(document);
  const schema = out.schema as { hide?: boolean; consumes?: string[]; response?: Record<string, unknown> } | undefined;
  if (!schema || schema.hide) return out;
  const described = { ...schema, response: { ...schema.response, '4XX': refusal } };
  if (!schema.consumes?.includes('multipart/form-data')) return { ...out, schema: described } as ReturnType<Transform>;
  return {
    ...out,
    schema: {
      ...described,
      body: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary', description: 'the file (one per request)' } },
      },
    },
  } as ReturnType<Transform>;
};
