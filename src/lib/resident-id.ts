/**
 * 居民身份证号码 (GB 11643-1999): 17 digits and a check character, the weighted sum of the digits
 * modulo 11 mapped onto 1 0 X 9 8 7 6 5 4 3 2.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The check character of a number's first 17 digits. */
export function residentIdCheck(first17: string): string {
  return CHECK[WEIGHTS.reduce((s, w, i) => s + w * Number(first17[i]), 0) % 11]!;
}

export function residentIdValid(no: string): boolean {
  return /^\d{17}[\dX]$/.test(no) && residentIdCheck(no) === no[17];
}
