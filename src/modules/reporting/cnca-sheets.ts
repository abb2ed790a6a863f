import { readFileSync } from 'node:fs';

/**
 * The CNCA information-report sheets as data: one JSON file per sheet holds the fixed header
 * text, the column codes and order, types, lengths and the template's notes, so a revised
 * specification is a change of data (SPEC §13). Read once at start-up.
 */
export interface CncaColumn {
  header: string;
  code: string;
  type: string;
  /** as the template writes it: 30, "(12,4)", "（3,3）" */
  maxLength: number | string | null;
  /** the length a value is checked against where the template's own is wrong, and why */
  checkedLength?: number;
  checkedLengthWhy?: string;
  /** 校验级别 as the template has it: 1 validated, 0 not, null left blank (not validated) */
  checked: 1 | 0 | null;
  /** 是否公开; null where the template leaves it blank */
  public: boolean | null;
  note: string;
}

export interface CncaSheet {
  sheet: string;
  /** the template's table code in A1 (103010 …) and its title in A2 */
  templateCode: string | null;
  title: string | null;
  /** the template's note in A8, where the data starts */
  dataNote: string | null;
  source: string;
  dataStartsAt: string;
  columns: CncaColumn[];
}

const load = <T>(file: string): T => JSON.parse(readFileSync(new URL(`./cnca-sheets/${file}`, import.meta.url), 'utf8')) as T;

/** In the order of the workbook, which the upload platform requires. */
export const cncaSheets = {
  auditPlans: load<CncaSheet>('audit-plans.json'),
  certificates: load<CncaSheet>('certificates.json'),
  auditResults: load<CncaSheet>('audit-results.json'),
  energyPerformance: load<CncaSheet>('energy-performance.json'),
};
export type CncaSheetKey = keyof typeof cncaSheets;

export const projectCodes = load<{ codes: { field: string; standard: string; code: string }[] }>('project-codes.json').codes;
