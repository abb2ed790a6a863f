import { readTableFileInChunks, type TableHeader } from '../../lib/table-file.js';
import type { ClientColumnKey } from './client.columns.js';
import { readName, type NameReading } from './client.rules.js';
import { clientSheetColumns, sheetRowToInput, type SheetRow } from './client.xlsx.js';

/**
 * Reading a client file: what each row of it says, before anything is looked up. Runs on its own
 * thread for a large file (lib/off-thread.ts), so it takes plain data only.
 */

export interface ClientBranchText {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
}

/** A row as the file gives it, its cells read into fields (sheetRowToInput), once. */
export interface ReadClientRow extends SheetRow {
  input: Record<string, unknown>;
}

export interface ReadClientChunk {
  rows: ReadClientRow[];
  /** each name the rows give (and their former names) read for the search text and risk keys */
  readings: [string, NameReading][];
  header: TableHeader<ClientColumnKey>;
}

export function branchIdByText(branches: readonly ClientBranchText[]): (text: string) => string | undefined {
  const byText = new Map<string, string>();
  for (const b of branches) for (const text of [b.code, b.nameZh, b.nameEn]) byText.set(text.toLowerCase(), b.id);
  return (t) => byText.get(t.toLowerCase());
}

const namesOf = (input: Record<string, unknown>): string[] =>
  [input.name, ...(Array.isArray(input.formerNames) ? input.formerNames : [])].filter((n): n is string => typeof n === 'string');

/** Reads a client file `chunkRows` rows at a time, each chunk's rows read into fields and their names read. */
export async function readClientFile(
  args: { content: Uint8Array; fileName: string; chunkRows: number; branches: readonly ClientBranchText[] },
  send: (chunk: ReadClientChunk) => Promise<void>,
): Promise<TableHeader<ClientColumnKey>> {
  const branchIdOf = branchIdByText(args.branches);
  const content = Buffer.from(args.content.buffer, args.content.byteOffset, args.content.byteLength);
  return readTableFileInChunks(content, args.fileName, clientSheetColumns, args.chunkRows, async (rows, header) => {
    const read = rows.map((r) => ({ ...(r as SheetRow), input: sheetRowToInput(r.cells, branchIdOf) }));
    const readings = new Map<string, NameReading>();
    for (const { input } of read) for (const name of namesOf(input)) if (!readings.has(name)) readings.set(name, readName(name));
    await send({ rows: read, readings: [...readings], header });
  });
}
