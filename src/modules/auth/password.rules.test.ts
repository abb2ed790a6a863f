import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password.rules.js';

describe('password policy', () => {
  it('needs the minimum length, counted in characters (a Chinese character is one)', () => {
    expect(passwordProblem('Kx9#mQ2v', 'zhangsan', 9)).toBe('TOO_SHORT');
    expect(passwordProblem('Kx9#mQ2vL', 'zhangsan', 9)).toBeNull();
    expect(passwordProblem('认证机构密码安全Q', 'zhangsan', 9)).toBeNull();
  });

  it('refuses the user name inside it, in any case or reversed', () => {
    expect(passwordProblem('ZhangSan#2026', 'zhangsan', 10)).toBe('IS_USERNAME');
    expect(passwordProblem('nasgnahz#2026', 'zhangsan', 10)).toBe('IS_USERNAME');
  });

  // worst-password lists published by others (SplashData's yearly lists), not this project's data
  it.each(['qwertyuiop', 'QWERTYUIOP', '1234567890', 'football', 'sunshine', 'superman', 'trustno1'])(
    'refuses the common password %s',
    (common) => {
      expect(passwordProblem(common, 'admin', 8)).toBe('COMMON');
    },
  );

  // what a tester of the user administration tried and an English top-10,000 list let through:
  // keyboard walks, repeats, runs, and a common word with digits after it
  it.each(['1qaz2wsx3edc', 'qazwsxedc123', 'aaaaaaaaaa', 'abcdefghij', 'Password123', 'password1234', '1234567890a', 'Abc12345678'])(
    'refuses the easily guessed %s',
    (weak) => {
      expect(passwordProblem(weak, 'li.ming', 10)).toBe('COMMON');
    },
  );

  it('accepts a passphrase and a random one-time password', () => {
    expect(passwordProblem('Quiet-river-bench-42', 'li.ming', 10)).toBeNull();
    expect(passwordProblem('Kx7mp-9Qa3R-twZ8e', 'li.ming', 10)).toBeNull();
  });
});
