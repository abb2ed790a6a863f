import type { FastifyRequest } from 'fastify';
import type { Actor } from '../audit-log/audit-log.js';
import type { SessionUser } from '../modules/auth/auth.service.js';
import type { DataScope, Permission } from '../modules/auth/permissions.js';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    scope: DataScope | null;
  }
  interface FastifyContextConfig {
    /** what the caller needs; checked by the auth hook before anything else runs */
    permission?: Permission;
    /** no sign-in needed (login, public register) */
    public?: boolean;
  }
}

/** The signed-in caller of a route that declared a permission. */
export function callerOf(request: FastifyRequest): { user: SessionUser; scope: DataScope; actor: Actor } {
  if (!request.user || !request.scope) throw new Error('callerOf used on a route without a permission');
  return {
    user: request.user,
    scope: request.scope,
    actor: { id: request.user.id, name: request.user.displayName, requestId: request.id, address: request.ip },
  };
}
