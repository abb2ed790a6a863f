import PDFDocument from 'pdfkit';
import { FONT_REGULAR } from '../../http/report-fonts.js';
import type { Letterhead } from '../../http/report-files.js';

export interface LetterData {
  cb: Letterhead;
  reference: string;
  day: string;
  clientName: string;
  /** none for a complainant known by a phone number or e-mail only */
  address: string | null;
  postcode: string | null;
  contactPerson: string | null;
  subjectZh: string;
  subjectEn: string;
  bodyZh: string;
  bodyEn: string;
  link?: string;
}

/** A notice as a printable A4 letter: the CB's letterhead, the addressee, date and reference, the text in zh then en. */
export function renderNoticeLetter(l: LetterData): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 64, info: { Title: `${l.reference} ${l.subjectZh}`, Author: l.cb.name } });
  doc.registerFont('regular', FONT_REGULAR);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 128;

  doc.font('regular').fontSize(16).fillColor('#1f5faa').text(l.cb.name);
  doc.fontSize(9).fillColor('#555').text(l.cb.nameEn).text(`${l.cb.address}  ${l.cb.addressEn}`);
  doc
    .moveDown(0.5)
    .moveTo(64, doc.y)
    .lineTo(doc.page.width - 64, doc.y)
    .lineWidth(1)
    .stroke('#1f5faa');
  doc.moveDown(1.2).fillColor('#000').fontSize(11);
  if (l.postcode) doc.text(l.postcode);
  if (l.address) doc.text(l.address, { width: width * 0.6 });
  doc.text(l.clientName, { width: width * 0.6 });
  if (l.contactPerson) doc.text(`${l.contactPerson} 收`);
  doc.moveDown(1);
  doc.fontSize(10).text(`日期 Date: ${l.day}`, { align: 'right' });
  doc.text(`编号 Ref.: ${l.reference}`, { align: 'right' });
  doc.moveDown(1.5).fontSize(14).text(l.subjectZh, { align: 'center' });
  doc.fontSize(10).fillColor('#555').text(l.subjectEn, { align: 'center' });
  doc.moveDown(1).fillColor('#000').fontSize(11);
  doc.text(`${l.clientName}：`);
  doc.moveDown(0.4).text(l.bodyZh, { width, indent: 22, lineGap: 3 });
  doc.moveDown(1).fontSize(10).fillColor('#333').text(l.bodyEn, { width, lineGap: 2 });
  if (l.link) doc.moveDown(1).fontSize(9).fillColor('#555').text(l.link, { width });
  doc.moveDown(2).fontSize(11).fillColor('#000').text(l.cb.name, { align: 'right' });
  doc.text(l.day, { align: 'right' });
  doc.end();
  return done;
}
