/**
 * CI check that CertDesk scales out as N stateless API processes on one PostgreSQL (decisions.md):
 * two `src/main.ts` processes started at the same instant on a new, empty database (both migrate
 * and seed the demo), then a session made on one is used on the other, due jobs are run by both at
 * once (each exactly once), and failed sign-ins spread over both lock the account at the threshold.
 *
 *   tsx scripts/ci-two-processes.ts <postgresql URL of any database on the server>
 *
 * It creates (and afterwards drops) a database of its own beside that one. Exit code 1 on any failure;
 * both processes are stopped whatever happens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { lastKnownMigration } from '../src/db/readiness.js';
import { JOB_EXPIRY } from '../src/modules/certificates/certificate.service.js';
import { LOGIN_MAX_FAILURES } from '../src/modules/auth/auth.service.js';
import { demoClients, demoPassword, demoUsers } from '../src/seed/demo-data.js';

/** How long both processes may take to migrate, seed the demo and answer /readyz. */
const START_TIMEOUT_MS = 180_000;
/** How long the due jobs may take to be run by the two processes. */
const JOBS_TIMEOUT_MS = 60_000;
/** The workers look for due jobs this often (seconds), so that they race the explicit runs. */
const WORKER_POLL_SECONDS = '1';
/** POST /api/jobs/run requests sent to each process at the same time. */
const PARALLEL_RUNS_PER_PROCESS = 3;
/** Wrong passwords sent to both processes at once for one account. */
const PARALLEL_GUESSES = 12;

const serverUrl = process.argv[2];
if (!serverUrl) {
  console.error('usage: tsx scripts/ci-two-processes.ts <postgresql URL>');
  process.exit(2);
}

