import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';

/**
 * zxcvbn's estimate, 0–4, below which a password is too easy to guess: 3 is "safely unguessable"
 * against an online attack with throttling (about 10^8 guesses), zxcvbn's own recommendation.
 */
export const PASSWORD_MIN_STRENGTH = 3;

// built on first use: the 30,000 most common passwords (Xato's 10 million) and the keyboard layouts
let estimator: ZxcvbnFactory | undefined;
const strengthOf = (password: string, username: string) =>
  (estimator ??= new ZxcvbnFactory({ dictionary: zxcvbnCommon.dictionary, graphs: zxcvbnCommon.adjacencyGraphs })).check(password, [
    username,
  ]).score;

/**
 * What makes a sign-in password acceptable: at least `minLength` characters (parameter
 * `auth.passwordMinLength`), not the user name in any case or reversed, and not easy to guess —
 * zxcvbn (@zxcvbn-ts) finds common passwords, repeats, sequences, dates and keyboard walks
 * (1qaz2wsx, qazwsxedc) and scores what is left; below `PASSWORD_MIN_STRENGTH` is refused.
 */
export type PasswordProblem = 'TOO_SHORT' | 'IS_USERNAME' | 'COMMON';

export function passwordProblem(password: string, username: string, minLength: number): PasswordProblem | null {
  if ([...password].length < minLength) return 'TOO_SHORT';
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name && (lower.includes(name) || lower.includes([...name].reverse().join('')))) return 'IS_USERNAME';
  if (strengthOf(password, name) < PASSWORD_MIN_STRENGTH) return 'COMMON';
  return null;
}
