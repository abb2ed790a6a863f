import PDFDocument from 'pdfkit';
import { PNG } from 'pngjs';
import qrcode from 'qrcode-generator';
import { FONT_BOLD, FONT_REGULAR } from '../../http/report-fonts.js';
import { fieldLabels, statusLabels, type CertificateStatus, type CertificationField, type Scheme } from './certificate.rules.js';

export interface CertificatePdfData {
  certificateNo: string;
  organisationName: string;
  address: string;
  scope: string;
  standard: string;
  scheme: Scheme;
  field: CertificationField;
  starLevel: number | null;
  sites: { name: string; address: string; scope?: string }[];
  originalIssueOn: string;
  issueOn: string;
  expiresOn: string;
  status: CertificateStatus;
  suspendedFrom: string | null;
  suspendedUntil: string | null;
  suspendedScope: string | null;
}

/** Who issues it and where its status is checked: the CB's own settings. */
export interface IssuingBody {
  name: { zh: string; en: string };
  address: { zh: string; en: string };
  /** the CB's public address: the QR code opens this certificate's verification page there */
  publicBaseUrl: string;
  /** the marks the administrator uploaded (PNG or JPEG): 认证标志 top left, 认可标志 top right */
  marks: { certification?: Buffer; accreditation?: Buffer };
  /**
   * The accreditation of this certificate's field (认可信息), or null when the field is not
   * accredited: only an accredited certificate prints the accreditation mark, with its number under it.
   */
  accreditation: { accreditationNo: string } | null;
}

/**
 * A mark as the PDF library will draw it, or null when it cannot be. A PNG is decoded in full and
 * written again as plain 8-bit RGBA (pngjs): pdfkit decodes a PNG's pixels in a callback, where a
 * damaged file's error cannot be caught and took the server down (user test); a JPEG is embedded
 * as it is, so reading its header is enough.
 */
