import { Readable } from 'node:stream';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import { AppError } from './errors.js';

/**
 * What an uploaded ZIP (an .xlsx, a .docx) holds, read from its central directory without
 * inflating anything, and its entries checked against a decompression bomb: too much data
 * once inflated, too high a ratio, or an entry that inflates past the size it declares.
 */

export interface ZipEntry {
  name: string;
  flags: number;
  method: number; // 0 stored, 8 deflated
  crc32: number;
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
      flags: buffer.readUInt16LE(at + 8),
      method: buffer.readUInt16LE(at + 10),
      crc32: buffer.readUInt32LE(at + 16),
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
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL) throw new AppError('IMPORT.UNREADABLE', {}, { reason: 'zip' });
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  return buffer.subarray(start, start + entry.compressedSize);
}

/**
 * What an entry's inflated bytes may hold, checked as they stream by: no run of more than
 * `maxRunBytes` without markup (a cell, a comment or whitespace far longer than any field), and for
 * a worksheet at most `maxRows` row elements. Throws the AppError that says which.
 */
export interface XmlLimits {
  maxRunBytes: number;
  maxRows?: number;
  runTooLong: () => AppError;
  tooManyRows: () => AppError;
}

const LT = 0x3c;
const ROW_TAG = Buffer.from('<row');

function xmlScanner(limits: XmlLimits) {
  let run = 0;
  let rows = 0;
  let tail = Buffer.alloc(0);
  return (chunk: Buffer) => {
    for (let from = 0; ;) {
      const lt = chunk.indexOf(LT, from);
      run += (lt < 0 ? chunk.length : lt) - from;
      if (run > limits.maxRunBytes) throw limits.runTooLong();
      if (lt < 0) break;
      run = 0;
      from = lt + 1;
    }
    if (limits.maxRows === undefined) return;
    // a tag split between two chunks starts in the last three bytes of the first
    const seen = Buffer.concat([tail, chunk]);
    for (let at = seen.indexOf(ROW_TAG); at >= 0; at = seen.indexOf(ROW_TAG, at + 1)) rows++;
    if (rows > limits.maxRows) throw limits.tooManyRows();
    tail = seen.subarray(Math.max(0, seen.length - (ROW_TAG.length - 1)));
  };
}

/** Inflates an entry as a stream, at most `limit` bytes (more is a RangeError: a bomb or a lie), each chunk scanned. */
function inflateChecked(data: Buffer, limit: number, scan?: (chunk: Buffer) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    let length = 0;
    const inflate = createInflateRaw();
    const fail = (err: unknown) => {
      inflate.destroy();
      reject(err);
    };
    inflate.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) return fail(new RangeError('inflates past its declared size'));
      try {
        scan?.(chunk);
      } catch (err) {
        fail(err);
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
 * that stops at the first byte too many), scanning each entry's XML as it streams by when
 * `xmlLimitsOf` gives limits for it. Returns the entries.
 */
export async function assertZipWithinLimits(
  buffer: Buffer,
  limits: ZipLimits,
  xmlLimitsOf: (entry: ZipEntry) => XmlLimits | null = () => null,
): Promise<ZipEntry[]> {
  const entries = zipEntries(buffer);
  if (!entries) throw new AppError('IMPORT.UNREADABLE', {}, { reason: 'not a zip file' });
  const tooLarge = () => new AppError('IMPORT.INFLATES_TOO_LARGE', { limitMb: Math.round(limits.maxUncompressedBytes / 1024 / 1024) });
  if (entries.length > limits.maxEntries) throw tooLarge();
  const total = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  // 0xFFFFFFFF marks a ZIP64 size: more than any spreadsheet we take
  if (total > limits.maxUncompressedBytes || entries.some((e) => e.uncompressedSize === 0xffffffff)) throw tooLarge();
  for (const e of entries) {
    if (e.uncompressedSize > limits.ratioFloorBytes && e.uncompressedSize > e.compressedSize * limits.maxRatio) throw tooLarge();
  }
  for (const e of entries) {
    if (e.method !== 8 && e.method !== 0) throw new AppError('IMPORT.UNREADABLE', {}, { reason: 'zip' });
    const xml = xmlLimitsOf(e);
    try {
      const data = entryData(buffer, e);
      if (e.method === 8) await inflateChecked(data, e.uncompressedSize, xml ? xmlScanner(xml) : undefined);
      else if (xml) xmlScanner(xml)(data);
    } catch (err) {
      if (err instanceof AppError) throw err;
      if (err instanceof RangeError) throw tooLarge();
      throw new AppError('IMPORT.UNREADABLE', {}, { reason: 'zip' });
    }
  }
  return entries;
}

/**
 * The same archive holding exactly the entries of its central directory, in the given order, with
 * plain local headers. A streaming reader (ExcelJS) reads local headers front to back: data the
 * directory does not list (smuggled between entries) would reach it unchecked, and a sheet met
 * before the workbook's relationships is spooled to a temporary file. Compressed data is copied,
 * not inflated again.
 */
export function rebuiltZip(buffer: Buffer, entries: readonly (ZipEntry | { name: string; stored: Buffer })[]): Buffer {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const given of entries) {
    // an entry of the upload, or one added here (stored, not compressed)
    const e: ZipEntry =
      'stored' in given
        ? {
            name: given.name,
            flags: 0,
            method: 0,
            crc32: crc32(given.stored),
            compressedSize: given.stored.length,
            uncompressedSize: given.stored.length,
            localHeaderOffset: -1,
          }
        : given;
    const data = 'stored' in given ? given.stored : entryData(buffer, e);
    const name = Buffer.from(e.name, 'utf8');
    const flags = 0x0800; // names in UTF-8; no data descriptor: the sizes are in the header
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc32, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(e.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc32, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(e.uncompressedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
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
