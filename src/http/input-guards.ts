import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors.js';

/**
 * Input no field can hold, refused before any schema or database sees it: a NUL byte (PostgreSQL
 * text cannot store one) or half of a UTF-16 surrogate pair (no UTF-8 can encode it), anywhere
 * in the body, the query or the path; and JSON nested deeper than any request of CertDesk's is
 * (a body nested 20,000 deep once overflowed the stack of a recursive walk).
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** The deepest request body has a handful of levels (a change's proposal, a list of items). */
export const MAX_INPUT_DEPTH = 32;

const badText = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);

/** Where `value` holds unstorable text ('too deep' past MAX_INPUT_DEPTH), walked without recursion; null when it holds none. */
export function unstorableText(value: unknown): { at: string; tooDeep: boolean } | null {
  const stack: { v: unknown; at: string; depth: number }[] = [{ v: value, at: '', depth: 0 }];
  while (stack.length > 0) {
    const { v, at, depth } = stack.pop()!;
    if (typeof v === 'string') {
      if (badText(v)) return { at: at || 'value', tooDeep: false };
      continue;
    }
    if (!v || typeof v !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return { at: at || 'value', tooDeep: true };
    const entries: [string, unknown][] = Array.isArray(v) ? v.map((x, i) => [`[${i}]`, x]) : Object.entries(v);
    for (const [k, x] of entries) {
      const path = Array.isArray(v) ? `${at}${k}` : at ? `${at}.${k}` : k;
      if (!Array.isArray(v) && badText(k)) return { at: path, tooDeep: false };
      stack.push({ v: x, at: path, depth: depth + 1 });
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
    const found = unstorableText(request.params) ?? unstorableText(request.query) ?? unstorableText(request.body);
    if (found?.tooDeep) throw new AppError('REQUEST.TOO_DEEP', { max: MAX_INPUT_DEPTH });
    if (found) throw new AppError('REQUEST.UNSTORABLE_TEXT', { field: found.at });
  });
}
