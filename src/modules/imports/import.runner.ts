import { and, asc, eq, exists, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { byteaOf } from '../../db/sql-helpers.js';
import { AppError } from '../../lib/errors.js';
import { dropStagedRows, importRunHead, insertStagedRows, type ImportRun, type ImportRunHead, type StagedRow } from './import.repo.js';
import { importRuns, importStagedRows } from './import.schema.js';

/**
 * The import worker. An upload is kept and answered at once; the worker checks its file a chunk
 * of rows at a time, each chunk staged in a short transaction of its own (the event loop and the
 * database are free between chunks), and keeps a preview. Once its uploader confirms, the staged
 * rows are written a chunk at a time too, each row marked with the import (hidden from every
 * reader: `seenOnceApplied`), and the last short transaction checks what they were checked against,
 * makes the remaining changes and marks the import applied, which shows them all at once. Nothing is
 * visible before that commits; a crash at any point leaves nothing half-written (a writer taking
 * over goes on from the last chunk written; a failed import's hidden rows are removed).
 */
/** Rows checked and staged per short transaction. */
export const IMPORT_CHUNK_ROWS = 500;
/**
 * A file at least this large (~12,000 client rows) is read on a thread of its own, beside the
 * database's work (lib/off-thread.ts); a smaller one is read on the main thread, without the
 * ~0.5 s a thread takes to start.
 */
export const IMPORT_OFF_THREAD_BYTES = 1024 * 1024;
/** Staged rows written hidden per short transaction (on PGlite nobody else is served during one). */
export const IMPORT_WRITE_CHUNK_ROWS = 1_000;
/**
 * A worker holds a run this long past its last chunk; a run left longer is a worker that died, and
 * the next worker goes on with it. Every chunk renews it (a chunk takes well under a second), and a
 * final transaction still running keeps its run locked from other workers whatever the lease.
 */
export const IMPORT_LEASE_SECONDS = 30;
/**
 * How long the final transaction may run on PostgreSQL (it holds no one else back there but
 * writers of the rows it writes): longer than a request's DB_STATEMENT_TIMEOUT_SECONDS, which
 * an import's updates can pass on a busy machine.
 */
export const IMPORT_MERGE_TIMEOUT_SECONDS = 600;
/** A preview nobody confirms is dropped (with its staged rows) after this many hours. */
export const IMPORT_PREVIEW_KEEP_HOURS = 24;

export interface CheckContext {
  run: ImportRun;
  chunkRows: number;
  /** a file at least this large is read on a thread of its own (IMPORT_OFF_THREAD_BYTES) */
  offThreadBytes: number;
  /** stages one chunk's rows and counts `checked` rows checked so far, in one short transaction */
  stage(rows: readonly StagedRow[], checked: number): Promise<void>;
}

export interface CheckOutcome {
  fingerprint: string;
  summary: Record<string, unknown>;
  preview: Record<string, unknown>;
}

/** One kind of import: how its file is checked and how its staged rows are written. */
export interface ImportKind {
  kind: string;
  check(db: Db, ctx: CheckContext): Promise<CheckOutcome>;
  /**
   * Writes the staged rows after row `afterRow` (at most `limit` of them) marked with the import, so
   * that nobody sees them before it is applied, in the caller's transaction; returns how many staged
   * rows it handled and the last one's row number. Throws IMPORT.PREVIEW_STALE when what a row was
   * checked against has changed. Absent: `merge` writes everything.
   */
  writeHidden?(tx: Db, run: ImportRunHead, actor: Actor, afterRow: number, limit: number): Promise<{ handled: number; lastRow: number }>;
  /** Removes up to `limit` rows `writeHidden` wrote for imports that failed; returns how many it removed. */
  discardHidden?(db: Db, limit: number): Promise<number>;
  /**
   * The final transaction: throws IMPORT.PREVIEW_STALE when the data the staged rows were checked
   * against has changed, writes what is left, set-based; returns the result kept on the run.
   */
  merge(tx: Db, run: ImportRunHead, actor: Actor): Promise<{ written: number; result: Record<string, unknown> }>;
  /** Tidies up after the final transaction has committed (work `merge` put off so as to hold the database for less time). */
  afterApplied?(db: Db): Promise<void>;
}

export interface ImportOptions {
  chunkRows?: number;
  offThreadBytes?: number;
  writeChunkRows?: number;
  /** told of a failure that is not a refusal with a code (a bug, the database gone) */
  onUnexpected?: (err: unknown) => void;
  now?: () => Date;
}

/** Rows of CPU work (validation, pinyin) between two turns of the event loop: other users' requests are served between them. */
export const IMPORT_YIELD_ROWS = 50;

export const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));

function errorBody(err: unknown) {
  return (err instanceof AppError ? err : new AppError('IMPORT.JOB_FAILED')).toBody();
}

