import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDatabaseUnreachable, pgErrorOf } from '../db/connection.js';
import { AppError } from '../lib/errors.js';
import { fieldError, issueToFieldError } from '../lib/field-errors.js';

/** Typed errors → their status and zh/en body; anything unexpected → 500 with the request id only. */
export function registerErrorHandler(app: FastifyInstance, statementTimeoutSeconds: number): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) return reply.code(err.status).send(err.toBody());

    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.flatMap((v) =>
        // a strict body names each field it does not take
        v.keyword === 'unrecognized_keys'
          ? ((v.params as { keys?: string[] }).keys ?? []).map((key) => fieldError(key, 'NOT_EDITABLE'))
          : issueToFieldError({
              field: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || (err.validationContext ?? ''),
              kind: v.keyword,
              message: v.message ?? '',
              inputMissing: /received undefined/.test(v.message ?? ''),
            }),
      );
      const detail = {
        zh: fields.map((f) => `${f.field} ${f.message.zh}`).join('；'),
        en: fields.map((f) => `${f.field} ${f.message.en}`).join('; '),
      };
      return reply.code(400).send(new AppError('VALIDATION.FAILED', { detail }, { fields }).toBody());
    }

    // the database refused what the input asked: a reference to nothing, a value its types cannot hold
    const pg = pgErrorOf(err);
    if (pg?.code === '23503') {
      const column = /Key \((\w+)\)/.exec(pg.detail ?? '')?.[1] ?? '';
      const field = column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
      request.log.warn({ err }, 'reference to a missing record reached the database');
      return reply.code(400).send(new AppError('REFERENCE.NOT_FOUND', { field }).toBody());
    }
    // a create that raced another past the service's own check (survey samples, numbering…): one wins, the others learn it
    if (pg?.code === '23505') {
      request.log.warn({ err }, 'unique violation reached the handler: a racing create');
      return reply.code(409).send(new AppError('CONCURRENCY.ALREADY_CREATED').toBody());
    }
    if (pg?.code?.startsWith('22')) {
      request.log.warn({ err }, 'a value the database cannot hold reached it');
      return reply.code(400).send(new AppError('REQUEST.VALUE_NOT_STORABLE').toBody());
    }

    // a bound on how long one request may hold the database (DB_STATEMENT_TIMEOUT_SECONDS); its transaction rolled back
    if (pg?.code === '57014') {
      request.log.warn({ err }, 'statement cancelled at the database time bound');
      return reply.code(503).send(new AppError('DATABASE.TIMEOUT', { seconds: statementTimeoutSeconds }).toBody());
    }
    if (isDatabaseUnreachable(err)) {
      request.log.warn({ err }, 'the database could not be reached');
      return reply.code(503).send(new AppError('DATABASE.UNAVAILABLE').toBody());
    }
    if (/timeout exceeded when trying to connect/.test(err.message)) {
      request.log.warn({ err }, 'no database connection came free in time');
      return reply.code(503).send(new AppError('DATABASE.BUSY').toBody());
    }

    const status = err.statusCode ?? 500;
    if (status === 415) return reply.code(415).send(new AppError('REQUEST.UNSUPPORTED_MEDIA').toBody());
    if (status === 413) {
      // a JSON body past the limit is no uploaded file
      const error = err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? new AppError('REQUEST.BODY_TOO_LARGE') : new AppError('REQUEST.TOO_LARGE');
      return reply.code(413).send(error.toBody());
    }
    if (status >= 400 && status < 500) {
      // malformed JSON, bad multipart and the like
      return reply.code(400).send(new AppError('VALIDATION.FAILED', { detail: err.message }).toBody());
    }

    request.log.error({ err }, 'unexpected error');
    return reply.code(500).send(new AppError('INTERNAL', { requestId: request.id }).toBody());
  });
}
