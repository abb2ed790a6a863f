import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { cncaSheets, type CncaSheetKey } from './cnca-sheets.js';
import { cncaWorkbook, type CncaMonth } from './cnca.service.js';

/**
 * The generated workbook against the official template (管理体系及服务认证信息上报数据模版, the .xls
 * CNCA hands out), read by SheetJS, a reader written apart from the writer: every cell of the
 * template's rows 1–7 and its note in A8, as text.
 */
const template = XLSX.read(readFileSync(new URL('../../../test/fixtures/cnca-report-template-2016.xls', import.meta.url)));
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

function emptyMonth(): CncaMonth {
  const sheets = Object.fromEntries(
    (Object.keys(cncaSheets) as CncaSheetKey[]).map((k) => [k, { sheet: cncaSheets[k].sheet, headers: [], codes: [], cells: [] }]),
  ) as unknown as CncaMonth['sheets'];
  return { period: '2026-11', sheets, issues: [] };
}

describe('CNCA workbook and the official template', () => {
  it('writes every cell of the template’s rows 1–7 and A8 as the template has it', async () => {
    const ours = new ExcelJS.Workbook();
    await ours.xlsx.load((await cncaWorkbook(emptyMonth())) as unknown as ArrayBuffer);
    expect(template.SheetNames).toEqual(['证书信息表', '审核结果信息表', '能源绩效信息表']);
    for (const name of template.SheetNames) {
      const rows = XLSX.utils.sheet_to_json<unknown[]>(template.Sheets[name]!, { header: 1, defval: null, blankrows: true });
      const sheet = ours.getWorksheet(name)!;
      expect(sheet, name).toBeDefined();
      const width = rows[0]!.length;
      for (let r = 0; r < 7; r += 1) {
        for (let c = 0; c < width; c += 1) {
          expect(text(sheet.getRow(r + 1).getCell(c + 1).value), `${name} ${XLSX.utils.encode_cell({ r, c })}`).toBe(text(rows[r]![c]));
        }
      }
      // nothing beyond the template's last column
      expect(text(sheet.getRow(1).getCell(width + 1).value)).toBe('');
      expect(text(sheet.getCell('A8').value), `${name} A8`).toBe(text(rows[7]?.[0]));
    }
  });

  it('keeps the template’s table codes, labels and its own length for 换证原因', async () => {
    const ours = new ExcelJS.Workbook();
    await ours.xlsx.load((await cncaWorkbook(emptyMonth())) as unknown as ArrayBuffer);
    const certificates = ours.getWorksheet('证书信息表')!;
    expect(['103010', '103011', '103012']).toEqual(
      ['证书信息表', '审核结果信息表', '能源绩效信息表'].map((n) => ours.getWorksheet(n)!.getCell('A1').value),
    );
    expect(certificates.getCell('B4').value).toBe('最大长度（字符）');
    // column 55 (BC): 53、换证原因, length 2 in the template although its codes have 4 digits
    expect(certificates.getCell('BC2').value).toBe('53、换证原因');
    expect(certificates.getCell('BC4').value).toBe(2);
  });
});
