import { addDays, type IsoDate } from '../lib/dates.js';
import { residentIdCheck } from '../lib/resident-id.js';
import { usccCheckCharacter } from '../lib/uscc.js';
import type { ClientInput, ClientRecord } from '../modules/clients/client.dto.js';
import type { Role } from '../modules/auth/permissions.js';

/** The demo certification body: deterministic, so every fresh start shows the same data. */

export const demoPassword = 'Demo#2026';

export const demoBranches = [
  { code: 'BJ', nameZh: '北京总部', nameEn: 'Beijing head office' },
  { code: 'SH', nameZh: '上海分公司', nameEn: 'Shanghai branch' },
  { code: 'SZ', nameZh: '深圳办事处', nameEn: 'Shenzhen office' },
] as const;
type BranchCode = (typeof demoBranches)[number]['code'];

/** A user's display name is the person's name; the role and the department are the account's, shown beside it. */
export const demoUsers: {
  username: string;
  displayName: string;
  role: Role;
  branch?: BranchCode;
  clientContractNo?: string;
  manager?: boolean;
}[] = [
  { username: 'admin', displayName: '郑浩', role: 'admin' },
  { username: 'zonghe', displayName: '王芳', role: 'general_admin' },
  { username: 'kefu', displayName: '李娜', role: 'customer_service' },
  { username: 'kefu_jl', displayName: '孙强', role: 'customer_service', manager: true },
  { username: 'shenhe', displayName: '张伟', role: 'audit_management' },
  { username: 'zhiliang', displayName: '刘洋', role: 'quality_technical' },
  { username: 'jueding', displayName: '陈静', role: 'decision_maker' },
  { username: 'auditor', displayName: '杨磊', role: 'auditor' },
  { username: 'auditor2', displayName: '周婷', role: 'auditor' },
  { username: 'expert', displayName: '吴强', role: 'auditor' },
  { username: 'kefu_sh', displayName: '赵敏', role: 'customer_service', branch: 'SH' },
  { username: 'huaxin', displayName: '黄丽', role: 'client', clientContractNo: 'HT-2023-0001' },
];

export const demoCities = [
  { city: '北京', province: '北京市', district: '海淀区', region: '110108', post: '100080', area: '010', branch: 'BJ' },
  { city: '天津', province: '天津市', district: '滨海新区', region: '120116', post: '300450', area: '022', branch: 'BJ' },
  { city: '石家庄', province: '河北省', district: '长安区', region: '130102', post: '050011', area: '0311', branch: 'BJ' },
  { city: '青岛', province: '山东省', district: '黄岛区', region: '370211', post: '266500', area: '0532', branch: 'BJ' },
  { city: '上海', province: '上海市', district: '浦东新区', region: '310115', post: '200120', area: '021', branch: 'SH' },
  { city: '杭州', province: '浙江省', district: '滨江区', region: '330108', post: '310051', area: '0571', branch: 'SH' },
  { city: '苏州', province: '江苏省', district: '工业园区', region: '320571', post: '215021', area: '0512', branch: 'SH' },
  { city: '宁波', province: '浙江省', district: '鄞州区', region: '330212', post: '315100', area: '0574', branch: 'SH' },
  { city: '深圳', province: '广东省', district: '南山区', region: '440305', post: '518057', area: '0755', branch: 'SZ' },
  { city: '广州', province: '广东省', district: '天河区', region: '440106', post: '510630', area: '020', branch: 'SZ' },
  { city: '东莞', province: '广东省', district: '松山湖', region: '441900', post: '523808', area: '0769', branch: 'SZ' },
  { city: '厦门', province: '福建省', district: '思明区', region: '350203', post: '361001', area: '0592', branch: 'SZ' },
] as const;

