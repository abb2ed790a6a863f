import { sql, type SQL } from 'drizzle-orm';
import { customType } from 'drizzle-orm/pg-core';

/** bytea as a Buffer on both drivers (PGlite returns a Uint8Array). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

/** `column in ('a', 'b')` for a CHECK constraint over a TypeScript list of allowed values. */
export function checkIn(column: string, values: readonly string[], opts: { nullable?: boolean } = {}): SQL {
  const list = values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
  return sql.raw(`${opts.nullable ? `${column} is null or ` : ''}${column} in (${list})`);
}

/**
 * The next serial of a yearly numbering such as TS-2026-0007: the highest NNNN of the numbers
 * starting with `prefix`, plus one, taken under a transaction-level advisory lock so that two
 * processes never hand out the same number (PostgreSQL and PGlite alike).
 */
export async function nextSerial(
  tx: { execute: (q: SQL) => Promise<unknown> },
  lockName: string,
  table: string,
  column: string,
  prefix: string,
) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${lockName}))`);
  const result = (await tx.execute(
    sql`select coalesce(max(substring(${sql.identifier(column)} from '\\d{4}$')::int), 0) as n from ${sql.identifier(table)} where ${sql.identifier(column)} like ${`${prefix}%`}`,
  )) as { rows: { n: number | string }[] };
  return Number(result.rows[0]!.n) + 1;
}
