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
import { restoreBackup } from './modules/backup/backup.service.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { force: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
});
if (positionals.length !== 1) {
  console.error('用法 / usage: npm run restore -- <backup file> [--force]');
  process.exit(2);
}
const file = path.resolve(positionals[0]!);
const config = loadConfig();

let database: Database | undefined;
try {
  database = config.DATABASE_URL ? await openPostgres(config.DATABASE_URL, 2) : await openPglite(path.join(config.DATA_DIR, 'pglite'));
  const target = config.DATABASE_URL ? 'PostgreSQL' : `PGlite in ${config.DATA_DIR}`;
  const result = await restoreBackup(database, file, { force: values.force });
  const { manifest } = result;
  if (values.json)
    console.log(
      JSON.stringify({
        tables: result.tables,
        rows: result.rows,
        seconds: result.seconds,
        from: manifest.backend,
        createdAt: manifest.createdAt,
      }),
    );
  else {
    console.log(`恢复完成 / restored into ${target}: ${result.tables} tables, ${result.rows} rows, ${result.seconds.toFixed(1)} s`);
    console.log(
      `  backup of ${manifest.createdAt} (${manifest.backend}, CertDesk ${manifest.certdeskVersion}, migration ${manifest.migration.tag}); every table's rows and checksum match`,
    );
  }
} catch (err) {
  console.error(`恢复失败 / restore failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await database?.close();
}
