import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/connection.js';

export function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { medianMs: +at(0.5).toFixed(2), p95Ms: +at(0.95).toFixed(2), maxMs: +sorted[sorted.length - 1]!.toFixed(2) };
}

/** One warm-up call, then `runs` timed calls. */
export async function time(fn: () => Promise<unknown>, runs: number) {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

/** The plan PostgreSQL chose, with actual times; `$1`-style parameters are filled in as literals. */
export async function explain(db: Db, query: string, params: unknown[] = []): Promise<string> {
  const literal = (v: unknown) => (typeof v === 'number' ? String(v) : `'${String(v).replaceAll("'", "''")}'`);
  const filled = query.replace(/\$(\d+)/g, (_, n: string) => literal(params[Number(n) - 1]));
  const r = (await db.execute(sql.raw(`explain (analyze, buffers off) ${filled}`))) as unknown as { rows: Record<string, string>[] };
  return r.rows.map((row) => Object.values(row)[0]).join('\n');
}