export function markForPdf(content: Buffer): Buffer | null {
  try {
    if (content.subarray(0, 8).equals(PNG_SIGNATURE)) return PNG.sync.write(PNG.sync.read(content));
    // openImage, untyped in @types/pdfkit: reads the image's header as image() does before drawing
    (new PDFDocument() as unknown as { openImage(src: Buffer): unknown }).openImage(content);
    return content;
  } catch {
    return null;
  }
}
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The page on the public register that shows this certificate's live status (the QR code's target). */
function verificationUrl(publicBaseUrl: string, certificateNo: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/register/c/${encodeURIComponent(certificateNo)}`;
}

const BLUE = '#1f5faa';
const MARGIN = 64;

/** The attestation (兹证明…) in both languages: what was certified against what, and for after-sales service its level. */
function attestation(c: CertificatePdfData): { zh: string; en: string } {
  if (c.scheme === 'after_sales') {
    const stars = c.starLevel ?? 0;
    return {
      zh: `其商品售后服务符合 ${c.standard} 的要求，达到 ${'★'.repeat(stars)}（${stars} 星级）。`,
      en: `provides after-sales service that conforms to ${c.standard} at the level of ${stars} stars.`,
    };
  }
  const field = fieldLabels[c.field];
  return {
    zh: `建立的${field.zh}符合 ${c.standard} 标准的要求。`,
    en: `operates a ${field.en} system that conforms to ${c.standard}.`,
  };
}

/** A QR code drawn as vector squares: sharp at any print size, nothing to rasterise. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  // four modules of quiet zone around it, as readers expect
  const cell = size / (count + 8);
  doc.save().rect(x, y, size, size).fill('#fff');
  for (let row = 0; row < count; row++)
    for (let col = 0; col < count; col++)
      if (qr.isDark(row, col)) doc.rect(x + (col + 4) * cell, y + (row + 4) * cell, cell, cell).fill('#000');
  doc.restore();
}

/**
 * The certificate as A4 PDF: the attestation (兹证明), the organisation, standard and scope, the
 * dates (the issue date always), the issuing body's name and address over a seal and signature
 * area, and a QR code opening the certificate's verification page on the public register. Sites,
 * and a suspended part of the scope, go to an annex page.
 */
export function renderCertificatePdf(c: CertificatePdfData, body: IssuingBody): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${c.certificateNo} ${c.organisationName}`, Author: body.name.zh },
  });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const { width: pageWidth, height: pageHeight } = doc.page;
  const width = pageWidth - 2 * MARGIN;
  const frame = () => {
    doc
      .rect(28, 28, pageWidth - 56, pageHeight - 56)
      .lineWidth(3)
      .stroke(BLUE);
    doc
      .rect(36, 36, pageWidth - 72, pageHeight - 72)
      .lineWidth(0.8)
      .stroke(BLUE);
  };
  frame();
  const markBox = 72;
  // a mark the library cannot draw after all leaves its corner empty rather than the certificate unprinted
  const drawMark = (image: Buffer | undefined, x: number, align?: 'right') => {
    try {
      if (image) doc.image(image, x, 52, { fit: [markBox, markBox], ...(align ? { align } : {}) });
    } catch {
      /* checked at upload (drawableImage); nothing else to do here */
    }
  };
  drawMark(body.marks.certification, MARGIN - 8);
  if (body.accreditation) {
    drawMark(body.marks.accreditation, pageWidth - MARGIN + 8 - markBox, 'right');
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#333')
      .text(body.accreditation.accreditationNo, pageWidth - MARGIN + 8 - 140, 52 + markBox + 2, { width: 140, align: 'right' });
  }
  doc.y = 72;
  doc.font('bold').fontSize(30).fillColor(BLUE).text('认 证 证 书', { align: 'center', characterSpacing: 2 });
  doc.font('regular').fontSize(13).text('CERTIFICATE', { align: 'center', characterSpacing: 4 });
  doc.moveDown(0.6).fontSize(11).fillColor('#333').text(`证书编号 Certificate No.: ${c.certificateNo}`, { align: 'center' });

  if (c.status !== 'valid') {
    const label = statusLabels[c.status];
    doc
      .moveDown(0.6)
      .font('bold')
      .fontSize(12)
      .fillColor('#cf1322')
      .text(
        c.status === 'suspended'
          ? `本证书${c.suspendedScope ? '部分' : ''}暂停（${c.suspendedFrom} 至 ${c.suspendedUntil}）/ ${c.suspendedScope ? 'Partly suspended' : 'Suspended'} ${c.suspendedFrom} – ${c.suspendedUntil}`
          : `本证书已${label.zh} / This certificate is ${label.en}`,
        { align: 'center' },
      );
  }

  const said = attestation(c);
  doc.moveDown(1.4).font('bold').fontSize(15).fillColor('#000').text('兹证明', { width });
  doc.moveDown(0.3).font('bold').fontSize(18).text(c.organisationName, { width, align: 'center' });
  doc.moveDown(0.2).font('regular').fontSize(10.5).fillColor('#333').text(`地址 Address：${c.address}`, { width, align: 'center' });
  doc.moveDown(0.6).font('regular').fontSize(13).fillColor('#000').text(said.zh, { width });
  doc.moveDown(0.2).fontSize(10.5).fillColor('#333').text(`This is to certify that the organisation above ${said.en}`, { width });

  // the foot of the page holds the dates, the issuing body and its seal, and the QR code
  const footTop = pageHeight - 300;
  doc.moveDown(0.9).font('bold').fontSize(12).fillColor('#000').text('认证范围 Scope of certification', { width });
  doc.moveDown(0.2).font('regular').fontSize(12);
  // a scope too long for the page goes whole to the annex rather than under the dates
  const scopeFits = doc.y + doc.heightOfString(c.scope, { width }) < footTop - 40;
  if (scopeFits) doc.text(c.scope, { width });
  else doc.text('认证范围详见附件 / The scope of certification is given in the annex', { width });
  const suspendedPart = c.status === 'suspended' ? c.suspendedScope : null;
  const annex = !scopeFits || c.sites.length > 0 || Boolean(suspendedPart);
  if (annex && scopeFits)
    doc
      .moveDown(0.3)
      .fontSize(10)
      .fillColor('#555')
      .text(
        c.sites.length > 0 && suspendedPart
          ? '认证场所及暂停的认证范围详见附件 / Sites and the suspended part of the scope in the annex'
          : c.sites.length > 0
            ? '认证场所详见附件 / Sites in the annex'
            : '暂停的认证范围详见附件 / The suspended part of the scope in the annex',
        { width },
      );

  doc.font('regular').fontSize(11).fillColor('#000');
  const dates: [string, string][] = [
    ['初次颁证日期 First issued', c.originalIssueOn],
    ['本次颁证日期 Issued', c.issueOn],
    ['有效期至 Valid until', c.expiresOn],
  ];
  dates.forEach(([label, value], i) => doc.text(`${label}：${value}`, MARGIN, footTop + i * 20, { width: 300 }));

  const qrSize = 96;
  const qrX = MARGIN;
  const qrY = pageHeight - 64 - qrSize - 40;
  const link = verificationUrl(body.publicBaseUrl, c.certificateNo);
  drawQr(doc, link, qrX, qrY, qrSize);
  doc
    .font('regular')
    .fontSize(8.5)
    .fillColor('#555')
    .text('扫码查验证书状态', qrX + qrSize + 8, qrY + 20, { width: 150 })
    .text('Scan to verify its status', qrX + qrSize + 8, doc.y, { width: 150 })
    .text(link, qrX + qrSize + 8, doc.y + 2, { width: 150 });

  // the seal and signature area: the CB stamps and signs the printed certificate here
  const sealX = pageWidth - MARGIN - 200;
  doc
    .circle(sealX + 100, footTop + 84, 46)
    .dash(3, { space: 3 })
    .lineWidth(0.8)
    .stroke('#999')
    .undash();
  doc
    .font('regular')
    .fontSize(8)
    .fillColor('#999')
    .text('（盖章 Seal）', sealX + 60, footTop + 80, { width: 80, align: 'center' });
  doc
    .font('bold')
    .fontSize(12)
    .fillColor('#000')
    .text(body.name.zh, sealX - 40, footTop + 140, { width: 240, align: 'right' });
  doc
    .font('regular')
    .fontSize(9)
    .fillColor('#333')
    .text(body.name.en, sealX - 40, doc.y, { width: 240, align: 'right' });
  doc.text(body.address.zh, sealX - 40, doc.y + 2, { width: 240, align: 'right' });
  doc.text(body.address.en, sealX - 40, doc.y, { width: 240, align: 'right' });
  doc
    .fontSize(10)
    .fillColor('#000')
    .text('授权签字人 Authorised signature：__________', sealX - 100, doc.y + 8, { width: 300, align: 'right' });

  if (annex) {
    doc.addPage();
    frame();
    doc.y = 72;
    doc.font('bold').fontSize(16).fillColor(BLUE).text('附件 Annex', MARGIN, 72, { width, align: 'center' });
    doc
      .font('regular')
      .fontSize(10.5)
      .fillColor('#333')
      .text(`证书编号 Certificate No.: ${c.certificateNo}    ${c.organisationName}`, { width, align: 'center' });
    doc.moveDown(1);
    if (!scopeFits) {
      doc.font('bold').fontSize(12).fillColor('#000').text('认证范围 Scope of certification', { width });
      doc.font('regular').fontSize(11).text(c.scope, { width });
      doc.moveDown(1);
    }
    if (suspendedPart) {
      doc
        .font('bold')
        .fontSize(12)
        .fillColor('#cf1322')
        .text(`暂停的认证范围 Suspended part of the scope（${c.suspendedFrom} 至 ${c.suspendedUntil}）`, { width });
      doc.font('regular').fontSize(11).fillColor('#000').text(suspendedPart, { width });
      doc.fontSize(10).fillColor('#555').text('其余认证范围仍然有效 / The rest of the scope stays valid', { width });
      doc.moveDown(1);
    }
    if (c.sites.length > 0) {
      doc.font('bold').fontSize(12).fillColor('#000').text('认证场所 Certified sites', { width });
      c.sites.forEach((site, i) => {
        doc
          .moveDown(0.4)
          .font('bold')
          .fontSize(11)
          .text(`${i + 1}. ${site.name}`, { width });
        doc.font('regular').fontSize(10.5).text(`地址 Address：${site.address}`, { width, indent: 14 });
        if (site.scope) doc.text(`范围 Scope：${site.scope}`, { width, indent: 14 });
      });
    }
  }
  doc.end();
  return done;
}
