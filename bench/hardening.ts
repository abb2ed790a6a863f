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
import { xlsxBomb } from '../test/zip-bomb.js';
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

async function bomb(w: World, cookie: string, declaredHonestly: boolean) {
  const file = xlsxBomb(BOMB_SHEET_BYTES, declaredHonestly ? undefined : 4096);
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
  const upload = w.app.inject({
    method: 'POST',
    url: '/api/clients/import/preview',
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
  // another user's request while the bomb is being refused
  const otherStarted = performance.now();
  const other = await w.app.inject({ method: 'GET', url: '/api/clients?pageSize=20', headers: { cookie } });
  const otherMs = performance.now() - otherStarted;
  const res = await upload;
  const refusedMs = performance.now() - started;
  clearInterval(sampler);
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  return {
    fileBytes: file.length,
    sheetXmlBytes: BOMB_SHEET_BYTES,
    sizeDeclared: declaredHonestly ? 'honestly' : 'as 4 KiB (a lie)',
    status: res.statusCode,
    code: (res.json() as { code: string }).code,
    refusedMs: Math.round(refusedMs),
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
    bombs: [await bomb(w, admin, true), await bomb(w, admin, false)],
  };
  result.fuzzSeconds = Math.round((performance.now() - started) / 1000);
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
    '## Decompression bomb (POST /api/clients/import/preview)',
    '',
    '| file | sheet XML | size declared | answer | refused in | RSS growth | another request meanwhile |',
    '|---|---|---|---|---|---|---|',
    ...r.bombs.map(
      (b) =>
        `| ${(b.fileBytes / 1024 / 1024).toFixed(1)} MB | ${b.sheetXmlBytes / 1024 / 1024} MiB | ${b.sizeDeclared} | ${b.status} ${b.code} | ${b.refusedMs} ms | ${b.rssGrowthMiB} MiB | ${b.otherRequestStatus} in ${b.otherRequestMs} ms |`,
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
