import { inflateSync } from 'node:zlib';

/**
 * The text a PDF made by pdfkit shows, one line per text run: its streams inflated, the glyph
 * codes of each TJ mapped through the embedded font's ToUnicode map. Enough for letters set in
 * one font; not a general PDF reader.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const bytes = Buffer.from(m[1]!, 'latin1');
    try {
      streams.push(inflateSync(bytes).toString('latin1'));
    } catch {
      streams.push(m[1]!); // not compressed
    }
  }
  const toUnicode = new Map<string, string>();
  for (const s of streams.filter((x) => x.includes('beginbfrange'))) {
    for (const r of s.matchAll(/<([0-9a-f]{4})> <([0-9a-f]{4})> \[([^\]]*)\]/gi)) {
      const start = parseInt(r[1]!, 16);
      [...r[3]!.matchAll(/<([0-9a-f ]+)>/gi)].forEach((e, i) => {
        const units = e[1]!.split(' ').map((h) => parseInt(h, 16));
        toUnicode.set((start + i).toString(16).padStart(4, '0'), String.fromCharCode(...units));
      });
    }
  }
  const lines: string[] = [];
  for (const s of streams.filter((x) => x.includes(' TJ'))) {
    for (const tj of s.matchAll(/\[([^\]]*)\] TJ/g)) {
      const hex = [...tj[1]!.matchAll(/<([0-9a-f]*)>/gi)].map((h) => h[1]!).join('');
      let line = '';
      for (let i = 0; i < hex.length; i += 4) line += toUnicode.get(hex.slice(i, i + 4).toLowerCase()) ?? '?';
      lines.push(line);
    }
  }
  return lines.join('\n');
}
