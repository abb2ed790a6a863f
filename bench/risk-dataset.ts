/**
 * A labelled data set for the risk-item matcher: certified clients named the way Chinese
 * companies are, and risk items that mention them the way media and authority sites do,
 * plus items about nobody and near misses. Deterministic for a given seed.
 */
import { normaliseCompanyName } from '../src/lib/company-name.js';
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

const PLACES: [province: string, city: string, district: string][] = [
  ['广东', '深圳', '南山区'],
  ['广东', '广州', '天河区'],
  ['广东', '东莞', '长安镇'],
  ['广东', '佛山', '顺德区'],
  ['浙江', '杭州', '余杭区'],
  ['浙江', '宁波', '北仑区'],
  ['浙江', '温州', '鹿城区'],
  ['江苏', '南京', '江宁区'],
  ['江苏', '苏州', '工业园区'],
  ['江苏', '无锡', '新吴区'],
  ['山东', '青岛', '黄岛区'],
  ['山东', '济南', '历下区'],
  ['河北', '石家庄', '长安区'],
  ['河南', '郑州', '金水区'],
  ['湖北', '武汉', '洪山区'],
  ['湖南', '长沙', '岳麓区'],
  ['四川', '成都', '高新区'],
  ['福建', '厦门', '思明区'],
  ['安徽', '合肥', '蜀山区'],
  ['陕西', '西安', '雁塔区'],
  ['辽宁', '大连', '甘井子区'],
  ['北京', '北京', '海淀区'],
  ['上海', '上海', '浦东新区'],
  ['天津', '天津', '滨海新区'],
];
const MUNICIPALITIES = new Set(['北京', '上海', '天津']);
// 字号 characters, with the ones that have traditional forms in the mix
const BRAND_CHARACTERS = [
  ...('华东国电业兴龙丰达运贸发开广网环医农铁钢纺织际实通恒泰盛昌隆鑫源宏远宇航金银星光明新辉永安康宁中正德信诚益利嘉瑞祥合和美佳天海峰林森博创科智联凯腾飞越众汇聚力威雅晨阳春秋朗润泽' +
    '鸿鹏鼎立坤元亨百川万顺富贵吉庆福寿喜乐欣悦蓝绿红青紫白云雨雪松柏桦杉竹梅兰菊荷莲桂英豪杰俊彦贤良忠孝仁义礼智勇毅刚柔方圆齐鲁燕赵秦晋楚吴越闽粤湘赣滇黔蜀陇'),
];
const TRADES = [
  '科技',
  '物流',
  '机械',
  '电子',
  '食品',
  '化工',
  '建材',
  '纺织',
  '医药',
  '环保科技',
  '建设工程',
  '汽车配件',
  '家具',
  '电器',
  '包装',
  '印刷',
  '新材料',
  '能源',
  '信息技术',
  '精密制造',
  '电梯',
  '水务',
  '物业管理',
  '餐饮管理',
  '服装',
  '塑胶',
  '五金制品',
  '光电',
  '农业发展',
  '生物工程',
];
const LEGAL_FORMS = ['有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司', '集团有限公司'];
const NEAR_MISS_WORDS = ['发展', '国际', '实业', '控股', '贸易', '工程'];
const TRADITIONAL: Record<string, string> = {
  华: '華',
  东: '東',
  国: '國',
  电: '電',
  业: '業',
  兴: '興',
  龙: '龍',
  丰: '豐',
  达: '達',
  运: '運',
  贸: '貿',
  发: '發',
  开: '開',
  广: '廣',
  网: '網',
  环: '環',
  医: '醫',
  农: '農',
  铁: '鐵',
  钢: '鋼',
  纺: '紡',
  织: '織',
  际: '際',
  术: '術',
  气: '氣',
  机: '機',
  车: '車',
  务: '務',
  药: '藥',
};
const SOURCES = [
  '国家市场监督管理总局',
  '省市场监管局',
  '生态环境局',
  '应急管理局',
  '住房和城乡建设局',
  '新华网',
  '澎湃新闻',
  '经济观察报',
];
const PRODUCTS = ['电线电缆', '儿童玩具', '食用油', '电动自行车', '空气净化器', '不锈钢餐具', '消防器材', '建筑钢筋'];
const VIOLATIONS = ['超标排放废水', '未按规定开展安全培训', '产品质量抽检不合格', '虚假宣传', '发生一般生产安全事故', '无证经营'];

