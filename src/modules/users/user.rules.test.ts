import { describe, expect, it } from 'vitest';
import { accountShapeProblem, lockOutProblem } from './user.rules.js';

const shape = { branchId: null, clientId: null, manager: false };

describe('an account’s shape', () => {
  it('a portal account names its organisation and no branch, and manages nothing', () => {
    expect(accountShapeProblem({ ...shape, role: 'client', clientId: 'c' })).toBeNull();
    expect(accountShapeProblem({ ...shape, role: 'client' })).toBe('USER.PORTAL_NEEDS_CLIENT');
    expect(accountShapeProblem({ ...shape, role: 'client', clientId: 'c', branchId: 'b' })).toBe('USER.PORTAL_NEEDS_CLIENT');
    expect(accountShapeProblem({ ...shape, role: 'client', clientId: 'c', manager: true })).toBe('USER.MANAGER_STAFF_ONLY');
  });

  it('staff name no organisation; the administrator has no branch', () => {
    expect(accountShapeProblem({ ...shape, role: 'auditor', clientId: 'c' })).toBe('USER.STAFF_NO_CLIENT');
    expect(accountShapeProblem({ ...shape, role: 'customer_service', branchId: 'b' })).toBeNull();
    expect(accountShapeProblem({ ...shape, role: 'admin', branchId: 'b' })).toBe('USER.ADMIN_NO_BRANCH');
  });

  it('a manager (部门负责人) manages a department: not an auditor or the administrator', () => {
    expect(accountShapeProblem({ ...shape, role: 'customer_service', manager: true })).toBeNull();
    expect(accountShapeProblem({ ...shape, role: 'decision_maker', manager: true })).toBeNull();
    expect(accountShapeProblem({ ...shape, role: 'auditor', manager: true })).toBe('USER.MANAGER_STAFF_ONLY');
    expect(accountShapeProblem({ ...shape, role: 'admin', manager: true })).toBe('USER.MANAGER_STAFF_ONLY');
  });
});

describe('locking the administrators out', () => {
  it('refuses oneself, and the last active administrator, at its edge', () => {
    const other = { actorId: 'a', targetId: 'b' };
    expect(lockOutProblem({ actorId: 'a', targetId: 'a', targetIsActiveAdmin: false, otherActiveAdmins: 3 })).toBe('USER.NOT_YOURSELF');
    expect(lockOutProblem({ ...other, targetIsActiveAdmin: true, otherActiveAdmins: 0 })).toBe('USER.LAST_ADMIN');
    expect(lockOutProblem({ ...other, targetIsActiveAdmin: true, otherActiveAdmins: 1 })).toBeNull();
    expect(lockOutProblem({ ...other, targetIsActiveAdmin: false, otherActiveAdmins: 0 })).toBeNull();
  });
});
