import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { IMPORT_TITLE_ROWS_MAX, readTableFileInChunks } from './table-file.js';

const columns = [
  { key: 'name', zh: '组织名称', en: 'Organisation', required: true },
  { key: 'address', zh: '详细地址', en: 'Address' },
] as const;

describe('reading a large sheet', () => {
  it('reads every Chinese character whole, however the inflated sheet is cut into chunks', async () => {
    // enough three-byte characters that many chunk boundaries fall inside one: before ExcelJS's
    // reader was patched (patches/exceljs+*.patch) each such character came back as U+FFFD
    const rows = Array.from({ length: 4000 }, (_, i) => [`江苏汇通医疗器械第${i}号股份有限公司`, `上海市浦东新区科技路${i}号（张江）`]);
    for (const sharedStrings of [true, false]) {
      const wb = new ExcelJS.Workbook();
      const sheet = wb.addWorksheet('客户信息');
      sheet.addRow(['组织名称', '详细地址']);
      for (const r of rows) sheet.addRow(r);
      const file = Buffer.from(await wb.xlsx.writeBuffer({ useSharedStrings: sharedStrings } as never));
      const read: string[][] = [];
      await readTableFileInChunks(file, 'clients.xlsx', columns, 500, async (chunk) => {
        for (const r of chunk) read.push([r.cells.name ?? '', r.cells.address ?? '']);
      });
      expect(read.length).toBe(rows.length);
      expect(read.filter((r, i) => r[0] !== rows[i]![0] || r[1] !== rows[i]![1])).toEqual([]);
    }
  });
});

describe('a title above the header', () => {
  async function read(above: string[][]) {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('客户信息');
    for (const r of above) sheet.addRow(r);
    sheet.addRow(['组织名称', '详细地址']);
    sheet.addRow(['华信电子有限公司', '北京市海淀区1号']);
    const rows: { rowNumber: number; cells: object }[] = [];
    await readTableFileInChunks(Buffer.from(await wb.xlsx.writeBuffer()), 'clients.xlsx', columns, 500, async (chunk) => {
      rows.push(...chunk);
    });
    return rows;
  }
  const titles = (n: number) => Array.from({ length: n }, (_, i) => [i === 0 ? '2027年获证客户名单' : `制表日期：2027-01-0${i}`]);

  it('reads past up to IMPORT_TITLE_ROWS_MAX rows that name no column, keeping the file’s row numbers', async () => {
    expect(await read([])).toEqual([{ rowNumber: 2, cells: { name: '华信电子有限公司', address: '北京市海淀区1号' } }]);
    expect(await read(titles(IMPORT_TITLE_ROWS_MAX))).toEqual([
      { rowNumber: IMPORT_TITLE_ROWS_MAX + 2, cells: { name: '华信电子有限公司', address: '北京市海淀区1号' } },
    ]);
  });

  it('refuses a header lower than that as missing its columns', async () => {
    await expect(read(titles(IMPORT_TITLE_ROWS_MAX + 1))).rejects.toMatchObject({ code: 'IMPORT.MISSING_COLUMNS' });
  });
});
