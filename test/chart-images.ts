import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import { expect } from 'vitest';

/** The PNG images a workbook's sheet carries, decoded, in the order they were added. */
export async function sheetImages(xlsx: Buffer, sheetName: string): Promise<PNG[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx as unknown as ArrayBuffer);
  const sheet = book.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}: ${book.worksheets.map((s) => s.name).join(', ')}`);
  return sheet.getImages().map((image) => {
    const { buffer, extension } = book.getImage(Number(image.imageId));
    if (extension !== 'png') throw new Error(`image ${image.imageId} is ${extension}`);
    return PNG.sync.read(buffer as unknown as Buffer);
  });
}

/** How many pixels are drawn (not white): a blank image has none. */
export function inkedPixels(png: PNG): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 250 || png.data[i + 1]! < 250 || png.data[i + 2]! < 250) n++;
  return n;
}

/** How many pixels are exactly this colour (a bar's fill: ECharts' first series is #5470c6). */
export function pixelsOf(png: PNG, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i] === r && png.data[i + 1] === g && png.data[i + 2] === b) n++;
  return n;
}

// ECharts' default palette: the first series' colour, the second's
export const FIRST_SERIES = '#5470c6';
export const SECOND_SERIES = '#91cc75';
// the legend's words and the figures over the bars
const LABEL_INK = '#333333';
// a chart's PNG is drawn at twice the 640 × 300 the sheet shows it at
const CHART_PNG_SIZE = { width: 1280, height: 600 };
// a chart with bars, axes and labels inks well over this share of its pixels; a blank one none
const MIN_INKED_SHARE = 0.03;

/** Each image is a chart as drawn for a report: its size, inked, its words and figures in the label ink. */
export function expectDrawnCharts(images: readonly PNG[]): void {
  for (const png of images) {
    expect({ width: png.width, height: png.height }).toEqual(CHART_PNG_SIZE);
    expect(inkedPixels(png) / (png.width * png.height)).toBeGreaterThan(MIN_INKED_SHARE);
    expect(pixelsOf(png, LABEL_INK)).toBeGreaterThan(0);
  }
}
