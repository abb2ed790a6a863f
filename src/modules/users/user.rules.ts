import type { Role } from '../auth/permissions.js';
import type { ErrorCode } from '../../lib/errors.js';

/** The roles that are departments (部门), each of which may have a manager (部门负责人). */
export const departmentRoles: readonly Role[] = [
  'general_admin',
  'customer_service',
  'audit_management',
  'quality_technical',
  'decision_maker',
];

/** What an account is attached to: a branch (各地公司/办事处) for branch staff, an organisation for the portal. */
export interface AccountShape {
  role: Role;
  branchId: string | null;
  clientId: string | null;
  manager: boolean;
}

/**
 * Why an account's shape is wrong, or null: a portal account names its organisation and no branch;
 * staff name no organisation; the administrator is not limited to one branch; only a department's staff manage it.
 */
export function accountShapeProblem(a: AccountShape): ErrorCode | null {
  if (a.role === 'client') {
    if (!a.clientId || a.branchId) return 'USER.PORTAL_NEEDS_CLIENT';
  } else if (a.clientId) return 'USER.STAFF_NO_CLIENT';
  if (a.role === 'admin' && a.branchId) return 'USER.ADMIN_NO_BRANCH';
  if (a.manager && !departmentRoles.includes(a.role)) return 'USER.MANAGER_STAFF_ONLY';
  return null;
}

/**
 * Who may not be disabled or lose the administrator's role: oneself (a slip would lock one out) and
 * the last active administrator (nobody could manage users any more).
 */
export function lockOutProblem(input: {
  actorId: string | null;
  targetId: string;
  targetIsActiveAdmin: boolean;
  otherActiveAdmins: number;
}): ErrorCode | null {
  if (input.actorId === input.targetId) return 'USER.NOT_YOURSELF';
  if (input.targetIsActiveAdmin && input.otherActiveAdmins === 0) return 'USER.LAST_ADMIN';
  return null;
}
