import { open } from 'node:fs/promises';

/**
 * The few lines of ustar a backup file needs: regular files only, written one after another and
 * read back as (name, offset, size) so that a large member is streamed from the file, never loaded.
 * `tar tf` / `tar xf` read the result.
 */
const BLOCK = 512;

export function tarHeader(name: string, size: number, mtime: Date): Buffer {
  if (Buffer.byteLength(name) > 100) throw new Error(`tar member name too long: ${name}`);
  const h = Buffer.alloc(BLOCK);
  const field = (offset: number, length: number, value: string) => h.write(value, offset, length, 'ascii');
  h.write(name, 0, 100, 'utf8');
  field(100, 8, '0000644\0');
  field(108, 8, '0000000\0');
  field(116, 8, '0000000\0');
  field(124, 12, `${size.toString(8).padStart(11, '0')}\0`);
  field(
    136,
    12,
    `${Math.floor(mtime.getTime() / 1000)
      .toString(8)
      .padStart(11, '0')}\0`,
  );
  field(148, 8, '        '); // the checksum counts its own field as spaces
  field(156, 1, '0');
  field(257, 6, 'ustar\0');
  field(263, 2, '00');
  let sum = 0;
  for (const byte of h) sum += byte;
  field(148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return h;
}

/** The zero bytes that fill a member up to a whole block. */
export function tarPadding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

/** Two empty blocks close the archive. */
export const TAR_END = Buffer.alloc(2 * BLOCK);

export interface TarMember {
  name: string;
  offset: number;
  size: number;
}

/** The members of a tar file, by reading its headers only; null if the file is not a tar archive. */
export async function tarMembers(file: string): Promise<TarMember[] | null> {
  const handle = await open(file, 'r');
  try {
    const { size: total } = await handle.stat();
    const members: TarMember[] = [];
    const header = Buffer.alloc(BLOCK);
    let position = 0;
    while (position + BLOCK <= total) {
      await handle.read(header, 0, BLOCK, position);
      if (header.every((b) => b === 0)) return members;
      if (header.toString('ascii', 257, 262) !== 'ustar') return null;
      const name = header.toString('utf8', 0, 100).replace(/\0.*$/s, '');
      const size = parseInt(header.toString('ascii', 124, 136).replace(/\0.*$/s, '').trim(), 8);
      if (!Number.isFinite(size) || position + BLOCK + size > total) return null;
      members.push({ name, offset: position + BLOCK, size });
      position += BLOCK + size + tarPadding(size).length;
    }
    return members.length ? members : null;
  } finally {
    await handle.close();
  }
}
