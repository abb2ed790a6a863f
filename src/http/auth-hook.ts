import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/connection.js';
import { AppError } from '../lib/errors.js';
import { refusalLog } from '../modules/auth/access-log.js';
import { userForSession } from '../modules/auth/auth.service.js';
import { dataScopeOf, roleMay } from '../modules/auth/permissions.js';
import { hiddenFields, visibleTo } from '../modules/auth/visibility.js';

export const SESSION_COOKIE = 'certdesk_session';

/** What an account holding a one-time password may call: who it is, and the change of the password. */
const ONE_TIME_PASSWORD_ROUTES = new Set(['/api/auth/me', '/api/auth/password']);

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
    // no session: refused, and not written anywhere (anonymous traffic must not fill the audit log)
    if (!user) throw new AppError('AUTH.REQUIRED');
    request.user = user; // known from here on, so that a refusal names who was refused
    if (!roleMay(user.role, permission)) throw new AppError('AUTH.FORBIDDEN');
    // a one-time password from the administrator: the account reads itself and changes it, nothing else
    if (user.mustChangePassword && !ONE_TIME_PASSWORD_ROUTES.has(request.routeOptions.url ?? ''))
      throw new AppError('AUTH.PASSWORD_CHANGE_REQUIRED');
    // a portal user reads its own records; lists leave the CB as exports only in staff hands
    if (user.role === 'client' && request.routeOptions.url?.endsWith('/export')) throw new AppError('AUTH.FORBIDDEN');
    request.scope = dataScopeOf(user);
  });

  // a signed-in user refused (by the permission table or by a service) is in the audit log, with the route (issue 17.10)
  const recordRefusal = refusalLog();
  app.addHook('onError', async (request, _reply, error) => {
    const user = request.user;
    if (!(error instanceof AppError) || error.code !== 'AUTH.FORBIDDEN' || !user) return;
    const permission = request.routeOptions.config.permission;
    try {
      await recordRefusal(
        db,
        user,
        {
          method: request.method,
          route: request.routeOptions.url ?? request.url.split('?')[0]!,
          // the permission the role lacks; none where a service refused the record itself
          permission: permission && !roleMay(user.role, permission) ? permission : null,
        },
        { address: request.ip, requestId: request.id },
        now(),
      );
    } catch (err) {
      request.log.error({ err }, 'a refusal could not be written to the audit log');
    }
  });

  // what a role may not see leaves no response (auth/visibility.ts)
  app.addHook('onSend', async (request, reply, payload) => {
    const role = request.user?.role;
    if (!role || !hiddenFields[role] || typeof payload !== 'string' || !String(reply.getHeader('content-type')).includes('json'))
      return payload;
    return JSON.stringify(visibleTo(role, JSON.parse(payload)));
  });
}
