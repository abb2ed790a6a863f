import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import { AppError } from '../../lib/errors.js';
import { certificateStatuses, cncaStatusCode, schemes, statusLabels } from '../certificates/certificate.rules.js';
import { PublicFeedSchema, type PublicFeedEntry } from './register.dto.js';
import { currentRegisterGeneration, feedKinds, findByNumber, registerFeed, searchRegister } from './register.repo.js';

export const REGISTER_PAGE_SIZE = 20;
export const FEED_MAX = 200;
/**
 * How long a proxy or browser may serve a register answer without asking again; after that it
 * revalidates with If-None-Match, and the ETag changes with every certificate event.
 */
export const REGISTER_CACHE_MAX_AGE_SECONDS = 60;

/** Whether an If-None-Match header names `etag` (weak comparison: a gzipping proxy marks ETags weak). */
function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

const PublicCertificateSchema = z
  .object({
    certificateNo: z.string(),
    organisationName: z.string(),
    scheme: z.enum(schemes),
    standard: z.string(),
    scope: z.string(),
    starLevel: z.number().nullable(),
    status: z.enum(certificateStatuses),
    statusLabel: z.object({ zh: z.string(), en: z.string() }),
    statusCode: z.string().describe('CNCA: 01 有效, 02 暂停, 03 撤销, 04 注销, 05 过期失效'),
    originalIssueOn: z.string(),
    issueOn: z.string(),
    expiresOn: z.string(),
    suspendedFrom: z.string().nullable(),
    suspendedUntil: z.string().nullable(),
    suspendedScope: z.string().nullable().describe('while part of the scope is suspended: that part; the rest stays valid'),
    suspension: z.enum(['whole', 'part']).nullable().describe('while suspended: the whole certificate, or part of its scope'),
    formerName: z.string().nullable().optional().describe('in a search: the former name of the organisation that the query matched (原名)'),
  })
  .meta({ id: 'PublicCertificate' });

type Row = Omit<z.output<typeof PublicCertificateSchema>, 'statusLabel' | 'statusCode' | 'suspension'>;

const partlySuspended = { zh: '部分暂停', en: 'partly suspended' } as const;

function present({ generation: _generation, ...row }: Row & { generation: number }) {
  const suspended = row.status === 'suspended';
  return {
    ...row,
    // suspension dates are public only while suspended
    suspendedFrom: suspended ? row.suspendedFrom : null,
    suspendedUntil: suspended ? row.suspendedUntil : null,
    suspendedScope: suspended ? row.suspendedScope : null,
    // a part suspension suspends that part of the scope, not the certificate (SPEC §3)
    suspension: suspended ? (row.suspendedScope ? ('part' as const) : ('whole' as const)) : null,
    statusLabel: suspended && row.suspendedScope ? partlySuspended : statusLabels[row.status],
    statusCode: cncaStatusCode[row.status],
  };
}

const isoDate = isoDateSchema;

export async function registerRoutes(app: FastifyInstance, db: Db, config: Config): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const rateLimit = { max: config.PUBLIC_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' };
  const tags = ['public register'];
  // the response schemas document the API; the rows are typed already, so skip re-validating them on the hot path
  const serializerCompiler = () => (data: unknown) => JSON.stringify(data);
  /**
   * A register answer labelled with the generation its rows were read at (or before: then the label
   * is older than the answer, and a revalidation gets one needless 200, never a 304 for a stale copy).
   */
  const cacheable = <T>(req: FastifyRequest, reply: FastifyReply, generation: number, body: T) => {
    const etag = `"r${generation}"`;
    reply.header('etag', etag).header('cache-control', `public, max-age=${REGISTER_CACHE_MAX_AGE_SECONDS}`);
    return matchesEtag(req.headers['if-none-match'], etag) ? reply.code(304).send() : body;
  };

  r.get('/api/public/certificates', {
    config: { public: true, rateLimit },
    serializerCompiler,
    schema: {
      tags,
      security: [],
      summary: 'Look certificates up by number or organisation name (no login)',
      description: `A number may be typed with separators or full-width (CD23-SC1002R0M, ＣＤ２３ＳＣ１００２Ｒ０Ｍ); a name in traditional or simplified characters, with or without its place and legal form, or a former name (then formerName is that name). An exact match comes first, then the place asked for. At most ${REGISTER_PAGE_SIZE} rows; the X-Total-Count header says how many match in all.`,
      querystring: z.object({ q: z.string().trim().min(2).max(100) }),
      response: { 200: z.array(PublicCertificateSchema) },
    },
    handler: async (req, reply) => {
      const search = () => searchRegister(db, req.query.q, REGISTER_PAGE_SIZE);
      let found = await search();
      // a miss has no row to carry the generation: read it, then look again, so the label is not newer than the answer
      const generation = found.rows[0]?.generation ?? (await currentRegisterGeneration(db));
      if (found.rows.length === 0) found = await search();
      reply.header('x-total-count', String(found.total));
      return cacheable(req, reply, generation, found.rows.map(present));
    },
  });

  r.get('/api/public/issuer', {
    config: { public: true, rateLimit },
    schema: {
      tags,
      security: [],
      summary: 'Whose register this is: the certification body, as its certificates name it',
      response: {
        200: z.object({ name: z.object({ zh: z.string(), en: z.string() }), address: z.object({ zh: z.string(), en: z.string() }) }),
      },
    },
    handler: () => ({ name: { zh: config.CB_NAME, en: config.CB_NAME_EN }, address: { zh: config.CB_ADDRESS, en: config.CB_ADDRESS_EN } }),
  });

  r.get('/api/public/certificates/:certificateNo', {
    config: { public: true, rateLimit },
    serializerCompiler,
    schema: { tags, security: [], params: z.object({ certificateNo: z.string().max(40) }), response: { 200: PublicCertificateSchema } },
    handler: async (req, reply) => {
      const row = await findByNumber(db, req.params.certificateNo);
      if (!row) throw new AppError('REGISTER.NOT_FOUND');
      return cacheable(req, reply, row.generation, present(row));
    },
  });

  r.get('/api/public/feed', {
    config: { public: true, rateLimit },
    schema: {
      tags,
      security: [],
      summary: 'Grants, changes, suspensions, restorations, revocations, withdrawals and expiries, newest first',
      querystring: z.object({
        kind: z
          .string()
          .transform((s) => s.split(',').filter(Boolean))
          .pipe(z.array(z.enum(feedKinds)))
          .optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        limit: z.coerce.number().int().min(1).max(FEED_MAX).default(50),
      }),
      response: { 200: PublicFeedSchema },
    },
    handler: async (req, reply) => {
      // read before the events: the label is never newer than the answer
      const generation = await currentRegisterGeneration(db);
      const rows = await registerFeed(db, { kinds: req.query.kind, from: req.query.from, to: req.query.to }, req.query.limit);
      return cacheable(
        req,
        reply,
        generation,
        rows.map((e) => ({
          // the public events only (registerFeed reads public = true): never a revocation proposed
          kind: e.kind as PublicFeedEntry['kind'],
          effectiveOn: e.effectiveOn,
          certificateNo: e.certificateNo,
          organisationName: e.organisationName,
          ...(e.kind === 'suspend'
            ? {
                suspendedUntil: (e.details.until as string | undefined) ?? null,
                partScope: (e.details.partScope as string | null | undefined) ?? null,
              }
            : {}),
        })),
      );
    },
  });
}
