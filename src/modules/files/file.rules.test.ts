import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zipOf } from '../../../test/zip-bomb.js';
import { acceptedFileType, safeFileName } from './file.rules.js';

const bytes = (...b: number[]) => Buffer.from([...b, 0, 0, 0, 0, 0, 0, 0, 0]);
const pdf = Buffer.from('%PDF-1.7\n...');
const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const exe = bytes(0x4d, 0x5a, 0x90, 0x00); // MZ

/** A Word package as Word writes its [Content_Types].xml (ECMA-376 Part 2); `main` is the document part's type. */
const wordPackage = (main: string, withDocument = true) =>
  zipOf([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          `<Override PartName="/word/document.xml" ContentType="${main}"/>` +
          '</Types>',
      ),
    },
    ...(withDocument ? [{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }] : []),
  ]);
const docx = wordPackage('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
const docm = wordPackage('application/vnd.ms-word.document.macroEnabled.main+xml');
const plainZip = zipOf([{ name: 'readme.txt', data: Buffer.from('not an office file') }]);

describe('evidence file types', () => {
  it('takes documents and images whose content and name agree', () => {
    expect(acceptedFileType(pdf, '检测报告.PDF')).toEqual({ kind: 'pdf', mime: 'application/pdf' });
    expect(acceptedFileType(png, 'photo.png')?.mime).toBe('image/png');
    expect(acceptedFileType(docx, '整改报告.docx')?.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('takes an Office file only when its package declares that kind of document', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('整改').addRow(['项目', '完成']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(acceptedFileType(xlsx, '整改清单.xlsx')?.kind).toBe('ooxml');
    expect(acceptedFileType(xlsx, '整改清单.docx')).toBeNull(); // a workbook named as a Word document
    expect(acceptedFileType(docx, '整改报告.xlsx')).toBeNull();
    expect(acceptedFileType(plainZip, '整改报告.docx')).toBeNull(); // any zip
    expect(acceptedFileType(docm, '整改报告.docx')).toBeNull(); // macros inside
    const hollow = wordPackage('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', false);
    expect(acceptedFileType(hollow, '整改报告.docx')).toBeNull(); // declares a document it does not hold
    expect(acceptedFileType(bytes(0x50, 0x4b, 0x03, 0x04), '整改报告.docx')).toBeNull(); // a broken zip
  });

  it('refuses a program, a renamed program and a mismatched name', () => {
    expect(acceptedFileType(exe, 'setup.exe')).toBeNull();
    expect(acceptedFileType(exe, 'report.pdf')).toBeNull();
    expect(acceptedFileType(pdf, 'report.html')).toBeNull();
    expect(acceptedFileType(plainZip, 'archive.zip')).toBeNull();
  });

  it('keeps only a safe base name', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\evil\\a"b<c>.pdf')).toBe('a_b_c_.pdf');
    expect(safeFileName('')).toBe('file');
  });
});
