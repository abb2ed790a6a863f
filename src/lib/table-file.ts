import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { assertZipWithinLimits, type ZipLimits } from './zip.js';
import { AppError } from './errors.js';
import { restoreFormulaText } from './spreadsheet-text.js';

/**
 * Reads an uploaded table (.xlsx, or .csv in UTF-8 or the GB18030 that Excel writes on Chinese
 * Windows): a header row naming columns in either language, then data rows; blank rows are
 * skipped. Cells come back as trimmed text keyed by column.
 */
/** The largest spreadsheet or CSV one import may upload. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export interface TableColumn<K extends string> {
  key: K;
  zh: string;
  en: string;
  required?: boolean;
}

export interface TableRow<K extends string> {
  rowNumber: number;
  cells: Partial<Record<K, string>>;
}

const normaliseHeader = (h: string) => h.replace(/[\s\u3000*＊]/g, '').toLowerCase();

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim(); // hyperlink
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue); // formula
    return '';
  }
  return String(value).trim();
}

/** What an upload may inflate to: a 200,000-row sheet fits, a decompression bomb does not. */
export const IMPORT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 512 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 1000,
};
/** The most data rows one import reads. */
export const IMPORT_MAX_ROWS = 200_000;

/**
 * The first sheet's rows, read as a stream (memory does not grow with the file's XML), once the
 * ZIP has been checked against a bomb, and never more than IMPORT_MAX_ROWS.
 */
async function xlsxRows(buffer: Buffer): Promise<string[][]> {
  await assertZipWithinLimits(buffer, IMPORT_ZIP_LIMITS);
  const rows: string[][] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
      sharedStrings: 'cache',
      styles: 'cache', // dates are told from numbers by their style
      hyperlinks: 'ignore',
      worksheets: 'emit',
    });
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (row.number > IMPORT_MAX_ROWS + 1) throw new AppError('IMPORT.TOO_MANY_ROWS', { max: IMPORT_MAX_ROWS });
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cellText(cell.value)));
        rows[row.number - 1] = Array.from(cells, (c) => c ?? '');
      }
      break; // the first sheet only
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('IMPORT.UNREADABLE', { detail: (err as Error).message.slice(0, 200) });
  }
  if (rows.length === 0) throw new AppError('IMPORT.UNREADABLE', { detail: 'no worksheet' });
  return Array.from(rows, (r) => r ?? []);
}

function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field.trim());
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field.trim()]);
  return rows;
}

export async function readTableFile<K extends string>(
  buffer: Buffer,
  fileName: string,
  columns: readonly TableColumn<K>[],
): Promise<{ present: Set<K>; unknown: string[]; rows: TableRow<K>[] }> {
  const isCsv = /\.csv$/i.test(fileName);
  const grid = isCsv ? parseCsv(decodeText(buffer)) : await xlsxRows(buffer);
  if (grid.length > IMPORT_MAX_ROWS + 1) throw new AppError('IMPORT.TOO_MANY_ROWS', { max: IMPORT_MAX_ROWS });
  const keyOf = new Map<string, K>(
    // a column is named in Chinese, in English, or by its API key (contractNo)
    columns.flatMap((c) => [c.zh, c.en, c.key].map((name) => [normaliseHeader(name), c.key] as const)),
  );
  const columnOf = new Map<number, K>();
  const unknown: string[] = [];
  (grid[0] ?? []).forEach((header, i) => {
    const key = keyOf.get(normaliseHeader(header));
    if (key) columnOf.set(i, key);
    else if (header.trim()) unknown.push(header.trim());
  });
  const present = new Set(columnOf.values());
  const missing = columns.filter((c) => c.required && !present.has(c.key));
  if (missing.length > 0) throw new AppError('IMPORT.MISSING_COLUMNS', { columns: missing.map((c) => c.zh).join('、') });
  const rows: TableRow<K>[] = [];
  grid.slice(1).forEach((cells, i) => {
    const row: TableRow<K>['cells'] = {};
    // an export's formula guard ('=…) comes off again
    for (const [col, key] of columnOf) if (cells[col]) row[key] = restoreFormulaText(cells[col]);
    if (Object.keys(row).length > 0) rows.push({ rowNumber: i + 2, cells: row });
  });
  if (rows.length === 0) throw new AppError('IMPORT.EMPTY');
  return { present, unknown, rows };
}
