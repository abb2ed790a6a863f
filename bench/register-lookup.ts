/**
 * Public register lookups at scale: 1,000,000 certificates over 300,000 organisations on
 * PostgreSQL. The API (a real server process) under autocannon, side by side with pgbench
 * running the same SQL on the same database. Target: API ≥ 50 % of pgbench's throughput,
 * p99 ≤ 25 ms. Results: bench/results/register-lookup.json and .md.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { openPostgres } from '../src/db/connection.js';
import { normaliseCompanyName } from '../src/lib/company-name.js';
import { NORMALISER_VERSION } from '../src/lib/normalise-text.js';
import { nextPrefix } from '../src/lib/prefix-range.js';
import { pgBinDir, startThrowawayCluster } from './pg-cluster.js';

const CERTIFICATES = Number(process.env.BENCH_CERTIFICATES ?? 1_000_000);
const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 300_000);
const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);

const certificateNo = (n: number) => `CB${String(n).padStart(8, '0')}`;
const organisationName = (n: number) => `北京华信${n}号科技有限公司`;

async function seed(url: string) {
  const database = await openPostgres(url, 2);
  await database.migrate();
  const { db } = database;
  const started = performance.now();
  const existing = (await db.execute(sql`select count(*)::int as n from certificates`)) as unknown as { rows: { n: number }[] };
  if (process.env.BENCH_REUSE === '1' && existing.rows[0]!.n === CERTIFICATES) {
    await database.close();
    return 0; // already seeded (iterating on the API)
  }
  await db.execute(sql`truncate certificate_events, client_notices, jobs, certificates, clients, branches restart identity cascade`);
  await db.execute(sql`insert into branches (code, name_zh, name_en) values ('BJ', '北京总部', 'Beijing')`);
  await db.execute(sql`
    insert into clients (contract_no, name, uscc, province, address, branch_id, search_text)
    select 'B-' || g, '北京华信' || g || '号科技有限公司', '91110108' || lpad(g::text, 9, '0') || 'X', '北京市', '北京市海淀区' || g || '号',
           (select id from branches limit 1), '北京华信' || g
    from generate_series(1, ${ORGANISATIONS}) g`);
  // the key the app computes with normaliseCompanyName, checked below on one row
  await db.execute(sql`
    insert into certificates (client_id, certificate_no, scheme, field, standard, organisation_name, name_key, address, scope,
                              star_level, decision_on, original_issue_on, issue_on, expires_on, status, suspended_from, suspended_until)
    select c.id, 'CB' || lpad(g::text, 8, '0'),
           case when g % 3 = 0 then 'after_sales' else 'management_system' end,
           case when g % 3 = 0 then 'AFTER_SALES' else 'QMS' end,
           case when g % 3 = 0 then 'GB/T 27922-2011' else 'GB/T 19001-2016' end,
           c.name, regexp_replace(c.name, '^北京|有限公司$', '', 'g'), c.address, '电子产品的设计、生产和售后服务',
           case when g % 3 = 0 then 3 + g % 3 end,
           date '2025-01-01' + (g % 700), date '2025-01-01' + (g % 700), date '2025-01-01' + (g % 700), date '2027-12-31' + (g % 700),
           case when g % 50 = 0 then 'suspended' else 'valid' end,
           case when g % 50 = 0 then date '2026-10-01' end, case when g % 50 = 0 then date '2027-01-31' end
    from generate_series(1, ${CERTIFICATES}) g
    join (select id, name, address, row_number() over (order by id) as rn from clients) c on c.rn = ((g - 1) % ${ORGANISATIONS}) + 1`);
  // the seeded keys are the app's (checked below): the API's start-up has nothing to recompute
  await db.execute(sql`insert into name_key_recomputation (table_name, version, done) values ('clients', ${NORMALISER_VERSION}, true), ('certificates', ${NORMALISER_VERSION}, true)
    on conflict (table_name) do update set version = excluded.version, done = true`);
  await db.execute(sql`vacuum analyze certificates`);
  const check = (await db.execute(sql`select organisation_name, name_key from certificates limit 1`)) as unknown as {
    rows: { organisation_name: string; name_key: string }[];
  };
  const row = check.rows[0]!;
  if (normaliseCompanyName(row.organisation_name) !== row.name_key)
    throw new Error(`seeded name_key ${row.name_key} differs from the app's`);
  await database.close();
  return (performance.now() - started) / 1000;
}

async function startApi(url: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const port = 21_000 + Math.floor(Math.random() * 10_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'certdesk-bench-api-'));
  // node itself, not npx: a signal to npx does not reach the server
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      DATA_DIR: dataDir,
      PUBLIC_RATE_LIMIT_PER_MINUTE: '1000000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (b: Buffer) => {
      out += b.toString();
      if (out.includes('is running')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`API exited ${code}: ${out}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const random = (max: number) => 1 + Math.floor(Math.random() * max);

async function loadApi(base: string, pathFor: () => string) {
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: pathFor() }) }],
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

function pgbench(url: string, script: string) {
  const u = new URL(url);
  const dir = mkdtempSync(path.join(tmpdir(), 'certdesk-pgbench-'));
  writeFileSync(path.join(dir, 'script.sql'), script);
  const out = execFileSync(
    path.join(pgBinDir(), 'pgbench'),
    [
      '-n',
      '-c',
      String(CONNECTIONS),
      '-j',
      '2',
      '-T',
      String(SECONDS),
      '-M',
      'prepared',
      '-f',
      path.join(dir, 'script.sql'),
      '-l',
      '--log-prefix',
      path.join(dir, 'tx'),
      '-h',
      u.searchParams.get('host') ?? u.hostname,
      '-p',
      u.searchParams.get('port') ?? u.port ?? '5432',
      '-U',
      u.username || 'app',
      u.pathname.slice(1),
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1]);
  // per-transaction log lines: client_id transaction_no time(µs) script_no epoch µs
  const latencies = readdirSync(dir)
    .filter((f) => f.startsWith('tx'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').trim().split('\n'))
    .map((line) => Number(line.split(' ')[2]) / 1000)
    .sort((a, b) => a - b);
  rmSync(dir, { recursive: true, force: true });
  const at = (p: number) => +latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(2);
  return { transactionsPerSecond: Math.round(tps), p50Ms: at(0.5), p99Ms: at(0.99) };
}

const COLUMNS =
  'certificate_no, organisation_name, scheme, standard, scope, star_level, status, original_issue_on, issue_on, expires_on, suspended_from, suspended_until, suspended_scope';

export async function runRegisterBenchmark() {
  const cluster = process.env.DATABASE_URL ? undefined : startThrowawayCluster();
  const url = process.env.DATABASE_URL ?? cluster!.url;
  try {
    console.log(`seeding ${CERTIFICATES} certificates over ${ORGANISATIONS} organisations …`);
    const seedSeconds = await seed(url);
    const api = await startApi(url);
    try {
      const cases = {
        byNumber: {
          api: () => loadApi(api.base, () => `/api/public/certificates/${certificateNo(random(CERTIFICATES))}`),
          sql: `\\set n random(1, ${CERTIFICATES})\nselect ${COLUMNS} from certificates where certificate_no = 'CB' || lpad(:n::text, 8, '0');\n`,
        },
        byName: {
          api: () => loadApi(api.base, () => `/api/public/certificates?q=${encodeURIComponent(organisationName(random(ORGANISATIONS)))}`),
          // the app's query: [key, nextPrefix(key)) on the text_pattern_ops index
          sql: `\\set n random(1, ${ORGANISATIONS})\nselect ${COLUMNS} from certificates where name_key ~>=~ ('华信' || :n || '号科技') and name_key ~<~ ('华信' || :n || '${nextPrefix('号科技')}') order by name_key = '华信' || :n || '号科技' desc, name_key, certificate_no limit 20;\n`,
        },
      };
      const results: Record<string, unknown> = {};
      for (const [name, c] of Object.entries(cases)) {
        await c.api(); // warm-up
        const apiResult = await c.api();
        const sqlResult = pgbench(url, c.sql);
        results[name] = {
          api: apiResult,
          pgbench: sqlResult,
          apiShareOfPgbench: +(apiResult.requestsPerSecond / sqlResult.transactionsPerSecond).toFixed(2),
        };
        console.log(name, results[name]);
      }
      const report = {
        certificates: CERTIFICATES,
        organisations: ORGANISATIONS,
        connections: CONNECTIONS,
        seconds: SECONDS,
        seedSeconds: +seedSeconds.toFixed(1),
        at: new Date().toISOString(),
        results,
      };
      mkdirSync('bench/results', { recursive: true });
      writeFileSync('bench/results/register-lookup.json', `${JSON.stringify(report, null, 2)}\n`);
      const r = results as Record<
        string,
        {
          api: { requestsPerSecond: number; p50Ms: number; p99Ms: number };
          pgbench: { transactionsPerSecond: number; p50Ms: number; p99Ms: number };
          apiShareOfPgbench: number;
        }
      >;
      const md = [
        `# Public register lookups — ${CERTIFICATES.toLocaleString('en')} certificates, ${ORGANISATIONS.toLocaleString('en')} organisations, ${CONNECTIONS} connections, ${SECONDS} s`,
        '',
        '| lookup | API req/s | API p50 ms | API p99 ms | pgbench tps | pgbench p50 ms | pgbench p99 ms | API / pgbench |',
        '|---|---|---|---|---|---|---|---|',
        ...Object.entries(r).map(
          ([k, v]) =>
            `| ${k} | ${v.api.requestsPerSecond} | ${v.api.p50Ms} | ${v.api.p99Ms} | ${v.pgbench.transactionsPerSecond} | ${v.pgbench.p50Ms} | ${v.pgbench.p99Ms} | ${Math.round(v.apiShareOfPgbench * 100)} % |`,
        ),
        '',
        `Target: API ≥ 50 % of pgbench, p99 ≤ 25 ms. Measured ${report.at} on this project's 2-core machine (server, load generator and database share the cores).`,
        '',
      ].join('\n');
      writeFileSync('bench/results/register-lookup.md', md);
      console.log(md);
    } finally {
      await api.stop();
    }
  } finally {
    cluster?.stop();
  }
}
