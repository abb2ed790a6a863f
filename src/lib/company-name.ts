/**
 * Chinese company names as people write them: with or without a province/city prefix,
 * with 有限公司 / 股份有限公司 / 有限责任公司 / 集团, with full- or half-width brackets and spaces.
 * normaliseCompanyName reduces them to a comparable key: "广东省深圳市华为技术有限公司" and
 * "华为技术" both become "华为技术".
 */

// provinces (省级) with their larger cities, so a mention of 深圳 can be told apart from 宁波
// and recognised as lying in 广东
const PROVINCE_CITIES: Record<string, string[]> = {
  北京: [],
  天津: [],
  上海: [],
  重庆: [],
  河北: ['石家庄', '唐山', '保定'],
  山西: ['太原'],
  辽宁: ['沈阳', '大连'],
  吉林: ['长春'],
  黑龙江: ['哈尔滨'],
  江苏: ['南京', '苏州', '无锡', '常州', '南通', '徐州', '扬州'],
  浙江: ['杭州', '宁波', '温州', '绍兴', '嘉兴', '金华', '台州'],
  安徽: ['合肥', '芜湖'],
  福建: ['福州', '厦门', '泉州'],
  江西: ['南昌'],
  山东: ['青岛', '济南', '烟台', '潍坊', '淄博'],
  河南: ['郑州', '洛阳'],
  湖北: ['武汉'],
  湖南: ['长沙'],
  广东: ['深圳', '广州', '东莞', '佛山', '珠海', '中山', '惠州', '汕头'],
  海南: ['海口'],
  四川: ['成都'],
  贵州: ['贵阳'],
  云南: ['昆明'],
  陕西: ['西安'],
  甘肃: ['兰州'],
  青海: ['西宁'],
  台湾: [],
  内蒙古: ['呼和浩特'],
  广西: ['南宁'],
  西藏: ['拉萨'],
  宁夏: ['银川'],
  新疆: ['乌鲁木齐'],
  香港: [],
  澳门: [],
};
const PROVINCE_OF = new Map<string, string>();
for (const [province, cities] of Object.entries(PROVINCE_CITIES)) {
  PROVINCE_OF.set(province, province);
  for (const city of cities) PROVINCE_OF.set(city, province);
}
const REGION_SUFFIXES = ['壮族自治区', '回族自治区', '维吾尔自治区', '自治区', '特别行政区', '省', '市'];
const LEGAL_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '集团', '公司', '厂'];

// longest first, so 黑龙江 is tried before any shorter name
// by first character, longest first, so 黑龙江 is tried before any shorter name
const PLACES_BY_FIRST = new Map<string, string[]>();
for (const place of [...PROVINCE_OF.keys()].sort((a, b) => b.length - a.length)) {
  PLACES_BY_FIRST.set(place[0]!, [...(PLACES_BY_FIRST.get(place[0]!) ?? []), place]);
}

// common traditional characters of company names → simplified
const TRADITIONAL =
  '責责團团國国東东廣广電电華华業业實实發发術术氣气機机車车興兴龍龙灣湾門门開开產产貿贸醫医藥药築筑設设衛卫環环體体網网絡络訊讯資资農农與与為为廠厂鐵铁鋼钢紡纺織织際际務务貨货運运溫温蘇苏達达豐丰';
const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i += 2) SIMPLIFIED.set(TRADITIONAL[i]!, TRADITIONAL[i + 1]!);

const FOLDED = new Map<string, string>([...SIMPLIFIED, ['【', '('], ['〔', '('], ['】', ')'], ['〕', ')'], ['\u3000', ' ']]);
for (let code = 0xff01; code <= 0xff5e; code++) FOLDED.set(String.fromCharCode(code), String.fromCharCode(code - 0xfee0));

/** Characters as compared: half-width letters, digits and brackets, simplified, lower case. */
export function foldCharacters(s: string): string {
  let out = '';
  for (const ch of s) out += FOLDED.get(ch) ?? ch;
  return out.toLowerCase();
}

const NAME_NOISE = /[\s·•.,，。、'"“”‘’-]/g;

/** The province or city a string starts with, and how long the place is with its 省/市. */
function placeAt(s: string, from = 0): { place: string; length: number } | null {
  for (const place of PLACES_BY_FIRST.get(s[from]!) ?? []) {
    if (!s.startsWith(place, from)) continue;
    const suffix = REGION_SUFFIXES.find((x) => s.startsWith(x, from + place.length));
    return { place, length: place.length + (suffix?.length ?? 0) };
  }
  return null;
}

function splitName(folded: string, options: { group: boolean }): { key: string; places: string[] } {
  const places: string[] = [];
  // a place in brackets, as in 华为技术(深圳)有限公司
  let name = folded.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    const at = placeAt(inner);
    if (!at) return inner;
    places.push(at.place);
    return '';
  });
  for (const suffix of LEGAL_SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) {
      name = name.slice(0, -suffix.length);
      break;
    }
  }
  if (options.group && name.endsWith('集团') && name.length > 4) name = name.slice(0, -2);
  // 广东省深圳市…: a second place only when it lies in the first (无锡市广东… keeps 广东)
  for (let i = 0; i < 2; i++) {
    const at = placeAt(name);
    // keep at least two characters: 北京 alone is not a company
    if (!at || name.length - at.length < 2) break;
    if (i === 1 && PROVINCE_OF.get(at.place) !== places[places.length - 1]) break;
    places.push(at.place);
    name = name.slice(at.length);
  }
  return { key: name.replace(/[()]/g, ''), places };
}

export function normaliseCompanyName(raw: string): string {
  return splitName(foldCharacters(raw).replace(NAME_NOISE, ''), { group: false }).key;
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

export function parseCompanyName(raw: string): CompanyNameParts {
  return parseFoldedName(foldCharacters(raw).replace(NAME_NOISE, ''));
}

/** parseCompanyName of text already folded, without spaces or punctuation. */
export function parseFoldedName(folded: string): CompanyNameParts {
  const branch = BRANCH.exec(folded);
  if (!branch) return { ...splitName(folded, { group: true }), branch: null };
  const at = placeAt(branch[2]!);
  return { ...splitName(branch[1]!, { group: true }), branch: at ? at.place : branch[2]! };
}

/** The city an address names (a municipality counts as one), or null. */
export function cityIn(text: string): string | null {
  const places = placesIn(text);
  const municipality = (p: string) => PROVINCE_CITIES[p]?.length === 0;
  return places.find((p) => PROVINCE_OF.get(p) !== p) ?? places.find(municipality) ?? null;
}

/** The provinces and cities an address or a text names. */
export function placesIn(text: string): string[] {
  const folded = foldCharacters(text);
  const found = new Set<string>();
  for (let i = 0; i < folded.length; i++) {
    const at = placeAt(folded, i);
    if (at) found.add(at.place);
  }
  return [...found];
}

/**
 * Whether two companies' places allow them to be one company: 'unknown' when either states
 * none; 'same' when a place is shared or one is a city of the other's province.
 */
export function placesAgree(a: readonly string[], b: readonly string[]): 'same' | 'different' | 'unknown' {
  if (a.length === 0 || b.length === 0) return 'unknown';
  // 广东省深圳市 is in 深圳, not anywhere in 广东
  const specific = (list: readonly string[]) => list.filter((p) => !list.some((q) => q !== p && PROVINCE_OF.get(q) === p));
  const covers = (x: string, y: string) => x === y || PROVINCE_OF.get(y) === x;
  return specific(a).some((x) => specific(b).some((y) => covers(x, y) || covers(y, x))) ? 'same' : 'different';
}
