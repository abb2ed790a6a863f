/**
 * Chinese company names as people write them: with or without a province/city prefix,
 * with 有限公司 / 股份有限公司 / 有限责任公司 / 集团, with full- or half-width brackets and spaces.
 * normaliseCompanyName reduces them to a comparable key: "广东省深圳市华为技术有限公司" and
 * "华为技术" both become "华为技术".
 */

import { normaliseText } from './normalise-text.js';
import { liesIn, MUNICIPALITIES, placeAt, placeLevel } from './places.js';

const LEGAL_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '集团', '公司', '厂'];

// a leading XX省/XX市/XX县/XX区 is a place even when the list does not know it (a new district,
// a misspelling), unless the 市/区 ends a word: 超市, 社区, 园区…
const LEADING_PLACE = /^([\u4e00-\u9fff]{2})([省市县区])/;
const NOT_A_PLACE_ENDING = new Set([
  '超市',
  '城市',
  '都市',
  '门市',
  '集市',
  '夜市',
  '股市',
  '社区',
  '小区',
  '园区',
  '景区',
  '城区',
  '街区',
  '山区',
  '市区',
  '郊区',
  '校区',
  '厂区',
  '矿区',
  '新区',
]);
// …or unless the 市/区/县 starts a word: 鑫达市政工程, 华联市场管理, 东方区域物流
const STARTS_A_WORD = /^(?:市政|市场|市容|市民|区域|区块链|县域)/;
// a short bracketed token is a place, (遵义) or (黔江区), unless it is one of these
const BRACKETED_PLACE = /^[\u4e00-\u9fff]{2,3}[省市县区]?$/;
const NOT_A_PLACE_IN_BRACKETS = new Set([
  '集团',
  '控股',
  '股份',
  '合伙',
  '普通合伙',
  '有限合伙',
  '个体',
  '连锁',
  '总部',
  '总店',
  '本部',
  '分店',
  '国际',
  '有限',
]);
// (中国) is dropped from the key, but is no place a company can be told apart by
const COUNTRY = new Set(['中国', '中华']);

const NAME_NOISE = /[\s·•.,，。、'"“”‘’-]/g;

/** A place written in brackets: a known one, or a short token shaped like one. */
function bracketedPlace(inner: string): string | null {
  const at = placeAt(inner, 0, { any: true });
  if (at && at.length === inner.length) return at.place;
  if (!BRACKETED_PLACE.test(inner) || NOT_A_PLACE_IN_BRACKETS.has(inner)) return null;
  return inner.replace(/[省市县区]$/, '');
}

/**
 * What a name must keep after a leading county-level place written without 市/县 (昆山华信电子 is
 * 华信电子 of 昆山, but 新乐电梯 and 孝义化工 are brands: a trade word alone is no name).
 */
export const MIN_KEY_AFTER_BARE_COUNTY = 4;

/** The place a name starts with: a known one (a district only after its city), or XX市 / XX区 unknown to the list. */
function leadingPlace(name: string, after: readonly string[]): { place: string; length: number } | null {
  const at = placeAt(name, 0, { after });
  if (at) return at.bare && placeLevel(at.place) === 2 && name.length - at.length < MIN_KEY_AFTER_BARE_COUNTY ? null : at;
  if (after.length > 0) return null;
  const m = LEADING_PLACE.exec(name);
  if (!m || NOT_A_PLACE_ENDING.has(m[1]!.slice(-1) + m[2]!) || STARTS_A_WORD.test(name.slice(m[0].length - 1))) return null;
  // 对萧县…: a known place starting inside it (萧县) is the place; the unknown reading is off by one
  if (placeAt(name, 1, { any: true })) return null;
  return { place: m[1]!, length: m[0].length };
}

// province, city, district: 广东省深圳市南山区…
const MAX_LEADING_PLACES = 3;

function splitName(folded: string, options: { group: boolean }): { key: string; places: string[] } {
  const places: string[] = [];
  // a place in brackets, as in 华为技术(深圳)有限公司 or 博远精密机械(遵义)有限公司
  let name = folded.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    if (COUNTRY.has(inner)) return '';
    const place = bracketedPlace(inner);
    if (!place) return inner;
    places.push(place);
    return '';
  });
  for (const suffix of LEGAL_SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) {
      name = name.slice(0, -suffix.length);
      break;
    }
  }
  if (options.group && name.endsWith('集团') && name.length > 4) name = name.slice(0, -2);
  // 广东省深圳市…: a further place only when it lies in the one before (无锡市广东… keeps 广东)
  const leading: string[] = [];
  for (let i = 0; i < MAX_LEADING_PLACES; i++) {
    const at = leadingPlace(name, leading);
    // keep at least two characters: 北京 alone is not a company
    if (!at || name.length - at.length < 2) break;
    if (i > 0 && !liesIn(at.place, leading[leading.length - 1]!)) break;
    leading.push(at.place);
    name = name.slice(at.length);
  }
  return { key: name.replace(/[()]/g, ''), places: [...places, ...leading] };
}

