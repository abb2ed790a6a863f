import { describe, expect, it } from 'vitest';
import { acceptedFileType, safeFileName } from './file.rules.js';

const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0, 0, 0, 0, 0]);
const pdf = new TextEncoder().encode('%PDF-1.7\n...');
const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const zip = bytes(0x50, 0x4b, 0x03, 0x04);
const exe = bytes(0x4d, 0x5a, 0x90, 0x00); // MZ

describe('evidence file types', () => {
  it('takes documents and images whose content and name agree', () => {
    expect(acceptedFileType(pdf, '检测报告.PDF')).toEqual({ kind: 'pdf', mime: 'application/pdf' });
    expect(acceptedFileType(png, 'photo.png')?.mime).toBe('image/png');
    expect(acceptedFileType(zip, '整改报告.docx')?.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('refuses a program, a renamed program and a mismatched name', () => {
    expect(acceptedFileType(exe, 'setup.exe')).toBeNull();
    expect(acceptedFileType(exe, 'report.pdf')).toBeNull();
    expect(acceptedFileType(pdf, 'report.html')).toBeNull();
    expect(acceptedFileType(zip, 'archive.zip')).toBeNull();
  });

  it('keeps only a safe base name', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\evil\\a"b<c>.pdf')).toBe('a_b_c_.pdf');
    expect(safeFileName('')).toBe('file');
  });
});
