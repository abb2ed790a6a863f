import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
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

/** What the backup and restore commands tell the operator: Chinese first, then English, never a stack trace. */
export class OperatorError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

/** A backup file that is not one, or not whole: said to the operator, nothing touched. */
export class BackupFileError extends OperatorError {}

const damaged = (file: string, why: { zh: string; en: string }) =>
  new BackupFileError(
    `${file} 已损坏或不完整（${why.zh}），未恢复任何数据`,
    `${file} is damaged or incomplete (${why.en}); nothing was restored`,
  );

export interface OpenedBackup {
  manifest: Manifest;
  data: { offset: number; size: number };
}

/**
 * Checks a backup file completely before any database is opened: the whole file against the
 * `.sha256` beside it when there is one, the manifest, and the data member against the manifest's
 * checksum (the whole member is read).
 */
export async function openBackup(file: string): Promise<OpenedBackup & { wholeFileChecked: boolean }> {
  const size = await stat(file).then(
    (s) => s.size,
    (err: NodeJS.ErrnoException) => {
      throw err.code === 'ENOENT'
        ? new BackupFileError(`没有此文件：${file}`, `no such file: ${file}`)
        : new BackupFileError(`无法读取 ${file}：${err.code ?? err.message}`, `cannot read ${file}: ${err.message}`);
    },
  );
  if (size === 0) throw damaged(file, { zh: '文件为空', en: 'the file is empty' });
  const wholeFileChecked = await checkSha256File(file);
  const members = await tarMembers(file);
  const manifestMember = members?.find((m) => m.name === MANIFEST_MEMBER);
  const dataMember = members?.find((m) => m.name === DATA_MEMBER);
  if (!manifestMember || !dataMember) {
    // a copy cut short still begins as a backup does: that is damage, not some other file
    if (members || (await beginsAsBackup(file))) throw damaged(file, { zh: '文件被截断', en: 'the file is cut short' });
    throw new BackupFileError(
      `${file} 不是 CertDesk 备份文件（没有 ${MANIFEST_MEMBER} 和 ${DATA_MEMBER}）`,
      `${file} is not a CertDesk backup (no ${MANIFEST_MEMBER} and ${DATA_MEMBER})`,
    );
  }
  const manifestText = await readMember(file, manifestMember.offset, manifestMember.size);
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifestText.toString('utf8'));
  } catch {
    throw damaged(file, { zh: `${MANIFEST_MEMBER} 不是 JSON`, en: `${MANIFEST_MEMBER} is not JSON` });
  }
  const manifest = ManifestSchema.safeParse(parsed);
  if (!manifest.success)
    throw new BackupFileError(
      `${file}：${MANIFEST_MEMBER} 不是第 ${BACKUP_FORMAT_VERSION} 版 CertDesk 备份清单`,
      `${file}: ${MANIFEST_MEMBER} is not a CertDesk backup manifest of format ${BACKUP_FORMAT_VERSION}`,
    );
  const sha256 = await sha256Of(file, dataMember.offset, dataMember.size);
  if (dataMember.size !== manifest.data.data.bytes || sha256 !== manifest.data.data.sha256) {
    throw damaged(file, { zh: '数据与清单中的校验和不符', en: "the data does not match the manifest's checksum" });
  }
  return { manifest: manifest.data, data: { offset: dataMember.offset, size: dataMember.size }, wholeFileChecked };
}

/** The `<file>.sha256` the backup wrote beside it (as `sha256sum` prints): false when there is none. */
async function checkSha256File(file: string): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(`${file}.sha256`, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
  const expected = /^([0-9a-f]{64})\b/i.exec(text.trim())?.[1]?.toLowerCase();
  if (!expected)
    throw new BackupFileError(`${path.basename(file)}.sha256 不是校验和文件`, `${path.basename(file)}.sha256 holds no sha256 checksum`);
  if ((await sha256Of(file)) !== expected)
    throw damaged(file, {
      zh: `与 ${path.basename(file)}.sha256 中的校验和不符`,
      en: `it does not match the checksum in ${path.basename(file)}.sha256`,
    });
  return true;
}

/** Whether the file starts with a tar header (or the data member's name a backup starts with). */
async function beginsAsBackup(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(512);
    const { bytesRead } = await handle.read(head, 0, 512, 0);
    return (
      head.toString('ascii', 257, 262) === 'ustar' ||
      head.subarray(0, Math.min(bytesRead, DATA_MEMBER.length)).toString() === DATA_MEMBER.slice(0, Math.min(bytesRead, DATA_MEMBER.length))
    );
  } finally {
    await handle.close();
  }
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
