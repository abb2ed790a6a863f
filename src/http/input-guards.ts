import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors.js';

/**
 * Input no field can hold, refused before any schema or database sees it: a NUL byte (PostgreSQL
 * text cannot store one) or half of a UTF-16 surrogate pair (no UTF-8 can encode it), anywhere
 * in the body, the query or the path. Returns where it was found.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function unstorableText(value: unknown, at = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') || LONE_SURROGATE.test(value) ? at || 'value' : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = unstorableText(v, `${at}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = unstorableText(k, at ? `${at}.${k}` : k) ?? unstorableText(v, at ? `${at}.${k}` : k);
      if (found) return found;
    }
  }
  return null;
}

/** The framework's own refusals, in the body every other error has: a code and zh/en texts. */
function frameworkError(err: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const error = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? new AppError('REQUEST.URL_TOO_LONG') : new AppError('REQUEST.BAD_URL');
  return reply.code(error.status).send(error.toBody());
}

/** Errors node's HTTP parser meets before Fastify has a request: header too large (431), malformed request (400). */
function clientError(err: NodeJS.ErrnoException, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
  const [status, error] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, new AppError('REQUEST.HEADERS_TOO_LARGE')]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, new AppError('REQUEST.TIMEOUT')]
        : [400, new AppError('REQUEST.MALFORMED')];
  const body = JSON.stringify(error.toBody());
  socket.end(
    `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request'}\r\n` +
      `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** The options of the Fastify instance that give the framework's own errors our body. */
export const frameworkErrorOptions = {
  frameworkErrors: frameworkError,
  clientErrorHandler: clientError as (error: Error, socket: Socket) => void,
};

export function registerInputGuards(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const field = unstorableText(request.params) ?? unstorableText(request.query) ?? unstorableText(request.body);
    if (field) throw new AppError('REQUEST.UNSTORABLE_TEXT', { field });
  });
}
