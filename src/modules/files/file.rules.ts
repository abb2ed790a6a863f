import { zipEntries, zipEntryText } from '../../lib/zip.js';

/**
 * Evidence files (SPEC §5, §11): only documents and images are taken, recognised by their
 * content and their name together, so a renamed program is refused; they are served as
 * downloads, never rendered or run.
 */

/** The extensions each recognised content may carry; Office Open XML files are zip archives, legacy Office files OLE documents. */
export const fileKinds = {
  pdf: ['pdf'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  gif: ['gif'],
  webp: ['webp'],
  ooxml: ['docx', 'xlsx', 'pptx'],
  ole: ['doc', 'xls', 'ppt'],
} as const;
export type FileKind = keyof typeof fileKinds;

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

const startsWith = (b: Uint8Array, bytes: number[], at = 0) => bytes.every((x, i) => b[at + i] === x);

function kindOfContent(b: Uint8Array): FileKind | null {
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, [0x47, 0x49, 0x46, 0x38])) return 'gif'; // GIF8
  if (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp'; // RIFF….WEBP
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return 'ooxml'; // PK
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  return null;
}

export function extensionOf(fileName: string): string {
  const m = /\.([a-z0-9]{1,8})$/i.exec(fileName.trim());
  return m ? m[1]!.toLowerCase() : '';
}

/**
 * The main part an Office Open XML package declares in its [Content_Types].xml, as the extension
 * it belongs to. Any zip starts with PK, so this is what tells a Word document from an archive,
 * and a macro-enabled document (…macroEnabled.main+xml) from a plain one: only the plain ones pass.
 */
const OOXML_MAIN_PART: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
};
/** [Content_Types].xml is a few KiB; more is not an Office file */
const CONTENT_TYPES_MAX_BYTES = 256 * 1024;

function ooxmlMainPartIs(content: Buffer, ext: string): boolean {
  const entries = zipEntries(content);
  const types = entries && zipEntryText(content, entries, '[Content_Types].xml', CONTENT_TYPES_MAX_BYTES);
  if (!types) return false;
  // <Override PartName="/word/document.xml" ContentType="…main+xml"/>, attributes in either order; the part must be there
  const mainParts = [...types.matchAll(/<Override\b[^>]*>/g)].flatMap(([tag]) => {
    const name = /PartName\s*=\s*"([^"]+)"/.exec(tag)?.[1];
    const type = /ContentType\s*=\s*"([^"]+)"/.exec(tag)?.[1];
    return name && type === OOXML_MAIN_PART[ext] ? [name.replace(/^\//, '')] : [];
  });
  return mainParts.some((part) => entries.some((e) => e.name === part));
}

/** The accepted type of a file whose content and name agree, with the MIME type to serve it as; null otherwise. */
export function acceptedFileType(content: Buffer, fileName: string): { kind: FileKind; mime: string } | null {
  const kind = kindOfContent(content);
  const ext = extensionOf(fileName);
  if (!kind || !(fileKinds[kind] as readonly string[]).includes(ext)) return null;
  if (kind === 'ooxml' && !ooxmlMainPartIs(content, ext)) return null;
  return { kind, mime: MIME[ext]! };
}

/** A name safe to store and to send back: no path, no control characters, at most 120 characters. */
export function safeFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f || '"<>|:*?'.includes(ch) ? '_' : ch))
    .join('')
    .trim();
  return (cleaned || 'file').slice(-120);
}
