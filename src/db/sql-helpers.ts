import { sql, type SQL } from 'drizzle-orm';

/** `column in ('a', 'b')` for a CHECK constraint over a TypeScript list of allowed values. */
export function checkIn(column: string, values: readonly string[], opts: { nullable?: boolean } = {}): SQL {
  const list = values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
  return sql.raw(`${opts.nullable ? `${column} is null or ` : ''}${column} in (${list})`);
}
