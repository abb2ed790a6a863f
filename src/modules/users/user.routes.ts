import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import { sendXlsx, xlsxResponse } from '../../http/downloads.js';
import { listWorkbook } from '../../http/list-sheet.js';
import { localDate } from '../../lib/dates.js';
import { roleTexts } from '../audit-trail/audit-trail.labels.js';
import { CreateUserSchema, ResetPasswordSchema, UpdateUserSchema, UserListQuerySchema, UserSchema, VersionBodySchema } from './user.dto.js';
import { listUsers } from './user.repo.js';
import { createUser, disableUser, enableUser, resetPassword, updateUser } from './user.service.js';

const IdParams = z.object({ id: z.uuid() });
const yesNo = { true: { zh: '是', en: 'Yes' }, false: { zh: '否', en: 'No' } } as const;

export function userRoutes(app: FastifyInstance, db: Db, timeZone: string, now: () => Date): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const manage = { permission: 'users:manage' as const };

  r.get('/api/users', {
    config: manage,
    schema: { tags: ['users'], summary: 'Accounts, filtered', querystring: UserListQuerySchema, response: { 200: z.array(UserSchema) } },
    handler: (req) => listUsers(db, req.query, now()),
  });
  r.get('/api/users/export', {
    config: manage,
    schema: {
      tags: ['users'],
      summary: 'The filtered accounts as Excel (.xlsx)',
      querystring: UserListQuerySchema,
      response: xlsxResponse,
    },
    handler: async (req, reply) => {
      const lang = req.query.lang;
      const rows = await listUsers(db, req.query, now());
      const file = await listWorkbook(
        { zh: '用户', en: 'Users' },
        [
          { key: 'username', zh: '用户名', en: 'User name', width: 16 },
          { key: 'displayName', zh: '姓名', en: 'Name', width: 14 },
          { key: 'role', zh: '角色', en: 'Role', width: 14 },
          { key: 'branch', zh: '分支机构', en: 'Branch', width: 16 },
          { key: 'client', zh: '获证组织', en: 'Organisation', width: 30 },
          { key: 'email', zh: '电子邮箱', en: 'E-mail', width: 24 },
          { key: 'phone', zh: '电话', en: 'Phone', width: 16 },
          { key: 'manager', zh: '部门负责人', en: 'Manager', width: 10 },
          { key: 'active', zh: '启用', en: 'Active', width: 8 },
          { key: 'mustChangePassword', zh: '待修改一次性密码', en: 'One-time password pending', width: 12 },
          { key: 'createdOn', zh: '创建日期', en: 'Created on', width: 12, date: true },
          { key: 'lastSignInOn', zh: '最近登录', en: 'Last sign-in', width: 12, date: true },
        ],
        rows.map((u) => ({
          ...u,
          role: roleTexts[u.role]![lang],
          branch: u.branchName,
          client: u.clientName,
          manager: yesNo[`${u.manager}`][lang],
          active: yesNo[`${u.active}`][lang],
          mustChangePassword: yesNo[`${u.mustChangePassword}`][lang],
          createdOn: localDate(new Date(u.createdAt), timeZone),
          lastSignInOn: u.lastSignInAt ? localDate(new Date(u.lastSignInAt), timeZone) : null,
        })),
        lang,
      );
      return sendXlsx(reply, file, 'users', lang === 'en' ? 'users' : '用户');
    },
  });
  r.post('/api/users', {
    config: manage,
    schema: {
      tags: ['users'],
      summary: 'Create an account with a one-time password (changed at the first sign-in)',
      body: CreateUserSchema,
      response: { 201: UserSchema },
    },
    handler: async (req, reply) => reply.code(201).send(await createUser(db, callerOf(req).actor, req.body, now())),
  });
  r.patch('/api/users/:id', {
    config: manage,
    schema: {
      tags: ['users'],
      summary: 'Edit exactly the fields sent',
      params: IdParams,
      body: UpdateUserSchema,
      response: { 200: UserSchema },
    },
    handler: (req) => updateUser(db, callerOf(req).actor, req.params.id, req.body, now()),
  });
  r.post('/api/users/:id/disable', {
    config: manage,
    schema: {
      tags: ['users'],
      summary: 'Disable an account: its sessions end at once',
      params: IdParams,
      body: VersionBodySchema,
      response: { 200: UserSchema },
    },
    handler: (req) => disableUser(db, callerOf(req).actor, req.params.id, req.body.version, now()),
  });
  r.post('/api/users/:id/enable', {
    config: manage,
    schema: {
      tags: ['users'],
      summary: 'Enable a disabled account with a new one-time password',
      params: IdParams,
      body: ResetPasswordSchema,
      response: { 200: UserSchema },
    },
    handler: (req) => enableUser(db, callerOf(req).actor, req.params.id, req.body, now()),
  });
  r.post('/api/users/:id/password', {
    config: manage,
    schema: {
      tags: ['users'],
      summary: 'Give a new one-time password: the sessions end and the user changes it at sign-in',
      params: IdParams,
      body: ResetPasswordSchema,
      response: { 200: UserSchema },
    },
    handler: (req) => resetPassword(db, callerOf(req).actor, req.params.id, req.body, now()),
  });
}
