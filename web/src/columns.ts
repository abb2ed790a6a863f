import { codesIn } from './cnca-codes.js';

/**
 * The client columns as the list shows them; mirrors the server's column table (client.columns.ts).
 * A width leaves room for the header's sort and filter icons: a Chinese header stays on one line, an English one on two at most.
 */
export type ColumnKind = 'text' | 'textList' | 'date' | 'money' | 'count' | 'enum' | 'boolean' | 'branch';

export const clientColumns: { key: string; kind: ColumnKind; width: number; values?: string[] }[] = [
  { key: 'contractNo', kind: 'text', width: 140 },
  { key: 'name', kind: 'text', width: 260 },
  { key: 'uscc', kind: 'text', width: 190 },
  { key: 'province', kind: 'text', width: 120 },
  { key: 'branchId', kind: 'branch', width: 120 },
  { key: 'status', kind: 'enum', width: 110, values: ['active', 'abnormal', 'lost'] },
  { key: 'grade', kind: 'enum', width: 110, values: ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-'] },
  { key: 'vip', kind: 'boolean', width: 90 },
  { key: 'plannedSurveillanceOn', kind: 'date', width: 140 },
  { key: 'actualSurveillanceOn', kind: 'date', width: 140 },
  { key: 'contactPerson', kind: 'text', width: 100 },
  { key: 'phone', kind: 'text', width: 140 },
  { key: 'email', kind: 'text', width: 200 },
  { key: 'certificateNos', kind: 'textList', width: 160 },
  { key: 'formerNames', kind: 'textList', width: 180 },
  { key: 'applicationAcceptedOn', kind: 'date', width: 140 },
  { key: 'initialAuditOn', kind: 'date', width: 120 },
  { key: 'initialAuditFee', kind: 'money', width: 120 },
  { key: 'surveillanceFee', kind: 'money', width: 120 },
  { key: 'address', kind: 'text', width: 260 },
  { key: 'postcode', kind: 'text', width: 110 },
  { key: 'technicalAreaCodes', kind: 'textList', width: 150 },
  { key: 'scope', kind: 'text', width: 300 },
  { key: 'confidential', kind: 'boolean', width: 140 },
  { key: 'legalRepresentative', kind: 'text', width: 160 },
  { key: 'organisationType', kind: 'enum', width: 170, values: codesIn('organisationType') },
  { key: 'registeredCapital', kind: 'money', width: 170 },
  { key: 'registeredCapitalCurrency', kind: 'enum', width: 160, values: codesIn('registeredCapitalCurrency') },
  { key: 'employeeCount', kind: 'count', width: 130 },
  { key: 'industryCodes', kind: 'textList', width: 160 },
];
