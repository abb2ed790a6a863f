import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openPglite } from './connection.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it("the embedded database's directory is the owner's alone, also when it existed open to all", async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'certdesk-data-'));
  const dataDir = path.join(dir, 'pglite');
  mkdirSync(dataDir);
  chmodSync(dataDir, 0o777);
  const database = await openPglite(dataDir);
  try {
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
  } finally {
    await database.close();
  }
});
