/**
 * `npm run create-admin -- --username li.ming --name 李明`: the first administrator of a production
 * install (SEED_DEMO=false), on the database the server uses (DATABASE_URL or DATA_DIR). The
 * password comes from CERTDESK_ADMIN_PASSWORD, or is asked for twice without echo (one line when piped). Refused once
 * an administrator exists: from then on accounts are made in CertDesk.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig } from './config.js';
import { openDatabase } from './db/connection.js';
import { DirectoryInUseError } from './db/directory-lock.js';
import { AppError } from './lib/errors.js';
import { createFirstAdmin } from './modules/auth/first-admin.js';
import { seedReferenceData } from './seed/seed.js';

function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const hidden = rl as unknown as { _writeToOutput: (s: string) => void };
  if (process.stdin.isTTY) hidden._writeToOutput = (s) => void (s.startsWith(question) && process.stdout.write(question));
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close();
      if (process.stdin.isTTY) process.stdout.write('\n');
      resolve(answer);
    }),
  );
}

const { values } = parseArgs({ options: { username: { type: 'string' }, name: { type: 'string' } } });
if (!values.username || !values.name) {
  console.error('用法 / usage: npm run create-admin -- --username <用户名> --name <姓名>');
  process.exit(2);
}
let password = process.env.CERTDESK_ADMIN_PASSWORD ?? '';
if (!password) {
  password = await ask('密码 / password: ');
  // typed: asked twice; piped in: one line
  if (process.stdin.isTTY && (await ask('再输一次 / again: ')) !== password) {
    console.error('两次输入的密码不一致 / the two passwords differ');
    process.exit(2);
  }
}

const config = loadConfig();
const database = await openDatabase(config).catch((err: unknown) => {
  // the server holds its PGlite directory: say so, without a stack trace
  if (!(err instanceof DirectoryInUseError)) throw err;
  console.error(err.message);
  process.exit(1);
});
try {
  await database.migrate({ startUp: () => seedReferenceData(database.db) });
  const admin = await createFirstAdmin(database.db, { username: values.username, displayName: values.name, password });
  console.log(`管理员已创建 / administrator created: ${admin.username} (${admin.displayName})`);
} catch (err) {
  if (!(err instanceof AppError)) throw err;
  const { message } = err.toBody();
  console.error(`${message.zh} / ${message.en}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
