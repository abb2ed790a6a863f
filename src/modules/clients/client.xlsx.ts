import ExcelJS from 'exceljs';
import { clientColumnKeys, clientColumns, clientStatusLabels, type ClientColumnKey } from './client.columns.js';
import type { Client } from './client.dto.js';
import { splitList } from './client.rules.js';
import { workbookBuffer } from '../../lib/spreadsheet-text.js';
import { IMPORT_TITLE_ROWS_MAX } from '../../lib/table-file.js';

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
    default: {
      if (key === 'status') return clientStatusLabels[client.status][lang];
      const v = client[key] as string | number | null;
      // a code is written as its words (有限责任公司), which the import reads back
      const labels: Record<string, { zh: string; en: string }> | undefined = 'labels' in col ? col.labels : undefined;
      return labels && typeof v === 'string' ? (labels[v]?.[lang] ?? v) : v;
    }
  }
}

/** The import's rules, on a second sheet of every client workbook (the export is the import template). */
const IMPORT_NOTES = {
  zh: [
    '导入说明',
    `第一个工作表中，列名占一行（中文或英文均可；一般为第一行，其上可有最多 ${IMPORT_TITLE_ROWS_MAX} 行标题，不读取），其下每行一个客户：合同编号已存在的行更新该客户，其余行新建客户。`,
    '新建客户时，合同编号、组织名称、统一社会信用代码、省份、详细地址、分支机构必填。',
    '更新客户时，空白单元格保持原值不变；如需清空某项，请填写“（清空）”或“(clear)”。必填项不能清空。',
    '分类等级、证书编号、实际监督日期由系统维护，不从文件读取（分类等级来自客户分类评价，证书编号来自证书记录，实际监督日期取自最近一次已完成的监督审核）；这些列可以保留在文件中，与系统不同时以系统为准。',
    '客户状态不能通过导入修改：新客户以“正常”状态建立；更新时该列须与系统中的状态一致，否则该行被拒绝。异常/流失请在客户维护中登记，并写明原因。',
    '上传后先显示预览：将新建的行、将更新的行及变更的字段、被拒绝的行及原因。确认后才写入；只要有一行被拒绝，就不会写入任何数据。',
  ],
  en: [
    'Import notes',
    `One row of the first sheet names the columns (Chinese or English; usually row 1, with up to ${IMPORT_TITLE_ROWS_MAX} title rows above it that are not read), then one client per row: a row whose contract number exists updates that client, the others create clients.`,
    'A new client needs the contract number, organisation, unified social credit code, province, address and branch.',
    'When updating, a blank cell leaves the stored value as it is; to clear a value, write "(clear)" or "（清空）". Required values cannot be cleared.',
    "Grade, certificate numbers and the actual surveillance date are kept by the system and never read from a file (the grade comes from the classification, the certificate numbers from the certificates, the actual surveillance date from the last surveillance audit held); the columns may stay in the file, and where they differ the system's values stay.",
    "An import never changes a client's status: a new client starts active; in an update row the status must agree with the stored one, or the row is refused. Record an abnormal or lost client with its cause in client care.",
    'An upload is previewed first: rows to create, rows to update with the fields that change, rows refused with their reasons. Nothing is written until you confirm, and nothing at all while any row is refused.',
  ],
} as const;

/**
 * The client sheet with `columns` (those its reader may see: client.columns clientColumnsSeenBy),
 * and the import notes for a reader who may import (the sheet goes round).
 */
export async function writeClientWorkbook(
  rows: Client[],
  lang: Lang,
  columns: readonly ClientColumnKey[],
  forImport: boolean,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CertDesk';
  const sheet = workbook.addWorksheet(SHEET_NAME[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((key) => {
    const col = clientColumns[key];
    return {
      header: col[lang],
      key,
      width: col.width,
      style:
        col.kind === 'date'
          ? { numFmt: 'yyyy-mm-dd' }
          : col.kind === 'money'
            ? { numFmt: '#,##0.00' }
            : col.kind === 'count'
              ? { numFmt: '0' }
              : {},
    };
  });
  sheet.getRow(1).font = { bold: true };
  for (const client of rows) {
    sheet.addRow(Object.fromEntries(columns.map((key) => [key, exportCell(client, key, lang)])));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  if (forImport) {
    const notes = workbook.addWorksheet(lang === 'en' ? 'Import notes' : '导入说明');
    notes.getColumn(1).width = 120;
    for (const line of IMPORT_NOTES[lang]) notes.addRow([line]).alignment = { wrapText: true };
    notes.getRow(1).font = { bold: true };
  }
  return workbookBuffer(workbook);
}

export interface SheetRow {
  rowNumber: number;
  cells: Partial<Record<ClientColumnKey, string>>;
}

// the contract number is the one column every file needs: an update file may hold just the columns it changes
export const clientSheetColumns = clientColumnKeys.map((key) => ({ ...clientColumns[key], key, required: key === 'contractNo' }));

const statusByLabel = new Map<string, string>(
  Object.entries(clientStatusLabels).flatMap(([code, l]) => [
    [code, code],
    [l.zh, code],
    [l.en.toLowerCase(), code],
  ]),
);
/** A code column's cell: its code (040105), its words in either language (有限责任公司), or '040105 有限责任公司'. */
function codeOfWords(labels: Record<string, { zh: string; en: string }>, text: string): string {
  const t = text.trim();
  const code = /^(\d{2,6})(\s|$)/.exec(t)?.[1];
  if (code && code in labels) return code;
  const found = Object.entries(labels).find(([, w]) => w.zh === t || w.en.toLowerCase() === t.toLowerCase());
  return found ? found[0] : text;
}
const TRUE_WORDS = new Set(['是', 'y', 'yes', 'true', '1', 'vip']);
const FALSE_WORDS = new Set(['否', 'n', 'no', 'false', '0']);

// Excel counts days from 1899-12-30 (its 1900 leap-year bug included); five digits span 1927-2173
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * Dates typed as 2024/3/5, 2024.03.05 or 2024年3月5日 become 2024-03-05, and so does a date cell
 * that lost its date format and shows Excel's day number (45356); others pass through to fail validation.
 */
export function parseDateCell(text: string): string {
  if (/^\d{5}$/.test(text)) return new Date(EXCEL_EPOCH_MS + Number(text) * DAY_MS).toISOString().slice(0, 10);
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text;
}

/**
 * What a cell says to clear its field in an update (a blank cell leaves the field as it is).
 * The import template's header notes document it.
 */
export const CLEAR_MARKERS = ['（清空）', '(清空)', '(clear)', '（clear）'] as const;
export const isClearMarker = (text: string) => (CLEAR_MARKERS as readonly string[]).includes(text.trim().toLowerCase());

/**
 * Cell texts → the shape the client schemas validate (branch still by name/code). A clear
 * marker becomes null (an empty list for list columns); blank cells are simply absent.
 */
export function sheetRowToInput(cells: SheetRow['cells'], branchIdOf: (text: string) => string | undefined): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of clientColumnKeys) {
    const text = cells[key];
    if (text === undefined) continue;
    const col = clientColumns[key];
    if (isClearMarker(text)) {
      input[key] = col.kind === 'textList' ? [] : null;
      continue;
    }
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
      case 'count': {
        const n = Number(text.replace(/[,，\s]/g, ''));
        input[key] = text !== '' && Number.isFinite(n) ? n : text;
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
        if (key === 'status') input[key] = statusByLabel.get(text.toLowerCase()) ?? statusByLabel.get(text) ?? text;
        else input[key] = 'labels' in col ? codeOfWords(col.labels, text) : text;
    }
  }
  return input;
}
