/**
 * Client care at the size of a large CB: 100,000 clients (12 branches, 20 maintainers),
 * 130,000 certificates, a year of 300,000 contacts, 110,000 satisfaction forms (85 % answered,
 * 60 % from audits with their teams) and two years of grades. Times what the pages call:
 * the whole-CB dashboard and a branch's, the compliance meters, the annual evaluation, the
 * analysis report and the satisfaction report (target: every page ≤ 1 s median for the whole CB).
 * On a throwaway PostgreSQL cluster (or DATABASE_URL) and on PGlite.
 * Results: bench/results/client-care-<backend>.json and .md.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openPglite, openPostgres, type Database } from '../src/db/connection.js';
import type { IsoDate } from '../src/lib/dates.js';
import type { DataScope } from '../src/modules/auth/permissions.js';
import { analysisReport, evaluationCampaign } from '../src/modules/classification/classification.service.js';
import { complianceMeters } from '../src/modules/communication/communication.service.js';
import { dashboard } from '../src/modules/dashboard/dashboard.service.js';
import { seedReferenceData } from '../src/seed/seed.js';
import { surveyReport, listSurveys } from '../src/modules/surveys/survey.service.js';
import { time } from './measure.js';
import { startThrowawayCluster } from './pg-cluster.js';

const CLIENTS = Number(process.env.BENCH_CARE_CLIENTS ?? 100_000);
const BRANCHES = 12;
const RUNS = 10;
const TODAY: IsoDate = '2026-11-24';
const YEAR = 2026;
const TARGET_MS = 1000;

async function seed(database: Database) {
  const { db } = database;
  const started = performance.now();
  await db.execute(sql`truncate client_contacts, client_maintainers, client_evaluations, surveys, audit_team_members, audits,
    audit_programmes, due_items, certificates, clients, users, branches restart identity cascade`);
  await seedReferenceData(db);
  await db.execute(
    sql`insert into branches (code, name_zh, name_en) select 'B' || g, '分支' || g, 'Branch ' || g from generate_series(1, ${BRANCHES}) g`,
  );
  await db.execute(sql`insert into users (username, display_name, password_hash, role)
    select 'kefu' || g, '客服' || g, 'x', 'customer_service' from generate_series(1, 20) g
    union all select 'auditor' || g, '审核员' || g, 'x', 'auditor' from generate_series(1, 40) g`);
  await db.execute(sql`
    insert into clients (contract_no, name, uscc, province, address, branch_id, search_text, vip, technical_area_codes)
    select 'D-' || g, '华信' || g || '号科技有限公司', '91110108' || lpad(g::text, 9, '0') || 'X', '北京市', '北京市海淀区' || g || '号', b.id,
           '华信' || g, g % 7 = 0, array[lpad((g % 39 + 1)::text, 2, '0') || '.01']
    from generate_series(1, ${CLIENTS}) g
    join (select id, row_number() over (order by code) as rn from branches) b on b.rn = g % ${BRANCHES} + 1`);
  // one certificate each, a second (EMS) for three in ten; one in ten after-sales only
  await db.execute(sql`
    insert into certificates (client_id, certificate_no, scheme, field, standard, organisation_name, name_key, address, scope,
                              star_level, decision_on, original_issue_on, issue_on, expires_on, status, suspended_from, suspended_until)
    select c.id, 'CB' || x.field || lpad(c.rn::text, 8, '0'), case when x.field = 'AS' then 'after_sales' else 'management_system' end,
           case x.field when 'AS' then 'AFTER_SALES' else x.field end, 'GB/T', c.name, c.search_text, c.address, '电子产品',
           case when x.field = 'AS' then 4 end, '2025-03-01', '2025-03-01', '2025-03-01', '2028-02-28',
           case when c.rn % 50 = 0 then 'suspended' else 'valid' end,
           case when c.rn % 50 = 0 then ${TODAY}::date - 30 end, case when c.rn % 50 = 0 then ${TODAY}::date + 60 end
    from (select id, name, address, search_text, row_number() over (order by id) as rn from clients) c
    cross join lateral (select 'QMS' as field where c.rn % 10 <> 0 union all select 'EMS' where c.rn % 10 < 3 union all select 'AS' where c.rn % 10 = 0) x`);
  await db.execute(
    sql`update certificates set suspended_from = ${TODAY}::date - 30, suspended_until = ${TODAY}::date + 60 where status = 'suspended'`,
  );
  await db.execute(sql`
    insert into client_maintainers (client_id, user_id, since)
    select c.id, u.id, '2026-01-01' from (select id, row_number() over (order by id) as rn from clients) c
    join (select id, row_number() over (order by username) as rn from users where role = 'customer_service') u on u.rn = c.rn % 20 + 1`);
  await db.execute(sql`
    insert into client_contacts (client_id, kind, contacted_on, follow_up, summary, by_name)
    select c.id, 'phone', ('2026-01-05'::date + ((c.rn * 7 + k * 53) % 320)::int), k = 0 and c.rn % 3 = 0, '电话沟通', '客服'
    from (select id, row_number() over (order by id) as rn from clients) c
    cross join lateral generate_series(0, (c.rn % 5)::int) k`);
  await db.execute(sql`
    insert into audit_programmes (client_id, certificate_id, scheme, field) select client_id, id, scheme, field from certificates`);
  await db.execute(sql`
    insert into audits (programme_id, client_id, type, status, planned_start, planned_end, actual_start, actual_end, result)
    select p.id, p.client_id, 'surveillance', 'held', d, d + 1, d, d + 1, 'pass'
    from (select id, client_id, row_number() over (order by id) as rn from audit_programmes) p
    cross join lateral (select ('2026-01-10'::date + (p.rn % 300)::int) as d) x
    where p.rn % 10 < 6`);
  await db.execute(sql`
    insert into audit_team_members (audit_id, user_id, role)
    select a.id, u.id, 'team_leader' from (select id, row_number() over (order by id) as rn from audits) a
    join (select id, row_number() over (order by username) as rn from users where role = 'auditor') u on u.rn = a.rn % 40 + 1`);
  const answered = sql`(g.rn % 100 < 85)`;
  await db.execute(sql`
    insert into surveys (kind, client_id, audit_id, issued_on, answered_on, channel, answers, contract_score, audit_score, service_score, total_score)
    select case when g.audit_id is null then 'annual' else 'audit' end, g.client_id, g.audit_id, g.issued,
           case when ${answered} then g.issued + 7 end, case when ${answered} then 'paper' end,
           case when ${answered} then jsonb_build_object('C1', 8, 'C2', 9, 'A1', 8, 'A2', 7, 'A3', 9, 'A4', 8, 'S1', 9, 'S2', 8, 'S3', 9) end,
           case when ${answered} then 8.5 end, case when ${answered} then 8 end, case when ${answered} then 8.67 end,
           case when ${answered} then 8.3 end
    from (select a.client_id, a.id as audit_id, a.actual_start as issued, row_number() over (order by a.id) as rn from audits a
          union all
          select c.id, null, '2026-03-01'::date, row_number() over (order by c.id) + 1000000 from clients c where c.search_text like '%3') g`);
  for (const year of [YEAR - 1, YEAR]) {
    await db.execute(sql`
      insert into client_evaluations (client_id, year, evaluated_on, source, item_grades, system_grades, overall_grade, evaluated_by)
      select c.id, ${year}, (${year} || '-01-20')::date, 'annual', '{}'::jsonb, jsonb_build_object('QMS', g.grade), g.grade, '审核管理部'
      from (select id, row_number() over (order by id) as rn from clients) c
      cross join lateral (select (array['A+','A','A-','B+','B','B-','C+','C','C-'])[(c.rn + ${year}) % 9 + 1] as grade) g
      where c.rn % 10 < 8 and c.rn % 10 <> 0`);
  }
  await db.execute(sql`vacuum analyze`);
  const counts = (await db.execute(sql`select (select count(*) from certificates)::int as certificates,
      (select count(*) from client_contacts)::int as contacts, (select count(*) from surveys)::int as surveys,
      (select count(*) from client_evaluations)::int as evaluations, (select count(*) from audits)::int as audits`)) as unknown as {
    rows: { certificates: number; contacts: number; surveys: number; evaluations: number; audits: number }[];
  };
  return { loadSeconds: (performance.now() - started) / 1000, ...counts.rows[0]! };
}

export async function runClientCareBenchmark() {
  const backends = (process.env.BENCH_CARE_BACKENDS ?? 'postgres,pglite').split(',');
  for (const backend of backends) await runOn(backend as 'postgres' | 'pglite');
}

async function runOn(backend: 'postgres' | 'pglite') {
  const cluster = backend === 'postgres' && !process.env.DATABASE_URL ? startThrowawayCluster() : undefined;
  const dir = backend === 'pglite' ? mkdtempSync(path.join(tmpdir(), 'certdesk-bench-care-')) : undefined;
  const database =
    backend === 'postgres' ? await openPostgres(process.env.DATABASE_URL ?? cluster!.url, 4) : await openPglite(path.join(dir!, 'pglite'));
  try {
    await database.migrate();
    console.log(`[${backend}] seeding ${CLIENTS} clients …`);
    const seeded = await seed(database);
    console.log(`[${backend}]`, seeded);
    const { db } = database;
    const [branch] = ((await db.execute(sql`select id from branches order by code limit 1`)) as unknown as { rows: { id: string }[] }).rows;
    const all: DataScope = { kind: 'all' };
    const oneBranch: DataScope = { kind: 'branch', branchId: branch!.id };
    const cases: Record<string, () => Promise<unknown>> = {
      'dashboard, general administration (whole CB)': () =>
        dashboard(db, { id: '00000000-0000-0000-0000-000000000000', role: 'general_admin' }, all, TODAY, new Date()),
      'dashboard, customer service of one branch': () =>
        dashboard(db, { id: '00000000-0000-0000-0000-000000000000', role: 'customer_service' }, oneBranch, TODAY, new Date()),
      'compliance meters, whole CB': () => complianceMeters(db, all, YEAR),
      'annual evaluation, whole CB, ungraded page 1': () => evaluationCampaign(db, all, YEAR, { ungraded: true }),
      'analysis report, whole CB': () => analysisReport(db, all, YEAR),
      'satisfaction report, whole CB, year': () => surveyReport(db, all, YEAR),
      'satisfaction forms, whole CB, page 1': () => listSurveys(db, all, { year: YEAR }),
    };
    const results: Record<string, unknown> = {};
    for (const [name, fn] of Object.entries(cases)) {
      const timing = await time(fn, RUNS);
      results[name] = timing;
      console.log(`[${backend}] ${name}`, timing);
    }
    const slowest = Math.max(...Object.values(results).map((r) => (r as { medianMs: number }).medianMs));
    const report = {
      backend,
      clients: CLIENTS,
      ...seeded,
      loadSeconds: +seeded.loadSeconds.toFixed(1),
      today: TODAY,
      runs: RUNS,
      targetMs: TARGET_MS,
      met: slowest <= TARGET_MS,
      at: new Date().toISOString(),
      results,
    };
    mkdirSync('bench/results', { recursive: true });
    writeFileSync(`bench/results/client-care-${backend}.json`, `${JSON.stringify(report, null, 2)}\n`);
    const md = [
      `# Client care on ${backend}: ${CLIENTS.toLocaleString('en')} clients, ${seeded.contacts.toLocaleString('en')} contacts, ${seeded.surveys.toLocaleString('en')} forms`,
      '',
      `Target ≤ ${TARGET_MS} ms (median of ${RUNS}) for every case: ${report.met ? 'met' : 'NOT met'}. Load ${report.loadSeconds} s.`,
      '',
      '| case | median ms | p95 ms | max ms |',
      '|---|---|---|---|',
      ...Object.entries(results).map(([name, r]) => {
        const x = r as { medianMs: number; p95Ms: number; maxMs: number };
        return `| ${name} | ${x.medianMs} | ${x.p95Ms} | ${x.maxMs} |`;
      }),
      '',
    ].join('\n');
    writeFileSync(`bench/results/client-care-${backend}.md`, md);
    console.log(`written bench/results/client-care-${backend}.json and .md`);
  } finally {
    await database.close();
    cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
