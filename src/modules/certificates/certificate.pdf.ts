import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { statusLabels, type CertificateStatus } from './certificate.rules.js';

// The CJK font ships with the project's dependencies, so every machine renders the same PDF.
const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');

export interface CertificatePdfData {
  certificateNo: string;
  organisationName: string;
  address: string;
  scope: string;
  standard: string;
  schemeLabel: { zh: string; en: string };
  starLevel: number | null;
  sites: { name: string; address: string; scope?: string }[];
  originalIssueOn: string;
  issueOn: string;
  expiresOn: string;
  status: CertificateStatus;
  issuingBody: string;
}

/** The certificate as a one-page A4 PDF (SPEC §3 content; a reissue shows both dates). */
export function renderCertificatePdf(c: CertificatePdfData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${c.certificateNo} ${c.organisationName}`, Author: c.issuingBody },
  });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const width = doc.page.width - 112;
  doc
    .rect(36, 36, doc.page.width - 72, doc.page.height - 72)
    .lineWidth(2)
    .stroke('#1f5faa');
  doc.font('bold').fontSize(26).fillColor('#1f5faa').text('认 证 证 书', { align: 'center' });
  doc.font('regular').fontSize(12).fillColor('#333').text(`${c.schemeLabel.zh} / ${c.schemeLabel.en}`, { align: 'center' });
  doc.moveDown(0.4).fontSize(11).text(`证书编号 Certificate No.: ${c.certificateNo}`, { align: 'center' });
  doc.moveDown(1.5);

  const row = (label: string, value: string) => {
    doc.font('bold').fontSize(11).fillColor('#555').text(label);
    doc.font('regular').fontSize(13).fillColor('#000').text(value, { width });
    doc.moveDown(0.6);
  };
  row('组织名称 Organisation', c.organisationName);
  row('地址 Address', c.address);
  row('认证依据 Standard', c.standard);
  row('认证范围 Scope', c.scope);
  if (c.starLevel) row('等级 Level', `${'★'.repeat(c.starLevel)}（${c.starLevel} 星级 / ${c.starLevel}-star）`);
  if (c.sites.length) row('认证场所 Sites', c.sites.map((s) => `${s.name}：${s.address}${s.scope ? `（${s.scope}）` : ''}`).join('\n'));
  row('初次颁证日期 Original issue', c.originalIssueOn);
  if (c.issueOn !== c.originalIssueOn) row('换证日期 Changed on', c.issueOn);
  row('有效期至 Valid until', c.expiresOn);
  if (c.status !== 'valid') row('证书状态 Status', `${statusLabels[c.status].zh} / ${statusLabels[c.status].en}`);

  doc.moveDown(1);
  doc.font('regular').fontSize(10).fillColor('#555').text('本证书信息可在本机构网站及国家认证认可监督管理委员会网站查询。', { width });
  doc.text('This certificate can be verified on the certification body’s public register and the CNCA website.', { width });
  doc.moveDown(2);
  doc.font('bold').fontSize(13).fillColor('#000').text(c.issuingBody, { align: 'right' });
  doc.font('regular').fontSize(11).text('签发人 Signed: ____________', { align: 'right' });
  doc.end();
  return done;
}
