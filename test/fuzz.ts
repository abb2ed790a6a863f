import { and, count, eq, inArray, not } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { auditLog } from '../src/audit-log/audit-log.schema.js';
import type { Db } from '../src/db/connection.js';
import { securityActions, USER_ENTITY } from '../src/modules/auth/access-log.js';

/**
 * Requests generated from the OpenAPI document: for every operation, bodies, queries and path
 * parameters drawn from its schemas, with hostile values mixed in (NUL bytes, lone surrogates,
 * numbers past the database's types, malformed ids and dates, formula text, wrong types,
 * missing and unknown fields) and malformed multipart uploads. Used by the fuzz test and the
 * larger run of `npm run bench -- fuzz`.
 */

interface Schema {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  nullable?: boolean;
  format?: string;
  description?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  $ref?: string;
  readOnly?: boolean;
  pattern?: string;
}

interface Operation {
  parameters?: { in: string; name: string; required?: boolean; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface FuzzRequest {
  method: string;
  url: string;
  route: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** Text that has reached the database or the spreadsheet badly before. */
const hostileText = [
  'a\u0000b',
  'a\ud800b',
  '\udfff',
  '=HYPERLINK("http://evil.example","x")',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '',
  ' ',
  '9'.repeat(40),
  '2026-02-30',
  'not-a-uuid',
  '00000000-0000-4000-8000-000000000000',
  '北京华信电子科技有限公司'.repeat(30),
  '😀\u202e',
];
const hostileNumbers = [2 ** 31, 2 ** 31 - 1, 2 ** 53, -1, 0, 0.5, 1e10, 9_999_999_999.99, 1e308, -1e308];

export function operationsOf(doc: OpenApiDocument): { method: string; path: string; op: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
  );
}

export function fuzzArbitraries(doc: OpenApiDocument, knownIds: readonly string[]) {
  const resolve = (s: Schema): Schema => {
    if (!s.$ref) return s;
    const name = s.$ref.split('/').at(-1)!;
    return doc.components?.schemas?.[name] ?? {};
  };
  const uuid = fc.oneof(fc.constantFrom(...knownIds), fc.uuid({ version: 4 }));
  const hostile = fc.oneof(
    fc.constantFrom<unknown>(...hostileText),
    fc.constantFrom<unknown>(...hostileNumbers),
    fc.constantFrom<unknown>(null, true, [], {}),
  );

  /** A value for the schema; when `hostile`, one value in seven is hostile whatever the schema says. */
  function value(raw: Schema, depth: number, hostileMix: boolean): fc.Arbitrary<unknown> {
    const s = resolve(raw);
    const variants = s.anyOf ?? s.oneOf;
    if (variants) return fc.oneof(...variants.map((v) => value(v, depth, hostileMix)));
    if (s.allOf) return value(s.allOf[0]!, depth, hostileMix);
    const plain = plainValue(s, depth, hostileMix);
    if (!hostileMix) return plain;
    return fc.oneof(
      { arbitrary: plain, weight: 6 },
      { arbitrary: hostile, weight: 1 },
      ...(s.nullable ? [{ arbitrary: fc.constant(null), weight: 1 }] : []),
    );
  }

  /** A value the schema takes (its enum, pattern, lengths, bounds, dates and ids). */
  function plainValue(s: Schema, depth: number, hostileMix: boolean): fc.Arbitrary<unknown> {
    if (s.enum?.length) return fc.constantFrom(...s.enum);
    const type = Array.isArray(s.type) ? s.type[0] : s.type;
    switch (type) {
      case 'string':
        if (s.format === 'uuid') return uuid;
        if (s.description?.includes('YYYY-MM-DD')) return fc.constantFrom('2026-01-05', '2025-12-31', '2026-06-30');
        if (s.pattern) return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= (s.maxLength ?? 200));
        return fc.string({
          minLength: Math.max(s.minLength ?? 0, 2),
          maxLength: Math.max(Math.min(s.maxLength ?? 40, 40), 2),
          unit: 'grapheme',
        });
      case 'integer':
        return fc.integer({ min: Math.max(s.minimum ?? 0, -1e6), max: Math.min(s.maximum ?? 1e6, 1e6) });
      case 'number':
        return fc.double({ min: Math.max(s.minimum ?? 0, -1e6), max: Math.min(s.maximum ?? 1e6, 1e6), noNaN: true });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth > 3 ? fc.constant([]) : fc.array(value(s.items ?? {}, depth + 1, hostileMix), { maxLength: 3 });
      case 'object':
        return depth > 3 ? fc.constant({}) : object(s, depth + 1, hostileMix);
      default:
        return fc.oneof(fc.string({ maxLength: 10 }), fc.integer());
    }
  }

  /** The required fields and some optional ones; when hostile, now and then one left out or one unknown. */
  function object(s: Schema, depth: number, hostileMix: boolean): fc.Arbitrary<Record<string, unknown>> {
    const props = Object.entries(s.properties ?? {}).filter(([, p]) => !resolve(p).readOnly);
    const required = new Set(s.required ?? []);
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, p] of props) shape[name] = value(p, depth, hostileMix);
    return fc
      .tuple(
        fc.record(shape, { requiredKeys: props.map(([n]) => n).filter((n) => required.has(n)) }),
        fc.option(fc.constantFrom(...(props.length ? props.map(([n]) => n) : ['x'])), { freq: 5 }),
        fc.integer({ min: 0, max: 9 }),
      )
      .map(([obj, drop, dice]) => {
        const out: Record<string, unknown> = { ...obj };
        if (hostileMix && drop !== null) delete out[drop];
        if (hostileMix && dice === 0) out.unexpected = 'field';
        return out;
      });
  }

  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  // a lone surrogate has no UTF-8: sent as the bytes a careless client would send (ED A0 80)
  const pathSegment = (v: string) => {
    try {
      return encodeURIComponent(v);
    } catch {
      return encodeURIComponent(v.replace(/[\ud800-\udfff]/g, '')) + '%ED%A0%80';
    }
  };
  const multipartBodies = [
    { payload: 'x', contentType: 'multipart/form-data' },
    {
      payload: '--b\r\nContent-Disposition: form-data; name="file"; filename="a\u0000.xlsx"\r\n\r\nPK\u0003\u0004garbage\r\n--b--\r\n',
      contentType: 'multipart/form-data; boundary=b',
    },
    { payload: '--b--\r\n', contentType: 'multipart/form-data; boundary=b' },
    { payload: '{}', contentType: 'application/json' },
  ];

  /** One request to an operation, with a session cookie or none; `mutate` turns its values into one class of bad input. */
  function request(
    op: { method: string; path: string; op: Operation },
    cookie: string | null,
    hostileMix: boolean,
    mutate: Mutation,
  ): fc.Arbitrary<FuzzRequest> {
    const params = op.op.parameters ?? [];
    const pathParams = params.filter((p) => p.in === 'path');
    const queryParams = params.filter((p) => p.in === 'query');
    const multipart = op.op.requestBody?.content['multipart/form-data'];
    const json = op.op.requestBody?.content['application/json'];
    const pathArb = fc.record(
      Object.fromEntries(
        pathParams.map((p) => [
          p.name,
          hostileMix
            ? fc.oneof(
                { arbitrary: plainValue(resolve(p.schema), 0, false), weight: 5 },
                { arbitrary: fc.constantFrom<unknown>('x', '1'), weight: 1 },
              )
            : plainValue(resolve(p.schema), 0, false),
        ]),
      ),
    );
    const queryArb = fc.record(Object.fromEntries(queryParams.map((p) => [p.name, value(p.schema, 0, hostileMix)])), {
      requiredKeys: queryParams.filter((p) => p.required).map((p) => p.name),
    });
    const bodyArb: fc.Arbitrary<{ payload?: string; contentType?: string }> = multipart
      ? fc.constantFrom(...multipartBodies)
      : json
        ? fc.oneof(
            {
              arbitrary: value(json.schema, 0, hostileMix).map((b) => ({
                payload: JSON.stringify(mutate(b)),
                contentType: 'application/json',
              })),
              weight: 8,
            },
            {
              arbitrary: fc.constantFrom(
                { payload: '{"a":', contentType: 'application/json' },
                { payload: 'null', contentType: 'application/json' },
              ),
              weight: hostileMix ? 1 : 0,
            },
          )
        : fc.constant({});
    return fc.tuple(pathArb, queryArb, bodyArb).map(([rawPath, rawQuery, body]) => {
      const pathValues = mutate(rawPath) as Record<string, unknown>;
      const query = mutate(rawQuery) as Record<string, unknown>;
      const url =
        op.path.replace(/\{(\w+)\}/g, (_, name: string) => pathSegment(text(pathValues[name]))) +
        (Object.keys(query).length ? `?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, text(v)])).toString()}` : '');
      return {
        method: op.method,
        url,
        route: `${op.method} ${op.path}`,
        headers: { ...(cookie ? { cookie } : {}), ...(body.contentType ? { 'content-type': body.contentType } : {}) },
        ...(body.payload !== undefined ? { payload: body.payload } : {}),
      };
    });
  }

  return { request };
}

