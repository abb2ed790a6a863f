import { createHash } from 'node:crypto';
import { and, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { affectedRows, jsonbParam } from '../../db/sql-helpers.js';
import { AppError } from '../../lib/errors.js';
import { importRuns, importStagedRows } from './import.schema.js';

/**
 * A row an import writes before it is applied carries the import's id and is seen once that import
 * is applied: every reader of a table an import writes into (clients, the audit log) asks this.
 * A failed import's rows are never seen (and its clients are removed).
 */
export const seenOnceApplied = (importId: AnyPgColumn): SQL =>
  sql`(${importId} is null or ${importId} in (select id from ${importRuns} where status = 'applied'))`;

export type ImportRun = typeof importRuns.$inferSelect;
/** A run without its file: what its record, its polling and its merge read (the file is read once, by its check). */
export type ImportRunHead = Omit<ImportRun, 'content'>;
const { content: _file, ...headColumns } = getTableColumns(importRuns);
export const importRunHead = headColumns;

/** How many runs the list of one's recent imports shows. */
export const RECENT_IMPORTS_LIMIT = 20;

/** Keeps an upload, to be checked by the import worker. */
export async function saveUpload(
  db: Db,
  actor: Actor,
  run: { kind: string; fileName: string; content: Buffer; scope?: Record<string, unknown> },
): Promise<ImportRunHead> {
  const [row] = await db
    .insert(importRuns)
    .values({
      ...run,
      sha256: createHash('sha256').update(run.content).digest('hex'),
      createdBy: actor.id,
      createdByName: actor.name,
    })
    .returning(importRunHead);
  return row!;
}

const ownedBy = (actor: Actor) => (actor.id ? eq(importRuns.createdBy, actor.id) : sql`false`);

/** The caller's own import of `kind`; anyone else's is not found. */
export async function getOwnRun(db: Db, actor: Actor, kind: string, id: string, lock = false): Promise<ImportRunHead> {
  const query = db
    .select(importRunHead)
    .from(importRuns)
    .where(and(eq(importRuns.id, id), eq(importRuns.kind, kind), ownedBy(actor)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('IMPORT.NOT_FOUND');
  return row;
}

/** The caller's latest imports of `kind`, newest first (without their files). */
export async function listOwnRuns(db: Db, actor: Actor, kind: string) {
  return db
    .select({
      id: importRuns.id,
      fileName: importRuns.fileName,
      status: importRuns.status,
      rowsChecked: importRuns.rowsChecked,
      rowsWritten: importRuns.rowsWritten,
      summary: importRuns.summary,
      createdAt: importRuns.createdAt,
      errorCode: sql<string | null>`${importRuns.error}->>'code'`,
    })
    .from(importRuns)
    .where(and(eq(importRuns.kind, kind), ownedBy(actor)))
    .orderBy(desc(importRuns.createdAt))
    .limit(RECENT_IMPORTS_LIMIT);
}

/** Staged rows go in as one JSON parameter, however many: no statement nears the parameter limit. */
export interface StagedRow {
  rowNo: number;
  action: 'create' | 'update';
  targetId: string;
  version: number | null;
  data: Record<string, unknown>;
  changes: unknown;
}

export async function insertStagedRows(tx: Db, importId: string, rows: readonly StagedRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    insert into ${importStagedRows} (import_id, row_no, action, target_id, version, data, changes)
    select ${importId}::uuid, r.row_no, r.action, r.target_id, r.version, r.data, r.changes
    from jsonb_to_recordset(${jsonbParam(rows.map((r) => ({ row_no: r.rowNo, action: r.action, target_id: r.targetId, version: r.version, data: r.data, changes: r.changes })))}::jsonb)
      as r(row_no int, action text, target_id uuid, version int, data jsonb, changes jsonb)`);
}

/** How many staged rows one cleaning statement removes: each is a short transaction. */
export const STAGED_DELETE_CHUNK = 5_000;

/** Removes a run's staged rows a chunk at a time (never one long statement holding the database). */
export async function dropStagedRows(db: Db, importId: string): Promise<void> {
  for (;;) {
    const r = await db.execute(sql`
      delete from ${importStagedRows} where import_id = ${importId} and row_no in
        (select row_no from ${importStagedRows} where import_id = ${importId} order by row_no limit ${STAGED_DELETE_CHUNK})`);
    if (affectedRows(r) === 0) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
