import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { SESSION_COOKIE } from '../../http/auth-hook.js';
import { callerOf } from '../../http/context.js';
import { login, logout } from './auth.service.js';
import { changeOwnPassword } from './password.service.js';
import { roles, rolePermissions } from './permissions.js';
import { hiddenFields } from './visibility.js';
import { loadParameters } from '../parameters/parameter.service.js';

const MeSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  branchId: z.uuid().nullable(),
  clientId: z.uuid().nullable(),
  mustChangePassword: z.boolean().describe('a one-time password: the UI asks for a new one before anything else'),
  permissions: z.array(z.string()),
  /** the fields this role never receives, per kind of record (visibility.ts): the UI leaves their columns out */
  hiddenFields: z.record(z.string(), z.array(z.string())),
  passwordMinLength: z.number().describe('the policy’s minimum length (auth.passwordMinLength), for the password form’s hint'),
});

async function withPermissions<U extends { role: (typeof roles)[number] }>(db: Db, u: U) {
  return {
    ...u,
    permissions: [...rolePermissions[u.role]],
    hiddenFields: Object.fromEntries(Object.entries(hiddenFields[u.role] ?? {}).map(([kind, fields]) => [kind, [...fields]])),
    passwordMinLength: (await loadParameters(db))['auth.passwordMinLength'],
  };
}

export function authRoutes(app: FastifyInstance, db: Db, config: Config, now: () => Date): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/auth/login', {
    config: { public: true },
    schema: {
      tags: ['auth'],
      body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
      response: { 200: MeSchema },
    },
    handler: async (req, reply) => {
      const session = await login(
        db,
        { ...req.body, ip: req.ip, requestId: req.id },
        { now: now(), sessionTtlHours: config.SESSION_TTL_HOURS },
      );
      reply.setCookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.COOKIE_SECURE,
        path: '/',
        expires: session.expiresAt,
      });
      return withPermissions(db, session.user);
    },
  });
  r.post('/api/auth/logout', {
    config: { public: true },
    schema: { tags: ['auth'], summary: 'Sign out: the session ends and its cookie is cleared', response: { 204: z.null() } },
    handler: async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await logout(db, token, { address: req.ip, requestId: req.id }, now());
      return reply.clearCookie(SESSION_COOKIE, { path: '/' }).code(204).send(null);
    },
  });
  r.get('/api/auth/me', {
    config: { permission: 'self:read' },
    schema: { tags: ['auth'], response: { 200: MeSchema } },
    handler: (req) => withPermissions(db, callerOf(req).user),
  });
  r.put('/api/auth/password', {
    config: { permission: 'self:write' },
    schema: {
      tags: ['auth'],
      summary: 'Change one’s own password; one’s other sessions end',
      body: z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) }),
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      const { user, actor } = callerOf(req);
      await changeOwnPassword(
        db,
        { ...actor, id: user.id },
        { ...req.body, sessionToken: req.cookies[SESSION_COOKIE] ?? '', ip: req.ip },
        now(),
      );
      return reply.code(204).send(null);
    },
  });
}
