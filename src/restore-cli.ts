/**
 * `npm run restore -- FILE [--force]`: a backup file into the database this environment names:
 * DATABASE_URL (PostgreSQL), else DATA_DIR (PGlite; no server may hold it). The file is checked
 * against its checksum first; a target holding any row is refused unless --force, which replaces
 * everything in it; the restore commits only when every table's rows and checksum match the backup.
 * A backup of an embedded install restored with DATABASE_URL set is how a CB moves to PostgreSQL.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from './config.js';
import { openPglite, openPostgres, type Database } from './db/connection.js';
import { describeFailure, usageFailure } from './modules/backup/backup.messages.js';
import { checkBackupFile, RESTORE_APPLICATION_NAME, restoreBackup } from './modules/backup/backup.service.js';

const USAGE = 'npm run restore -- <backup file> [--force] [--json]';

function fail(message: { zh: string; en: string }, code = 1): never {
  console.error(`恢复失败 / restore failed: ${message.zh} / ${message.en}`);
  process.exit(code);
}

let args: { values: { force: boolean; json: boolean }; positionals: string[] };
try {
  args = parseArgs({
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
  });
} catch (err) {
  fail(usageFailure(err, USAGE), 2);
}
const { values, positionals } = args;
if (positionals.length !== 1)
  fail(
    {
      zh: `需要一个备份文件，给了 ${positionals.length} 个。用法：${USAGE}`,
      en: `one backup file expected, ${positionals.length} given. Usage: ${USAGE}`,
    },
    2,
  );
const file = path.resolve(positionals[0]!);

let database: Database | undefined;
try {
  const config = loadConfig();
  // the file is checked whole before the target is opened: a refused file creates nothing
  const backup = await checkBackupFile(file);
  let target: string;
  if (config.DATABASE_URL) {
    const url = new URL(config.DATABASE_URL);
    const host = url.searchParams.get('host') ?? url.hostname;
    const port = url.searchParams.get('port') ?? url.port;
    target = `PostgreSQL 数据库 / database "${decodeURIComponent(url.pathname.slice(1))}" on ${host}${port ? `:${port}` : ''}`;
    // the restore's own connections by name: any other session on the database is someone else's
    url.searchParams.set('application_name', `${RESTORE_APPLICATION_NAME}-${process.pid}`);
    database = await openPostgres(url.toString(), 2);
  } else {
    target = `PGlite in ${config.DATA_DIR}`;
    database = await openPglite(path.join(config.DATA_DIR, 'pglite'));
  }
  const result = await restoreBackup(database, backup, { force: values.force });
  const { manifest } = result;
  for (const w of result.warnings) console.error(`警告 / warning: ${w.zh} / ${w.en}`);
  if (values.json)
    console.log(
      JSON.stringify({
        tables: result.tables,
        rows: result.rows,
        seconds: result.seconds,
        from: manifest.backend,
        createdAt: manifest.createdAt,
        wholeFileChecked: backup.wholeFileChecked,
      }),
    );
  else {
    console.log(`恢复完成 / restored into ${target}: ${result.tables} tables, ${result.rows} rows, ${result.seconds.toFixed(1)} s`);
    console.log(
      `  backup of ${manifest.createdAt} (${manifest.backend}, CertDesk ${manifest.certdeskVersion}, migration ${manifest.migration.tag}); every table's rows and checksum match`,
    );
    console.log(
      backup.wholeFileChecked
        ? `  整个文件与 ${path.basename(file)}.sha256 一致 / the whole file matches ${path.basename(file)}.sha256`
        : `  旁边没有 ${path.basename(file)}.sha256，未核对整个文件的校验和（数据部分已核对）/ no ${path.basename(file)}.sha256 beside it: the whole-file checksum was not checked (the data's was)`,
    );
  }
} catch (err) {
  await database?.close().catch(() => undefined);
  fail(describeFailure(err));
}
await database?.close();
