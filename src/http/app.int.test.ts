import ExcelJS from 'exceljs';
import { and, count, eq, gte, lt } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../test/fixtures.js';
import { auditLog } from '../audit-log/audit-log.schema.js';
import { users } from '../modules/auth/auth.schema.js';
import { certificates } from '../modules/certificates/certificate.schema.js';
import { clients } from '../modules/clients/client.schema.js';
import { dueItems } from '../modules/due-list/due-item.schema.js';
import { audits, suspensionProposals } from '../modules/programmes/programme.schema.js';
import { runScheduledJobs } from '../jobs/handlers.js';
import { resetDatabase } from '../../test/database.js';
import { seedDemo } from '../seed/seed.js';
import { noticeDeliveries } from '../modules/notices/notice.schema.js';
import { demoUsers } from '../seed/demo-data.js';
import { loadConfig } from '../config.js';
import { buildCncaMonth, cbProfile, cncaWorkbook } from '../modules/reporting/cnca.service.js';
import { clientEvaluations } from '../modules/classification/classification.schema.js';
import { clientContacts } from '../modules/communication/communication.schema.js';
import { surveys } from '../modules/surveys/survey.schema.js';
import { riskIncidents, riskItems } from '../modules/risk/risk.schema.js';

let w: World;
beforeEach(async () => {
  w = await setUpWorld();
});
afterEach(() => w.app.close());

describe('HTTP errors', () => {
  it('answers malformed JSON with 400 and a code, not 500', async () => {
    const res = await w.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION.FAILED');
  });

  it('answers an unknown API path with 404 ROUTE.NOT_FOUND', async () => {
    const res = await w.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('ROUTE.NOT_FOUND');
  });

  it('hides an unexpected error behind a 500 with the request id and no stack', async () => {
    w.app.get('/api/test-explodes', { config: { public: true } }, () => {
      throw new Error('secret internals at /srv/db');
    });
    const res = await w.app.inject({ method: 'GET', url: '/api/test-explodes', headers: { 'x-request-id': 'req-42' } });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      code: 'INTERNAL',
      message: { zh: '系统内部错误（请求号 req-42）', en: 'Internal error (request id req-42)' },
    });
    expect(res.body).not.toContain('secret');
  });

  it('refuses to register an API route that declares neither a permission nor public', () => {
    expect(() => w.app.get('/api/forgot-permission', () => 'x')).toThrow(/neither a permission nor public/);
  });
});

interface OpenApiOperation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

describe('OpenAPI document', () => {
  it('is for whoever connects other systems (the administrator), not for every signed-in user or nobody', async () => {
    for (const url of ['/api/docs', '/api/docs/json']) {
      expect((await w.app.inject({ method: 'GET', url })).statusCode).toBe(401);
      expect((await w.app.inject({ method: 'GET', url, headers: { cookie: await w.login('service') } })).statusCode).toBe(403);
      expect((await w.app.inject({ method: 'GET', url, headers: { cookie: await w.login('admin') } })).statusCode).toBe(200);
    }
  });

  it('is generated from the Zod schemas that validate requests', async () => {
    const res = await w.app.inject({ method: 'GET', url: '/api/docs/json', headers: { cookie: await w.login('admin') } });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const list = doc.paths['/api/clients'].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['q', 'sort', 'province', 'applicationAcceptedOnFrom', 'vip']),
    );
    const body = doc.paths['/api/clients'].post.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(expect.arrayContaining(['contractNo', 'name', 'uscc', 'branchId']));
    expect(JSON.stringify(doc.paths['/api/clients/{id}'].get.responses['200'])).toContain('#/components/schemas/Client');
  });

  it("describes what every operation answers (the web client's types are generated from it): a schema, a file type or no content", async () => {
    const doc = (await w.app.inject({ method: 'GET', url: '/api/docs/json', headers: { cookie: await w.login('admin') } })).json();
    const undescribed: string[] = [];
    for (const [path, operations] of Object.entries<Record<string, OpenApiOperation>>(doc.paths)) {
      if (path.startsWith('/api/docs')) continue;
      for (const [method, operation] of Object.entries(operations)) {
        const answers = Object.entries(operation.responses ?? {}).filter(([status]) => status.startsWith('2'));
        const described = answers.some(([status, answer]) => status === '204' || Object.values(answer.content ?? {}).some((c) => c.schema));
        if (!described) undescribed.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(undescribed).toEqual([]);
    // and what it answers when it refuses
    expect(doc.paths['/api/clients/{id}'].patch.responses['4XX'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ApiError',
    });
    expect(doc.components.schemas.ApiError.required).toEqual(['code', 'message']);
  });

  it("describes an upload's multipart body", async () => {
    const doc = (await w.app.inject({ method: 'GET', url: '/api/docs/json', headers: { cookie: await w.login('admin') } })).json();
    for (const path of ['/api/clients/import', '/api/incidents/{id}/files']) {
      const body = doc.paths[path].post.requestBody.content['multipart/form-data'].schema;
      expect(body).toMatchObject({ required: ['file'], properties: { file: { type: 'string', format: 'binary' } } });
    }
  });
});

