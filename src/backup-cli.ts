/**
 * `npm run backup`: one backup file of the whole database into BACKUP_DIR (default DATA_DIR/backups),
 * while CertDesk runs. PostgreSQL (DATABASE_URL): read here, in one REPEATABLE READ snapshot.
 * PGlite: a directory only one process may open, so when a server holds it this asks that server
 * (DATA_DIR/operator.json), which writes the file; when none does, this opens the directory itself.
 * `-- --json`: the result as JSON (scripts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from './config.js';
import { openPglite, openPostgres, type Database } from './db/connection.js';
import { DirectoryInUseError } from './db/directory-lock.js';
import { backupNow, backupSettings, type BackupSettings } from './modules/backup/backup.runs.js';
import { OperatorError } from './modules/backup/backup.format.js';
import { describeFailure, usageFailure } from './modules/backup/backup.messages.js';
import { readOperatorFile } from './modules/backup/operator-file.js';

function fail(message: { zh: string; en: string }, code = 1): never {
  console.error(`备份失败 / backup failed: ${message.zh} / ${message.en}`);
  process.exit(code);
}

let values: { json: boolean };
try {
  ({ values } = parseArgs({ options: { json: { type: 'boolean', default: false } } }));
} catch (err) {
  fail(usageFailure(err, 'npm run backup [-- --json]'), 2);
}

interface Outcome {
  file: string;
  bytes: number;
  sha256: string;
  tables: number;
  rows: number;
  seconds: number;
  by: 'this command' | 'the running server';
}

async function here(database: Database, settings: BackupSettings): Promise<Outcome> {
  try {
    const result = await backupNow(database, settings, new Date());
    const tables = Object.values(result.manifest.tables);
    const rows = tables.reduce((n, t) => n + t.rows, 0);
    return {
      file: result.file,
      bytes: result.bytes,
      sha256: result.sha256,
      tables: tables.length,
      rows,
      seconds: result.seconds,
      by: 'this command',
    };
  } finally {
    await database.close();
  }
}

async function byServer(config: Config): Promise<Outcome> {
  const operator = await readOperatorFile(config.DATA_DIR);
  if (!operator)
    throw new OperatorError(
      '数据库目录正被其他进程使用，但没有 CertDesk 服务应答：请停止该进程',
      'the database directory is in use, but no CertDesk server answers: stop that process',
    );
  const response = await fetch(`${operator.url}/api/operator/backup`, {
    method: 'POST',
    headers: { authorization: `Bearer ${operator.token}` },
  });
  const body = (await response.json()) as Omit<Outcome, 'by'> & { message?: { zh: string; en: string } };
  if (!response.ok)
    throw body.message
      ? new OperatorError(body.message.zh, body.message.en)
      : new OperatorError(`服务返回 ${response.status}`, `the server answered ${response.status}`);
  return { ...body, by: 'the running server' };
}

async function backup(): Promise<Outcome> {
  const config = loadConfig();
  const settings = backupSettings(config);
  if (config.DATABASE_URL) return here(await openPostgres(config.DATABASE_URL, 2), settings);
  const dir = path.join(config.DATA_DIR, 'pglite');
  if (!existsSync(dir)) throw new OperatorError(`${dir} 中没有数据库`, `there is no database in ${dir}`);
  try {
    return await here(await openPglite(dir), settings);
  } catch (err) {
    if (err instanceof DirectoryInUseError) return byServer(config);
    throw err;
  }
}

try {
  const outcome = await backup();
  if (values.json) console.log(JSON.stringify(outcome));
  else {
    console.log(`备份完成 / backup written (by ${outcome.by}): ${outcome.file}`);
    console.log(`  ${outcome.tables} tables, ${outcome.rows} rows, ${outcome.bytes} bytes, ${outcome.seconds.toFixed(1)} s`);
    console.log(`  sha256 ${outcome.sha256} (also in ${path.basename(outcome.file)}.sha256)`);
  }
} catch (err) {
  fail(describeFailure(err));
}
