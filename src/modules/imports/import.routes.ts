import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import { receiveUpload } from '../../http/uploads.js';
import { AppError } from '../../lib/errors.js';
import { IMPORT_MAX_BYTES } from '../../lib/table-file.js';
import type { Permission, DataScope } from '../auth/permissions.js';
import { dropStagedRows, getOwnRun, importRunHead, listOwnRuns, saveUpload, type ImportRunHead } from './import.repo.js';
import { importsSettled, kickImports, type ImportKind, type ImportOptions } from './import.runner.js';
import { RowErrorsSchema } from './import.dto.js';
import { importRuns, importStatuses, type ImportStatus } from './import.schema.js';

const IdParams = z.object({ id: z.uuid() });

/** What one kind of import reports, in its own shapes: the counts once checked, the preview, the result once written. */
export interface ImportShapes {
  summary: z.ZodType<Record<string, unknown>>;
  preview: z.ZodType<Record<string, unknown>>;
  result: z.ZodType<Record<string, unknown>>;
}

/** An import's record: where it stands, its preview once checked, its result or why it failed. */
const importRunSchema = ({ summary, preview, result }: ImportShapes) =>
  z.object({
    id: z.uuid().describe('poll GET …/import/{id}; confirm with POST …/import/{id}/confirm'),
    fileName: z.string(),
    status: z.enum(importStatuses).describe('checking → previewed → writing → applied; failed says why in error'),
    rowsChecked: z.number(),
    rowsWritten: z.number(),
    createdAt: z.date(),
    summary: summary.nullable().describe('counts of rows read, to create, to update, unchanged, refused'),
    preview: preview
      .nullable()
      .describe('the first 1,000 rows of each kind: to create, to update with each changed field, refused with reasons'),
    canConfirm: z.boolean().describe('previewed, no row refused, and something would change'),
    error: z
      .object({
        code: z.string(),
        message: z.object({ zh: z.string(), en: z.string() }),
        details: z.looseObject({ rows: z.array(RowErrorsSchema).optional().describe('IMPORT.INVALID_ROWS: the rows refused') }).optional(),
      })
      .nullable(),
    result: result.nullable(),
  });
type ImportRunView = z.infer<ReturnType<typeof importRunSchema>>;

const importListSchema = ({ summary }: ImportShapes) =>
  z.array(
    z.object({
      id: z.uuid(),
      fileName: z.string(),
      status: z.enum(importStatuses),
      rowsChecked: z.number(),
      rowsWritten: z.number(),
      summary: summary
        .nullable()
        .describe('counts of rows read, to create, to update, unchanged, refused: a preview with refused rows can never be written'),
      createdAt: z.date(),
      errorCode: z.string().nullable().describe('why a failed import failed (IMPORT.DISCARDED: its uploader gave the preview up)'),
    }),
  );

/** Where an import that cannot be discarded stands, in words. */
const standing: Record<Exclude<ImportStatus, 'previewed'>, { zh: string; en: string }> = {
  checking: { zh: '仍在检查中', en: 'is still being checked' },
  writing: { zh: '正在写入', en: 'is being written' },
  applied: { zh: '已经写入', en: 'has been written' },
  failed: { zh: '已失败或已放弃', en: 'has failed or was discarded' },
};

function view(run: ImportRunHead) {
  const s = run.summary ?? {};
  return {
    id: run.id,
    fileName: run.fileName,
    status: run.status,
    rowsChecked: run.rowsChecked,
    rowsWritten: run.rowsWritten,
    createdAt: run.createdAt,
    summary: run.summary,
    preview: run.preview,
    canConfirm: run.status === 'previewed' && Number(s.refused ?? 0) === 0 && Number(s.created ?? 0) + Number(s.updated ?? 0) > 0,
    error: (run.error as ImportRunView['error']) ?? null,
    result: run.result,
  };
}

/**
 * The routes of one kind of import under `base`: upload (answered at once, checked by the import
 * worker), the caller's recent imports, one import's record, and its confirmation.
 */
