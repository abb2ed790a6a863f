import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { workbookBuffer } from '../lib/spreadsheet-text.js';

/** A cell: a figure, a name, or words in both languages (a stage, a kind, a change), written in the reader's. */
export type ReportCell = string | number | null | { zh: string; en: string };

/** One table of a report: the analysis and survey reports are lists of these, exported alike to Excel and PDF. */
export interface ReportTable {
  title: { zh: string; en: string };
  header: { zh: string; en: string }[];
  rows: ReportCell[][];
}

type Lang = 'zh' | 'en';
const inLanguage = (cell: ReportCell, lang: Lang) => (cell !== null && typeof cell === 'object' ? cell[lang] : cell);

/** Each table on its own sheet, bold frozen header. */
export async function reportWorkbook(tables: readonly ReportTable[], lang: Lang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CertDesk';
  for (const [i, t] of tables.entries()) {
    // sheet names: at most 31 characters, unique
    const sheet = workbook.addWorksheet(`${i + 1} ${t.title[lang]}`.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(t.header.map((h) => h[lang]));
    sheet.getRow(1).font = { bold: true };
    for (const row of t.rows) sheet.addRow(row.map((cell) => inLanguage(cell, lang)));
    sheet.columns.forEach((c, n) => (c.width = n === 0 ? 24 : 12));
  }
  return workbookBuffer(workbook);
}

const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');

/** The same tables as an A4 PDF with a title line; long tables run onto further pages. */
export function reportPdf(title: string, subtitle: string, tables: readonly ReportTable[], lang: Lang): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: title, Author: 'CertDesk' } });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const left = 48;
  const width = doc.page.width - 96;
  const bottom = doc.page.height - 60;
  doc.font('bold').fontSize(16).text(title, { align: 'center' });
  doc.font('regular').fontSize(9).fillColor('#555').text(subtitle, { align: 'center' }).fillColor('#000');
  for (const t of tables) {
    doc.moveDown(1);
    if (doc.y > bottom - 60) doc.addPage();
    doc.font('bold').fontSize(11).text(t.title[lang], left);
    const columns = t.header.length;
    const first = Math.min(160, width / 2);
    const rest = columns > 1 ? (width - first) / (columns - 1) : 0;
    const widthOf = (i: number) => (i === 0 ? first : rest) - 4;
    const xOf = (i: number) => (i === 0 ? left : left + first + (i - 1) * rest);
    // a cell wraps within its column and the row is as tall as its tallest cell: a long question never runs into the figures
    const row = (cells: ReportCell[], font: 'regular' | 'bold', onNewPage?: () => void) => {
      doc.font(font).fontSize(8);
      const texts = cells.map((cell) => (cell === null ? '—' : String(inLanguage(cell, lang))));
      const height = Math.max(...texts.map((text, i) => doc.heightOfString(text, { width: widthOf(i) })));
      if (doc.y + height + 4 > bottom) {
        doc.addPage();
        onNewPage?.();
        doc.font(font).fontSize(8);
      }
      const y = doc.y + 2;
      texts.forEach((text, i) => doc.text(text, xOf(i), y, { width: widthOf(i) }));
      doc.y = y + height + 2;
      doc
        .moveTo(left, doc.y - 1)
        .lineTo(left + width, doc.y - 1)
        .lineWidth(0.3)
        .strokeColor('#ccc')
        .stroke();
    };
    const header = () =>
      row(
        t.header.map((h) => h[lang]),
        'bold',
      );
    header();
    // a table that runs onto the next page repeats its header there
    for (const r of t.rows) row(r, 'regular', header);
    doc.x = left;
  }
  doc.end();
  return done;
}
