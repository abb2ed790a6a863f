import type ExcelJS from 'exceljs';

/**
 * Text a spreadsheet program could take for a formula (`=`, `+`, `-`, `@`, or a tab or carriage
 * return before one): a client name, or words planted through the public complaint form, must
 * never run as `=HYPERLINK(…)` or a DDE call when staff open or edit an export. Such text is
 * written with a leading apostrophe, and the apostrophe is taken off again when the file comes
 * back as an import. A phone number (`+86 10 …`) or a lone dash is only digits and signs and
 * cannot call anything, so it is written as it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const ONLY_NUMBER_LIKE = /^[+-][\d\s().+-]*$/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !ONLY_NUMBER_LIKE.test(text) ? `'${text}` : text;
}

/** The inverse on import: `'=x` back to `=x`; any other text as it is. */
export function restoreFormulaText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) && !ONLY_NUMBER_LIKE.test(text.slice(1)) ? text.slice(1) : text;
}

/** Every export's last step: each text cell of every sheet made formula-safe, then the file. */
export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') {
          const safe = neutraliseFormula(cell.value);
          if (safe !== cell.value) cell.value = safe;
        }
      });
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
