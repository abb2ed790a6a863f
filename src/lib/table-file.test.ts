import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTableFileInChunks } from './table-file.js';

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
