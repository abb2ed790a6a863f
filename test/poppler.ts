import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';

/**
 * A PDF as a reader meets it, through poppler (Debian's poppler-utils, which .ci/run installs):
 * its text and where each word is drawn. Tests that need it are skipped where it is missing.
 */
export const hasPoppler = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The pages' text in reading order, one string per page. */
export function pdfPages(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim());
}

export interface WordBox {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word poppler finds, with its box on its page (pdftotext -bbox). */
export function wordBoxes(pdf: Buffer): WordBox[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'pdf-words-'));
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const boxes: WordBox[] = [];
    let page = 0;
    for (const line of html.split('\n')) {
      if (line.includes('<page ')) page++;
      const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
      if (m) boxes.push({ page, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]!, text: m[5]! });
    }
    return boxes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pairs of words drawn over each other (more than `tolerance` points deep both ways). */
export function overlappingWords(words: readonly WordBox[], tolerance = 0.5): [WordBox, WordBox][] {
  const found: [WordBox, WordBox][] = [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i]!;
      const b = words[j]!;
      if (a.page !== b.page) continue;
      const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (dx > tolerance && dy > tolerance) found.push([a, b]);
    }
  return found;
}

/** How many pixels inside a word's box poppler draws dark (at 72 dpi, one pixel a point): text hidden under a halo or a shape has none. */
export function darkPixelsIn(pdf: Buffer, word: WordBox): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'pdf-ink-'));
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', [
      '-r',
      '72',
      '-png',
      '-f',
      String(word.page),
      '-l',
      String(word.page),
      '-singlefile',
      file,
      path.join(dir, 'page'),
    ]);
    const png = PNG.sync.read(readFileSync(path.join(dir, 'page.png')));
    let n = 0;
    for (let y = Math.floor(word.yMin); y < Math.ceil(word.yMax); y++)
      for (let x = Math.floor(word.xMin); x < Math.ceil(word.xMax); x++) {
        const i = (y * png.width + x) * 4;
        if (png.data[i]! < DARK && png.data[i + 1]! < DARK && png.data[i + 2]! < DARK) n++;
      }
    return n;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
// a channel below this is ink (#333 text is 51), not the page or a light grid line
const DARK = 128;

/** The words printed before the first word `text` (on earlier pages, or above it on its page): a report's charts come before its first table. */
export function wordsAbove(words: readonly WordBox[], text: string): string[] {
  const mark = words.find((w) => w.text === text);
  if (!mark) throw new Error(`no word ${text}`);
  return words.filter((w) => w.page < mark.page || (w.page === mark.page && w.yMax <= mark.yMin)).map((w) => w.text);
}
