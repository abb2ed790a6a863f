/**
 * `npm run bench -- hardening`: CertDesk probed as an attacker would (issue 16), on PGlite and on a
 * throwaway PostgreSQL cluster — a large schema-driven fuzz run over every operation of the OpenAPI
 * document as admin, portal client and nobody; parallel and spraying logins; the 400 MiB
 * decompression bomb of the issue. Results: bench/results/hardening-<backend>.json and .md.
 * Each backend runs in a child process of its own (the test world opens one database per process).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setUpWorld, type World } from '../test/fixtures.js';
import { fuzzRequests, sendFuzzRequests, type FuzzRequest, type OpenApiDocument } from '../test/fuzz.js';
import { grantSystem } from '../test/world-helpers.js';
import { withSmuggledEntry, xlsxBomb, xlsxOfSheet, xlsxWithLongCells } from '../test/zip-bomb.js';
import { errorCatalog, type ErrorCode } from '../src/lib/errors.js';
import { importsSettled } from '../src/modules/imports/import.runner.js';
import { startThrowawayCluster } from './pg-cluster.js';

const RANDOM_PER_OPERATION = { admin: 40, portal: 10, anonymous: 10 };
const BOMB_SHEET_BYTES = 400 * 1024 * 1024;

async function fuzz(w: World, requests: FuzzRequest[]) {
  const outcome = await sendFuzzRequests(w.app, w.db, requests);
  return {
    requests: requests.length,
    statuses: outcome.statuses,
    serverErrors: outcome.serverErrors,
    uncoded: outcome.uncoded.length,
    writtenOnRefusal: outcome.writtenOnRefusal.length,
  };
}

async function logins(w: World) {
  const parallel = await Promise.all(
    Array.from({ length: 16 }, (_, i) =>
      w.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.1.0.1',
        payload: { username: 'general', password: `guess${i}` },
      }),
    ),
  );
  const spraying: number[] = [];
  for (let i = 0; i < 30; i++) {
    const res = await w.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.1.0.2',
      payload: { username: `user${i}`, password: 'Spring2026!' },
    });
    spraying.push(res.statusCode);
  }
  return {
    parallelWrongPasswords: 16,
    evaluated: parallel.filter((r) => r.statusCode === 401).length,
    throttled: parallel.filter((r) => r.statusCode === 429).length,
    sprayedNames: 30,
    sprayEvaluated: spraying.filter((s) => s === 401).length,
  };
}

/** The bombs: the issue's (whitespace, its size declared honestly or not) and the user test's (long cells that pass the ZIP checks). */
const HEADER = ['合同编号', '组织名称', '统一社会信用代码', '客户状态', '省份', '详细地址', '分支机构'];
/** Text that packs like data (~150 : 1), not like whitespace: one random letter in every 150. */
const packsLikeData = (bytes: number) => {
  const out = Buffer.alloc(bytes, 'x');
  for (let i = 149; i < bytes; i += 150) out[i] = 97 + Math.floor(Math.random() * 26);
  return out.toString('latin1');
};
const bombFiles = [
  { label: '400 MiB of whitespace, size declared', make: () => xlsxBomb(BOMB_SHEET_BYTES) },
  { label: '400 MiB of whitespace, declared as 4 KiB', make: () => xlsxBomb(BOMB_SHEET_BYTES, { declaredSize: 4096 }) },
  { label: '20,000 rows of 20,100-character cells (403 MB)', make: () => xlsxWithLongCells(HEADER, 20_000, 20_100) },
  { label: '90,000 rows of 4,500-character cells (405 MB)', make: () => xlsxWithLongCells(HEADER, 90_000, 4_500) },
  {
    label: 'one 250 MB cell',
    make: () =>
      xlsxOfSheet(
        `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${packsLikeData(250_000_000)}</t></is></c></row></sheetData></worksheet>`,
      ),
  },
  {
    label: '3.5 million rows, all numbered 2',
    make: () =>
      xlsxOfSheet(
        `<worksheet><sheetData>${Array.from({ length: 3_500_000 }, (_, i) => `<row r="2"><c r="A2"><v>${i}</v></c></row>`).join('')}</sheetData></worksheet>`,
      ),
  },
  {
    label: '400 MB of rows smuggled outside the ZIP directory',
    make: () =>
      withSmuggledEntry(
        xlsxOfSheet('<worksheet><sheetData/></worksheet>'),
        'xl/worksheets/sheet1.xml',
        Buffer.alloc(400_000_000, '<row r="2"/>'),
      ),
  },
];
const PARALLEL_BOMBS = 12;

