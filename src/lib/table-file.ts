import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { assertZipWithinLimits, rebuiltZip, type ZipEntry, type XmlLimits, type ZipLimits } from './zip.js';
import { AppError } from './errors.js';
import { restoreFormulaText } from './spreadsheet-text.js';

/**
 * Reads an uploaded table (.xlsx, or .csv in UTF-8 or the GB18030 that Excel writes on Chinese
 * Windows): a header row naming columns in either language, then data rows; blank rows are
 * skipped. Cells come back as trimmed text keyed by column.
 */
/** The largest spreadsheet or CSV one import may upload. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

/** Rows a sheet may carry above its header row (a title, a date): read past, never as data. */
export const IMPORT_TITLE_ROWS_MAX = 4;

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
  maxUncompressedBytes: 256 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 1000,
};
/** The most data rows one import reads. */
export const IMPORT_MAX_ROWS = 200_000;
/** No field takes more than 2,000 characters: a cell far longer is not data for CertDesk, and the file is refused there. */
export const IMPORT_MAX_CELL_CHARS = 5_000;
/** All the text one file may hold (every cell of every row read, ~250 characters a row at the row cap): bounds memory and work. */
export const IMPORT_MAX_TEXT_CHARS = 50_000_000;
/** Files read at once per process; one more is asked to wait, so parallel uploads cannot add up to the heap. */
export const IMPORT_CONCURRENT_READS = 2;

interface SheetRow {
  number: number;
  cells: string[];
}

const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
/** for a workbook of inline strings, which has none: else ExcelJS spools each sheet to a temporary file */
const NO_SHARED_STRINGS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);
const isWorksheet = (e: ZipEntry) => /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name);

/**
 * What each part of a workbook may hold, scanned as it inflates: no text longer than a cell may
 * be (UTF-8 and entities make a character up to six bytes), and in a sheet no more rows than an
 * import reads — so a bomb that passes the ZIP checks is refused at the first byte too many, at
 * the speed of inflating, before the spreadsheet parser sees it.
 */
function xmlLimitsOf(e: ZipEntry): XmlLimits | null {
  if (!/\.(xml|rels)$/i.test(e.name)) return null;
  return {
    maxRunBytes: IMPORT_MAX_CELL_CHARS * 6,
    maxRows: isWorksheet(e) ? IMPORT_MAX_ROWS + 1 : undefined,
    runTooLong: () => new AppError('IMPORT.TEXT_RUN_TOO_LONG', { max: IMPORT_MAX_CELL_CHARS }),
    tooManyRows: () => new AppError('IMPORT.TOO_MANY_ROWS', { max: IMPORT_MAX_ROWS }),
  };
}

/**
 * The first sheet's rows as a stream (memory does not grow with the file's XML), once the ZIP
 * has been checked against a bomb. The parser reads the archive rebuilt from its directory, the
 * worksheets last: nothing the directory does not list reaches it, and no sheet is spooled to disk
 * while it waits for the workbook's relationships.
 */
async function* xlsxRows(buffer: Buffer): AsyncGenerator<SheetRow> {
  const entries = await assertZipWithinLimits(buffer, IMPORT_ZIP_LIMITS, xmlLimitsOf);
  if (!entries.some((e) => e.name === WORKBOOK_RELS)) throw new AppError('IMPORT.UNREADABLE', {}, { reason: 'no workbook' });
  // the parser streams a sheet only once it holds the workbook's relationships and shared strings
  const strings = entries.some((e) => e.name === SHARED_STRINGS) ? [] : [{ name: SHARED_STRINGS, stored: NO_SHARED_STRINGS }];
  const ordered = [...entries.filter((e) => !isWorksheet(e)), ...strings, ...entries.filter(isWorksheet)];
  let any = false;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([rebuiltZip(buffer, ordered)]), {
      sharedStrings: 'cache',
      styles: 'cache', // dates are told from numbers by their style
      hyperlinks: 'ignore',
      worksheets: 'emit',
    });
    for await (const sheet of reader) {
      any = true;
      for await (const row of sheet) {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cellText(cell.value)));
        yield { number: row.number, cells: Array.from(cells, (c) => c ?? '') };
      }
      break; // the first sheet only
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('IMPORT.UNREADABLE', {}, { reason: (err as Error).message.slice(0, 200) });
  }
  if (!any) throw new AppError('IMPORT.UNREADABLE', {}, { reason: 'no worksheet' });
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

let readsInProgress = 0;

