import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import { AppError } from '../../lib/errors.js';
import { certificateStatuses, cncaStatusCode, schemes, statusLabels } from '../certificates/certificate.rules.js';
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
  })
  .meta({ id: 'PublicCertificate' });

type Row = Omit<z.output<typeof PublicCertificateSchema>, 'statusLabel' | 'statusCode' | 'suspension'>;

const partlySuspended = { zh: '部分暂停', en: 'partly suspended' } as const;

function present(row: Row) {
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
  // the generation is read before the rows: an ETag may then be older than what it labels (one
  // 200 too many on revalidation), never newer (a 304 confirming a copy that is out of date)
  const cacheable = {
    preHandler: async (req: FastifyRequest, reply: FastifyReply) => {
      const etag = `"r${await currentRegisterGeneration(db)}"`;
      reply.header('etag', etag).header('cache-control', `public, max-age=${REGISTER_CACHE_MAX_AGE_SECONDS}`);
      if (matchesEtag(req.headers['if-none-match'], etag)) return reply.code(304).send();
    },
    // a refusal (not found) is never stored by a cache
    onSend: async (_req: FastifyRequest, reply: FastifyReply) => {
      if (reply.statusCode !== 200 && reply.statusCode !== 304) reply.removeHeader('etag').removeHeader('cache-control');
    },
  };

  r.get('/api/public/certificates', {
    config: { public: true, rateLimit },
    serializerCompiler,
    ...cacheable,
    schema: {
      tags,
      security: [],
      summary: 'Look certificates up by number or organisation name (no login)',
      querystring: z.object({ q: z.string().trim().min(2).max(100) }),
      response: { 200: z.array(PublicCertificateSchema) },
    },
    handler: async (req) => (await searchRegister(db, req.query.q, REGISTER_PAGE_SIZE)).map(present),
  });

  r.get('/api/public/certificates/:certificateNo', {
    config: { public: true, rateLimit },
    serializerCompiler,
    ...cacheable,
    schema: { tags, security: [], params: z.object({ certificateNo: z.string().max(40) }), response: { 200: PublicCertificateSchema } },
    handler: async (req) => {
      const row = await findByNumber(db, req.params.certificateNo);
      if (!row) throw new AppError('REGISTER.NOT_FOUND');
      return present(row);
    },
  });

  r.get('/api/public/feed', {
    config: { public: true, rateLimit },
    ...cacheable,
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
    },
    handler: async (req) => {
      const rows = await registerFeed(db, { kinds: req.query.kind, from: req.query.from, to: req.query.to }, req.query.limit);
      return rows.map((e) => ({
        kind: e.kind,
        effectiveOn: e.effectiveOn,
        certificateNo: e.certificateNo,
        organisationName: e.organisationName,
        ...(e.kind === 'suspend'
          ? {
              suspendedUntil: (e.details.until as string | undefined) ?? null,
              partScope: (e.details.partScope as string | null | undefined) ?? null,
            }
          : {}),
      }));
    },
  });
}