// seeding the whole demo CB through the real use-cases takes 10–20 s, more on a loaded machine
const DEMO_SEED_TIMEOUT_MS = 120_000;

describe('demo seed', () => {
  it(
    'creates the demo CB once; a second run changes nothing',
    async () => {
      await resetDatabase(w.db);
      const first = await seedDemo(w.db, '2026-11-24');
      expect(first.createdClients).toBe(60);
      expect(first.createdCertificates).toBe(60);
      expect(first.createdUsers).toBeGreaterThanOrEqual(9);
      const counts = async () => ({
        clients: (await w.db.select({ n: count() }).from(clients))[0]!.n,
        users: (await w.db.select({ n: count() }).from(users))[0]!.n,
        log: (await w.db.select({ n: count() }).from(auditLog))[0]!.n,
      });
      // the demo's audit history: held surveillances, a few left overdue on purpose, none expired unnoticed
      const held = await w.db.select({ n: count() }).from(audits).where(eq(audits.status, 'held'));
      expect(held[0]!.n).toBeGreaterThan(60);
      // a CB that works: a few surveillances missed lately (none for years), each put to the
      // decision-makers by the daily scan, and the coming month's audits planned
      const overdue = await w.db
        .select({ dueOn: dueItems.dueOn })
        .from(dueItems)
        .innerJoin(certificates, eq(certificates.id, dueItems.certificateId))
        .where(and(eq(dueItems.kind, 'surveillance'), lt(dueItems.dueOn, '2026-11-24'), eq(certificates.status, 'valid')));
      expect(overdue.length).toBeGreaterThanOrEqual(2);
      expect(overdue.length).toBeLessThanOrEqual(6);
      expect(overdue.every((o) => o.dueOn >= '2026-07-27')).toBe(true);
      await runScheduledJobs(w.db, '2026-11-24');
      const proposed = await w.db.select({ dueOn: suspensionProposals.dueOn }).from(suspensionProposals);
      expect(proposed.map((p) => p.dueOn).sort()).toEqual(overdue.map((o) => o.dueOn).sort());
      const comingMonth = await w.db
        .select({ n: count() })
        .from(audits)
        .where(and(eq(audits.status, 'planned'), gte(audits.plannedStart, '2026-11-24'), lt(audits.plannedStart, '2026-12-24')));
      expect(comingMonth[0]!.n).toBeGreaterThanOrEqual(5);
      const lapsed = await w.db
        .select({ n: count() })
        .from(certificates)
        .where(and(eq(certificates.status, 'valid'), lt(certificates.expiresOn, '2026-11-24')));
      expect(lapsed[0]!.n).toBe(0);
      // risk items: one confirmed with its incident under way, one overdue, one to confirm, a namesake, one about nobody
      const items = await w.db.select({ status: riskItems.status }).from(riskItems);
      expect(items.map((i) => i.status).sort()).toEqual(['matched', 'matched', 'no_match', 'open', 'open']);
      const incidents = await w.db.select().from(riskIncidents);
      expect(incidents).toHaveLength(2);
      expect(incidents.filter((i) => i.reportDueOn < '2026-11-24')).toHaveLength(1);
      // client care: every held audit's form issued, most answered, the portal's own left open; grades of two years
      const forms = await w.db.select().from(surveys);
      expect(forms.length).toBeGreaterThan(60);
      expect(forms.filter((f) => f.answeredOn !== null).length).toBeGreaterThan(forms.length / 2);
      const [huaxin] = await w.db.select().from(clients).where(eq(clients.contractNo, 'HT-2023-0001'));
      expect(forms.some((f) => f.clientId === huaxin!.id && f.answeredOn === null)).toBe(true);
      const years = new Set((await w.db.select({ year: clientEvaluations.year }).from(clientEvaluations)).map((e) => e.year));
      expect([...years].sort()).toEqual([2025, 2026]);
      expect((await w.db.select({ n: count() }).from(clientContacts))[0]!.n).toBeGreaterThan(30);
      // its notices are history, not news: kept in the portal, none queued for mail (first start sent 150)
      const mails = await w.db.select({ status: noticeDeliveries.status }).from(noticeDeliveries);
      expect(mails.filter((d) => d.status === 'past_event').length).toBeGreaterThan(60);
      expect(mails.filter((d) => d.status === 'queued')).toEqual([]);
      const before = await counts();
      expect(await seedDemo(w.db, '2026-11-24')).toEqual({ createdClients: 0, createdUsers: 0, createdCertificates: 0 });
      expect(await counts()).toEqual(before);
    },
    DEMO_SEED_TIMEOUT_MS,
  );

  it(
    'names people by their names only: the CNCA report’s 审核组成员姓名 and 认证决定人员名单 hold them bare',
    async () => {
      await resetDatabase(w.db);
      await seedDemo(w.db, '2026-11-24');
      // a person's name (杨磊), never a title before it (审核员 杨磊): the role is the account's
      for (const u of demoUsers) expect(u.displayName).toMatch(/^\p{Script=Han}{2,3}$/u);
      const cb = await cbProfile(w.db, loadConfig({}));
      const listed: Record<'FULL_NAME' | 'CHK_P_LIST', Set<string>> = { FULL_NAME: new Set(), CHK_P_LIST: new Set() };
      for (let month = 9; month <= 11; month++) {
        const { sheets } = await buildCncaMonth(w.db, cb, `2026-${String(month).padStart(2, '0')}`);
        for (const sheet of Object.values(sheets)) {
          for (const code of ['FULL_NAME', 'CHK_P_LIST'] as const) {
            const column = sheet.codes.indexOf(code);
            if (column >= 0) for (const row of sheet.cells) if (row[column]) listed[code].add(row[column]!);
          }
        }
      }
      const name = (username: string) => demoUsers.find((u) => u.username === username)!.displayName;
      expect([...listed.FULL_NAME].sort()).toEqual([name('auditor'), name('auditor2')].sort());
      expect([...listed.CHK_P_LIST]).toEqual([name('jueding')]);
    },
    DEMO_SEED_TIMEOUT_MS,
  );

  it(
    'fills every required cell of the CNCA report for the demo CB’s complete records',
    async () => {
      await resetDatabase(w.db);
      await seedDemo(w.db, '2026-11-24');
      const cb = await cbProfile(w.db, loadConfig({}));
      // when a checked column may be blank, in the template's notes' words (填表说明), read from the row's own cells
      const blankAllowedWhen: Record<string, (cell: (code: string) => string) => boolean> = {
        ORG_O_NAME: () => true, // 当获证组织更名时为必填项
        QMS_COVERAGE: (c) => !c('AUTH_PROJ_CODE').startsWith('A0102'),
        ORG_EN_BORDER: (c) => !c('AUTH_PROJ_CODE').startsWith('A0901'),
        PAUSE_CAUSE: (c) => c('CERTI_STATUS') !== '02',
        PAUSE_S_DATE: (c) => c('CERTI_STATUS') !== '02',
        PAUSE_E_DATE: (c) => c('CERTI_STATUS') !== '02',
        CANCEL_CAUSE: (c) => c('CERTI_STATUS') !== '03',
        CANCEL_DATE: (c) => c('CERTI_STATUS') !== '03',
        M_CERTI_NUM: (c) => c('IS_C_CERTI') !== '1',
        CHG_DATE: (c) => c('CHG_TYP_CODE') === '',
        CHG_TYP_CODE: (c) => !['04', '05'].includes(c('REPORT_TYPE')) && c('APPR_AC_CODE') !== '05',
        EXCHANGE_DATE: (c) => c('REPORT_TYPE') !== '02',
        EXCHANGE_CAUSE: (c) => c('REPORT_TYPE') !== '02',
        O_AWARD_JG: (c) => c('REPORT_TYPE') !== '02',
        APPR_S_DATE: (c) => c('APPR_AC_CODE') === '05',
        APPR_E_DATE: (c) => c('APPR_AC_CODE') === '05',
        CHK_PD_NUM: (c) => c('APPR_AC_CODE') === '05',
        ACC_SYMBOL: () => true, // 未获得认可不用填写
        RISK_PARAM: (c) => c('ACC_SYMBOL') === '' || !/^A0[123]/.test(c('AUTH_PROJ_CODE')),
        BASE_PD_NUM: (c) => !/^A0[123]/.test(c('AUTH_PROJ_CODE')),
        Service_area_code: (c) => !c('AUTH_PROJ_CODE').startsWith('C'),
        REV_CERTI_FEE: (c) => !['01', '02', '03', '06'].includes(c('APPR_AC_CODE')),
        REV_CERTI_FEE_CURR: (c) => c('REV_CERTI_FEE') === '',
        ATTACHMENTS: () => true, // 如无附件应为空值
        AUDIT_PLAN_NO: (c) => c('IS_OVERFLOW') !== '1',
        OVERFLOW_CAUSE: (c) => c('IS_OVERFLOW') !== '1',
        PLAN_START: (c) => c('IS_OVERFLOW') !== '1',
        PROGRAM_FILENO: (c) => c('IS_OVERFLOW') !== '1',
        OBSERVER_FLAG: () => true, // 可以为空值
      };
      let rows = 0;
      const reportTypes = new Set<string>();
      for (let month = 9; month <= 11; month++) {
        const period = `2026-${String(month).padStart(2, '0')}`;
        const built = await buildCncaMonth(w.db, cb, period);
        expect(
          built.issues.map((i) => `${i.sheet} ${i.header ?? ''} ${i.problem} ${i.record.label}`),
          period,
        ).toEqual([]);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await cncaWorkbook(built)) as unknown as ArrayBuffer);
        workbook.eachSheet((sheet) => {
          const codes = (sheet.getRow(1).values as unknown[]).slice(3).map(String);
          const checked = (sheet.getRow(6).values as unknown[]).slice(3).map((v) => String(v ?? '') === '1');
          for (let r = 8; r <= sheet.rowCount; r++) {
            const values = (sheet.getRow(r).values as unknown[]).slice(3).map((v) => String(v ?? ''));
            if (values.every((v) => v === '')) continue;
            rows += 1;
            const cell = (code: string) => values[codes.indexOf(code)] ?? '';
            if (sheet.name === '证书信息表') reportTypes.add(cell('REPORT_TYPE'));
            codes.forEach((code, j) => {
              if (!checked[j] || values[j] !== '') return;
              expect(blankAllowedWhen[code]?.(cell) ?? false, `${period} ${sheet.name} row ${r}: ${code} is blank`).toBe(true);
            });
          }
        });
      }
      expect(rows).toBeGreaterThan(20);
      // surveilled certificates (03) among them, their decision-makers named
      expect(reportTypes).toContain('03');
    },
    DEMO_SEED_TIMEOUT_MS,
  );
});
