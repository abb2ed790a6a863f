import { randomBytes } from 'node:crypto';
import { constants, deflateRawSync } from 'node:zlib';

/** An entry of a hand-written ZIP; past `readableBytes` of its data, its deflate stream is garbage. */
interface ZipEntry {
  name: string;
  data: Buffer;
  declaredSize?: number;
  readableBytes?: number;
}

/**
 * A ZIP written by hand, so a test can make one an honest archiver would not: an entry of any
 * declared size, or an .xlsx whose sheet XML inflates to `sheetBytes` (a decompression bomb).
 * An entry readable only so far lets a test see that a reader stopped before it: one that reads
 * on fails on the garbage instead.
 */
export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const compressed =
      e.readableBytes === undefined
        ? deflateRawSync(e.data)
        : // 0xff starts a block of the reserved type 3: every inflater refuses it
          Buffer.concat([
            deflateRawSync(e.data.subarray(0, e.readableBytes), { finishFlush: constants.Z_SYNC_FLUSH }),
            Buffer.alloc(4096, 0xff),
          ]);
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** How a test file's sheet is packed: the size its ZIP entry declares, and how much of it is readable. */
type SheetPacking = Pick<ZipEntry, 'declaredSize' | 'readableBytes'>;

/** An .xlsx whose one sheet's XML is `sheetBytes` long (mostly whitespace). */
export function xlsxBomb(sheetBytes: number, packing: SheetPacking = {}): Buffer {
  const head = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const tail = '</sheetData></worksheet>';
  const sheet = Buffer.alloc(sheetBytes, ' ');
  sheet.write(head, 0);
  sheet.write(tail, sheetBytes - tail.length);
  return zipOf([...workbookParts(), { name: 'xl/worksheets/sheet1.xml', data: sheet, ...packing }]);
}

/**
 * A bomb that passes the ZIP checks: a header row, then `rows` rows of one inline cell of
 * `cellChars` characters, a little random text each so that it compresses only ~100–160 : 1
 * (the user test's file: 20,000 rows of 20,100 characters, 2.4 MB packed, 403 MB unpacked);
 * past `wellFormedRows`, each row closes a tag it never opened (XML no parser reads), which a
 * reader that stops at the first overlong cell never meets.
 */
export function xlsxWithLongCells(header: readonly string[], rows: number, cellChars: number, wellFormedRows = rows): Buffer {
  const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const parts = [
    '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    `<row r="1">${header.map((h, i) => inline(`${String.fromCharCode(65 + i)}1`, h)).join('')}</row>`,
  ];
  const randomChars = Math.max(1, Math.floor(cellChars / 200));
  const filler = 'x'.repeat(cellChars - randomChars);
  for (let r = 2; r <= rows + 1; r++) {
    const cell = inline(`A${r}`, randomBytes(randomChars).toString('base64').slice(0, randomChars) + filler);
    parts.push(`<row r="${r}">${r - 1 > wellFormedRows ? cell.replace('</is>', '</c>') : cell}</row>`);
  }
  parts.push('</sheetData></worksheet>');
  return zipOf([...workbookParts(), { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(parts.join('')) }]);
}

/** The parts every workbook has besides its sheet, as ECMA-376 names them (what Excel writes, trimmed). */
function workbookParts(): { name: string; data: Buffer }[] {
  const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`);
  return [
    {
      name: '[Content_Types].xml',
      data: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '</Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
          '</Relationships>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
          '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
          '</Relationships>',
      ),
    },
  ];
}

/** A workbook of one sheet written as given (inline strings, any row numbers), its sheet placed first or last. */
export function xlsxOfSheet(sheetXml: string, { sheetFirst = false, ...packing }: SheetPacking & { sheetFirst?: boolean } = {}): Buffer {
  const sheet = { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheetXml), ...packing };
  return zipOf(sheetFirst ? [sheet, ...workbookParts()] : [...workbookParts(), sheet]);
}

/**
 * `zip` with one more entry written just before its central directory, which does not list it:
 * invisible to a reader of the directory, read by one that walks the local headers.
 */
export function withSmuggledEntry(zip: Buffer, name: string, data: Buffer): Buffer {
  const end = zip.length - 22;
  const directoryAt = zip.readUInt32LE(end + 16);
  const smuggled = zipOf([{ name, data }]);
  const local = smuggled.subarray(0, smuggled.readUInt32LE(smuggled.length - 22 + 16));
  const out = Buffer.concat([zip.subarray(0, directoryAt), local, zip.subarray(directoryAt)]);
  out.writeUInt32LE(directoryAt + local.length, out.length - 22 + 16);
  return out;
}