export interface LabelledItem {
  organisationNamed: string | null;
  text: string;
  /** the client the item is about, or null when it is about nobody certified */
  label: string | null;
  variant: string;
}

interface GeneratedClient extends MatchableClient {
  place: (typeof PLACES)[number];
  key: string;
  brand: string;
  trade: string;
  legalForm: string;
  placeInName: 'city' | 'province_city' | 'none';
}

function uscc(r: ReturnType<typeof random>, n: number): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let body = `91${String(110000 + (n % 550000)).padStart(6, '0')}`;
  while (body.length < 17) body += alphabet[r.int(alphabet.length)];
  return body + usccCheckCharacter(body);
}

function placePrefix(c: { place: GeneratedClient['place'] }, form: GeneratedClient['placeInName']): string {
  const [province, city] = c.place;
  if (form === 'none') return '';
  if (MUNICIPALITIES.has(city) || form === 'city') return `${city}市`;
  return `${province}省${city}市`;
}

export function generateClients(count: number, seed = 27922): GeneratedClient[] {
  const r = random(seed);
  const out: GeneratedClient[] = [];
  const names = new Set<string>();
  while (out.length < count) {
    const place = r.pick(PLACES);
    const brandLength = r.next() < 0.4 ? 2 : 3;
    let brand = '';
    for (let i = 0; i < brandLength; i++) brand += r.pick(BRAND_CHARACTERS);
    const trade = r.pick(TRADES);
    const legalForm = r.pick(LEGAL_FORMS);
    const roll = r.next();
    const placeInName = roll < 0.6 ? 'city' : roll < 0.8 ? 'province_city' : 'none';
    const name = `${placePrefix({ place }, placeInName)}${brand}${trade}${legalForm}`;
    if (names.has(name)) continue;
    names.add(name);
    const n = out.length;
    const formerNames = r.next() < 0.2 ? [`${placePrefix({ place }, placeInName)}${brand}${r.pick(TRADES)}有限公司`] : [];
    out.push({
      id: `c${n}`,
      name,
      formerNames,
      uscc: uscc(r, n),
      province: MUNICIPALITIES.has(place[0]) ? `${place[0]}市` : `${place[0]}省`,
      address: `${place[1]}市${place[2]}${r.int(900) + 1}号`,
      place,
      key: normaliseCompanyName(name),
      brand,
      trade,
      legalForm,
      placeInName,
    });
  }
  return out;
}

const traditional = (s: string) => [...s].map((ch) => TRADITIONAL[ch] ?? ch).join('');

