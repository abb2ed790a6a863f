import { createHash } from 'node:crypto';
import { and, desc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { byteaOf } from '../../db/sql-helpers.js';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/errors.js';
import type { DataScope } from '../auth/permissions.js';
import { users } from '../auth/auth.schema.js';
import { acceptedFileType, safeFileName } from './file.rules.js';
import { storedFiles } from './file.schema.js';

export const FILE_ENTITY = 'file';

/** Checks the type and stores one evidence file on a record; the owning module has checked access. */
export async function storeFile(
  db: Db,
  actor: Actor,
  owner: { entity: string; entityId: string },
  upload: { fileName: string; content: Buffer },
) {
  if (upload.content.length === 0) throw new AppError('FILE.EMPTY');
  const type = acceptedFileType(upload.content, upload.fileName);
  if (!type) throw new AppError('FILE.TYPE_NOT_ALLOWED');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(storedFiles)
      .values({
        ...owner,
        fileName: safeFileName(upload.fileName),
        contentType: type.mime,
        size: upload.content.length,
        sha256: createHash('sha256').update(upload.content).digest('hex'),
        content: upload.content,
        uploadedBy: actor.name,
        uploadedById: actor.id,
      })
      .returning({ id: storedFiles.id, fileName: storedFiles.fileName, size: storedFiles.size });
    await recordChange(tx, actor, {
      entity: owner.entity,
      entityId: owner.entityId,
      action: 'attach-file',
      changes: [{ field: 'file', old: null, new: `${row!.fileName} (${row!.size} B)` }],
    });
    return row!;
  });
}

/**
 * The files a caller may see on a record it reaches: staff all of them; a portal client those its
 * own organisation's users uploaded (staff's investigation papers stay inside the CB).
 */
function filesSeenBy(scope: DataScope | undefined): SQL | undefined {
  return scope?.kind === 'client'
    ? inArray(storedFiles.uploadedById, sql`(select ${users.id} from ${users} where ${users.clientId} = ${scope.clientId})`)
    : undefined;
}

export async function filesOf(db: Db, entity: string, entityId: string, scope?: DataScope) {
  const rows = await db
    .select({
      id: storedFiles.id,
      fileName: storedFiles.fileName,
      contentType: storedFiles.contentType,
      size: storedFiles.size,
      uploadedBy: storedFiles.uploadedBy,
      uploadedAt: storedFiles.uploadedAt,
    })
    .from(storedFiles)
    .where(and(eq(storedFiles.entity, entity), eq(storedFiles.entityId, entityId), filesSeenBy(scope)))
    .orderBy(desc(storedFiles.uploadedAt));
  return rows.map((r) => ({ ...r, uploadedAt: r.uploadedAt.toISOString() }));
}

export async function fileOf(db: Db, entity: string, entityId: string, id: string, scope: DataScope) {
  const [row] = await db
    .select({ ...getTableColumns(storedFiles), content: byteaOf(storedFiles.content) })
    .from(storedFiles)
    .where(and(eq(storedFiles.id, id), eq(storedFiles.entity, entity), eq(storedFiles.entityId, entityId), filesSeenBy(scope)));
  if (!row) throw new AppError('FILE.NOT_FOUND');
  return row;
}