export function importRoutes(
  app: FastifyInstance,
  db: Db,
  opts: {
    base: string;
    tag: string;
    permission: Permission;
    kind: ImportKind;
    shapes: ImportShapes;
    allowed?: (scope: DataScope) => void;
    worker?: ImportOptions;
  },
): void {
  const ImportRunSchema = importRunSchema(opts.shapes);
  const ImportListSchema = importListSchema(opts.shapes);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { base, kind } = opts;
  // the server closes after the import worker's current step, never under it
  app.addHook('onClose', () => importsSettled(db));
  const kick = (log: FastifyInstance['log']) => {
    const onError = (err: unknown) => log.error({ err }, 'import worker failed');
    void kickImports(db, [kind], { ...opts.worker, onUnexpected: onError }, onError);
  };

  r.post(base, {
    config: { permission: opts.permission },
    schema: {
      tags: [opts.tag],
      summary: 'Upload an .xlsx/.csv (multipart field "file"): it is checked in the background; poll its record for the preview',
      consumes: ['multipart/form-data'],
      response: { 202: ImportRunSchema },
    },
    handler: async (req, reply) => {
      const { scope, actor } = callerOf(req);
      opts.allowed?.(scope);
      const { fileName, content } = await receiveUpload(req, IMPORT_MAX_BYTES);
      const run = await saveUpload(db, actor, { kind: kind.kind, fileName: fileName || `${kind.kind}.xlsx`, content, scope });
      kick(req.log);
      return reply.code(202).send(view(run));
    },
  });

  r.get(base, {
    config: { permission: opts.permission },
    schema: { tags: [opts.tag], summary: 'Your recent imports, newest first', response: { 200: ImportListSchema } },
    handler: (req) => listOwnRuns(db, callerOf(req).actor, kind.kind),
  });

  r.get(`${base}/:id`, {
    config: { permission: opts.permission },
    schema: {
      tags: [opts.tag],
      summary: 'One of your imports: progress, preview, result or why it failed',
      params: IdParams,
      response: { 200: ImportRunSchema },
    },
    handler: async (req) => view(await getOwnRun(db, callerOf(req).actor, kind.kind, req.params.id)),
  });

  r.post(`${base}/:id/discard`, {
    config: { permission: opts.permission },
    schema: {
      tags: [opts.tag],
      summary: 'Give up a preview waiting for confirmation (its uploader only): nothing is written, its checked rows are dropped',
      params: IdParams,
      response: { 200: ImportRunSchema },
    },
    handler: async (req) => {
      const { actor } = callerOf(req);
      const discarded = await db.transaction(async (tx) => {
        const run = await getOwnRun(tx, actor, kind.kind, req.params.id, true);
        if (run.status !== 'previewed') throw new AppError('IMPORT.NOT_DISCARDABLE', { state: standing[run.status] });
        const [updated] = await tx
          .update(importRuns)
          .set({
            status: 'failed',
            error: new AppError('IMPORT.DISCARDED', { by: actor.name }).toBody(),
            version: sql`${importRuns.version} + 1`,
          })
          .where(eq(importRuns.id, run.id))
          .returning(importRunHead);
        return updated!;
      });
      // a short statement at a time, after the answer's transaction (the sweep finishes what a crash leaves)
      await dropStagedRows(db, discarded.id);
      return view(discarded);
    },
  });

  r.post(`${base}/:id/confirm`, {
    config: { permission: opts.permission },
    schema: {
      tags: [opts.tag],
      summary:
        'Write a previewed import (its uploader only), in the background: all rows or none, and only if the data it changes is still as previewed (else the import fails with IMPORT.ROWS_STALE naming the rows, or IMPORT.PREVIEW_STALE)',
      params: IdParams,
      response: { 202: ImportRunSchema },
    },
    handler: async (req, reply) => {
      const { scope, actor } = callerOf(req);
      opts.allowed?.(scope);
      try {
        const confirmed = await db.transaction(async (tx) => {
          const run = await getOwnRun(tx, actor, kind.kind, req.params.id, true);
          if (run.status === 'writing' || run.status === 'applied') throw new AppError('IMPORT.ALREADY_APPLIED');
          if (run.status !== 'previewed') throw new AppError('IMPORT.NOT_READY');
          const refused = Number(run.summary?.refused ?? 0);
          if (refused > 0) throw new AppError('IMPORT.INVALID_ROWS', { count: refused }, { rows: run.preview?.refusedRows ?? [] });
          const [updated] = await tx
            .update(importRuns)
            .set({ status: 'writing', confirmedAt: sql`now()`, version: sql`${importRuns.version} + 1` })
            .where(eq(importRuns.id, run.id))
            .returning(importRunHead);
          return updated!;
        });
        return await reply.code(202).send(view(confirmed));
      } finally {
        // after a refusal too: a worker looking for work while this request held the run's row
        // locked skipped it (SKIP LOCKED), and a second confirmation must not leave it waiting
        kick(req.log);
      }
    },
  });
}