export function normaliseCompanyName(raw: string): string {
  return splitName(normaliseText(raw).replace(NAME_NOISE, ''), { group: false }).key;
}

/** A company name taken apart for matching (SPEC §5). */
export interface CompanyNameParts {
  /** 字号 and trade as in normaliseCompanyName, without 集团 (海尔集团有限公司 is 海尔); for a branch, its parent's */
  key: string;
  /** provinces and cities the name states, without 省/市 */
  places: string[];
  /** for a branch (…分公司), what names the branch, e.g. 上海 */
  branch: string | null;
}

const BRANCH = /^(.+?(?:有限责任公司|股份有限公司|有限公司|集团|公司))([^()]{2,12}?)(?:分公司|分厂|办事处|营业部)$/;

/** A name as written, folded as the matcher reads text: simplified, half-width, without spaces and punctuation. */
export const foldName = (raw: string) => normaliseText(raw).replace(NAME_NOISE, '');

export function parseCompanyName(raw: string): CompanyNameParts {
  return parseFoldedName(foldName(raw));
}

/** parseCompanyName of text already folded, without spaces or punctuation. */
export function parseFoldedName(folded: string): CompanyNameParts {
  const branch = BRANCH.exec(folded);
  if (!branch) return { ...splitName(folded, { group: true }), branch: null };
  const at = placeAt(branch[2]!, 0, { any: true });
  return { ...splitName(branch[1]!, { group: true }), branch: at ? at.place : branch[2]! };
}

/** The city an address names (a municipality counts as one), or null. */
export function cityIn(text: string): string | null {
  const places = placesIn(text);
  return places.find((p) => placeLevel(p) === 1) ?? places.find((p) => MUNICIPALITIES.has(p)) ?? null;
}

const STREET = /^[东西南北中]?[路街道巷]/;

/** The provinces, cities and districts an address or a text names. */
export function placesIn(text: string): string[] {
  const folded = normaliseText(text);
  const found: string[] = [];
  for (let i = 0; i < folded.length; i++) {
    const at = placeAt(folded, i, { after: found });
    if (!at) continue;
    // 中山路, 北京东路: a street named after a place
    if (STREET.test(folded.slice(i + at.length, i + at.length + 2))) continue;
    if (!found.includes(at.place)) found.push(at.place);
    i += at.length - 1;
  }
  return found;
}

/** x is y, or lies in it. */
const covers = (x: string, y: string) => x === y || liesIn(y, x);

/**
 * Whether two companies' places allow them to be one company: 'unknown' when either states
 * none; 'same' when a place is shared or one lies in the other.
 */
export function placesAgree(a: readonly string[], b: readonly string[]): 'same' | 'different' | 'unknown' {
  if (a.length === 0 || b.length === 0) return 'unknown';
  // 广东省深圳市 is in 深圳, not anywhere in 广东
  const specific = (list: readonly string[]) => list.filter((p) => !list.some((q) => q !== p && liesIn(q, p)));
  return specific(a).some((x) => specific(b).some((y) => covers(x, y) || covers(y, x))) ? 'same' : 'different';
}