const failures: string[] = [];
function check(ok: boolean, what: string): void {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface ApiProcess {
  name: string;
  base: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

function startProcess(name: string, port: number, databaseUrl: string, dataDir: string): ApiProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      JOB_POLL_SECONDS: WORKER_POLL_SECONDS,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => `  [${name}] ${l}\n`)
      .join('');
  child.stdout!.on('data', (c: Buffer) => process.stdout.write(prefix(c)));
  child.stderr!.on('data', (c: Buffer) => process.stdout.write(prefix(c)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, base: `http://127.0.0.1:${port}`, child, exited };
}

async function stopProcess(p: ApiProcess): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  p.child.kill('SIGTERM');
  const stopped = await Promise.race([p.exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 10_000))]);
  if (!stopped) {
    p.child.kill('SIGKILL');
    await p.exited;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitReady(p: ApiProcess, startedAt: number): Promise<number> {
  let exitCode: number | null | undefined;
  void p.exited.then((code) => (exitCode = code));
  while (performance.now() - startedAt < START_TIMEOUT_MS) {
    if (exitCode !== undefined) throw new Error(`process ${p.name} exited with ${exitCode} before it was ready`);
    const res = await fetch(`${p.base}/readyz`).catch(() => undefined);
    if (res?.status === 200) return Math.round(performance.now() - startedAt);
    await sleep(200);
  }
  throw new Error(`process ${p.name} was not ready within ${START_TIMEOUT_MS / 1000} s`);
}

function post(p: ApiProcess, url: string, body: unknown, cookie?: string) {
  return fetch(`${p.base}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

async function signIn(p: ApiProcess, username: string, password: string): Promise<{ status: number; code?: string; cookie?: string }> {
  const res = await post(p, '/api/auth/login', { username, password });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('certdesk_session='));
  const body = (await res.json()) as { code?: string };
  return { status: res.status, code: body.code, cookie };
}

async function rows<T>(client: pg.Client, text: string, values: unknown[] = []): Promise<T[]> {
  return (await client.query(text, values)).rows as T[];
}

async function main(): Promise<void> {
  const server = new URL(serverUrl!);
  const dbName = `${server.pathname.slice(1) || 'certdesk'}_two_processes`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${dbName}" with (force)`);
  await admin.query(`create database "${dbName}"`);
  const target = new URL(serverUrl!);
  target.pathname = `/${dbName}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'certdesk-two-'));
  const db = new pg.Client({ connectionString: target.toString() });
  const processes: ApiProcess[] = [];
  try {
    console.log('two API processes, one PostgreSQL: both start at once on an empty database');
    const [portA, portB] = [await freePort(), await freePort()];
    const startedAt = performance.now();
    processes.push(startProcess('A', portA!, target.toString(), path.join(dataDir, 'a')));
    processes.push(startProcess('B', portB!, target.toString(), path.join(dataDir, 'b')));
    const [a, b] = processes as [ApiProcess, ApiProcess];
    const [readyA, readyB] = await Promise.all([waitReady(a, startedAt), waitReady(b, startedAt)]);
    console.log(`  ready after ${readyA} ms (A) and ${readyB} ms (B)`);
    await db.connect();

    const migrations = await rows<{ n: string; last: string }>(
      db,
      'select count(*) n, max(created_at) last from drizzle.__drizzle_migrations',
    );
    check(
      Number(migrations[0]!.last) === lastKnownMigration.when,
      `migrated once to ${lastKnownMigration.tag} (${migrations[0]!.n} migrations recorded)`,
    );
    const [counts] = await rows<{ users: string; clients: string; certificates: string }>(
      db,
      'select (select count(*) from users) users, (select count(*) from clients) clients, (select count(*) from certificates) certificates',
    );
    check(Number(counts!.users) === demoUsers.length, `demo users seeded once: ${counts!.users} (expected ${demoUsers.length})`);
    check(
      Number(counts!.clients) === demoClients().length,
      `demo clients seeded once: ${counts!.clients} (expected ${demoClients().length})`,
    );
    const [grants] = await rows<{ grants: string; certificates: string }>(
      db,
      "select count(*) grants, count(distinct certificate_id) certificates from certificate_events where kind = 'grant'",
    );
    check(
      grants!.grants === grants!.certificates,
      `each of ${counts!.certificates} demo certificates granted once (${grants!.grants} grant events)`,
    );

    console.log('a session made on one process works on the other');
    const session = await signIn(a, 'admin', demoPassword);
    check(session.status === 200 && !!session.cookie, `sign-in on A: ${session.status}`);
    const cookie = session.cookie ?? '';
    const meOnB = await fetch(`${b.base}/api/auth/me`, { headers: { cookie } });
    check(meOnB.status === 200, `GET /api/auth/me on B with A's cookie: ${meOnB.status}`);

    console.log('due jobs run exactly once, by both processes at once');
    // taken before any job falls due: the workers poll every second
    const expiryEvents = async () =>
      new Map(
        (
          await rows<{ id: string; n: string }>(
            db,
            `select c.id, count(e.id) n from certificates c
             left join certificate_events e on e.certificate_id = c.id and e.kind = 'expire' group by c.id`,
          )
        ).map((r) => [r.id, Number(r.n)]),
      );
    const eventsBefore = await expiryEvents();
    const registerUrl = '/api/public/feed';
    const etagBefore = await Promise.all([a, b].map(async (p) => (await fetch(`${p.base}${registerUrl}`)).headers.get('etag')));
    check(!!etagBefore[0] && etagBefore[0] === etagBefore[1], `the register's ETag is the same on A and B: ${etagBefore.join(' ')}`);
    // every demo certificate's expiry falls due: validity ended two days ago (CB's day or UTC alike)
    const due = await rows<{ job_id: string; certificate_id: string }>(
      db,
      `with expiring as (
         update certificates c set expires_on = current_date - 3
         from jobs j
         where j.kind = $1 and j.status = 'pending' and (j.payload->>'certificateId')::uuid = c.id
           and c.status = 'valid' and c.issue_on < current_date - 3
         returning c.id)
       update jobs j set due_on = current_date - 2 from (select distinct id from expiring) e
       where j.kind = $1 and j.status = 'pending' and (j.payload->>'certificateId')::uuid = e.id
       returning j.id job_id, e.id certificate_id`,
      [JOB_EXPIRY],
    );
    // a recertified certificate still has its former expiry's job: it finds the certificate expired and does nothing
    const jobIds = due.map((r) => r.job_id);
    const ids = [...new Set(due.map((r) => r.certificate_id))];
    check(ids.length > 0, `${jobIds.length} expiry jobs of ${ids.length} certificates made due`);
    const runs = await Promise.all(
      [a, b].flatMap((p) =>
        Array.from({ length: PARALLEL_RUNS_PER_PROCESS }, async () => {
          const res = await post(p, '/api/jobs/run', {}, cookie);
          return { p: p.name, status: res.status, ...((await res.json()) as { done?: number }) };
        }),
      ),
    );
    check(
      runs.every((r) => r.status === 200),
      `${runs.length} POST /api/jobs/run at once: ${runs.map((r) => `${r.p}:${r.status}`).join(' ')}`,
    );
    const byRoute = (name: string) => runs.filter((r) => r.p === name).reduce((n, r) => n + (r.done ?? 0), 0);
    const jobsDeadline = performance.now() + JOBS_TIMEOUT_MS;
    const jobsLeft = async () =>
      Number(
        (await rows<{ n: string }>(db, "select count(*) n from jobs where id = any($1::bigint[]) and status = 'pending'", [jobIds]))[0]!.n,
      );
    while ((await jobsLeft()) > 0 && performance.now() < jobsDeadline) await sleep(500);
    const [done] = await rows<{ done: string; once: string }>(
      db,
      `select count(*) filter (where status = 'done') done, count(*) filter (where status = 'done' and attempts = 1) once
       from jobs where id = any($1::bigint[])`,
      [jobIds],
    );
    const eventsAfter = await expiryEvents();
    const added = ids.map((id) => eventsAfter.get(id)! - eventsBefore.get(id)!);
    const [expired] = await rows<{ n: string }>(
      db,
      "select count(*) n from certificates where id = any($1::uuid[]) and status = 'expired'",
      [ids],
    );
    // the daily jobs each run also counts in `done`
    console.log(
      `  jobs done: by POST /api/jobs/run on A ${byRoute('A')}, on B ${byRoute('B')} (with the daily jobs); the rest by the workers`,
    );
    check(
      Number(done!.done) === jobIds.length && Number(done!.once) === jobIds.length,
      `all ${jobIds.length} done, each in one attempt (${done!.once})`,
    );
    check(
      added.every((n) => n === 1),
      `exactly one expiry event added per certificate (${added.filter((n) => n === 1).length} of ${ids.length}; none: ${added.filter((n) => n === 0).length}; more: ${added.filter((n) => n > 1).length})`,
    );
    check(Number(expired!.n) === ids.length, `${expired!.n} of ${ids.length} certificates expired`);
    const revalidated = await Promise.all(
      [a, b].map((p) => fetch(`${p.base}${registerUrl}`, { headers: { 'if-none-match': etagBefore[0] ?? '' } })),
    );
    check(
      revalidated.every((r) => r.status === 200 && r.headers.get('etag') !== etagBefore[0]),
      `after the expiries the register's old ETag gets a new answer on both: ${revalidated.map((r) => `${r.status} ${r.headers.get('etag')}`).join(', ')}`,
    );

    console.log(`login throttling counts across both (${LOGIN_MAX_FAILURES} failures lock the name)`);
    const alternated: string[] = [];
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      const p = i % 2 === 0 ? a : b;
      const r = await signIn(p, 'kefu', 'wrong password');
      alternated.push(`${p.name}:${r.status}`);
    }
    check(
      alternated.every((s) => s.endsWith(':401')),
      `${LOGIN_MAX_FAILURES} wrong passwords alternated A/B: ${alternated.join(' ')}`,
    );
    const right = await signIn(b, 'kefu', demoPassword);
    check(right.status === 429 && right.code === 'AUTH.THROTTLED', `then the right password on B: ${right.status} ${right.code ?? ''}`);
    const rightOnA = await signIn(a, 'kefu', demoPassword);
    check(rightOnA.status === 429, `and on A: ${rightOnA.status} ${rightOnA.code ?? ''}`);
    const guesses = await Promise.all(
      Array.from({ length: PARALLEL_GUESSES }, (_, i) => signIn(i % 2 === 0 ? a : b, 'zonghe', `wrong ${i}`)),
    );
    const wrong = guesses.filter((g) => g.status === 401).length;
    const throttled = guesses.filter((g) => g.status === 429).length;
    check(
      wrong === LOGIN_MAX_FAILURES && throttled === PARALLEL_GUESSES - LOGIN_MAX_FAILURES,
      `${PARALLEL_GUESSES} wrong passwords at once over A and B: ${wrong} checked, ${throttled} refused unchecked`,
    );

    console.log('a sign-out on one process ends the session on the other');
    const out = await post(b, '/api/auth/logout', {}, cookie);
    const meOnA = await fetch(`${a.base}/api/auth/me`, { headers: { cookie } });
    check(out.status === 204 && meOnA.status === 401, `logout on B ${out.status}, then /api/auth/me on A ${meOnA.status}`);

    for (const p of processes) check(p.child.exitCode === null, `process ${p.name} still running`);
  } finally {
    await Promise.all(processes.map(stopProcess));
    await db.end().catch(() => undefined);
    await admin.query(`drop database if exists "${dbName}" with (force)`).catch(() => undefined);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (err) {
  failures.push(String(err));
  console.error(err);
}
console.log(failures.length ? `two-process check FAILED: ${failures.length} failure(s)` : 'two-process check passed');
process.exit(failures.length ? 1 : 0);
