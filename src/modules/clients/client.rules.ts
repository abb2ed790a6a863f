import { parseCompanyName } from '../../lib/company-name.js';
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

/**
 * Lower-case text holding the names, their full pinyin and pinyin initials, and the codes,
 * so that "bjhx", "beijinghuaxin", "华信" and part of a credit code all find 北京华信….
 */
export function clientSearchText(c: {
  name: string;
  formerNames: readonly string[];
  uscc: string;
  contractNo: string;
  certificateNos: readonly string[];
}): string {
  const parts: string[] = [];
  for (const name of [c.name, ...c.formerNames]) {
    const compact = name.replace(/[\s\u3000]/g, '');
    parts.push(
      compact,
      pinyin(compact, { toneType: 'none', separator: '', nonZh: 'consecutive', v: true }),
      pinyin(compact, { pattern: 'first', toneType: 'none', separator: '', nonZh: 'consecutive', v: true }),
    );
  }
  parts.push(c.uscc, c.contractNo, ...c.certificateNos);
  return parts.join(' ').toLowerCase();
}

/** The keys risk items are matched on: the current name's first, then the former names'. */
export function clientNameKeys(c: { name: string; formerNames: readonly string[] }): string[] {
  return [...new Set([c.name, ...c.formerNames].map((n) => parseCompanyName(n).key))];
}

/** What the user typed, in the form searchText holds. */
export function normaliseSearchTerm(term: string): string {
  return term.replace(/[\s\u3000]/g, '').toLowerCase();
}

/** Lists typed into one cell: 19.05.01；29.10.02、… */
export function splitList(raw: string): string[] {
  return raw
    .split(/[;；,，、\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