/** Removes the hidden rows of failed imports, a short statement at a time. */
async function discardHidden(db: Db, kind: ImportKind, chunkRows: number): Promise<void> {
  if (!kind.discardHidden) return;
  while ((await kind.discardHidden(db, chunkRows)) > 0) await yieldToEventLoop();
}

async function fail(db: Db, kind: ImportKind, id: string, err: unknown, chunkRows: number): Promise<void> {
  // failed first: from then on its hidden rows are never seen, however long removing them takes
  await db
    .update(importRuns)
    .set({ status: 'failed', error: errorBody(err), leaseUntil: null, version: sql`${importRuns.version} + 1` })
    .where(eq(importRuns.id, id));
  await dropStagedRows(db, id);
  await discardHidden(db, kind, chunkRows);
}

const leaseEnd = (now: Date) => new Date(now.getTime() + IMPORT_LEASE_SECONDS * 1000);

/** Takes one run waiting for work (SKIP LOCKED: another process takes another), leased to this worker. */
async function claim(db: Db, kinds: readonly string[], now: Date): Promise<{ run: ImportRunHead; interrupted: boolean } | null> {
  return db.transaction(async (tx) => {
    const [run] = await tx
      .select(importRunHead)
      .from(importRuns)
      .where(
        and(
          inArray(importRuns.kind, [...kinds]),
          inArray(importRuns.status, ['checking', 'writing']),
          or(isNull(importRuns.leaseUntil), lt(importRuns.leaseUntil, now)),
        ),
      )
      .orderBy(asc(importRuns.createdAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!run) return null;
    await tx
      .update(importRuns)
      .set({ leaseUntil: leaseEnd(now) })
      .where(eq(importRuns.id, run.id));
    return { run, interrupted: run.leaseUntil !== null };
  });
}

async function check(db: Db, kind: ImportKind, head: ImportRunHead, options: ImportOptions, now: () => Date): Promise<void> {
  const [file] = await db
    .select({ content: byteaOf(importRuns.content) })
    .from(importRuns)
    .where(eq(importRuns.id, head.id));
  const run: ImportRun = { ...head, content: file!.content };
  const stage = async (rows: readonly StagedRow[], checked: number) => {
    await db.transaction(async (tx) => {
      const [held] = await tx
        .update(importRuns)
        .set({ rowsChecked: checked, leaseUntil: leaseEnd(now()) })
        .where(and(eq(importRuns.id, run.id), eq(importRuns.status, 'checking')))
        .returning({ id: importRuns.id });
      if (!held) throw new AppError('IMPORT.INTERRUPTED'); // taken from this worker meanwhile
      await insertStagedRows(tx, run.id, rows);
    });
    await yieldToEventLoop();
  };
  const outcome = await kind.check(db, {
    run,
    chunkRows: options.chunkRows ?? IMPORT_CHUNK_ROWS,
    offThreadBytes: options.offThreadBytes ?? IMPORT_OFF_THREAD_BYTES,
    stage,
  });
  await db
    .update(importRuns)
    .set({ status: 'previewed', ...outcome, leaseUntil: null, version: sql`${importRuns.version} + 1` })
    .where(and(eq(importRuns.id, run.id), eq(importRuns.status, 'checking')));
  // a file with a refused row is never written: its staged rows have no use
  if (Number(outcome.summary.refused ?? 0) > 0) await dropStagedRows(db, run.id);
}

/** Writes the staged rows hidden, a short transaction per chunk, going on from where the last writer stopped. */
async function writeHidden(db: Db, kind: ImportKind, run: ImportRunHead, actor: Actor, chunkRows: number, now: () => Date): Promise<void> {
  for (let afterRow = run.writtenThroughRow, handled = -1; handled !== 0;) {
    handled = await db.transaction(async (tx) => {
      const [held] = await tx
        .select(importRunHead)
        .from(importRuns)
        .where(and(eq(importRuns.id, run.id), eq(importRuns.status, 'writing'), eq(importRuns.writtenThroughRow, afterRow)))
        .for('update');
      if (!held) throw new AppError('IMPORT.INTERRUPTED'); // taken from this worker meanwhile
      const chunk = await kind.writeHidden!(tx, held, actor, afterRow, chunkRows);
      await tx
        .update(importRuns)
        .set({
          writtenThroughRow: chunk.handled > 0 ? chunk.lastRow : afterRow,
          rowsWritten: sql`${importRuns.rowsWritten} + ${chunk.handled}`,
          leaseUntil: leaseEnd(now()),
        })
        .where(eq(importRuns.id, run.id));
      if (chunk.handled > 0) afterRow = chunk.lastRow;
      return chunk.handled;
    });
    await yieldToEventLoop();
  }
}

async function write(db: Db, kind: ImportKind, run: ImportRunHead, chunkRows: number, now: () => Date): Promise<void> {
  const actor: Actor = { id: run.createdBy, name: run.createdByName };
  if (kind.writeHidden) await writeHidden(db, kind, run, actor, chunkRows, now);
  await db.transaction(async (tx) => {
    const [locked] = await tx.select(importRunHead).from(importRuns).where(eq(importRuns.id, run.id)).for('update');
    if (locked?.status !== 'writing') return;
    await tx.execute(sql.raw(`set local statement_timeout = '${IMPORT_MERGE_TIMEOUT_SECONDS}s'`));
    const { written, result } = await kind.merge(tx, locked, actor);
    await tx
      .update(importRuns)
      .set({
        status: 'applied',
        appliedAt: sql`now()`,
        rowsWritten: written,
        result,
        leaseUntil: null,
        version: sql`${importRuns.version} + 1`,
      })
      .where(eq(importRuns.id, run.id));
  });
  await kind.afterApplied?.(db);
  await dropStagedRows(db, run.id);
}

/** Drops previews left unconfirmed, and staged and hidden rows a crash left behind a finished run. */
async function sweep(db: Db, byName: ReadonlyMap<string, ImportKind>, now: Date, chunkRows: number): Promise<void> {
  const kinds = [...byName.keys()];
  const expired = await db
    .select({ id: importRuns.id, kind: importRuns.kind })
    .from(importRuns)
    .where(
      and(
        inArray(importRuns.kind, [...kinds]),
        eq(importRuns.status, 'previewed'),
        lt(importRuns.createdAt, new Date(now.getTime() - IMPORT_PREVIEW_KEEP_HOURS * 3600_000)),
      ),
    );
  for (const { id, kind } of expired)
    await fail(db, byName.get(kind)!, id, new AppError('IMPORT.EXPIRED', { hours: IMPORT_PREVIEW_KEEP_HOURS }), chunkRows);
  const leftovers = await db
    .select({ id: importRuns.id })
    .from(importRuns)
    .where(
      and(
        inArray(importRuns.status, ['applied', 'failed']),
        exists(
          db
            .select({ one: sql`1` })
            .from(importStagedRows)
            .where(eq(importStagedRows.importId, importRuns.id)),
        ),
      ),
    );
  for (const { id } of leftovers) await dropStagedRows(db, id);
  for (const kind of byName.values()) await discardHidden(db, kind, chunkRows);
}

/** Runs every import waiting for work, one at a time, until none is left. */
export async function runImports(db: Db, kinds: readonly ImportKind[], options: ImportOptions = {}): Promise<number> {
  const now = options.now ?? (() => new Date());
  const byName = new Map(kinds.map((k) => [k.kind, k]));
  const writeChunkRows = options.writeChunkRows ?? IMPORT_WRITE_CHUNK_ROWS;
  let handled = 0;
  await sweep(db, byName, now(), writeChunkRows);
  for (let claimed = await claim(db, [...byName.keys()], now()); claimed; claimed = await claim(db, [...byName.keys()], now())) {
    const { run, interrupted } = claimed;
    const kind = byName.get(run.kind)!;
    handled++;
    try {
      if (run.status === 'checking') {
        // a check cut short is not resumed: its file is checked again only if uploaded again
        if (interrupted) await fail(db, kind, run.id, new AppError('IMPORT.INTERRUPTED'), writeChunkRows);
        else await check(db, kind, run, options, now);
      } else {
        // hidden chunks go on from the last one written; the final transaction cut short wrote nothing
        await write(db, kind, run, writeChunkRows, now);
      }
    } catch (err) {
      if (!(err instanceof AppError)) options.onUnexpected?.(err);
      await fail(db, kind, run.id, err, writeChunkRows);
    }
  }
  return handled;
}

const running = new WeakMap<Db, Promise<unknown>>();

/**
 * Starts the import worker in this process unless it is running already (an upload or a
 * confirmation calls this, and so does the job worker's tick); resolves when it stops.
 */
export function kickImports(
  db: Db,
  kinds: readonly ImportKind[],
  options: ImportOptions = {},
  onError?: (err: unknown) => void,
): Promise<unknown> {
  const current = running.get(db);
  if (current) {
    // work arriving while it runs is claimed by its loop; one more pass catches the last moment
    return current.then(() => kickImports(db, kinds, options, onError));
  }
  const job = runImports(db, kinds, options)
    .catch((err: unknown) => onError?.(err))
    .finally(() => running.delete(db));
  running.set(db, job);
  return job;
}

/** Resolves once this process's import worker has nothing left to do (tests wait on it). */
export async function importsSettled(db: Db): Promise<void> {
  for (let p = running.get(db); p; p = running.get(db)) await p;
}
