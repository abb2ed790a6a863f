import { z } from 'zod';
import { optionalText, requiredText, versionSchema } from '../../lib/common-schemas.js';
import { roles } from '../auth/permissions.js';
import { phoneProblem } from '../clients/client.rules.js';

/** An account as the administrator sees it; never its password or hash. */
export const UserSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string().describe('the person’s name (姓名), without a job title'),
    role: z.enum(roles),
    branchId: z.uuid().nullable(),
    branchName: z.string().nullable(),
    clientId: z.uuid().nullable().describe('a portal account’s organisation'),
    clientName: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    manager: z.boolean().describe('部门负责人'),
    active: z.boolean(),
    mustChangePassword: z.boolean().describe('holds a one-time password not yet changed'),
    locked: z.boolean().describe('locked by failed sign-ins for now; a reset lifts it'),
    maintainedClients: z.number().describe('clients it maintains (客户维护人): to hand over before disabling it'),
    lastSignInAt: z.string().nullable(),
    createdAt: z.string(),
    version: z.number(),
  })
  .meta({ id: 'User' });
export type UserView = z.infer<typeof UserSchema>;

export const UserListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().describe('user name, name, e-mail or phone'),
  role: z.enum(roles).optional(),
  branchId: z.uuid().optional(),
  active: z.enum(['true', 'false']).optional(),
  lang: z.enum(['zh', 'en']).default('zh'),
});
export type UserListQuery = z.infer<typeof UserListQuerySchema>;

const email = z
  .string()
  .trim()
  .pipe(z.union([z.literal(''), z.email({ message: 'INVALID' }).max(200, { message: 'TOO_LONG' })]))
  .nullish()
  .transform((v) => v || null);
const accountFields = {
  displayName: requiredText(60),
  role: z.enum(roles),
  branchId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
  clientId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
  email,
  phone: optionalText(40).refine((v) => v === null || phoneProblem(v) === null, { message: 'PHONE' }),
  manager: z.boolean().default(false),
};

export const CreateUserSchema = z.strictObject({
  username: z.string().max(100),
  ...accountFields,
  password: z.string().min(1).max(200).describe('a one-time password: the user must change it at the first sign-in'),
});
export type CreateUserInput = z.output<typeof CreateUserSchema>;

/** Only the fields sent change; the user name, activity and password have their own doors. */
export const UpdateUserSchema = z.strictObject({
  version: versionSchema,
  displayName: accountFields.displayName.optional(),
  role: accountFields.role.optional(),
  branchId: z.uuid().nullable().optional(),
  clientId: z.uuid().nullable().optional(),
  email: accountFields.email.optional(),
  phone: accountFields.phone.optional(),
  manager: z.boolean().optional(),
});
export type UpdateUserInput = z.output<typeof UpdateUserSchema>;

export const VersionBodySchema = z.strictObject({ version: versionSchema });
export const ResetPasswordSchema = z.strictObject({
  version: versionSchema,
  password: z.string().min(1).max(200).describe('a new one-time password'),
});
