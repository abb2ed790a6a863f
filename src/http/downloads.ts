import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ReportChart } from '../lib/report-chart.js';
import { reportPdf, reportWorkbook, type ReportTable } from './report-files.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A download; the RFC 5987 name keeps Chinese file names intact, the plain one serves old clients. */
function sendAttachment(
  reply: FastifyReply,
  type: string,
  file: Buffer,
  asciiName: string,
  name: string,
  ext: string,
  disposition: 'attachment' | 'inline' = 'attachment',
) {
  return reply
    .header('content-type', type)
    .header('content-disposition', `${disposition}; filename="${asciiName}.${ext}"; filename*=UTF-8''${encodeURIComponent(name)}.${ext}`)
    .send(file);
}

export function sendXlsx(reply: FastifyReply, file: Buffer, asciiName: string, name: string) {
  return sendAttachment(reply, XLSX, file, asciiName, name, 'xlsx');
}

/** A letter or form to print: the browser opens it rather than saving it. */
export function printPdf(reply: FastifyReply, file: Buffer, asciiName: string, name: string) {
  return sendAttachment(reply, 'application/pdf', file, asciiName, name, 'pdf', 'inline');
}

export function sendPdf(reply: FastifyReply, file: Buffer, asciiName: string, name: string) {
  return sendAttachment(reply, 'application/pdf', file, asciiName, name, 'pdf');
}

/**
 * A report as the workbook or the PDF asked for, its tables and the charts its page draws (SPEC §14):
 * `name` names the file, `title` and `subtitle` head the PDF.
 */
export async function sendReport(
  reply: FastifyReply,
  format: 'xlsx' | 'pdf',
  lang: 'zh' | 'en',
  file: { ascii: string; name: string; title: string; subtitle: string },
  tables: readonly ReportTable[],
  charts: readonly ReportChart[],
) {
  if (format === 'xlsx') return sendXlsx(reply, await reportWorkbook(tables, lang, charts), file.ascii, file.name);
  return sendPdf(reply, await reportPdf(file.title, file.subtitle, tables, lang, charts), file.ascii, file.name);
}

// documented as binary; the handler sends the bytes, which fastify passes through unserialised
const fileBytes = z.file() as unknown as z.ZodType<Buffer>;

/** A download's entry in the API document: its media type, the bytes (no JSON to describe). */
export function fileResponse(contentType: string, description: string) {
  return { description, content: { [contentType]: { schema: fileBytes } } };
}
export const xlsxResponse = { 200: fileResponse(XLSX, 'Excel workbook (.xlsx)') };
export const pdfResponse = { 200: fileResponse('application/pdf', 'PDF') };
/** A report by the path's format: xlsx or pdf. */
export const reportFileResponse = {
  200: {
    description: 'Excel workbook or PDF, as the path asks',
    content: { [XLSX]: { schema: fileBytes }, 'application/pdf': { schema: fileBytes } },
  },
};
