import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { buildApp } from '../../http/app.js';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { testDatabase, testDatabaseUrl } from '../../../test/database.js';
import { backupNow } from './backup.runs.js';
import type { BackupResult } from './backup.service.js';

/** `npm run backup` / `npm run restore` as the operator runs them: their messages, exit codes and what they leave behind. */
let w: World;
let dir: string;
let backup: BackupResult;
const clock = new Date('2026-11-20T02:00:00Z');

beforeAll(async () => {
  w = await setUpWorld(() => clock);
  dir = mkdtempSync(path.join(tmpdir(), 'certdesk-backup-cli-'));
  backup = await backupNow(await testDatabase(), { dir: path.join(dir, 'backups'), keep: 14 }, clock);
});
afterAll(async () => {
  await w.app.close();
  rmSync(dir, { recursive: true, force: true });
});

function cli(script: 'backup' | 'restore', args: string[], env: Record<string, string> = {}) {
  const base: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: path.join(dir, 'fresh'), ...env };
  if (!env.DATABASE_URL) delete base.DATABASE_URL; // its own PGlite directory, never the suite's server
  return promisify(execFile)(process.execPath, ['--import', 'tsx', `src/${script}-cli.ts`, ...args], { env: base }).then(
    (r) => ({ exit: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ exit: e.code, out: e.stdout + e.stderr }),
  );
}

/** A message both languages read, without a Node.js stack trace or error code dump. */
function expectOperatorMessage(out: string, zh: RegExp, en: RegExp) {
  expect(out).toMatch(zh);
  expect(out).toMatch(en);
  expect(out).not.toMatch(/^\s+at /m);
  expect(out).not.toMatch(/ERR_|Failed query/);
}

describe('npm run restore', () => {
  it('refuses a missing, foreign or damaged file before creating anything in DATA_DIR', async () => {
    const bytes = readFileSync(backup.file);
    bytes[600] = bytes[600]! ^ 0xff;
    writeFileSync(path.join(dir, 'damaged.tar'), bytes);
    writeFileSync(path.join(dir, 'hello.tar'), 'hello');
    const cases: [string, RegExp, RegExp][] = [
      ['none.tar', /恢复失败.*没有此文件/, /restore failed.*no such file/],
      ['hello.tar', /不是 CertDesk 备份文件/, /is not a CertDesk backup/],
      ['damaged.tar', /已损坏或不完整（数据与清单中的校验和不符）/, /is damaged or incomplete \(the data does not match/],
    ];
    for (const [name, zh, en] of cases) {
      const run = await cli('restore', [path.join(dir, name)]);
      expect(run.exit).toBe(1);
      expectOperatorMessage(run.out, zh, en);
    }
    expect(existsSync(path.join(dir, 'fresh'))).toBe(false);
  });

  it('answers a mistyped option with its usage', async () => {
    const run = await cli('restore', [backup.file, '--forse']);
    expect(run.exit).toBe(2);
    expectOperatorMessage(run.out, /没有选项 --forse。用法：npm run restore/, /there is no option --forse\. Usage: npm run restore/);
  });

  it('names the cause when the PostgreSQL database does not exist', async (ctx) => {
    const url = testDatabaseUrl();
    if (!url) return ctx.skip();
    const missing = new URL(url);
    missing.pathname = '/certdesk_no_such_database';
    const run = await cli('restore', [backup.file], { DATABASE_URL: missing.toString() });
    expect(run.exit).toBe(1);
    expectOperatorMessage(run.out, /数据库不存在/, /the database does not exist \(database "certdesk_no_such_database" does not exist\)/);
  });
});

describe('npm run backup', () => {
  it('answers a mistyped option with its usage', async () => {
    const run = await cli('backup', ['--foo']);
    expect(run.exit).toBe(2);
    expectOperatorMessage(run.out, /没有选项 --foo/, /there is no option --foo/);
  });

  it('names the cause when BACKUP_DIR is unusable', async (ctx) => {
    const url = testDatabaseUrl();
    if (!url) return ctx.skip(); // PGlite: the server's answer below says it
    const blocked = path.join(dir, 'blocked');
    writeFileSync(blocked, '');
    const run = await cli('backup', [], { DATABASE_URL: url, BACKUP_DIR: path.join(blocked, 'backups') });
    expect(run.exit).toBe(1);
    expectOperatorMessage(run.out, /备份失败.*路径中有一段不是目录.*ENOTDIR/, /backup failed.*not a directory.*ENOTDIR/);
  });

  it('gets the cause from the server that holds PGlite, not only "internal error"', async () => {
    const token = 'a'.repeat(64);
    const blocked = path.join(dir, 'blocked-too');
    writeFileSync(blocked, '');
    const source = await testDatabase();
    const app = await buildApp({
      db: source.db,
      config: loadConfig({}),
      now: () => clock,
      logger: false,
      server: { jobs: { handlers: {}, daily: [] }, operator: { token, run: () => backupNow(source, { dir: blocked, keep: 14 }, clock) } },
    });
    try {
      const answer = await app.inject({ method: 'POST', url: '/api/operator/backup', headers: { authorization: `Bearer ${token}` } });
      expect(answer.statusCode).toBe(500);
      expect(answer.json()).toMatchObject({
        code: 'BACKUP.FAILED',
        message: {
          zh: expect.stringMatching(/^备份失败：路径已被一个文件占用：.*blocked-too（EEXIST）$/),
          en: expect.stringMatching(/^The backup failed: a file is in the way: .*blocked-too \(EEXIST\)$/),
        },
      });
    } finally {
      await app.close();
    }
  });
});