/** `parallel` uploads of one bomb at once, with another user's request beside them: statuses, time, memory. */
async function bomb(w: World, cookie: string, label: string, file: Buffer, parallel: number) {
  const boundary = 'bench-bomb';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="clients.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  // each upload is kept at once; the import worker reads them one after another and records its refusal
  const uploads = Array.from({ length: parallel }, () =>
    w.app.inject({
      method: 'POST',
      url: '/api/clients/import',
      headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    }),
  );
  const otherStarted = performance.now();
  const other = await w.app.inject({ method: 'GET', url: '/api/clients?pageSize=20', headers: { cookie } });
  const otherMs = performance.now() - otherStarted;
  const ids = (await Promise.all(uploads)).map((a) => (a.json() as { id: string }).id);
  await importsSettled(w.db);
  const answers = await Promise.all(
    ids.map(async (id) => {
      const run = (await w.app.inject({ method: 'GET', url: `/api/clients/import/${id}`, headers: { cookie } })).json() as {
        error: { code: ErrorCode };
      };
      return { statusCode: errorCatalog[run.error.code].status, json: () => run.error };
    }),
  );
  const refusedMs = performance.now() - started;
  clearInterval(sampler);
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  const codes: Record<string, number> = {};
  for (const a of answers) {
    const key = `${a.statusCode} ${(a.json() as { code: string }).code}`;
    codes[key] = (codes[key] ?? 0) + 1;
  }
  return {
    label,
    fileBytes: file.length,
    parallel,
    answers: codes,
    allRefusedMs: Math.round(refusedMs),
    rssGrowthMiB: Math.round((rssPeak - rssBefore) / 1024 / 1024),
    otherRequestStatus: other.statusCode,
    otherRequestMs: Math.round(otherMs),
  };
}

async function probe() {
  const w = await setUpWorld();
  await w.app.ready();
  const doc = w.app.swagger() as OpenApiDocument;
  const admin = await w.login('admin');
  const cert = await grantSystem(w, await w.login('decider'), w.huaxin, 'QMS', 'CD26Q0001R0M');
  const knownIds = [w.huaxin, w.other, w.branchA, cert.id];
  const started = performance.now();
  const result = {
    fuzz: {
      admin: await fuzz(w, fuzzRequests(doc, { cookie: admin, knownIds, random: RANDOM_PER_OPERATION.admin, seed: 1 })),
      portal: await fuzz(w, fuzzRequests(doc, { cookie: await w.login('portal'), knownIds, random: RANDOM_PER_OPERATION.portal, seed: 2 })),
      anonymous: await fuzz(w, fuzzRequests(doc, { cookie: null, knownIds, random: RANDOM_PER_OPERATION.anonymous, seed: 3 })),
    },
    fuzzSeconds: 0,
    logins: await logins(w),
    bombs: [] as Awaited<ReturnType<typeof bomb>>[],
  };
  result.fuzzSeconds = Math.round((performance.now() - started) / 1000);
  for (const { label, make } of bombFiles) {
    const file = make();
    for (const parallel of [1, PARALLEL_BOMBS]) result.bombs.push(await bomb(w, admin, label, file, parallel));
  }
  await w.app.close();
  return result;
}

function report(backend: string, r: Awaited<ReturnType<typeof probe>>): string {
  const rows = Object.entries(r.fuzz).map(
    ([who, t]) =>
      `| ${who} | ${t.requests} | ${Object.entries(t.statuses)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')} | ${t.serverErrors.length} | ${t.uncoded} | ${t.writtenOnRefusal} |`,
  );
  return [
    `# Hardening probe — ${backend}`,
    '',
    `Run ${new Date().toISOString().slice(0, 10)}; ${r.fuzzSeconds} s in all.`,
    '',
    '## Fuzzed requests (schema-driven, every operation of the OpenAPI document)',
    '',
    '| as | requests | statuses | 5xx | 4xx without code/zh/en | refused but written |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    '## Logins',
    '',
    `- ${r.logins.parallelWrongPasswords} parallel wrong passwords for one user: ${r.logins.evaluated} evaluated, ${r.logins.throttled} refused with 429`,
    `- ${r.logins.sprayedNames} user names sprayed from one address: ${r.logins.sprayEvaluated} evaluated, the rest 429`,
    '',
    '## Decompression bombs (POST /api/clients/import), alone and 12 at once (the import worker reads one at a time; each refusal is on its record, with its status)',
    '',
    '| file | packed | at once | answers | all answered in | RSS growth | another request meanwhile |',
    '|---|---|---|---|---|---|---|',
    ...r.bombs.map(
      (b) =>
        `| ${b.label} | ${(b.fileBytes / 1024 / 1024).toFixed(1)} MB | ${b.parallel} | ${Object.entries(b.answers)
          .map(([k, n]) => `${n}× ${k}`)
          .join(', ')} | ${b.allRefusedMs} ms | ${b.rssGrowthMiB} MiB | ${b.otherRequestStatus} in ${b.otherRequestMs} ms |`,
    ),
    '',
  ].join('\n');
}

export async function runHardeningBenchmark(): Promise<void> {
  const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(resultsDir, { recursive: true });
  const cluster = process.env.DATABASE_URL ? null : startThrowawayCluster();
  try {
    for (const backend of ['pglite', 'postgres'] as const) {
      const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'Asia/Shanghai' };
      if (backend === 'postgres') env.DATABASE_URL = process.env.DATABASE_URL ?? cluster!.url;
      else delete env.DATABASE_URL;
      const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), 'probe'], {
        env,
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'inherit'],
      }).toString();
      const result = JSON.parse(out.slice(out.indexOf('{"fuzz"'))) as Awaited<ReturnType<typeof probe>>;
      writeFileSync(`${resultsDir}hardening-${backend}.json`, `${JSON.stringify(result, null, 2)}\n`);
      writeFileSync(`${resultsDir}hardening-${backend}.md`, report(backend, result));
      console.log(report(backend, result));
    }
  } finally {
    cluster?.stop();
  }
}

if (process.argv[2] === 'probe' && process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(JSON.stringify(await probe()));
  process.exit(0);
}
