/**
 * The due-list over 1,000,000 certificates (300,000 clients, 12 branches), each with its
 * programme and its due items (surveillance, recertification; for after-sales also the
 * mystery-shopping visit and the random survey): about 2.3 million due_items rows.
 * Times the app's own listDueItems for the overdue + 90-day list of the whole CB and of one
 * branch (target ≤ 300 ms), with the plans PostgreSQL chose. On a throwaway PostgreSQL cluster
 * (or DATABASE_URL) and on PGlite. Results: bench/results/due-list-<backend>.json and .md.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openPglite, openPostgres, type Database } from '../src/db/connection.js';
import type { IsoDate } from '../src/lib/dates.js';
import { jobs } from '../src/jobs/job.schema.js';
import type { DataScope } from '../src/modules/auth/permissions.js';
import { DueListQuerySchema } from '../src/modules/due-list/due-list.dto.js';
import { listDueItems, type DueListQuery } from '../src/modules/due-list/due-list.service.js';
import { loadParameters } from '../src/modules/parameters/parameter.service.js';
import { syncProgramme } from '../src/modules/programmes/programme.sync.js';
import { scanOverdueSurveillance } from '../src/modules/programmes/proposal.service.js';
import { explain, time } from './measure.js';
import { startThrowawayCluster } from './pg-cluster.js';

const CERTIFICATES = Number(process.env.BENCH_CERTIFICATES ?? 1_000_000);
const CLIENTS = Math.max(1, Math.round(CERTIFICATES * 0.3));
const BRANCHES = 12;
const RUNS = 20;
const SYNC_SAMPLE = 1000;
const TODAY: IsoDate = '2026-11-24';
const TARGET_MS = 300;

/** Set-based, so a million certificates load in a minute; a sample is then re-derived through the app's rules. */
async function seed(database: Database) {
  const { db } = database;
  const started = performance.now();
  await db.execute(
    sql`truncate due_items, suspension_proposals, audit_team_members, audits, audit_programmes, certificate_events, client_notices, jobs, certificates, clients, branches restart identity cascade`,
  );
  await db.execute(
    sql`insert into branches (code, name_zh, name_en) select 'B' || g, '分支' || g, 'Branch ' || g from generate_series(1, ${BRANCHES}) g`,
  );
  await db.execute(sql`
    insert into clients (contract_no, name, uscc, province, address, branch_id, search_text)
    select 'D-' || g, '华信' || g || '号科技有限公司', '91110108' || lpad(g::text, 9, '0') || 'X', '北京市', '北京市海淀区' || g || '号', b.id, '华信' || g
    from generate_series(1, ${CLIENTS}) g
    join (select id, row_number() over (order by code) as rn from branches) b on b.rn = g % ${BRANCHES} + 1`);
  // decisions spread over the last three years, so every cycle stage is present today
  await db.execute(sql`
    insert into certificates (client_id, certificate_no, scheme, field, standard, organisation_name, name_key, address, scope,
                              star_level, decision_on, original_issue_on, issue_on, expires_on, status, suspended_from, suspended_until)
    select c.id, 'CB' || lpad(g::text, 8, '0'),
           case when g % 3 = 0 then 'after_sales' else 'management_system' end,
           case when g % 3 = 0 then 'AFTER_SALES' else 'QMS' end,
           case when g % 3 = 0 then 'GB/T 27922-2011' else 'GB/T 19001-2016' end,
           c.name, c.search_text, c.address, '电子产品的设计、生产和售后服务',
           case when g % 3 = 0 then 3 + g % 3 end,
           d.on, d.on, d.on, (d.on + interval '3 years' - interval '1 day')::date,
           case when g % 50 = 0 then 'suspended' else 'valid' end,
           case when g % 50 = 0 then ${TODAY}::date - 30 end, case when g % 50 = 0 then ${TODAY}::date + 60 end
    from generate_series(1, ${CERTIFICATES}) g
    cross join lateral (select (${TODAY}::date - 1095 + (g % 1096))::date as on) d
    join (select id, name, address, search_text, row_number() over (order by id) as rn from clients) c on c.rn = ((g - 1) % ${CLIENTS}) + 1`);
  await db.execute(sql`
    insert into audit_programmes (client_id, certificate_id, scheme, field)
    select client_id, id, scheme, field from certificates`);
  // what the rules owe: the next surveillance (1 in 40 overdue), its visit, the survey, the recertification
  await db.execute(sql`
    with p as (
      select p.id as pid, c.id as cid, c.client_id, cl.branch_id, c.scheme, c.decision_on as d, c.expires_on as e,
             row_number() over (order by p.id) as g
      from audit_programmes p join certificates c on c.id = p.certificate_id join clients cl on cl.id = c.client_id),
    s as (
      select p.*, k.seq,
             case when g % 40 = 0 then ${TODAY}::date - (1 + g % 120)::int else (d + make_interval(years => k.seq))::date end as due
      from p cross join lateral (select extract(year from age(${TODAY}::date, d))::int + 1 as seq) k)
    insert into due_items (source, source_id, kind, sequence, department, client_id, branch_id, certificate_id, due_on, target_on, opens_on, basis)
    select 'programme', pid, 'surveillance', seq, 'audit_management', client_id, branch_id, cid, due, due, null::date,
           case when seq = 1 then 'FIRST_WITHIN' else 'INTERVAL' end
    from s where due < e - interval '3 months'
    union all
    select 'programme', pid, 'mystery_shopping', seq, 'audit_management', client_id, branch_id, cid, due, due, null::date, 'WITH_SURVEILLANCE'
    from s where scheme = 'after_sales' and due < e - interval '3 months'
    union all
    select 'programme', pid, 'random_survey', null::int, 'audit_management', client_id, branch_id, cid, r.due, r.due, null::date,
           'RANDOM_SURVEY_INTERVAL'
    from p cross join lateral (select case when (d + interval '2 years')::date >= ${TODAY}::date then (d + interval '2 years')::date
                                            else (d + interval '4 years')::date end as due) r
    where scheme = 'after_sales' and r.due <= e
    union all
    select 'programme', pid, 'recertification', null::int, 'customer_service', client_id, branch_id, cid, e, e, (e - interval '3 months')::date,
           'BEFORE_EXPIRY'
    from p`);
  await db.execute(sql`vacuum analyze`);
  const loadSeconds = (performance.now() - started) / 1000;

  // the app's own rules on a sample: proves the set-based rows have the app's shape, and times a re-derivation
  const params = await loadParameters(db);
  const sample = (await db.execute(sql`select id from audit_programmes order by id limit ${SYNC_SAMPLE}`)) as unknown as {
    rows: { id: string }[];
  };
  const t = performance.now();
  for (const { id } of sample.rows) await syncProgramme(db, id, params);
  const syncMsPerProgramme = (performance.now() - t) / sample.rows.length;
  const counts = (await db.execute(
    sql`select count(*)::int as items, count(distinct source_id)::int as programmes from due_items`,
  )) as unknown as {
    rows: { items: number; programmes: number }[];
  };
  return { loadSeconds, syncMsPerProgramme, ...counts.rows[0]! };
}