export const tradeNames = [
  '华信',
  '宏达',
  '恒通',
  '瑞丰',
  '金桥',
  '天成',
  '博瑞',
  '中科',
  '嘉禾',
  '海纳',
  '永盛',
  '信达',
  '安泰',
  '鼎盛',
  '华创',
  '正泰',
  '明阳',
  '康达',
  '联创',
  '润华',
];
export const industries = [
  { name: '电子科技', scope: '电子产品的售后服务（安装调试、维修、退换货、投诉处理）', codes: ['19.05.01'], industry: '3990' },
  { name: '家电', scope: '家用电器的销售及售后服务', codes: ['19.09.00', '29.10.02'], industry: '3859' },
  { name: '机械制造', scope: '通用机械设备的设计、生产和服务', codes: ['18.01.01'], industry: '3499' },
  { name: '物流', scope: '道路普通货物运输及仓储服务', codes: ['31.02.00'], industry: '5431' },
  { name: '建设工程', scope: '房屋建筑工程施工总承包', codes: ['28.01.01'], industry: '4790' },
  { name: '医疗器械', scope: '二类医疗器械的生产及售后服务', codes: ['19.14.00'], industry: '3589' },
  { name: '软件', scope: '计算机软件开发及技术服务', codes: ['33.02.00'], industry: '6513' },
  { name: '汽车零部件', scope: '汽车零部件的生产及销售', codes: ['22.01.02'], industry: '3670' },
  { name: '电梯', scope: '电梯的销售、安装、维修保养服务', codes: ['18.05.03', '29.10.03'], industry: '3435' },
  { name: '环保科技', scope: '污水处理设备的设计、生产及运维服务', codes: ['18.10.00', '39.01.00'], industry: '3591' },
];
const suffixes = ['有限公司', '股份有限公司', '有限责任公司', '有限公司'];
const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙'];
const givenNames = ['伟', '芳', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟'];
const grades = ['A+', 'A', 'A-', 'B+', 'B', 'B', 'B-', 'C+', 'C', null] as const;

/** A small deterministic generator, so the demo is the same on every machine. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// 组织机构代码 check character (GB 11714), the 9th character of characters 9–17 of a USCC
function organisationCode(first8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first8].reduce((acc, ch, i) => acc + parseInt(ch, 36) * weights[i]!, 0);
  const c = 11 - (sum % 11);
  return first8 + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

/** A valid code for a company (91) registered in `region`, with the 8-digit serial given. */
export function makeUscc(region: string, serial: number): string {
  const first17 = `91${region}${organisationCode(String(serial).padStart(8, '0'))}`;
  return first17 + usccCheckCharacter(first17);
}

export interface DemoClient extends Omit<ClientInput, 'branchId'> {
  branch: BranchCode;
  /** the status the demo shows, recorded through the loss record with a cause */
  status: ClientRecord['status'];
  /** the number its certificate is granted under */
  certificateNo: string;
}

export function demoClients(count = 60): DemoClient[] {
  const rand = prng(20_261_124);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const result: DemoClient[] = [];
  // the CNCA report's data, drawn apart so the names and codes drawn above stay what they were
  const more = prng(20_261_204);
  const names = new Set<string>();
  for (let i = 0; result.length < count; i++) {
    const c = i === 0 ? demoCities[0] : pick(demoCities);
    const trade = i === 0 ? '华信' : pick(tradeNames);
    const industry = i === 0 ? industries[0]! : pick(industries);
    const suffix = i === 0 ? '有限公司' : pick(suffixes);
    const name = `${c.city}${trade}${industry.name}${suffix}`;
    if (names.has(name)) continue;
    names.add(name);
    const n = result.length + 1;
    const accepted: IsoDate = addDays('2023-01-09', Math.floor(rand() * 900));
    const initialAudit = addDays(accepted, 20 + Math.floor(rand() * 40));
    const planned = addDays(initialAudit, 330 + Math.floor(rand() * 60));
    if (rand() < 0.6) rand(); // drawn as before (the actual surveillance date, now taken from the audits held)
    result.push({
      branch: c.branch,
      contractNo: `HT-${accepted.slice(0, 4)}-${String(n).padStart(4, '0')}`,
      certificateNo: `CD${accepted.slice(2, 4)}SC${String(1000 + n)}R0M`,
      name,
      formerNames: rand() < 0.15 ? [`${c.city}${trade}${industry.name}厂`] : [],
      uscc: makeUscc(c.region, Math.floor(rand() * 1e8)),
      applicationAcceptedOn: accepted,
      initialAuditOn: initialAudit,
      initialAuditFee: 8000 + Math.floor(rand() * 12) * 1000,
      surveillanceFee: 4000 + Math.floor(rand() * 6) * 1000,
      plannedSurveillanceOn: planned,
      status: rand() < 0.9 ? 'active' : pick(['abnormal', 'lost'] as const),
      province: c.province,
      address: `${c.province === `${c.city}市` ? '' : c.province}${c.city}市${c.district}科技路${1 + Math.floor(rand() * 300)}号`,
      postcode: c.post,
      contactPerson: pick(surnames) + pick(givenNames) + (rand() < 0.5 ? pick(givenNames) : ''),
      phone:
        rand() < 0.5
          ? `1${3 + Math.floor(rand() * 6)}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`
          : `${c.area}-${String(60000000 + Math.floor(rand() * 3e7))}`,
      // a few have no address, as in real registers: their notices stay in the portal
      email: n % 5 === 4 ? null : `office${n}@example.com`,
      technicalAreaCodes: industry.codes,
      scope: industry.scope,
      vip: rand() < 0.15,
      confidential: n === 7, // one organisation asked to stay out of IAF CertSearch
      legalRepresentative: surnames[Math.floor(more() * surnames.length)]! + givenNames[Math.floor(more() * givenNames.length)]!,
      organisationType: suffix === '股份有限公司' ? '040106' : '040105',
      registeredCapital: 100 * (1 + Math.floor(more() * 50)),
      registeredCapitalCurrency: '01',
      employeeCount: 20 + Math.floor(more() * 600),
      industryCodes: [industry.industry],
    });
    // drawn as before so the names and codes stay the same; the grade itself now comes from the classification (demo-client-care)
    pick(grades);
  }
  return result;
}

/**
 * What the CNCA report asks of a demo certificate: most of the staff are covered, the risk follows
 * the trade (construction and medical devices high, software low), the base audit time is IAF MD
 * 5's, and an after-sales certificate has its service area and the days its scheme sets.
 */
export function demoReportData(client: { employeeCount: number | null; technicalAreaCodes: string[] }, field: string) {
  const covered = Math.max(1, Math.round((client.employeeCount ?? 20) * 0.9));
  const area = client.technicalAreaCodes[0] ?? '';
  const riskLevel = area.startsWith('28') || area.startsWith('19.14') ? '01' : area.startsWith('33') ? '03' : '02';
  return field === 'AFTER_SALES'
    ? {
        coveredEmployees: covered,
        riskLevel: null,
        baseAuditDays: 2,
        baseAuditDaysReason: '按售后服务认证实施规则确定（演示数据）',
        serviceAreaCode: 'C04',
      }
    : {
        coveredEmployees: covered,
        riskLevel: riskLevel as '01' | '02' | '03',
        baseAuditDays: null,
        baseAuditDaysReason: null,
        serviceAreaCode: null,
      };
}

/** A certificate for the i-th demo client: every third one after-sales with a star level. */
export function demoCertificate(client: { certificateNo: string; initialAuditOn: string | null; scope: string | null }, i: number) {
  const { certificateNo } = client;
  if (!client.initialAuditOn) return undefined;
  const afterSales = i % 3 === 0;
  return {
    certificateNo,
    scheme: afterSales ? ('after_sales' as const) : ('management_system' as const),
    field: afterSales ? ('AFTER_SALES' as const) : ('QMS' as const),
    standard: afterSales ? 'GB/T 27922-2011 商品售后服务评价体系' : 'GB/T 19001-2016 / ISO 9001:2015',
    scope: client.scope ?? '—',
    sites: [],
    starLevel: afterSales ? 3 + (i % 3) : null,
    decisionOn: addDays(client.initialAuditOn, 30),
    reason: '认证决定（演示数据）',
  };
}

/** What each demo auditor is registered for (审核员注册资格). */
/** The demo CB is accredited by CNAS for its management systems; after-sales service certification is not accredited. */
export const demoAccreditations = (['QMS', 'EMS', 'OHSMS', 'EnMS'] as const).map((field) => ({
  field,
  bodyNameZh: '中国合格评定国家认可委员会',
  bodyNameEn: 'China National Accreditation Service for Conformity Assessment',
  bodyAcronym: 'CNAS',
  symbolCode: '01',
  accreditationNo: 'CNAS C099-M',
}));
const withCheck = (first17: string) => first17 + residentIdCheck(first17);
/** The demo auditors' identity cards: 北京市朝阳区, born in the 1980s, with their check characters. */
export const demoIdentities: Record<string, { identityNo: string; fullTime: boolean }> = {
  auditor: { identityNo: withCheck('11010519820314031'), fullTime: true },
  auditor2: { identityNo: withCheck('11010519860922042'), fullTime: true },
  expert: { identityNo: withCheck('11010519790605053'), fullTime: false },
};

export const demoRegistrations = [
  {
    username: 'auditor',
    kind: 'auditor',
    field: 'QMS',
    no: '2021-N1QMS-1012345',
    areas: ['18', '19', '22', '28', '29', '31', '33', '39'],
    leader: true,
  },
  {
    username: 'auditor',
    kind: 'auditor',
    field: 'AFTER_SALES',
    no: 'CCAA-FW-2021-0456',
    areas: ['18', '19', '22', '28', '29', '31', '33', '39'],
    leader: true,
  },
  { username: 'auditor2', kind: 'auditor', field: 'QMS', no: '2022-N1QMS-1023456', areas: ['19', '29'], leader: false },
  { username: 'auditor2', kind: 'auditor', field: 'AFTER_SALES', no: 'CCAA-FW-2022-0789', areas: ['19', '29'], leader: false },
  { username: 'expert', kind: 'technical_expert', field: 'QMS', no: 'TE-2023-0031', areas: ['28', '31'], leader: false },
] as const;
