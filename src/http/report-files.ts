import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { hasFigures, type ReportChart } from '../lib/report-chart.js';
import { workbookBuffer } from '../lib/spreadsheet-text.js';
import { CHART_HEIGHT_PX, CHART_WIDTH_PX, chartPng, chartSvg } from './report-charts.js';
import { FONT_BOLD, FONT_REGULAR } from './report-fonts.js';

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

/** What a chart with nothing to draw says in its place (no data in the period, or every figure zero). */
const noFigures = { zh: '本期没有可绘制的数据。', en: 'No figures to chart for this period.' };
const chartsSheetName = { zh: '图表', en: 'Charts' };
// a sheet's default row is 20 px high: a chart's image covers this many rows, and a blank one follows
const EXCEL_ROW_PX = 20;
const CHART_ROWS = Math.ceil(CHART_HEIGHT_PX / EXCEL_ROW_PX) + 1;
// the note that stands for a chart without figures: one 9 pt line in the PDF; in the sheet, its row and a blank one
const NOTE_LINE_PT = 14;
const NOTE_ROWS = 2;

/** Each table on its own sheet, bold frozen header; then the report's charts, as on screen, on a sheet of their own. */
export async function reportWorkbook(tables: readonly ReportTable[], lang: Lang, charts: readonly ReportChart[] = []): Promise<Buffer> {
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
  if (charts.length) {
    const sheet = workbook.addWorksheet(`${tables.length + 1} ${chartsSheetName[lang]}`);
    let row = 1;
    for (const chart of charts) {
      sheet.getCell(row, 1).value = chart.title[lang];
      sheet.getCell(row, 1).font = { bold: true };
      // one at a time: side by side on resvg's threads four charts took three times the CPU (2.9 s against 1.0 s, measured before labels were outlined)
      const png = hasFigures(chart) ? await chartPng(chartSvg(chart, lang)) : null;
      if (png) {
        // tl counts rows from 0: the image starts on the row under the title; ExcelJS types a Node Buffer as an ArrayBuffer
        sheet.addImage(workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' }), {
          tl: { col: 0, row },
          ext: { width: CHART_WIDTH_PX, height: CHART_HEIGHT_PX },
        });
        row += 1 + CHART_ROWS;
      } else {
        sheet.getCell(row + 1, 1).value = noFigures[lang];
        row += 1 + NOTE_ROWS;
      }
    }
  }
  return workbookBuffer(workbook);
}

/** The same tables as an A4 PDF with a title line, after the report's charts; long tables run onto further pages. */
export function reportPdf(
  title: string,
  subtitle: string,
  tables: readonly ReportTable[],
  lang: Lang,
  charts: readonly ReportChart[] = [],
): Promise<Buffer> {
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
  // a chart spans the text width, at the proportions ECharts laid it out in
  const chartHeight = (width * CHART_HEIGHT_PX) / CHART_WIDTH_PX;
  for (const chart of charts) {
    doc.moveDown(1);
    const drawn = hasFigures(chart);
    doc.font('bold').fontSize(11);
    if (doc.y + doc.heightOfString(chart.title[lang], { width }) + (drawn ? chartHeight : NOTE_LINE_PT) > bottom) doc.addPage();
    doc.text(chart.title[lang], left, doc.y, { width });
    if (!drawn) {
      doc.font('regular').fontSize(9).fillColor('#555').text(noFigures[lang], left).fillColor('#000');
      continue;
    }
    const y = doc.y + 4;
    // the SVG's text is drawn in the registered font, so it stays text (searchable, read back by poppler)
    // @types/svg-to-pdfkit types the document as PDFKit's constructor, not an instance
    SVGtoPDF(doc as unknown as typeof PDFDocument, chartSvg(chart, lang), left, y, {
      width,
      height: chartHeight,
      fontCallback: (_family, bold) => (bold ? 'bold' : 'regular'),
    });
    doc.x = left;
    doc.y = y + chartHeight;
  }
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

/** The issuing body on a printed document's letterhead. */
export interface Letterhead {
  name: string;
  nameEn: string;
  address: string;
  addressEn: string;
}

/**
 * A form as the CB files it (合同变更申请表 F01 …): the letterhead, its title and reference, then
 * each item as label and value, a value wrapping within its column; A4, onto further pages as needed.
 * One font throughout, so that its text reads back plainly (test/pdf-text.ts).
 */
export function formPdf(
  cb: Letterhead,
  form: { title: { zh: string; en: string }; reference: string; rows: [label: { zh: string; en: string }, value: string | null][] },
): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `${form.reference} ${form.title.zh}`, Author: cb.name } });
  doc.registerFont('regular', FONT_REGULAR);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const left = 56;
  const width = doc.page.width - 112;
  const labelWidth = 150;
  const bottom = doc.page.height - 64;

  doc.font('regular').fontSize(14).fillColor('#1f5faa').text(cb.name, left);
  doc.font('regular').fontSize(8.5).fillColor('#555').text(`${cb.nameEn} · ${cb.address} · ${cb.addressEn}`, { width });
  doc
    .moveDown(0.4)
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .lineWidth(1)
    .stroke('#1f5faa');
  doc.moveDown(1).font('regular').fontSize(16).fillColor('#000').text(form.title.zh, left, doc.y, { width, align: 'center' });
  doc.font('regular').fontSize(10).fillColor('#555').text(form.title.en, { width, align: 'center' });
  doc.fontSize(10).fillColor('#000').text(`编号 Ref.: ${form.reference}`, { width, align: 'right' });
  doc.moveDown(0.6);
  for (const [label, value] of form.rows) {
    const labelText = `${label.zh}\n${label.en}`;
    const valueText = value ?? '—';
    doc.font('regular').fontSize(10);
    const height = Math.max(
      doc.heightOfString(labelText, { width: labelWidth - 8 }),
      doc.heightOfString(valueText, { width: width - labelWidth - 8 }),
    );
    if (doc.y + height + 10 > bottom) doc.addPage();
    const y = doc.y + 4;
    doc
      .fillColor('#555')
      .fontSize(9)
      .text(labelText, left + 4, y, { width: labelWidth - 8 });
    doc
      .fillColor('#000')
      .fontSize(10)
      .text(valueText, left + labelWidth, y, { width: width - labelWidth - 8 });
    doc.y = y + height + 4;
    doc
      .moveTo(left, doc.y)
      .lineTo(left + width, doc.y)
      .lineWidth(0.4)
      .stroke('#ccc');
  }
  doc.end();
  return done;
}
