/**
 * A user name as sign-in reads it: trimmed and lower-cased, 2–50 letters, digits or . _ -,
 * starting with a letter or digit. Null when it cannot be one.
 */
export function normalisedUsername(raw: string): string | null {
  const username = raw.trim().toLowerCase();
  return /^[a-z0-9][a-z0-9._-]{1,49}$/.test(username) ? username : null;
}
