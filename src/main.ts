import { randomBytes } from 'node:crypto';
import { loadConfig } from './config.js';
import { openDatabase } from './db/connection.js';
import { buildApp } from './http/app.js';
import { startWorker } from './jobs/worker.js';
import { smtpMailer } from './modules/notices/mail.delivery.js';
import { localDate } from './lib/dates.js';
import { demoPassword, demoUsers } from './seed/demo-data.js';
import { recomputeNameKeys } from './modules/clients/name-keys.recompute.js';
import { seedDemo, seedReferenceData } from './seed/seed.js';
import { hasActiveAdmin } from './modules/auth/first-admin.js';
import { backupNow, backupSettings, dailyBackupHandler, JOB_DAILY_BACKUP } from './modules/backup/backup.runs.js';
import { writeOperatorFile } from './modules/backup/operator-file.js';

const started = performance.now();
const config = loadConfig();
const database = await openDatabase(config);
await database.migrate({
  startUp: async () => {
    await seedReferenceData(database.db);
    await recomputeNameKeys(database.db);
    if (config.SEED_DEMO) await seedDemo(database.db, localDate(new Date(), config.CB_TIME_ZONE));
  },
});

const backups = backupSettings(config);
// the handler is there even when the daily backup is off, so that a job queued before still runs
const jobs = {
  handlers: { [JOB_DAILY_BACKUP]: dailyBackupHandler(database, backups, () => new Date()) },
  daily: config.BACKUP_DAILY ? [JOB_DAILY_BACKUP] : [],
};
const operatorToken = randomBytes(32).toString('hex');
const operator = { token: operatorToken, run: () => backupNow(database, backups, new Date()) };
const app = await buildApp({ db: database.db, config, server: { jobs, operator } });
await app.listen({ host: config.HOST, port: config.PORT });
const stopWorker = startWorker(database.db, () => localDate(new Date(), config.CB_TIME_ZONE), config.JOB_POLL_SECONDS, app.log, {
  mail: { mailer: smtpMailer(config), settings: config },
  extra: jobs,
  imports: {
    chunkRows: config.IMPORT_CHUNK_ROWS,
    writeChunkRows: config.IMPORT_WRITE_CHUNK_ROWS,
    offThreadBytes: config.IMPORT_OFF_THREAD_BYTES,
  },
});
const listening = app.server.address();
const localUrl = `http://${config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST}:${typeof listening === 'object' && listening ? listening.port : config.PORT}`;
// `npm run backup` cannot open the PGlite directory this process holds: it asks this process (operator-file.ts)
const removeOperatorFile =
  database.backend === 'pglite'
    ? await writeOperatorFile(config.DATA_DIR, { url: localUrl, token: operatorToken, pid: process.pid })
    : async () => {};

const address = `http://${config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST}:${config.PORT}`;
if (!config.SMTP_HOST) console.log('邮件未启用 / mail is off (no SMTP_HOST): notices stay in the portal');
// certificates' QR codes and mail links carry this address: one that is not this server's leads nowhere once printed
if (new URL(config.PUBLIC_BASE_URL).origin !== new URL(address).origin)
  console.log(
    `注意 / note: PUBLIC_BASE_URL 为 ${config.PUBLIC_BASE_URL}，证书二维码和邮件链接指向该地址 / certificate QR codes and mail links point to ${config.PUBLIC_BASE_URL}, not ${address}: set PUBLIC_BASE_URL to the address clients reach`,
  );
console.log(`\nCertDesk 已启动 / is running: ${address}  (API docs ${address}/api/docs)`);
console.log(
  `数据库 / database: ${database.backend === 'pglite' ? `PGlite in ${config.DATA_DIR}` : 'PostgreSQL'}; ready in ${Math.round(performance.now() - started)} ms`,
);
if (config.SEED_DEMO) {
  console.log(`演示账号 / demo accounts (password 密码: ${demoPassword}):`);
  for (const u of demoUsers) console.log(`  ${u.username.padEnd(10)} ${u.role.padEnd(18)} ${u.displayName}`);
} else if (!(await hasActiveAdmin(database.db))) {
  console.log('还没有管理员账号 / no administrator yet: npm run create-admin -- --username <用户名> --name <姓名>');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stopWorker()
      .then(() => removeOperatorFile())
      .then(() => app.close())
      .then(() => database.close())
      .finally(() => process.exit(0));
  });
}
