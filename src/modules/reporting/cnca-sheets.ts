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
  maxLength: number | string | null;
  checked: boolean;
  public: boolean;
  note: string;
}

export interface CncaSheet {
  sheet: string;
  templateCode: string | null;
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
