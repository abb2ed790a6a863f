import type { FastifyReply } from 'fastify';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A download; the RFC 5987 name keeps Chinese file names intact, the plain one serves old clients. */
function sendAttachment(reply: FastifyReply, type: string, file: Buffer, asciiName: string, name: string, ext: string) {
  return reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename="${asciiName}.${ext}"; filename*=UTF-8''${encodeURIComponent(name)}.${ext}`)
    .send(file);
}

export function sendXlsx(reply: FastifyReply, file: Buffer, asciiName: string, name: string) {
  return sendAttachment(reply, XLSX, file, asciiName, name, 'xlsx');
}

export function sendPdf(reply: FastifyReply, file: Buffer, asciiName: string, name: string) {
  return sendAttachment(reply, 'application/pdf', file, asciiName, name, 'pdf');
}
