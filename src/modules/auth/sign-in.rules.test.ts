import { describe, expect, it } from 'vitest';
import { lockOutBy, maskedUserName } from './sign-in.rules.js';

describe('what the audit log keeps of a sign-in', () => {
  it('keeps only the start of a name that is no account', () => {
    expect(maskedUserName('zhangsan')).toBe('zh******');
    expect(maskedUserName('Demo#2026-a-very-long-password')).toBe('De********');
    expect(maskedUserName('王小明')).toBe('王小*');
    expect(maskedUserName('ab')).toBe('**');
    expect(maskedUserName('')).toBe('*');
  });

  it('names the failure that starts a lock, once', () => {
    const limits = { user: 5, address: 20 };
    expect(lockOutBy({ user: 3, address: 3 }, limits)).toBeNull();
    expect(lockOutBy({ user: 4, address: 4 }, limits)).toEqual({ lockedBy: 'user', failures: 5 });
    expect(lockOutBy({ user: 5, address: 5 }, limits)).toBeNull();
    expect(lockOutBy({ user: 0, address: 19 }, limits)).toEqual({ lockedBy: 'address', failures: 20 });
  });
});
