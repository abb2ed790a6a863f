/**
 * Chinese company names as people write them: with or without a province/city prefix,
 * with 有限公司 / 股份有限公司 / 有限责任公司 / 集团, with full- or half-width brackets and spaces.
 * normaliseCompanyName reduces them to a comparable key: "广东省深圳市华为技术有限公司" and
 * "华为技术" both become "华为技术".
 */

const PROVINCES = [
  '北京',
  '天津',
  '上海',
  '重庆',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '台湾',
  '内蒙古',
  '广西',
  '西藏',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
];
const CITIES = [
  '深圳',
  '广州',
  '东莞',
  '佛山',
  '珠海',
  '中山',
  '惠州',
  '汕头',
  '杭州',
  '宁波',
  '温州',
  '绍兴',
  '嘉兴',
  '金华',
  '台州',
  '南京',
  '苏州',
  '无锡',
  '常州',
  '南通',
  '徐州',
  '扬州',
  '青岛',
  '济南',
  '烟台',
  '潍坊',
  '淄博',
  '成都',
  '武汉',
  '长沙',
  '郑州',
  '洛阳',
  '西安',
  '合肥',
  '芜湖',
  '福州',
  '厦门',
  '泉州',
  '南昌',
  '石家庄',
  '唐山',
  '保定',
  '太原',
  '沈阳',
  '大连',
  '长春',
  '哈尔滨',
  '昆明',
  '贵阳',
  '南宁',
  '海口',
  '兰州',
  '银川',
  '西宁',
  '乌鲁木齐',
  '呼和浩特',
  '拉萨',
];
const REGION_SUFFIXES = ['壮族自治区', '回族自治区', '维吾尔自治区', '自治区', '特别行政区', '省', '市'];
const LEGAL_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '集团', '公司', '厂'];

// longest first, so 黑龙江 is tried before any shorter name
const REGIONS = [...PROVINCES, ...CITIES].sort((a, b) => b.length - a.length);

// common traditional characters of company names → simplified
const TRADITIONAL =
  '責责團团國国東东廣广電电華华業业實实發发術术氣气機机車车興兴龍龙灣湾門门開开產产貿贸醫医藥药築筑設设衛卫環环體体網网絡络訊讯資资農农與与為为廠厂鐵铁鋼钢紡纺織织際际務务貨货運运溫温蘇苏達达豐丰';
const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i += 2) SIMPLIFIED.set(TRADITIONAL[i]!, TRADITIONAL[i + 1]!);

/** Full-width letters, digits and brackets to half-width; traditional characters to simplified. */
function toHalfWidth(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[【〔［]/g, '(')
    .replace(/[】〕］]/g, ')')
    .replace(/./gu, (c) => SIMPLIFIED.get(c) ?? c);
}

function stripRegionPrefix(name: string): string {
  for (const region of REGIONS) {
    if (!name.startsWith(region)) continue;
    let rest = name.slice(region.length);
    const suffix = REGION_SUFFIXES.find((s) => rest.startsWith(s));
    if (suffix) rest = rest.slice(suffix.length);
    // keep at least two characters: 北京 alone is not a company
    return rest.length >= 2 ? rest : name;
  }
  return name;
}

export function normaliseCompanyName(raw: string): string {
  let name = toHalfWidth(raw)
    .toLowerCase()
    .replace(/[\s·•.,，。、'"“”‘’-]/g, '');
  // a region in brackets, as in 华为技术(深圳)有限公司
  name = name.replace(/\(([^()]*)\)/g, (whole, inner: string) => (REGIONS.some((r) => inner.startsWith(r)) ? '' : inner));
  for (const suffix of LEGAL_SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) {
      name = name.slice(0, -suffix.length);
      break;
    }
  }
  for (let i = 0; i < 2; i++) name = stripRegionPrefix(name); // 广东省深圳市…
  return name.replace(/[()]/g, '');
}
