import { loadConfig } from './config.js';
import { openDatabase } from './db/connection.js';
import { buildApp } from './http/app.js';
import { startWorker } from './jobs/worker.js';
import { localDate } from './lib/dates.js';
import { demoPassword, demoUsers } from './seed/demo-data.js';
import { backfillClientNameKeys } from './modules/risk/risk.service.js';
import { seedDemo, seedReferenceData } from './seed/seed.js';
import { hasActiveAdmin } from './modules/auth/first-admin.js';

const started = performance.now();
const config = loadConfig();
const database = await openDatabase(config);
await database.migrate();
await seedReferenceData(database.db);
await backfillClientNameKeys(database.db);
if (config.SEED_DEMO) await seedDemo(database.db, localDate(new Date(), config.CB_TIME_ZONE));

const app = await buildApp({ db: database.db, config });
await app.listen({ host: config.HOST, port: config.PORT });
const stopWorker = startWorker(database.db, () => localDate(new Date(), config.CB_TIME_ZONE), config.JOB_POLL_SECONDS, app.log, {
  chunkRows: config.IMPORT_CHUNK_ROWS,
});

const address = `http://${config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST}:${config.PORT}`;
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
      .then(() => app.close())
      .then(() => database.close())
      .finally(() => process.exit(0));
  });
}
