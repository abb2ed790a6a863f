import type { FastifyReply } from 'fastify';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An Excel download; the RFC 5987 name keeps Chinese file names intact, the plain one serves old clients. */
export function sendXlsx(reply: FastifyReply, file: Buffer, asciiName: string, name: string) {
  return reply
    .header('content-type', XLSX)
    .header('content-disposition', `attachment; filename="${asciiName}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}.xlsx`)
    .send(file);
}
