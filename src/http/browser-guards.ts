import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A state-changing request must come from CertDesk's own pages (or from no page at all: scripts,
 * the API-key import). Browsers name the page's origin on every cross-site POST, so a foreign or
 * opaque (`null`) Origin, or a cross-site fetch without one, is refused — SameSite=Lax cookies
 * alone let a top-level form POST from anywhere through.
 */
export function isForeignOrigin(request: Pick<FastifyRequest, 'method' | 'headers' | 'host'>): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const origin = request.headers.origin;
  if (origin === undefined) return request.headers['sec-fetch-site'] === 'cross-site';
  try {
    return new URL(origin).host !== request.host;
  } catch {
    return true; // 'null' and anything unparsable
  }
}

/**
 * Security headers on every answer (pages, the register, the API): a Content-Security-Policy the
 * UI passes (Ant Design writes its styles inline; nothing else is inline), no framing, no sniffing,
 * no referrer to other sites, HSTS only when the cookies say we are served over HTTPS.
 */
export async function registerBrowserGuards(app: FastifyInstance, overHttps: boolean): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(overHttps ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    hsts: overHttps ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // the app is served over plain HTTP inside many CBs' networks: these need a secure context to mean anything
    crossOriginOpenerPolicy: overHttps,
    originAgentCluster: overHttps,
  });
  app.addHook('onRequest', async (request) => {
    if (isForeignOrigin(request)) throw new AppError('REQUEST.FOREIGN_ORIGIN');
  });
}