export async function runDueListBenchmark() {
  const backends = (process.env.BENCH_DUE_LIST_BACKENDS ?? 'postgres,pglite').split(',');
  for (const backend of backends) await runOn(backend as 'postgres' | 'pglite');
}

async function runOn(backend: 'postgres' | 'pglite') {
  const captured: { query: string; params: unknown[] }[] = [];
  const logger = { logQuery: (query: string, params: unknown[]) => void captured.push({ query, params }) };
  const cluster = backend === 'postgres' && !process.env.DATABASE_URL ? startThrowawayCluster() : undefined;
  const dir = backend === 'pglite' ? mkdtempSync(path.join(tmpdir(), 'certdesk-bench-due-')) : undefined;
  const database =
    backend === 'postgres'
      ? await openPostgres(process.env.DATABASE_URL ?? cluster!.url, 4, logger)
      : await openPglite(path.join(dir!, 'pglite'), logger);
  try {
    await database.migrate();
    console.log(`[${backend}] seeding ${CERTIFICATES} certificates …`);
    const seeded = await seed(database);
    console.log(`[${backend}]`, seeded);
    const { db } = database;
    const [branch] = ((await db.execute(sql`select id from branches order by code limit 1`)) as unknown as { rows: { id: string }[] }).rows;
    const all: DataScope = { kind: 'all' };
    const q = (params: Record<string, string>) => DueListQuerySchema.parse(params) as DueListQuery;

    const cases: Record<string, () => ReturnType<typeof listDueItems>> = {
      'whole CB: overdue + 90 days, counts + page 1': () => listDueItems(db, all, q({}), TODAY),
      'one branch (filter): overdue + 90 days, counts + page 1': () => listDueItems(db, all, q({ branchId: branch!.id }), TODAY),
      'branch user (scope): overdue only, counts + page 1': () =>
        listDueItems(db, { kind: 'branch', branchId: branch!.id }, q({ bucket: 'overdue' }), TODAY),
      'whole CB, audit management: overdue + 90 days, page 20': () =>
        listDueItems(db, all, q({ department: 'audit_management', page: '20' }), TODAY),
      'calendar: one month of one branch, up to 500 items': () =>
        listDueItems(db, all, q({ bucket: 'all', branchId: branch!.id, from: '2026-12-01', to: '2026-12-31', pageSize: '500' }), TODAY),
    };
    const results: Record<string, unknown> = {};
    const plans: Record<string, string[]> = {};
    for (const [name, fn] of Object.entries(cases)) {
      const sample = await fn();
      const timing = await time(fn, RUNS);
      results[name] = { ...timing, total: sample.total, counts: sample.counts };
      console.log(`[${backend}] ${name}`, results[name]);
      captured.length = 0;
      await fn();
      plans[name] = [];
      for (const c of captured.filter((x) => x.query.includes('"due_items"')))
        plans[name].push(`${c.query}\n\n${await explain(db, c.query, c.params)}`);
    }
    const wholeCb = results['whole CB: overdue + 90 days, counts + page 1'] as { medianMs: number };
    const oneBranch = results['one branch (filter): overdue + 90 days, counts + page 1'] as { medianMs: number };

    // the daily scan over the same data: every overdue surveillance of a valid certificate gets its proposal
    await db.delete(jobs);
    const scanStarted = performance.now();
    await db.transaction((tx) => scanOverdueSurveillance(tx, { id: 0, kind: 'scan', payload: {} } as never, TODAY));
    const overdueScan = {
      seconds: +((performance.now() - scanStarted) / 1000).toFixed(1),
      proposals: ((await db.execute(sql`select count(*)::int as n from suspension_proposals`)) as unknown as { rows: { n: number }[] })
        .rows[0]!.n,
    };
    console.log(`[${backend}] overdue scan`, overdueScan);

    const report = {
      backend,
      certificates: CERTIFICATES,
      clients: CLIENTS,
      branches: BRANCHES,
      dueItems: seeded.items,
      today: TODAY,
      runs: RUNS,
      loadSeconds: +seeded.loadSeconds.toFixed(1),
      syncMsPerProgramme: +seeded.syncMsPerProgramme.toFixed(2),
      targetMs: TARGET_MS,
      met: wholeCb.medianMs <= TARGET_MS && oneBranch.medianMs <= TARGET_MS,
      at: new Date().toISOString(),
      results,
      overdueScan,
    };
    mkdirSync('bench/results', { recursive: true });
    writeFileSync(`bench/results/due-list-${backend}.json`, `${JSON.stringify(report, null, 2)}\n`);
    const md = [
      `# Due-list on ${backend}: ${CERTIFICATES.toLocaleString('en')} certificates, ${seeded.items.toLocaleString('en')} due items`,
      '',
      `Target ≤ ${TARGET_MS} ms (median of ${RUNS}) for the whole CB and one branch: ${report.met ? 'met' : 'NOT met'}.`,
      '',
      '| case | median ms | p95 ms | max ms | total |',
      '|---|---|---|---|---|',
      ...Object.entries(results).map(([name, r]) => {
        const x = r as { medianMs: number; p95Ms: number; maxMs: number; total: number };
        return `| ${name} | ${x.medianMs} | ${x.p95Ms} | ${x.maxMs} | ${x.total} |`;
      }),
      '',
      `Daily overdue scan: ${overdueScan.seconds} s, ${overdueScan.proposals} proposals. Re-deriving one programme through the rules: ${report.syncMsPerProgramme} ms.`,
      '',
      ...Object.entries(plans).flatMap(([name, list]) => [`## ${name}`, '', ...list.map((p) => `\`\`\`\n${p}\n\`\`\`\n`)]),
    ].join('\n');
    writeFileSync(`bench/results/due-list-${backend}.md`, md);
    console.log(`written bench/results/due-list-${backend}.json and .md`);
  } finally {
    await database.close();
    cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