type Mutation = (value: unknown) => unknown;

/** Every leaf of one kind replaced: each class of bad input reaches every field of a request at once. */
function everyLeaf(test: (v: unknown) => boolean, replace: (v: unknown, i: number) => unknown): Mutation {
  return (value) => {
    let i = 0;
    const walk = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(walk);
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
      return test(v) ? replace(v, i++) : v;
    };
    return walk(value);
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The classes of bad input, each applied to a request that is otherwise well-formed. */
export const mutations: Record<string, Mutation> = {
  wellFormed: (v) => v,
  nulBytes: everyLeaf(
    (v) => typeof v === 'string',
    (v) => `${String(v)}\u0000`,
  ),
  loneSurrogates: everyLeaf(
    (v) => typeof v === 'string',
    (v) => `${String(v)}\ud800`,
  ),
  hugeNumbers: everyLeaf(
    (v) => typeof v === 'number',
    (_, i) => (i % 2 ? 1e10 : 2 ** 31),
  ),
  unknownIds: everyLeaf(
    (v) => typeof v === 'string' && UUID.test(v),
    (_, i) => `0000000${i % 10}-0000-4000-8000-00000000000${i % 10}`,
  ),
  malformedIds: everyLeaf(
    (v) => typeof v === 'string' && UUID.test(v),
    () => 'x',
  ),
};

/**
 * For each operation of the document: one request per class of bad input on an otherwise
 * well-formed one, and `random` requests with hostile values mixed in anywhere. Reproducible from `seed`.
 */
export function fuzzRequests(
  doc: OpenApiDocument,
  opts: { cookie: string | null; knownIds: string[]; random: number; seed: number },
): FuzzRequest[] {
  const { request } = fuzzArbitraries(doc, opts.knownIds);
  return operationsOf(doc)
    .filter(({ path }) => !path.startsWith('/api/docs') && !path.startsWith('/api/jobs') && !path.endsWith('/logout'))
    .flatMap((op, i) => [
      ...Object.values(mutations).flatMap((mutate, m) =>
        fc.sample(request(op, opts.cookie, false, mutate), { numRuns: 1, seed: opts.seed + i * 31 + m }),
      ),
      ...(opts.random > 0
        ? fc.sample(
            request(op, opts.cookie, true, (v) => v),
            { numRuns: opts.random, seed: opts.seed + i },
          )
        : []),
    ]);
}

/** What the server answered to a fuzz run: statuses counted, and every answer that broke a promise. */
export interface FuzzOutcome {
  statuses: Record<string, number>;
  serverErrors: string[];
  uncoded: string[];
  writtenOnRefusal: string[];
}

/**
 * Sends the requests one by one and checks the three promises: no 5xx, a code and zh/en texts
 * on every 4xx, and no audit-log entry from a refused write (beyond the record of the refusal itself).
 */
export async function sendFuzzRequests(app: FastifyInstance, db: Db, requests: readonly FuzzRequest[]): Promise<FuzzOutcome> {
  const outcome: FuzzOutcome = { statuses: {}, serverErrors: [], uncoded: [], writtenOnRefusal: [] };
  // a refusal is itself written (a failed sign-in, a refused access: issue 17.10); what it refused must not be
  const auditEntries = async () =>
    (
      await db
        .select({ n: count() })
        .from(auditLog)
        .where(not(and(eq(auditLog.entity, USER_ENTITY), inArray(auditLog.action, [...securityActions]))!))
    )[0]!.n;
  for (const r of requests) {
    const before = r.method === 'GET' ? 0 : await auditEntries();
    const res = await app.inject({
      method: r.method as 'GET',
      url: r.url,
      headers: r.headers,
      ...(r.payload !== undefined ? { payload: r.payload } : {}),
    });
    outcome.statuses[res.statusCode] = (outcome.statuses[res.statusCode] ?? 0) + 1;
    const described = `${r.method} ${r.url.slice(0, 120)} ${typeof r.payload === 'string' ? r.payload.slice(0, 200) : ''} → ${res.statusCode} ${res.body.slice(0, 200)}`;
    if (res.statusCode >= 500) outcome.serverErrors.push(described);
    else if (res.statusCode >= 400) {
      const body = res.json() as { code?: unknown; message?: { zh?: unknown; en?: unknown } };
      if (typeof body.code !== 'string' || typeof body.message?.zh !== 'string' || typeof body.message?.en !== 'string') {
        outcome.uncoded.push(described);
      }
      if (r.method !== 'GET' && (await auditEntries()) !== before) outcome.writtenOnRefusal.push(described);
    }
  }
  return outcome;
}
