import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from './connection.js';
import { migrationsFolder } from './connection.js';

interface Journal {
  entries: { when: number; tag: string }[];
}

/** The newest migration this code carries: drizzle records each applied one by its journal time. */
const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
export const lastKnownMigration = journal.entries.at(-1)!;

export type Readiness = { ready: true } | { ready: false; reason: 'unreachable' | 'migrations_pending' };

/**
 * Whether this process can serve: the database answers within `timeoutMs` (a load balancer's
 * probe must not wait for the pool's own, longer bound), and it holds the last migration the
 * code knows (a newer one, from a newer process, is fine). Never throws.
 */
export async function readiness(db: Db, timeoutMs: number): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const answered = await Promise.race([db.execute(sql`select 1`), timedOut]);
    if (answered === 'timeout') return { ready: false, reason: 'unreachable' };
  } catch {
    return { ready: false, reason: 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
  try {
    // both drivers answer execute() with { rows }
    const result = (await db.execute(sql`select max(created_at) as at from drizzle.__drizzle_migrations`)) as unknown as {
      rows: { at: string | number | null }[];
    };
    const at = Number(result.rows[0]?.at ?? 0);
    return at >= lastKnownMigration.when ? { ready: true } : { ready: false, reason: 'migrations_pending' };
  } catch {
    // no migrations table: nothing was ever migrated here
    return { ready: false, reason: 'migrations_pending' };
  }
}
