import type { FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors.js';

/**
 * The one file of a multipart upload (field "file"), at most `maxBytes`. A request that is not
 * readable multipart (no boundary, a broken body) is a 400 with a code, never a 500.
 */
export async function receiveUpload(request: FastifyRequest, maxBytes: number): Promise<{ fileName: string; content: Buffer }> {
  try {
    const part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
    if (!part) throw new AppError('REQUEST.NO_FILE');
    const content = await part.toBuffer();
    return { fileName: part.filename, content };
  } catch (err) {
    if (err instanceof AppError) throw err;
    if ((err as { statusCode?: number }).statusCode === 413) throw new AppError('REQUEST.TOO_LARGE');
    throw new AppError('REQUEST.BAD_MULTIPART');
  }
}
