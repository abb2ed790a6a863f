import ExcelJS from 'exceljs';
import { AppError } from '../lib/errors.js';
import { workbookBuffer } from '../lib/spreadsheet-text.js';

/** One column of a list exported to Excel: its header in both languages, width, and whether it holds dates or instants. */
export interface SheetColumn<K extends string> {
  key: K;
  zh: string;
  en: string;
  width: number;
  date?: boolean;
  /** a Date on the reader's local clock, shown yyyy-mm-dd hh:mm */
  dateTime?: boolean;
}

/**
 * A list as an .xlsx sheet: bold frozen header with a filter, ISO dates as real Excel dates
 * (so staff can sort and filter them), everything else as given.
 */
export async function listWorkbook<K extends string>(
  sheetName: { zh: string; en: string },
  columns: readonly SheetColumn<K>[],
  rows: readonly Partial<Record<K, string | number | Date | null>>[],
  lang: 'zh' | 'en',
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CertDesk';
  const sheet = workbook.addWorksheet(sheetName[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c[lang],
    key: c.key,
    width: c.width,
    ...(c.date ? { style: { numFmt: 'yyyy-mm-dd' } } : c.dateTime ? { style: { numFmt: 'yyyy-mm-dd hh:mm' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      Object.fromEntries(
        columns.map((c) => {
          const v = row[c.key] ?? null;
          return [c.key, c.date && typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : v];
        }),
      ),
    );
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return workbookBuffer(workbook);
}

/** An export is refused, with the count, rather than cut short (`EXPORT_MAX_ROWS`). */
export function assertExportable(total: number, maxRows: number): void {
  if (total > maxRows) throw new AppError('EXPORT.TOO_MANY_ROWS', { total, max: maxRows });
}
