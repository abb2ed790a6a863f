import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from '../../db/sql-helpers.js';
import { branches } from '../branches/branch.schema.js';
import { clients } from '../clients/client.schema.js';
import { roles } from './permissions.js';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: roles }).notNull(),
    // set for branch staff (各地公司/办事处): their data is limited to this branch
    branchId: uuid('branch_id').references(() => branches.id),
    // set for client-portal users (获证组织): they see only this organisation
    clientId: uuid('client_id').references(() => clients.id),
    active: boolean('active').notNull().default(true),
    email: text('email'),
    phone: text('phone'),
    // set when the administrator gives a one-time password: nothing but changing it is allowed until then
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    // a reset by the administrator: failed sign-ins before it no longer count towards the lock-out
    failuresClearedAt: timestamp('failures_cleared_at', { withTimezone: true }),
    // 部门负责人: a requests of class (c), beyond a department's authority, goes to one of them
    manager: boolean('manager').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('users_role_check', checkIn('role', roles)),
    check('users_portal_has_client', sql`(${t.role} = 'client') = (${t.clientId} is not null)`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    // sha-256 of the cookie token: a leaked table does not yield usable cookies
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_username_at_idx').on(t.username, t.at), index('login_attempts_ip_at_idx').on(t.ip, t.at)],
);
