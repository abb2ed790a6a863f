import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/connection.js';
import { AppError } from '../lib/errors.js';
import { userForSession } from '../modules/auth/auth.service.js';
import { dataScopeOf, roleMay } from '../modules/auth/permissions.js';
import { hiddenFields, visibleTo } from '../modules/auth/visibility.js';

export const SESSION_COOKIE = 'certdesk_session';

/**
 * The one place that authorises: every /api route must declare either a permission or
 * `public: true` (checked when the route is registered), and every request to such a route
 * is checked here before its body is even parsed.
 */
export function registerAuthHook(app: FastifyInstance, db: Db, now: () => Date): void {
  app.decorateRequest('user', null);
  app.decorateRequest('scope', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const config = route.config as { permission?: string; public?: boolean } | undefined;
    if (!config?.permission && !config?.public) {
      throw new Error(`route ${route.method} ${route.url} declares neither a permission nor public`);
    }
  });

  app.addHook('onRequest', async (request) => {
    // the API's description is registered by @fastify/swagger-ui, whose routes declare nothing: it is named here
    const permission = request.routeOptions.url?.startsWith('/api/docs') ? 'api:docs' : request.routeOptions.config.permission;
    if (!permission) return;
    const token = request.cookies[SESSION_COOKIE];
    const user = token ? await userForSession(db, token, now()) : undefined;
    if (!user) throw new AppError('AUTH.REQUIRED');
    if (!roleMay(user.role, permission)) throw new AppError('AUTH.FORBIDDEN');
    // a one-time password from the administrator: the account reads itself and changes it, nothing else
    if (user.mustChangePassword && !permission.startsWith('self:')) throw new AppError('AUTH.PASSWORD_CHANGE_REQUIRED');
    // a portal user reads its own records; lists leave the CB as exports only in staff hands
    if (user.role === 'client' && request.routeOptions.url?.endsWith('/export')) throw new AppError('AUTH.FORBIDDEN');
    request.user = user;
    request.scope = dataScopeOf(user);
  });

  // what a role may not see leaves no response (auth/visibility.ts)
  app.addHook('onSend', async (request, reply, payload) => {
    const role = request.user?.role;
    if (!role || !hiddenFields[role] || typeof payload !== 'string' || !String(reply.getHeader('content-type')).includes('json'))
      return payload;
    return JSON.stringify(visibleTo(role, JSON.parse(payload)));
  });
}
