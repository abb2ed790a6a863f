/**
 * The CNCA report's code tables CertDesk's records are kept in (../shared/reference/cnca-report-fields.md §5):
 * a client's 机构类型 and 币种, a certificate's 风险系数 and an auditor's 证件类型 are stored as these
 * codes and shown by their words.
 */
type Words = { zh: string; en: string };

/** 组织机构类型代码 (证书信息表 15) */
export const organisationTypes = {
  '010000': { zh: '政府机关', en: 'Government body' },
  '020000': { zh: '事业单位', en: 'Public institution' },
  '030000': { zh: '社会团体', en: 'Social organisation' },
  '040000': { zh: '企业组织', en: 'Enterprise' },
  '040100': { zh: '内资企业', en: 'Domestic enterprise' },
  '040101': { zh: '国有企业', en: 'State-owned enterprise' },
  '040102': { zh: '集体企业', en: 'Collective enterprise' },
  '040103': { zh: '股份合作企业', en: 'Joint-stock cooperative' },
  '040104': { zh: '联营企业', en: 'Joint operation' },
  '040105': { zh: '有限责任公司', en: 'Limited liability company' },
  '040106': { zh: '股份有限公司', en: 'Company limited by shares' },
  '040107': { zh: '私营企业', en: 'Private enterprise' },
  '040108': { zh: '全民所有制企业', en: 'Enterprise owned by the whole people' },
  '040109': { zh: '合伙企业', en: 'Partnership' },
  '040110': { zh: '个人独资企业', en: 'Sole proprietorship' },
  '040199': { zh: '其他企业', en: 'Other enterprise' },
  '040200': { zh: '港、澳、台商投资企业', en: 'Hong Kong, Macao or Taiwan invested enterprise' },
  '040300': { zh: '外商投资企业', en: 'Foreign-invested enterprise' },
  '040301': { zh: '中外合资经营企业', en: 'Sino-foreign equity joint venture' },
  '040302': { zh: '中外合作经营企业', en: 'Sino-foreign cooperative joint venture' },
  '040303': { zh: '外资企业', en: 'Wholly foreign-owned enterprise' },
  '040304': { zh: '外商投资股份有限公司', en: 'Foreign-invested company limited by shares' },
  '050000': { zh: '其他组织', en: 'Other organisation' },
} as const satisfies Record<string, Words>;
export type OrganisationType = keyof typeof organisationTypes;

/** 货币类型代码 (证书信息表 17, 60) */
export const currencies = {
  '01': { zh: '人民币', en: 'CNY' },
  '02': { zh: '美元', en: 'USD' },
  '03': { zh: '日元', en: 'JPY' },
  '04': { zh: '韩元', en: 'KRW' },
  '05': { zh: '欧元', en: 'EUR' },
  '06': { zh: '澳大利亚元', en: 'AUD' },
  '07': { zh: '加拿大元', en: 'CAD' },
  '08': { zh: '港元', en: 'HKD' },
  '09': { zh: '澳门元', en: 'MOP' },
  '10': { zh: '新台币', en: 'TWD' },
  '11': { zh: '卢布', en: 'RUB' },
} as const satisfies Record<string, Words>;
export type Currency = keyof typeof currencies;

/** 风险级别代码 (证书信息表 58) */
export const riskLevels = {
  '01': { zh: '高风险', en: 'High' },
  '02': { zh: '中风险', en: 'Medium' },
  '03': { zh: '低风险', en: 'Low' },
} as const satisfies Record<string, Words>;
export type RiskLevel = keyof typeof riskLevels;

/** 从业人员证件类型代码 (审核结果信息表 7, 审核计划信息表 12) */
export const identityTypes = {
  '01': { zh: '居民身份证', en: 'Resident identity card' },
  '02': { zh: '军人有效证件', en: 'Military ID' },
  '03': { zh: '警官证', en: 'Police ID' },
  '04': { zh: '护照', en: 'Passport' },
  '05': { zh: '港澳居民来往内地通行证', en: 'Mainland travel permit (Hong Kong, Macao)' },
  '06': { zh: '境外人员就业证', en: 'Foreigner employment permit' },
  '98': { zh: '台湾居民来往大陆通行证', en: 'Mainland travel permit (Taiwan)' },
  '99': { zh: '其他', en: 'Other' },
} as const satisfies Record<string, Words>;
export type IdentityType = keyof typeof identityTypes;

/** A table's codes in their order ('01' … '10', '11'; an object lists integer-like keys such as '10' first). */
export const codesOf = <T extends Record<string, Words>>(table: T) =>
  Object.keys(table).sort() as [keyof T & string, ...(keyof T & string)[]];
