import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreFormulaText } from './spreadsheet-text.js';

describe('formula-safe spreadsheet text', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","点我")', `'=HYPERLINK("http://evil.example","点我")`],
    ["+cmd|' /C calc'!A0", `'+cmd|' /C calc'!A0`],
    ["-2+3+cmd|' /C calc'!A0", `'-2+3+cmd|' /C calc'!A0`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['=1', `'=1`],
  ])('prefixes %j', (text, safe) => {
    expect(neutraliseFormula(text)).toBe(safe);
    expect(restoreFormulaText(safe)).toBe(text);
  });

  it.each(['北京华信', 'a=b', '1+1', '+86 10 8888 9999', '+86-138-0013-8000', '-', '-12.5', '(010) 8888-9999', '', "'quoted"])(
    'leaves %j as it is, both ways',
    (text) => {
      expect(neutraliseFormula(text)).toBe(text);
      expect(restoreFormulaText(text)).toBe(text);
    },
  );
});
