import { types } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { customType, type AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * bytea as a Buffer on both drivers, sent as base64 text: PGlite's own bytea parameter and result
 * handling works byte by byte in JavaScript, blocking the event loop (an 8 MB upload: 2.2 s to
 * write and 0.8 s to read, against 0.3 s and 0.06 s as base64) and holding an array of every byte.
 * Read a file's bytes with `byteaOf`; a plain select still works, the slow way.
 */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (v) => sql`decode(${v.toString('base64')}, 'base64')`,
  fromDriver: (v) => Buffer.from(v),
});

/** A bytea column read as base64 and decoded here (see `bytea`). */
export const byteaOf = (column: AnyPgColumn) => sql<Buffer>`encode(${column}, 'base64')`.mapWith((v: string) => Buffer.from(v, 'base64'));

/**
 * A JSON value as a jsonb parameter in PostgreSQL's binary format (a version byte, then the text),
 * which both drivers send as bytes: as text, PGlite's serializer measures and copies a string
 * character by character in JavaScript (5.6 s of a 100,000-row import's check went into sending
 * its staged rows). node-postgres sends a Buffer as a binary parameter; PGlite does once
 * `pgliteSerializers` lets it through. Write it as `${jsonbParam(v)}::jsonb`.
 */
export function jsonbParam(value: unknown): Buffer {
  const text = JSON.stringify(value);
  const bytes = Buffer.allocUnsafe(1 + Buffer.byteLength(text));
  bytes[0] = JSONB_BINARY_VERSION;
  bytes.write(text, 1);
  return bytes;
}
const JSONB_BINARY_VERSION = 1;

/** PGlite's serializers, but bytes given for a jsonb parameter go as they are (binary format: see `jsonbParam`). */
export const pgliteSerializers = {
  [types.JSONB]: (v: unknown) => (v instanceof Uint8Array ? v : types.serializers[types.JSONB]!(v)) as string,
};

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

/** How many rows a raw statement (`db.execute`) wrote: node-postgres says rowCount, PGlite affectedRows. */
export function affectedRows(result: unknown): number {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return r.rowCount ?? r.affectedRows ?? 0;
}
