import { asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { normaliseCompanyName } from '../../lib/company-name.js';
import { NORMALISER_VERSION } from '../../lib/normalise-text.js';
import { certificates } from '../certificates/certificate.schema.js';
import { searchColumns } from './client.rules.js';
import { clients, nameKeyRecomputation } from './client.schema.js';

/**
 * A start-up step (main.ts, under the start-up lock): the clients' search text and name keys and
 * the certificates' register name keys written by an older normaliser (NORMALISER_VERSION) are
 * computed again. One transaction per batch, which also records the last id done
 * (name_key_recomputation), so a stopped server goes on where it left off; a finished table is
 * not read again until the version changes. Derived data only: no version bump, no audit entry.
 */

export const RECOMPUTE_BATCH_ROWS = 1000;

interface Target {
  table: string;
  /** recomputes the rows after `afterId` (all when null), at most `limit`; the last id done, or null when none was left */
  batch(tx: Db, afterId: string | null, limit: number): Promise<{ lastId: string | null; rows: number }>;
}

const clientTarget: Target = {
  table: 'clients',
  async batch(tx, afterId, limit) {
    const rows = await tx
      .select({
        id: clients.id,
        name: clients.name,
        formerNames: clients.formerNames,
        uscc: clients.uscc,
        contractNo: clients.contractNo,
        certificateNos: clients.certificateNos,
      })
      .from(clients)
      .where(afterId ? gt(clients.id, afterId) : undefined)
      .orderBy(asc(clients.id))
      .limit(limit);
    if (rows.length === 0) return { lastId: null, rows: 0 };
    const values = rows.map((r) => {
      const { searchText, nameKeys, searchBigrams } = searchColumns(r);
      return { id: r.id, search_text: searchText, name_keys: nameKeys, search_bigrams: searchBigrams };
    });
    // one statement per batch: 300,000 single-row updates would take minutes
    await tx.execute(sql`update ${clients} set search_text = v.search_text, name_keys = v.name_keys, search_bigrams = v.search_bigrams
      from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(id uuid, search_text text, name_keys text[], search_bigrams text[])
      where ${clients.id} = v.id and (${clients.searchText} is distinct from v.search_text or ${clients.nameKeys} is distinct from v.name_keys
        or ${clients.searchBigrams} is distinct from v.search_bigrams)`);
    return { lastId: rows[rows.length - 1]!.id, rows: rows.length };
  },
};

const certificateTarget: Target = {
  table: 'certificates',
  async batch(tx, afterId, limit) {
    const rows = await tx
      .select({ id: certificates.id, organisationName: certificates.organisationName })
      .from(certificates)
      .where(afterId ? gt(certificates.id, afterId) : undefined)
      .orderBy(asc(certificates.id))
      .limit(limit);
    if (rows.length === 0) return { lastId: null, rows: 0 };
    const values = rows.map((r) => ({ id: r.id, name_key: normaliseCompanyName(r.organisationName) }));
    // the register's name key is no public change: register_generation is left as it is
    await tx.execute(sql`update ${certificates} set name_key = v.name_key
      from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(id uuid, name_key text)
      where ${certificates.id} = v.id and ${certificates.nameKey} is distinct from v.name_key`);
    return { lastId: rows[rows.length - 1]!.id, rows: rows.length };
  },
};

/** Recomputes what is stale; returns how many rows of each table were read. */
export async function recomputeNameKeys(db: Db, batchRows = RECOMPUTE_BATCH_ROWS): Promise<Record<string, number>> {
  const read: Record<string, number> = {};
  for (const target of [clientTarget, certificateTarget]) {
    read[target.table] = 0;
    for (;;) {
      const finished = await db.transaction(async (tx) => {
        await tx
          .insert(nameKeyRecomputation)
          .values({ tableName: target.table, version: NORMALISER_VERSION, afterId: null, done: false })
          .onConflictDoNothing();
        const [state] = await tx.select().from(nameKeyRecomputation).where(eq(nameKeyRecomputation.tableName, target.table)).for('update');
        const current = state!.version === NORMALISER_VERSION;
        if (current && state!.done) return true;
        const { lastId, rows } = await target.batch(tx, current ? state!.afterId : null, batchRows);
        read[target.table]! += rows;
        await tx
          .update(nameKeyRecomputation)
          .set({ version: NORMALISER_VERSION, afterId: lastId ?? (current ? state!.afterId : null), done: rows < batchRows })
          .where(eq(nameKeyRecomputation.tableName, target.table));
        return rows < batchRows;
      });
      if (finished) break;
    }
  }
  return read;
}
