import { codesOf, currencies, identityTypes, organisationTypes, riskLevels } from '../../src/modules/reporting/cnca-codes.js';

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

/** A table's codes in their order, as the server's check lists them. */
export const codesIn = (table: string): string[] => codesOf(codeTables[table]!);

export function codeOptions(table: string, lang: 'zh' | 'en') {
  return codesIn(table).map((code) => ({ value: code, label: codeTables[table]![code]![lang] }));
}
