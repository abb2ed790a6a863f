import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from './errors.js';

/**
 * Work that reads a file and hands it on a chunk at a time, run on a thread of its own so that
 * the main thread (and PGlite on it) handles each chunk while the next is read. A 100,000-row
 * client file spends ~15 s parsing xlsx and reading names (pinyin); on the main thread that time
 * was added to the database's, on its own thread it runs beside it.
 */

/** Chunks the thread may read ahead of the one the main thread is handling: bounded, so a file is never held whole. */
export const OFF_THREAD_READ_AHEAD = 2;
/** The thread's heap: a file's shared-strings table and a few chunks (running out fails the import, never the server). */
export const OFF_THREAD_HEAP_MB = 384;

/** The work a thread runs: reads `args`' file and sends each chunk, resolving to what it returns at the end. */
export type ChunkedWork<A, C, R> = (args: A, send: (chunk: C) => Promise<void>) => Promise<R>;

/**
 * Runs the `exportName` export of `moduleUrl` (a ChunkedWork) on its own thread, calling `onChunk`
 * for each chunk in order, one at a time; resolves to the work's result. A refusal the work throws
 * (an AppError) is thrown here as the same refusal.
 */
export function runOffThread<A, C, R>(moduleUrl: URL, exportName: string, args: A, onChunk: (chunk: C) => Promise<void>): Promise<R> {
  const worker = new Worker(new URL('./off-thread.entry.mjs', import.meta.url), {
    workerData: { moduleUrl: moduleUrl.href, exportName, args, readAhead: OFF_THREAD_READ_AHEAD },
    resourceLimits: { maxOldGenerationSizeMb: OFF_THREAD_HEAP_MB },
  });
  const outcome = new Promise<R>((resolve, reject) => {
    let handled = Promise.resolve();
    let settled = false;
    const fail = (err: unknown) => {
      settled = true;
      reject(err);
    };
    worker.on('message', (m: { chunk?: C; done?: R; error?: { code?: ErrorCode; params?: Record<string, string>; message?: string } }) => {
      if (settled) return;
      if ('chunk' in m)
        handled = handled.then(async () => {
          if (settled) return;
          await onChunk(m.chunk as C);
          worker.postMessage('next');
        });
      else if (m.error)
        handled = handled.then(() => fail(m.error!.code ? new AppError(m.error!.code, m.error!.params) : new Error(m.error!.message)));
      else
        handled = handled.then(() => {
          settled = true;
          resolve(m.done as R);
        });
      handled.catch(fail);
    });
    // out of memory, or a crash of the thread itself
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!settled) void handled.then(() => !settled && fail(new Error(`the reading thread stopped (${code})`)));
    });
  });
  return outcome.finally(() => worker.terminate());
}