/** Items about clients in every variant form, items about nobody, and near misses. */
export function generateItems(clients: GeneratedClient[], count: number, seed = 5): LabelledItem[] {
  const r = random(seed);
  const byKey = new Map<string, GeneratedClient[]>();
  for (const c of clients) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  const sentence = (mention: string) =>
    r.pick([
      () => `据${r.pick(SOURCES)}消息，${mention}生产的${r.pick(PRODUCTS)}经抽检不合格，已责令整改。`,
      () => `${r.pick(SOURCES)}通报：${mention}因${r.pick(VIOLATIONS)}被处以罚款${r.int(90) + 5}万元。`,
      () => `近日，${mention}${r.pick(VIOLATIONS)}，相关部门已介入调查。`,
      () => `【${r.pick(SOURCES)}】关于${mention}${r.pick(VIOLATIONS)}的处罚决定书`,
    ])();
  const items: LabelledItem[] = [];
  const clientVariants: [string, (c: GeneratedClient) => { named: string | null; mention: string }][] = [
    ['as registered', (c) => ({ named: c.name, mention: c.name })],
    ['province and city', (c) => ({ named: null, mention: `${c.place[0]}省${c.place[1]}市${c.brand}${c.trade}${c.legalForm}` })],
    ['city only', (c) => ({ named: null, mention: `${c.place[1]}${c.brand}${c.trade}${c.legalForm}` })],
    ['no place', (c) => ({ named: null, mention: `${c.brand}${c.trade}${c.legalForm}` })],
    ['other legal form', (c) => ({ named: null, mention: `${placePrefix(c, c.placeInName)}${c.brand}${c.trade}股份有限公司` })],
    ['no legal form (named)', (c) => ({ named: `${c.place[1]}${c.brand}${c.trade}`, mention: `${c.place[1]}${c.brand}${c.trade}` })],
    ['place in brackets', (c) => ({ named: null, mention: `${c.brand}${c.trade}（${c.place[1]}）${c.legalForm}` })],
    [
      'half-width brackets',
      (c) => ({ named: `${c.brand}${c.trade}(${c.place[1]})有限公司`, mention: `${c.brand}${c.trade}(${c.place[1]})有限公司` }),
    ],
    ['branch', (c) => ({ named: null, mention: `${c.name}${r.pick(['上海', '成都', '武汉', '东莞'])}分公司` })],
    ['traditional', (c) => ({ named: null, mention: traditional(c.name) })],
    ['spaces', (c) => ({ named: `${c.brand} ${c.trade} ${c.legalForm}`, mention: `${c.brand} ${c.trade} ${c.legalForm}` })],
    ['credit code', (c) => ({ named: null, mention: `某企业（统一社会信用代码：${c.uscc}）` })],
  ];
  while (items.length < count) {
    const roll = r.next();
    if (roll < 0.7) {
      const c = r.pick(clients);
      if (c.formerNames.length > 0 && r.next() < 0.3) {
        items.push({ organisationNamed: null, text: sentence(c.formerNames[0]!), label: c.id, variant: 'former name' });
        continue;
      }
      const [variant, make] = r.pick(clientVariants);
      const { named, mention } = make(c);
      items.push({ organisationNamed: named, text: sentence(mention), label: c.id, variant });
    } else if (roll < 0.8) {
      // nobody certified: a brand no client has
      const key = `${r.pick(BRAND_CHARACTERS)}${r.pick(BRAND_CHARACTERS)}${r.pick(BRAND_CHARACTERS)}${r.pick(BRAND_CHARACTERS)}${r.pick(TRADES)}`;
      if (byKey.has(normaliseCompanyName(key))) continue;
      const place = r.pick(PLACES);
      items.push({ organisationNamed: null, text: sentence(`${place[1]}市${key}有限公司`), label: null, variant: 'no client' });
    } else if (roll < 0.9) {
      // the same brand and trade in a city where no client of that name is
      const c = r.pick(clients);
      if (c.placeInName === 'none') continue;
      const place = r.pick(PLACES);
      if (place[0] === c.place[0] || byKey.get(c.key)!.some((o) => o.place[0] === place[0])) continue;
      items.push({
        organisationNamed: null,
        text: sentence(`${place[1]}市${c.brand}${c.trade}有限公司`),
        label: null,
        variant: 'near miss: other city',
      });
    } else {
      // a different company sharing the client's words
      const c = r.pick(clients);
      const name = `${c.brand}${c.trade}${r.pick(NEAR_MISS_WORDS)}`;
      if (byKey.has(normaliseCompanyName(name))) continue;
      items.push({
        organisationNamed: null,
        text: sentence(`${c.place[1]}市${name}有限公司`),
        label: null,
        variant: 'near miss: shares a word',
      });
    }
  }
  return items;
}
