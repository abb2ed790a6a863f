/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a
 * 31-character alphabet (no I, O, S, V, Z); the 18th is a check character over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type UsccProblem = 'LENGTH' | 'CHARACTERS' | 'REGION' | 'CHECK_DIGIT';

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i] ?? '');
    if (v < 0) throw new RangeError(`invalid USCC character at ${i + 1}`);
    sum += v * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** null when the code is valid, otherwise what is wrong with it. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return 'LENGTH';
  for (const ch of code) if (!ALPHABET.includes(ch)) return 'CHARACTERS';
  // characters 3–8 are the administrative-division code (行政区划码): digits only
  if (!/^\d{6}$/.test(code.slice(2, 8))) return 'REGION';
  return usccCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'CHECK_DIGIT';
}

/** Staff paste codes with spaces and lower case; compare on this form. */
export function normaliseUscc(raw: string): string {
  return raw.replace(/[\s\u3000]/g, '').toUpperCase();
}
