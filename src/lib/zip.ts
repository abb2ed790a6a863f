import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { AppError } from './errors.js';

/**
 * What an uploaded ZIP (an .xlsx, a .docx) holds, read from its central directory without
 * inflating anything, and its entries checked against a decompression bomb: too much data
 * once inflated, too high a ratio, or an entry that inflates past the size it declares.
 */

export interface ZipEntry {
  name: string;
  method: number; // 0 stored, 8 deflated
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  /** all entries together, inflated */
  maxUncompressedBytes: number;
  /** inflated ÷ compressed, for entries above `ratioFloorBytes` */
  maxRatio: number;
  ratioFloorBytes: number;
  maxEntries: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of the central directory; null when the bytes are not a ZIP this reader can take. */
export function zipEntries(buffer: Buffer): ZipEntry[] | null {
  // the end record sits in the last 22 + 65,535 (comment) bytes
  const from = Math.max(0, buffer.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buffer.length - 22; i >= from; i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL) return null;
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    entries.push({
      method: buffer.readUInt16LE(at + 10),
      compressedSize: buffer.readUInt32LE(at + 20),
      uncompressedSize: buffer.readUInt32LE(at + 24),
      name: buffer.toString('utf8', at + 46, at + 46 + nameLength),
      localHeaderOffset: buffer.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(buffer: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL) throw new AppError('IMPORT.UNREADABLE', { detail: 'zip' });
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  return buffer.subarray(start, start + entry.compressedSize);
}

/** Inflated bytes of an entry, at most `limit` of them (more is a RangeError: a bomb or a lie). */
function inflatedLength(data: Buffer, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let length = 0;
    const inflate = createInflateRaw();
    inflate.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        inflate.destroy();
        reject(new RangeError('inflates past its declared size'));
      }
    });
    inflate.on('end', () => resolve(length));
    inflate.on('error', reject);
    Readable.from([data]).pipe(inflate);
  });
}

/**
 * Refuses a ZIP whose entries would inflate to more than the limits allow (413), checking the
 * declared sizes first (no work), then that no entry inflates past what it declares (a stream
 * that stops at the first byte too many). Returns the entries.
 */
export async function assertZipWithinLimits(buffer: Buffer, limits: ZipLimits): Promise<ZipEntry[]> {
  const entries = zipEntries(buffer);
  if (!entries) throw new AppError('IMPORT.UNREADABLE', { detail: 'not a zip file' });
  const tooLarge = () => new AppError('IMPORT.INFLATES_TOO_LARGE', { limitMb: Math.round(limits.maxUncompressedBytes / 1024 / 1024) });
  if (entries.length > limits.maxEntries) throw tooLarge();
  const total = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  // 0xFFFFFFFF marks a ZIP64 size: more than any spreadsheet we take
  if (total > limits.maxUncompressedBytes || entries.some((e) => e.uncompressedSize === 0xffffffff)) throw tooLarge();
  for (const e of entries) {
    if (e.uncompressedSize > limits.ratioFloorBytes && e.uncompressedSize > e.compressedSize * limits.maxRatio) throw tooLarge();
  }
  for (const e of entries) {
    if (e.method !== 8) continue;
    try {
      await inflatedLength(entryData(buffer, e), e.uncompressedSize);
    } catch (err) {
      if (err instanceof AppError) throw err;
      if (err instanceof RangeError) throw tooLarge();
      throw new AppError('IMPORT.UNREADABLE', { detail: 'zip' });
    }
  }
  return entries;
}

/** One small entry's text (e.g. [Content_Types].xml), inflated at most `maxBytes`; null when absent. */
export function zipEntryText(buffer: Buffer, entries: readonly ZipEntry[], name: string, maxBytes: number): string | null {
  const entry = entries.find((e) => e.name === name);
  if (!entry || entry.uncompressedSize > maxBytes) return null;
  const data = entryData(buffer, entry);
  try {
    return (entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: maxBytes })).toString('utf8');
  } catch {
    return null;
  }
}
