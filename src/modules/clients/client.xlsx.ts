import ExcelJS from 'exceljs';
import { readTableFile } from '../../lib/table-file.js';
import { clientColumnKeys, clientColumns, clientStatusLabels, type ClientColumnKey } from './client.columns.js';
import type { Client } from './client.dto.js';
import { splitList } from './client.rules.js';

/** The client sheet: written by the export, read back by the import (either language). */
export type Lang = 'zh' | 'en';

const SHEET_NAME = { zh: '客户信息', en: 'Clients' } as const;
const YES = { zh: '是', en: 'Yes' } as const;
const NO = { zh: '否', en: 'No' } as const;

function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function exportCell(client: Client, key: ClientColumnKey, lang: Lang): ExcelJS.CellValue {
  const col = clientColumns[key];
  switch (col.kind) {
    case 'branch':
      return client.branchName[lang];
    case 'textList':
      return (client[key] as string[]).join('; ');
    case 'date': {
      const v = client[key] as string | null;
      return v ? utcDate(v) : null;
    }
    case 'boolean':
      return client[key] ? YES[lang] : NO[lang];
    default:
      if (key === 'status') return clientStatusLabels[client.status][lang];
      return client[key] as string | number | null;
  }
}

export async function writeClientWorkbook(rows: Client[], lang: Lang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CertDesk';
  const sheet = workbook.addWorksheet(SHEET_NAME[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = clientColumnKeys.map((key) => {
    const col = clientColumns[key];
    return {
      header: col[lang],
      key,
      width: col.width,
      style: col.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : col.kind === 'money' ? { numFmt: '#,##0.00' } : {},
    };
  });
  sheet.getRow(1).font = { bold: true };
  for (const client of rows) {
    sheet.addRow(Object.fromEntries(clientColumnKeys.map((key) => [key, exportCell(client, key, lang)])));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: clientColumnKeys.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface SheetRow {
  rowNumber: number;
  cells: Partial<Record<ClientColumnKey, string>>;
}

const sheetColumns = clientColumnKeys.map((key) => ({ ...clientColumns[key], key, required: 'required' in clientColumns[key] }));

/** Reads the first sheet: header row, then data rows (blank rows are skipped). */
export async function readClientSheet(buffer: Buffer): Promise<{ columns: Set<ClientColumnKey>; rows: SheetRow[] }> {
  const { present, rows } = await readTableFile(buffer, 'clients.xlsx', sheetColumns);
  return { columns: present, rows };
}

const statusByLabel = new Map<string, string>(
  Object.entries(clientStatusLabels).flatMap(([code, l]) => [
    [code, code],
    [l.zh, code],
    [l.en.toLowerCase(), code],
  ]),
);
const TRUE_WORDS = new Set(['是', 'y', 'yes', 'true', '1', 'vip']);
const FALSE_WORDS = new Set(['否', 'n', 'no', 'false', '0']);

/** Dates typed as 2024/3/5, 2024.03.05 or 2024年3月5日 become 2024-03-05; others pass through to fail validation. */
export function parseDateCell(text: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text;
}

/** Cell texts → the shape ClientInputSchema validates (branch still by name/code). */
export function sheetRowToInput(cells: SheetRow['cells'], branchIdOf: (text: string) => string | undefined): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of clientColumnKeys) {
    const text = cells[key];
    if (text === undefined) continue;
    const col = clientColumns[key];
    switch (col.kind) {
      case 'textList':
        input[key] = splitList(text);
        break;
      case 'date':
        input[key] = parseDateCell(text);
        break;
      case 'money': {
        const n = Number(text.replace(/[,，¥￥\s]/g, ''));
        input[key] = Number.isFinite(n) ? n : text;
        break;
      }
      case 'boolean': {
        const w = text.toLowerCase();
        input[key] = TRUE_WORDS.has(w) ? true : FALSE_WORDS.has(w) ? false : text;
        break;
      }
      case 'branch':
        input[key] = branchIdOf(text) ?? text;
        break;
      default:
        input[key] = key === 'status' ? (statusByLabel.get(text.toLowerCase()) ?? statusByLabel.get(text) ?? text) : text;
    }
  }
  return input;
}
