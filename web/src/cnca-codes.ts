import { currencies, identityTypes, organisationTypes, riskLevels } from '../../src/modules/reporting/cnca-codes.js';

/** The CNCA code tables a record's codes are shown by (the server's one copy): 040105 → 有限责任公司. */
export const codeTables: Record<string, Record<string, { zh: string; en: string }>> = {
  organisationType: organisationTypes,
  registeredCapitalCurrency: currencies,
  riskLevel: riskLevels,
  identityType: identityTypes,
};

export function codeWords(table: keyof typeof codeTables | string, code: string | null | undefined, lang: 'zh' | 'en'): string {
  if (!code) return '';
  return codeTables[table]?.[code]?.[lang] ?? code;
}

export function codeOptions(table: string, lang: 'zh' | 'en') {
  return Object.keys(codeTables[table] ?? {})
    .sort()
    .map((code) => ({ value: code, label: codeTables[table]![code]![lang] }));
}
