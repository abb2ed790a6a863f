import { jsonSchemaTransform } from 'fastify-type-provider-zod';

type Transform = typeof jsonSchemaTransform;

/**
 * The Zod transform, and a described body for the uploads: a multipart route reads its file with
 * `receiveUpload` and declares no body schema (fastify would validate the parsed body, which a
 * multipart request does not have), so the document gets the one field here.
 */
export const openApiTransform: Transform = (document) => {
  const out = jsonSchemaTransform(document);
  const consumes = (out.schema as { consumes?: string[] } | undefined)?.consumes;
  if (!consumes?.includes('multipart/form-data')) return out;
  return {
    ...out,
    schema: {
      ...out.schema,
      body: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary', description: 'the file (one per request)' } },
      },
    },
  } as ReturnType<Transform>;
};
