/**
 * Client search on 100,000 clients, on PGlite or on DATABASE_URL.
 * Results go to bench/results/clients-search-<backend>.json: timings and the query plans.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openPglite, openPostgres, type Db } from '../src/db/connection.js';
import type { DataScope } from '../src/modules/auth/permissions.js';
import { branches } from '../src/modules/branches/branch.schema.js';
import { ClientListQuerySchema } from '../src/modules/clients/client.dto.js';
import { searchColumns } from '../src/modules/clients/client.rules.js';
import { clients } from '../src/modules/clients/client.schema.js';
import { searchClients } from '../src/modules/clients/client.service.js';
import { clientColumnKeys } from '../src/modules/clients/client.columns.js';
import { writeClientWorkbook } from '../src/modules/clients/client.xlsx.js';
import { explain, time } from './measure.js';
import { demoCities, industries, makeUscc, tradeNames } from '../src/seed/demo-data.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const RUNS = 20;

async function populate(db: Db) {
  const branchRows = await db
    .insert(branches)
    .values([
      { code: 'B1', nameZh: '北京总部', nameEn: 'Beijing' },
      { code: 'B2', nameZh: '上海分公司', nameEn: 'Shanghai' },
      { code: 'B3', nameZh: '深圳办事处', nameEn: 'Shenzhen' },
    ])
    .returning();
  const started = performance.now();
  for (let offset = 0; offset < CLIENTS; offset += 1000) {
    const batch = [];
    for (let i = offset; i < Math.min(offset + 1000, CLIENTS); i++) {
      const { city, province, region } = demoCities[i % demoCities.length]!;
      const name = `${city}${tradeNames[(i >> 3) % tradeNames.length]}${industries[(i >> 7) % industries.length]!.name}${i}号有限公司`;
      const c = { name, formerNames: [] as string[], uscc: makeUscc(region, i), contractNo: `HT-${i}`, certificateNos: [`CD${i}`] };
      batch.push({
        ...c,
        province,
        address: `${province}${city}市科技路${i % 300}号`,
        branchId: branchRows[i % 3]!.id,
        plannedSurveillanceOn: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
        ...searchColumns(c),
      });
    }
    await db.insert(clients).values(batch);
  }
  await db.execute(sql`analyze clients`);
  return { loadSeconds: (performance.now() - started) / 1000, branchId: branchRows[1]!.id };
}

export async function runClientSearchBenchmark() {
  const url = process.env.DATABASE_URL;
  const dir = url ? undefined : mkdtempSync(path.join(tmpdir(), 'certdesk-bench-'));
  const database = url ? await openPostgres(url) : await openPglite(path.join(dir!, 'pglite'));
  await database.migrate();
  await database.db.execute(sql`truncate clients, branches restart identity cascade`);
  const { db } = database;
  const { loadSeconds, branchId } = await populate(db);
  const all: DataScope = { kind: 'all' };
  const branch: DataScope = { kind: 'branch', branchId };
  const q = (params: Record<string, string>) => ClientListQuerySchema.parse(params) as Parameters<typeof searchClients>[2];

  const cases = {
    'pinyin initials "szhx" (trigram index), page 1 + total': () => searchClients(db, all, q({ q: 'szhx' })),
    'two Chinese characters "华信" (character-pair index), page 1 + total': () => searchClients(db, all, q({ q: '华信' })),
    'credit-code fragment, page 1 + total': () =>
      searchClients(db, all, q({ q: makeUscc(demoCities[4242 % demoCities.length]!.region, 4242).slice(0, 14) })),
    'filter province 广东 sorted by name, page 50': () => searchClients(db, all, q({ province: '广东', sort: 'name', page: '50' })),
    'branch scope, planned surveillance in March, sorted desc': () =>
      searchClients(
        db,
        branch,
        q({ plannedSurveillanceOnFrom: '2026-03-01', plannedSurveillanceOnTo: '2026-03-31', sort: 'plannedSurveillanceOn', order: 'desc' }),
      ),
  };
  const results: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(cases)) {
    results[name] = await time(fn, RUNS);
    console.log(name, results[name]);
  }
  const exportRows = (await searchClients(db, all, q({ pageSize: '500' }))).items;
  const tenThousand = Array.from({ length: 20 }, () => exportRows).flat();
  const t = performance.now();
  const file = await writeClientWorkbook(tenThousand, 'zh', clientColumnKeys, true);
  results['Excel export of 10,000 rows (workbook only)'] = { ms: +(performance.now() - t).toFixed(0), bytes: file.length };

  const plans = {
    pinyin: await explain(db, `select id from clients where search_text ilike '%szhx%' order by contract_no limit 20`),
    twoCharacters: await explain(db, `select id from clients where search_bigrams @> array['华信'] order by contract_no limit 20`),
  };
  const report = {
    backend: database.backend,
    clients: CLIENTS,
    runs: RUNS,
    loadSeconds: +loadSeconds.toFixed(1),
    at: new Date().toISOString(),
    results,
    plans,
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(`bench/results/clients-search-${database.backend}.json`, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`written bench/results/clients-search-${database.backend}.json`);
  await database.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
