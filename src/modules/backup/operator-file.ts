import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * How `npm run backup` reaches the server that holds a PGlite directory: the server writes its
 * address and a fresh random token into DATA_DIR/operator.json, readable by its own account only
 * (0600). Whoever can read that file can read the database directory itself anyway.
 */
export interface OperatorFile {
  url: string;
  token: string;
  pid: number;
}

const fileIn = (dataDir: string) => path.join(dataDir, 'operator.json');

export async function writeOperatorFile(dataDir: string, content: OperatorFile): Promise<() => Promise<void>> {
  const file = fileIn(dataDir);
  await rm(file, { force: true }); // a file left by a crash may belong to another account or mode
  await writeFile(file, JSON.stringify(content), { mode: 0o600, flag: 'wx' });
  return () => rm(file, { force: true });
}

export async function readOperatorFile(dataDir: string): Promise<OperatorFile | null> {
  try {
    return JSON.parse(await readFile(fileIn(dataDir), 'utf8')) as OperatorFile;
  } catch {
    return null;
  }
}
