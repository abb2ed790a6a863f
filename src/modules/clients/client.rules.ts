import { parseCompanyName } from '../../lib/company-name.js';
import { compactNumber, isHanCode, looksLikeNumber, normaliseText } from '../../lib/normalise-text.js';
import { pinyin } from 'pinyin-pro';
import type { FieldErrorCode } from '../../lib/field-errors.js';
import { normaliseUscc, usccProblem } from '../../lib/uscc.js';

/**
 * Pure rules of the client database: field checks shared by the form, the API and the
 * Excel import, and the text the search box matches.
 */

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?(\d{7,8}|\d{4}-\d{4})(-\d{1,6})?$/; // 010-12345678, 010-8888-9999, 0755-1234567-801
const SERVICE_NUMBER = /^[48]00-?\d{3}-?\d{4}$/; // 400 / 800 numbers

export function phoneProblem(raw: string): FieldErrorCode | null {
  const compact = raw.replace(/[\s()（）]/g, '');
  const phone = compact.replace(/^(\+|00)?86-?/, '');
  // written internationally a landline drops its trunk 0: +86 10 8888 9999 is 010-88889999
  const landline = phone !== compact && !phone.startsWith('0') ? `0${phone}` : phone;
  return MOBILE.test(phone) || LANDLINE.test(landline) || SERVICE_NUMBER.test(phone) ? null : 'PHONE';
}

export function postcodeProblem(raw: string): FieldErrorCode | null {
  return /^\d{6}$/.test(raw) ? null : 'POSTCODE';
}

export function usccFieldProblem(raw: string): FieldErrorCode | null {
  const problem = usccProblem(normaliseUscc(raw));
  return problem ? `USCC_${problem}` : null;
}

const SPACES = /\s+/g;

/** What the search text and the risk keys take from one name: the costly part (pinyin, name parsing), read once per name. */
export interface NameReading {
  /** simplified, half-width, without spaces */
  compact: string;
  pinyin: string;
  initials: string;
  /** the key risk items are matched on */
  key: string;
}

export function readName(name: string): NameReading {
  const compact = normaliseText(name).replace(SPACES, '');
  // one reading gives both the full pinyin and the initials (an import reads 100,000 names)
  const syllables = pinyin(compact, { type: 'all', toneType: 'none', nonZh: 'consecutive', v: true });
  return {
    compact,
    pinyin: syllables.map((s) => (s.isZh ? s.pinyin : s.origin)).join(''),
    initials: syllables.map((s) => (s.isZh ? s.first : s.origin)).join(''),
    key: parseCompanyName(name).key,
  };
}

/**
 * Lower-case text holding the names (simplified, half-width: normaliseText), their full pinyin
 * and pinyin initials, and the codes with and without their separators, so that "bjhx",
 * "beijinghuaxin", "华信", "華信", part of a credit code and "cd23-sc1002" all find 北京华信….
 */
export function clientSearchText(
  c: {
    name: string;
    formerNames: readonly string[];
    uscc: string;
    contractNo: string;
    certificateNos: readonly string[];
  },
  readingOf: (name: string) => NameReading = readName,
): string {
  const parts: string[] = [];
  for (const name of [c.name, ...c.formerNames]) {
    const { compact, pinyin: full, initials } = readingOf(name);
    parts.push(compact, full, initials);
  }
  for (const code of [c.uscc, c.contractNo, ...c.certificateNos]) {
    const written = normaliseText(code).replace(SPACES, '');
    const compact = compactNumber(code).toLowerCase();
    parts.push(written, ...(compact !== written ? [compact] : []));
  }
  return parts.join(' ').toLowerCase();
}

/** Every pair of adjacent Chinese characters in a search text: a two-character search holds one of these exactly when it holds the text. */
export function searchTextBigrams(searchText: string): string[] {
  const pairs = new Set<string>();
  // by character code, not a regular expression per pair: an import computes this for 100,000 clients
  let previousIsHan = false;
  for (let i = 0; i < searchText.length; i++) {
    const isHan = isHanCode(searchText.charCodeAt(i));
    if (isHan && previousIsHan) pairs.add(searchText.slice(i - 1, i + 1));
    previousIsHan = isHan;
  }
  return [...pairs];
}

/** The columns a client's search and risk matching read, derived from its names and codes whenever they are written. */
export function searchColumns(
  c: Parameters<typeof clientSearchText>[0],
  readingOf: (name: string) => NameReading = readName,
): { searchText: string; nameKeys: string[]; searchBigrams: string[] } {
  // each name read once for the text and the keys: its pinyin is the costly part
  const readings = new Map<string, NameReading>();
  const once = (name: string) => readings.get(name) ?? readings.set(name, readingOf(name)).get(name)!;
  const searchText = clientSearchText(c, once);
  return { searchText, nameKeys: clientNameKeys(c, once), searchBigrams: searchTextBigrams(searchText) };
}

/** The keys risk items are matched on: the current name's first, then the former names'. */
export function clientNameKeys(
  c: { name: string; formerNames: readonly string[] },
  readingOf: (name: string) => NameReading = readName,
): string[] {
  return [...new Set([c.name, ...c.formerNames].map((n) => readingOf(n).key))];
}

/** What the user typed, in the form searchText holds: a number without its separators. */
export function normaliseSearchTerm(term: string): string {
  return looksLikeNumber(term) ? compactNumber(term).toLowerCase() : normaliseText(term).replace(SPACES, '');
}

/** The former name a search term found the client by, when its current name does not hold the term (shown as 原名). */
export function formerNameFound(c: { name: string; formerNames: readonly string[] }, term: string): string | null {
  if (looksLikeNumber(term)) return null;
  const typed = normaliseSearchTerm(term);
  const placed = placeInSearchTerm(term);
  const holds = (name: string) => {
    const compact = normaliseText(name).replace(SPACES, '');
    return compact.includes(typed) || (placed !== null && compact.includes(placed.place) && compact.includes(placed.rest));
  };
  return holds(c.name) ? null : (c.formerNames.find(holds) ?? null);
}

/**
 * A search for a company by place and name (北京华信): the name without the place, so that the
 * place's company can be ranked first and another city's still listed. Null when the term names no place.
 */
export function placeInSearchTerm(term: string): { place: string; rest: string } | null {
  if (looksLikeNumber(term)) return null;
  const name = parseCompanyName(term);
  const place = name.places[0];
  if (!place || name.key.length < 2) return null;
  return { place, rest: name.key };
}

/** Lists typed into one cell: 19.05.01；29.10.02、… */
export function splitList(raw: string): string[] {
  return raw
    .split(/[;；,，、\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
