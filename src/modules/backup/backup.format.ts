import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { z } from 'zod';
import { tarMembers } from '../../lib/tar.js';

/**
 * A CertDesk backup is one tar file: `data.jsonl.gz` (per table a line {"@table": name}, then one
 * line per row: the row as PostgreSQL's own to_jsonb text, in primary-key order) and
 * `manifest.json` (what made it, when, at which migration, and per table the row count and the
 * sha256 of those row lines). The same text is produced by PGlite and by PostgreSQL, so the
 * checksums compare a restore with its source on either backend.
 */
export const BACKUP_FORMAT = 'certdesk-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const DATA_MEMBER = 'data.jsonl.gz';
export const MANIFEST_MEMBER = 'manifest.json';
export const TABLE_LINE_PREFIX = '{"@table":';

const TableContentSchema = z.object({ rows: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export type TableContent = z.infer<typeof TableContentSchema>;

export const ManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  certdeskVersion: z.string(),
  createdAt: z.iso.datetime(),
  backend: z.enum(['pglite', 'postgres']),
  serverVersion: z.string(),
  // the last migration applied to the source (drizzle's created_at is the journal's `when`)
  migration: z.object({ tag: z.string(), when: z.number().int(), count: z.number().int().min(0) }),
  tables: z.record(z.string(), TableContentSchema),
  sequences: z.record(z.string(), z.number().int().nullable()),
  data: z.object({ member: z.literal(DATA_MEMBER), bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export const certdeskVersion: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** A backup file that is not one, or not whole: said to the operator, nothing touched. */
export class BackupFileError extends Error {}

export interface OpenedBackup {
  manifest: Manifest;
  data: { offset: number; size: number };
}

/** Reads the manifest and checks the data member against its sha256 (the whole member is read). */
export async function openBackup(file: string): Promise<OpenedBackup> {
  const members = await tarMembers(file).catch((err: NodeJS.ErrnoException) => {
    throw new BackupFileError(err.code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${err.message}`);
  });
  const manifestMember = members?.find((m) => m.name === MANIFEST_MEMBER);
  const dataMember = members?.find((m) => m.name === DATA_MEMBER);
  if (!manifestMember || !dataMember)
    throw new BackupFileError(`${file} is not a CertDesk backup (no ${MANIFEST_MEMBER} and ${DATA_MEMBER})`);
  const manifestText = await readMember(file, manifestMember.offset, manifestMember.size);
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifestText.toString('utf8'));
  } catch {
    throw new BackupFileError(`${file}: ${MANIFEST_MEMBER} is not JSON`);
  }
  const manifest = ManifestSchema.safeParse(parsed);
  if (!manifest.success)
    throw new BackupFileError(`${file}: ${MANIFEST_MEMBER} is not a CertDesk backup manifest of format ${BACKUP_FORMAT_VERSION}`);
  const sha256 = await sha256Of(file, dataMember.offset, dataMember.size);
  if (dataMember.size !== manifest.data.data.bytes || sha256 !== manifest.data.data.sha256) {
    throw new BackupFileError(`${file}: the data does not match the manifest's checksum (damaged or altered); nothing was restored`);
  }
  return { manifest: manifest.data, data: { offset: dataMember.offset, size: dataMember.size } };
}

async function readMember(file: string, offset: number, size: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  if (size === 0) return Buffer.alloc(0);
  for await (const chunk of createReadStream(file, { start: offset, end: offset + size - 1 })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function sha256Of(file: string, offset = 0, size?: number): Promise<string> {
  const hash = createHash('sha256');
  if (size === 0) return hash.digest('hex');
  const stream = createReadStream(file, size === undefined ? { start: offset } : { start: offset, end: offset + size - 1 });
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
