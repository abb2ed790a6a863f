import * as OpenCC from 'opencc-js/t2cn';

/**
 * The one normaliser of names and numbers as people type them (issue 19): every character
 * traditional → simplified through OpenCC's tables (Taiwan and Hong Kong variants both),
 * full-width → half-width, lower case. The risk matcher's name keys, the client search text and
 * the staff client search, and the public register all go through it, so a 杭州海納機械製造 typed
 * anywhere meets the 杭州海纳机械制造 stored.
 *
 * Character by character, never by phrase: a substring of a normalised text is then the
 * normalised substring, which a LIKE search relies on (OpenCC's phrase rules could convert a
 * word differently inside a name and alone).
 */

/** Bump when the output of normaliseText (or of the name keys built on it) changes: stored keys are recomputed at start-up. */
export const NORMALISER_VERSION = 3;

const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });

// filled as characters are met: OpenCC's trie is far slower per call than one map lookup
const CHARACTERS = new Map<string, string>([
  ['【', '('],
  ['〔', '('],
  ['】', ')'],
  ['〕', ')'],
  ['\u3000', ' '],
]);
for (let code = 0xff01; code <= 0xff5e; code++) CHARACTERS.set(String.fromCharCode(code), String.fromCharCode(code - 0xfee0));

function convertCharacter(ch: string): string {
  // ASCII never changes, and most of a name is the same few thousand characters
  const taiwan = fromTaiwan(ch);
  const out = taiwan !== ch ? taiwan : fromHongKong(ch);
  CHARACTERS.set(ch, out);
  return out;
}

/** Simplified, half-width, lower-case text; spaces and punctuation are left to the caller. */
export function normaliseText(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) out += ch;
    else out += CHARACTERS.get(ch) ?? convertCharacter(ch);
  }
  return out.toLowerCase();
}

/** A Chinese character (CJK unified ideographs and extension A), by its UTF-16 code. */
export const isHanCode = (code: number) => code >= 0x3400 && code <= 0x9fff;

/** Exactly two Chinese characters: a search too short for trigrams, a pair of the pair index. */
export const isHanPair = (s: string) => s.length === 2 && isHanCode(s.charCodeAt(0)) && isHanCode(s.charCodeAt(1));

const NUMBER_SEPARATORS = /[\s\-_./\\·—–]+/g;

/** A certificate, contract or credit-code number without its separators: CD23-SC1002 R0M → CD23SC1002R0M. */
export function compactNumber(s: string): string {
  return normaliseText(s).replace(NUMBER_SEPARATORS, '').toUpperCase();
}

/** Whether a query is a number (letters, digits and separators with at least one digit) rather than a name. */
export function looksLikeNumber(s: string): boolean {
  const t = normaliseText(s).trim();
  return /\d/.test(t) && /^[0-9a-z\s\-_./\\·—–]+$/.test(t);
}

/** Text to match literally inside a LIKE pattern: its own %, _ and \ escaped. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
