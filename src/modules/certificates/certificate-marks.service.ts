import { and, desc, eq } from 'drizzle-orm';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { byteaOf } from '../../db/sql-helpers.js';
import { AppError } from '../../lib/errors.js';
import { markForPdf } from './certificate.pdf.js';
import { storedFiles } from '../files/file.schema.js';
import { acceptedFileType } from '../files/file.rules.js';
import { storeFile } from '../files/file.service.js';
import { MARK_ENTITY, markKinds, markRecord, type MarkKind } from './certificate.rules.js';

// what a PDF can draw: PNG and JPEG
const drawable = ['image/png', 'image/jpeg'];

/** The marks in use, without their bytes: for the settings page. */
export async function marksInUse(db: Db) {
  const rows = await db
    .select({
      entityId: storedFiles.entityId,
      fileName: storedFiles.fileName,
      size: storedFiles.size,
      uploadedBy: storedFiles.uploadedBy,
      uploadedAt: storedFiles.uploadedAt,
    })
    .from(storedFiles)
    .where(eq(storedFiles.entity, MARK_ENTITY))
    .orderBy(desc(storedFiles.uploadedAt));
  return markKinds.flatMap((kind) => {
    const row = rows.find((r) => r.entityId === markRecord[kind]);
    return row
      ? [{ kind, fileName: row.fileName, size: row.size, uploadedBy: row.uploadedBy, uploadedAt: row.uploadedAt.toISOString() }]
      : [];
  });
}

/** One mark's image as uploaded, or undefined when the CB has none (to draw it, see markForPdf). */
export async function markImage(db: Db, kind: MarkKind): Promise<{ id: string; contentType: string; content: Buffer } | undefined> {
  const [row] = await db
    .select({ id: storedFiles.id, contentType: storedFiles.contentType, content: byteaOf(storedFiles.content) })
    .from(storedFiles)
    .where(and(eq(storedFiles.entity, MARK_ENTITY), eq(storedFiles.entityId, markRecord[kind])))
    .orderBy(desc(storedFiles.uploadedAt))
    .limit(1);
  return row;
}

/** The marks a certificate PDF prints now, each as the PDF library draws it safely; one that cannot be drawn is left out. */
export async function marksToPrint(db: Db, withAccreditation: boolean): Promise<{ certification?: Buffer; accreditation?: Buffer }> {
  const drawn = async (kind: MarkKind) => {
    const image = await markImage(db, kind);
    if (!image) return undefined;
    // a stored file never changes (a new mark is a new file): decoded and redrawn once per process, not per certificate
    if (!drawnById.has(image.id)) drawnById.set(image.id, markForPdf(image.content));
    return drawnById.get(image.id) ?? undefined;
  };
  return { certification: await drawn('certification'), accreditation: withAccreditation ? await drawn('accreditation') : undefined };
}
const drawnById = new Map<string, Buffer | null>();

/** A new mark (PNG or JPEG, what a certificate PDF can draw) replaces the one in use; the earlier stays in the file store's history. */
export async function uploadMark(db: Db, actor: Actor, kind: MarkKind, upload: { fileName: string; content: Buffer }) {
  const type = upload.content.length > 0 ? acceptedFileType(upload.content, upload.fileName) : null;
  if (!type || !drawable.includes(type.mime) || !markForPdf(upload.content)) throw new AppError('CERTIFICATE.MARK_NOT_AN_IMAGE');
  return storeFile(db, actor, { entity: MARK_ENTITY, entityId: markRecord[kind] }, upload);
}

/** Certificates print without this mark from now on (e.g. an accreditation that lapsed). */
export async function removeMark(db: Db, actor: Actor, kind: MarkKind): Promise<void> {
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(storedFiles)
      .where(and(eq(storedFiles.entity, MARK_ENTITY), eq(storedFiles.entityId, markRecord[kind])))
      .returning({ fileName: storedFiles.fileName });
    if (removed.length === 0) throw new AppError('CERTIFICATE.MARK_NOT_FOUND');
    await recordChange(tx, actor, {
      entity: MARK_ENTITY,
      entityId: markRecord[kind],
      action: 'remove',
      changes: [{ field: 'file', old: removed[0]!.fileName, new: null }],
    });
  });
}