export interface TableHeader<K extends string> {
  present: Set<K>;
  unknown: string[];
}

/**
 * Reads the file row by row: the header first (missing columns refused before anything else is
 * read), then the data rows, refusing the file at the first cell longer than any field, past
 * IMPORT_MAX_TEXT_CHARS of text or IMPORT_MAX_ROWS rows. The rows are handed on `chunkRows` at a
 * time (the header with them): a caller that checks and stores each chunk before the next holds
 * no more than one chunk of the file's rows.
 */
export async function readTableFileInChunks<K extends string>(
  buffer: Buffer,
  fileName: string,
  columns: readonly TableColumn<K>[],
  chunkRows: number,
  onChunk: (rows: TableRow<K>[], header: TableHeader<K>) => Promise<void>,
): Promise<TableHeader<K>> {
  if (readsInProgress >= IMPORT_CONCURRENT_READS) throw new AppError('IMPORT.BUSY');
  readsInProgress++;
  try {
    const source = /\.csv$/i.test(fileName) ? parseCsv(decodeText(buffer)).map((cells, i) => ({ number: i + 1, cells })) : xlsxRows(buffer);
    return await readRows(source, columns, chunkRows, onChunk);
  } finally {
    readsInProgress--;
  }
}

async function readRows<K extends string>(
  source: Iterable<SheetRow> | AsyncIterable<SheetRow>,
  columns: readonly TableColumn<K>[],
  chunkRows: number,
  onChunk: (rows: TableRow<K>[], header: TableHeader<K>) => Promise<void>,
): Promise<TableHeader<K>> {
  const keyOf = new Map<string, K>(
    // a column is named in Chinese, in English, or by its API key (contractNo)
    columns.flatMap((c) => [c.zh, c.en, c.key].map((name) => [normaliseHeader(name), c.key] as const)),
  );
  const columnOf = new Map<number, K>();
  const header: TableHeader<K> = { present: new Set(), unknown: [] };
  let chunk: TableRow<K>[] = [];
  let dataRows = 0;
  let seenHeader = false;
  let textChars = 0;
  let read = 0;
  for await (const { number, cells } of source) {
    // counted as read, not by the numbers the file gives its rows (which may repeat)
    if (++read > IMPORT_MAX_ROWS + 1 || number > IMPORT_MAX_ROWS + 1) throw new AppError('IMPORT.TOO_MANY_ROWS', { max: IMPORT_MAX_ROWS });
    for (const [i, text] of cells.entries()) {
      if (text.length > IMPORT_MAX_CELL_CHARS) {
        throw new AppError('IMPORT.CELL_TOO_LONG', { row: number, column: columnName(i), max: IMPORT_MAX_CELL_CHARS });
      }
      textChars += text.length;
    }
    if (textChars > IMPORT_MAX_TEXT_CHARS) throw new AppError('IMPORT.TOO_MUCH_TEXT', { max: IMPORT_MAX_TEXT_CHARS / 1_000_000 });
    if (!seenHeader) {
      const isHeader = number <= IMPORT_TITLE_ROWS_MAX + 1 && cells.some((name) => keyOf.has(normaliseHeader(name)));
      // a title above the header (2027年客户名单) names no column: read past it
      if (!isHeader && number <= IMPORT_TITLE_ROWS_MAX) continue;
      seenHeader = true;
      (isHeader ? cells : []).forEach((name, i) => {
        const key = keyOf.get(normaliseHeader(name));
        if (key) columnOf.set(i, key);
        else if (name.trim()) header.unknown.push(name.trim());
      });
      header.present = new Set(columnOf.values());
      const missing = columns.filter((c) => c.required && !header.present.has(c.key));
      if (missing.length > 0) throw new AppError('IMPORT.MISSING_COLUMNS', { columns: missing.map((c) => c.zh).join('、') });
      if (isHeader) continue;
    }
    const row: TableRow<K>['cells'] = {};
    // an export's formula guard ('=…) comes off again
    for (const [col, key] of columnOf) if (cells[col]) row[key] = restoreFormulaText(cells[col]);
    if (Object.keys(row).length === 0) continue;
    chunk.push({ rowNumber: number, cells: row });
    dataRows++;
    if (chunk.length >= chunkRows) {
      await onChunk(chunk, header);
      chunk = [];
    }
  }
  if (dataRows === 0) throw new AppError('IMPORT.EMPTY');
  if (chunk.length > 0) await onChunk(chunk, header);
  return header;
}

/** A spreadsheet column's letters: 0 → A, 26 → AA. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
