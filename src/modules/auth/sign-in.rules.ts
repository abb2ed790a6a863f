/**
 * What the audit log keeps of a sign-in (issue 17.10), as pure rules: never a password, and of a
 * name that is no account only its start — people type their password into the user-name field.
 */

/** 'zhangsan' → 'zh******': enough to see a name tried again and again, too little to read a password typed there. */
export function maskedUserName(name: string): string {
  const chars = [...name];
  if (chars.length <= 2) return '*'.repeat(Math.max(chars.length, 1));
  return `${chars.slice(0, 2).join('')}${'*'.repeat(Math.min(chars.length - 2, 8))}`;
}

export interface FailuresBefore {
  /** failures of the user name since its last success within the window, before this attempt */
  user: number;
  /** failures from the address within the window, before this attempt */
  address: number;
}

/**
 * Whether this failed attempt locks sign-in: the one that reaches a limit starts the lock, and is
 * the one entry the log gets for it (the refused attempts during the lock write nothing).
 */
export function lockOutBy(
  before: FailuresBefore,
  limits: { user: number; address: number },
): { lockedBy: 'user' | 'address'; failures: number } | null {
  if (before.user + 1 === limits.user) return { lockedBy: 'user', failures: limits.user };
  if (before.address + 1 === limits.address) return { lockedBy: 'address', failures: limits.address };
  return null;
}
