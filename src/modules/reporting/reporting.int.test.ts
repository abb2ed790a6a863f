import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { users } from '../auth/auth.schema.js';
import { certificates } from '../certificates/certificate.schema.js';
import { clients } from '../clients/client.schema.js';
import { dueItems } from '../due-list/due-item.schema.js';
import { cncaSheets } from './cnca-sheets.js';
import { CNCA_DUE_SOURCE } from './cnca.service.js';

let w: World;
let clock: Date;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};

beforeEach(async () => {
  clock = new Date('2026-11-20T02:00:00Z');
  w = await setUpWorld(() => clock);
  for (const u of await w.db.select().from(users)) ids[u.username] = u.id;
  await w.db
    .update(clients)
    .set({ technicalAreaCodes: ['19.05.01'] })
    .where(eq(clients.id, w.huaxin));
  for (const u of ['admin', 'general', 'service', 'service_b', 'decider', 'auditmgmt']) cookies[u] = await w.login(u);
});
afterEach(() => w.app.close());

const post = (url: string, payload: object = {}, as = 'general') =>
  w.app.inject({ method: 'POST', url, headers: { cookie: cookies[as]! }, payload });
const get = (url: string, as = 'general') => w.app.inject({ method: 'GET', url, headers: { cookie: cookies[as]! } });

async function grantHuaxin(certificateNo = 'cd26q0001r0m', decisionOn = '2026-11-05') {
  const res = await post(
    `/api/clients/${w.huaxin}/certificates`,
    {
      certificateNo,
      scheme: 'management_system',
      field: 'QMS',
      standard: 'GB/T 19001-2016 / ISO 9001:2015',
      scope: '电子测量仪器的设计和生产',
      starLevel: null,
      decisionOn,
    },
    'decider',
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function planSurveillance(
  withTeam: boolean,
  audit: object = { type: 'surveillance', plannedStart: '2026-11-25', plannedEnd: '2026-11-26' },
) {
  const programme = (await get(`/api/clients/${w.huaxin}/programmes`, 'auditmgmt')).json()[0];
  const planned = await post(`/api/programmes/${programme.id}/audits`, audit, 'auditmgmt');
  expect(planned.statusCode, planned.body).toBe(201);
  if (!withTeam) return planned.json();
  const reg = await post(
    '/api/auditor-registrations',
    {
      userId: ids.auditor,
      kind: 'auditor',
      field: 'QMS',
      registrationNo: '2024-n1qms-1001',
      technicalAreas: ['19.05'],
      teamLeader: true,
      validFrom: '2024-01-01',
      validUntil: '2028-12-31',
    },
    'auditmgmt',
  );
  expect(reg.statusCode, reg.body).toBe(201);
  const team = await post(
    `/api/audits/${planned.json().id}/team`,
    { version: planned.json().version, members: [{ userId: ids.auditor, role: 'team_leader' }] },
    'auditmgmt',
  );
  expect(team.statusCode, team.body).toBe(200);
  return team.json();
}

describe('CNCA monthly report', () => {
  it('lists what cannot be reported before anything is generated', async () => {
    await grantHuaxin();
    await planSurveillance(false);
    await w.db.update(clients).set({ technicalAreaCodes: [] }).where(eq(clients.id, w.huaxin));
    const res = await get('/api/reports/cnca/2026-11/check');
    expect(res.statusCode, res.body).toBe(200);
    const check = res.json();
    expect(check).toMatchObject({ period: '2026-11', from: '2026-11-01', to: '2026-11-30', dueOn: '2026-12-10' });
    expect(check.rows).toMatchObject({ certificates: 1, auditPlans: 0, energyPerformance: 0 });
    expect(check.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: 'auditPlans',
          problem: 'NO_TEAM',
          record: expect.objectContaining({ kind: 'audit', id: w.huaxin }),
        }),
        expect.objectContaining({ sheet: 'certificates', problem: 'MISSING', header: '23、认证业务范围所属CNAS分类代码' }),
      ]),
    );
  });

  it('generates the four sheets with the fixed headers and the month’s records, keeps the file, and leaves the due-list when submitted', async () => {
    await grantHuaxin();
    await planSurveillance(true);
    const generated = await post('/api/reports/cnca/2026-11');
    expect(generated.statusCode, generated.body).toBe(201);
    const file = await get(`/api/reports/${generated.json().id}/file`);
    expect(file.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['审核计划信息表', '证书信息表', '审核结果信息表', '能源绩效信息表']);

    const sheet = workbook.getWorksheet('证书信息表')!;
    const headers = (sheet.getRow(2).values as string[]).slice(3);
    expect(headers).toEqual(cncaSheets.certificates.columns.map((c) => c.header));
    expect((sheet.getRow(1).values as string[]).slice(3, 6)).toEqual(['RZJG_ID', 'RZJG_KEY_ID', 'ORG_NAME']);
    const cell = (code: string) => sheet.getRow(8).getCell(3 + cncaSheets.certificates.columns.findIndex((c) => c.code === code)).value;
    expect(cell('CERT_NUMBER')).toBe('CD26Q0001R0M');
    expect(cell('CERTI_STATUS')).toBe('01');
    expect(cell('REPORT_TYPE')).toBe('01');
    expect(cell('AUTH_PROJ_CODE')).toBe('A010103');
    expect(cell('AWARD_DATE')).toBe('2026-11-05');
    expect(cell('ORG_CODE')).toMatch(/^[0-9A-Z]{18}$/);
    const plans = workbook.getWorksheet('审核计划信息表')!;
    expect(plans.getRow(8).getCell(3).value).toMatch(/^R0099[A-Z]{1,2}26110001$/);
    expect(workbook.getWorksheet('能源绩效信息表')!.getRow(8).getCell(3).value).toBeNull();

    const history = (await get('/api/reports?kind=cnca_monthly&period=2026-11')).json();
    expect(history).toEqual([
      expect.objectContaining({ generatedBy: '用户 general', counts: expect.objectContaining({ certificates: 1, auditPlans: 1 }) }),
    ]);

    // the report stands on general administration's due-list until it is submitted
    expect((await post('/api/jobs/run', {}, 'admin')).statusCode).toBe(200);
    const due = (await get('/api/due-items?department=general_admin&bucket=all')).json();
    expect(due.items).toContainEqual(
      expect.objectContaining({ kind: 'cnca_monthly_report', dueOn: '2026-12-10', clientId: null, opensOn: '2026-11-01' }),
    );
    // branch staff see their branch's items only, and the CB's report is nobody's branch
    expect((await get('/api/due-items?bucket=all', 'service_b')).json().items.map((i: { kind: string }) => i.kind)).not.toContain(
      'cnca_monthly_report',
    );

    const submitted = await post(`/api/reports/${history[0].id}/submit`, { version: history[0].version });
    expect(submitted.statusCode, submitted.body).toBe(204);
    const rows = await w.db.select().from(dueItems).where(eq(dueItems.source, CNCA_DUE_SOURCE));
    expect(rows.map((r) => r.dueOn)).toEqual(['2026-11-10']); // October's report is still owed
    const again = await post(`/api/reports/${history[0].id}/submit`, { version: history[0].version + 1 });
    expect(again.json().code).toBe('REPORT.ALREADY_SUBMITTED');
  });

  it('reports a surveilled certificate as type 03 in the month its decision-maker kept it, with one result row per team member', async () => {
    const granted = await grantHuaxin('cd26q0001r0m', '2026-03-02');
    const audit = await planSurveillance(true, { type: 'extra', trigger: 'OTHER', plannedStart: '2026-10-28', plannedEnd: '2026-10-29' });
    const held = await post(
      `/api/audits/${audit.id}/record`,
      { version: audit.version, actualStart: '2026-10-28', actualEnd: '2026-10-29', result: 'pass' },
      'auditmgmt',
    );
    expect(held.statusCode, held.body).toBe(200);
    // held in October, not decided yet: the audit is reported, the certificate waits for its decision
    const october = (await get('/api/reports/cnca/2026-10/check')).json();
    expect(october.rows).toMatchObject({ certificates: 0, auditResults: 1, auditPlans: 1 });
    const undecided = (issues: { problem: string }[]) => issues.filter((i) => i.problem === 'NO_DECISION');
    expect(undecided(october.issues)).toEqual([
      {
        sheet: 'certificates',
        header: '37、认证决定人员名单',
        problem: 'NO_DECISION',
        record: { kind: 'audit', id: w.huaxin, label: 'CD26Q0001R0M 2026-10-29' },
      },
    ]);

    // on the decision-makers' due-list until decided, by the day October's report is due
    const decisionDue = () => w.db.select().from(dueItems).where(eq(dueItems.kind, 'surveillance_decision'));
    expect(await decisionDue()).toEqual([
      expect.objectContaining({ auditId: audit.id, department: 'decision_maker', dueOn: '2026-11-10', basis: 'CNCA_REPORT' }),
    ]);

    const keep = (payload: object, as = 'decider') =>
      post(`/api/certificates/${granted.id}/maintain`, { version: granted.version, auditId: audit.id, ...payload }, as);
    expect((await keep({}, 'auditmgmt')).statusCode).toBe(403);
    expect((await keep({ decidedOn: '2026-10-28' })).json().code).toBe('CERTIFICATE.MAINTAIN_BEFORE_AUDIT');
    expect((await keep({ decidedOn: '2026-11-21' })).json().code).toBe('CERTIFICATE.DECISION_IN_FUTURE');
    expect((await keep({ version: granted.version + 1 })).statusCode).toBe(409);
    const kept = await keep({ decidedOn: '2026-11-03' });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().events[0]).toMatchObject({ kind: 'maintain', effectiveOn: '2026-11-03', decidedBy: '用户 decider' });
    expect(await decisionDue()).toEqual([]);
    const again = await post(`/api/certificates/${granted.id}/maintain`, { version: kept.json().version, auditId: audit.id }, 'decider');
    expect(again.json().code).toBe('CERTIFICATE.MAINTAIN_DECIDED');

    expect(undecided((await get('/api/reports/cnca/2026-10/check')).json().issues)).toEqual([]);
    const check = (await get('/api/reports/cnca/2026-11/check')).json();
    expect(check.rows).toMatchObject({ certificates: 1, auditResults: 0 });
    expect(check.issues.map((i: { header: string }) => i.header)).not.toContain('37、认证决定人员名单');
    const generated = await post('/api/reports/cnca/2026-11');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await get(`/api/reports/${generated.json().id}/file`)).rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('证书信息表')!;
    const cell = (code: string) => sheet.getRow(8).getCell(3 + cncaSheets.certificates.columns.findIndex((c) => c.code === code)).value;
    // the audit decided on, though held the month before; who kept the certificate, and when
    expect(['REPORT_TYPE', 'APPR_AC_CODE', 'APPR_S_DATE', 'CHK_PD_NUM', 'CHK_P_LIST', 'APP_ASS_DATE'].map(cell)).toEqual([
      '03',
      '04',
      '2026-10-28',
      '2',
      '用户 decider',
      '2026-11-03',
    ]);
  });

  it('keeps a certificate only after a held surveillance that passed, and an after-sales one only by its assessment', async () => {
    const granted = await grantHuaxin('cd26q0001r0m', '2026-03-02');
    const audit = await planSurveillance(true, { type: 'surveillance', plannedStart: '2026-11-10', plannedEnd: '2026-11-11' });
    const keep = async () => {
      const current = (await get(`/api/certificates/${granted.id}`)).json();
      return post(`/api/certificates/${granted.id}/maintain`, { version: current.version, auditId: audit.id }, 'decider');
    };
    expect((await keep()).json().code).toBe('CERTIFICATE.MAINTAIN_NOT_SURVEILLANCE');
    await post(
      `/api/audits/${audit.id}/record`,
      { version: audit.version, actualStart: '2026-11-10', actualEnd: '2026-11-11', result: 'fail' },
      'auditmgmt',
    );
    const failed = await keep();
    expect(failed.statusCode).toBe(409);
    expect(failed.json()).toMatchObject({
      code: 'CERTIFICATE.MAINTAIN_AFTER_FAIL',
      message: { zh: expect.stringContaining('暂停或撤销') },
    });
    await w.db
      .update(certificates)
      .set({ scheme: 'after_sales', field: 'AFTER_SALES', starLevel: 3 })
      .where(eq(certificates.id, granted.id));
    expect((await keep()).json().code).toBe('CERTIFICATE.MAINTAIN_BY_ASSESSMENT');
    expect((await get(`/api/certificates/${granted.id}`)).json().events.map((e: { kind: string }) => e.kind)).toEqual(['grant']);
  });

  it('refuses a month that has not begun and callers without the permission', async () => {
    const future = await post('/api/reports/cnca/2026-12');
    expect(future.statusCode).toBe(400);
    expect(future.json().code).toBe('REPORT.FUTURE_PERIOD');
    expect((await get('/api/reports/cnca/2026-13/check')).statusCode).toBe(400);
    expect((await get('/api/reports/cnca/2026-11/check', 'service')).statusCode).toBe(403);
  });
});

describe('IAF CertSearch', () => {
  it('exports valid certificates as JSON, leaves confidential ones out, and tracks the refresh duty', async () => {
    const certificate = await grantHuaxin();
    const before = (await get('/api/reports/certsearch/check')).json();
    expect(before).toMatchObject({ records: 1, failures: [], duty: { lastUploadOn: null, overdue: true }, accreditedFields: [] });

    const exported = await post('/api/reports/certsearch?format=json');
    expect(exported.statusCode, exported.body).toBe(201);
    const [report] = (await get('/api/reports?kind=certsearch')).json();
    const json = JSON.parse((await get(`/api/reports/${report.id}/file`)).body);
    expect(json.certifications).toHaveLength(1);
    expect(json.certifications[0].certification).toMatchObject({
      certificate_number: 'CD26Q0001R0M',
      certification_status: 'active',
      certification_issue_date: '20261105',
    });
    // an export alone is not an upload: the duty stands until staff mark the file uploaded
    expect((await get('/api/reports/certsearch/check')).json().duty).toMatchObject({ lastUploadOn: null, overdue: true });

    const xlsx = await post('/api/reports/certsearch?format=xlsx');
    expect(xlsx.json()).toMatchObject({ records: 1, refused: 0 });

    // the certificate asked to be kept out, through the API; then the whole organisation
    const hidden = await post(
      `/api/certificates/${certificate.id}/confidential`,
      { version: certificate.version, confidential: true, reason: '客户书面要求保密' },
      'service',
    );
    expect(hidden.statusCode, hidden.body).toBe(200);
    expect(hidden.json()).toMatchObject({ confidential: true });
    expect((await get('/api/reports/certsearch/check')).json().records).toBe(0);
    const shown = await post(
      `/api/certificates/${certificate.id}/confidential`,
      { version: hidden.json().version, confidential: false, reason: '客户撤回要求' },
      'service',
    );
    expect(shown.statusCode, shown.body).toBe(200);
    expect((await get('/api/reports/certsearch/check')).json().records).toBe(1);
    await w.db.update(clients).set({ confidential: true }).where(eq(clients.id, w.huaxin));
    expect((await get('/api/reports/certsearch/check')).json().records).toBe(0);
  });

  it('reports a record the format would refuse instead of exporting it', async () => {
    const certificate = await grantHuaxin();
    await w.db
      .update(certificates)
      .set({ organisationName: '华'.repeat(301) })
      .where(eq(certificates.id, certificate.id));
    const check = (await get('/api/reports/certsearch/check')).json();
    expect(check.records).toBe(0);
    expect(check.failures[0]).toMatchObject({ certificateNo: 'CD26Q0001R0M', clientId: w.huaxin });
    expect(check.failures[0].failures).toContainEqual({ field: 'certified_entity_name', problem: 'TOO_LONG', limit: 300 });
  });

  it('exports an accredited certificate with its body, an unaccredited one without, and the sites in the xlsx as in the JSON', async () => {
    const cnas = {
      bodyNameZh: '中国合格评定国家认可委员会',
      bodyNameEn: 'China National Accreditation Service for Conformity Assessment',
      bodyAcronym: 'CNAS',
      symbolCode: '01',
      accreditationNo: 'CNAS C099-M',
    };
    expect((await post('/api/accreditations/QMS', cnas, 'admin')).statusCode).toBe(201);
    const sites = [
      { name: '顺义工厂', address: '北京市顺义区林河大街8号', scope: '电子测量仪器的生产' },
      { name: '天津仓库', address: '天津市滨海新区港城大道1号' },
    ];
    const accredited = await post(
      `/api/clients/${w.huaxin}/certificates`,
      {
        certificateNo: 'CD26Q0001R0M',
        scheme: 'management_system',
        field: 'QMS',
        standard: 'GB/T 19001-2016 / ISO 9001:2015',
        scope: '电子测量仪器的设计和生产',
        sites,
        decisionOn: '2026-11-05',
      },
      'decider',
    );
    expect(accredited.statusCode, accredited.body).toBe(201);
    const unaccredited = await post(
      `/api/clients/${w.other}/certificates`,
      {
        certificateNo: 'CD26E0002R0M',
        scheme: 'management_system',
        field: 'EMS',
        standard: 'GB/T 24001-2016 / ISO 14001:2015',
        scope: '家用电器的生产',
        decisionOn: '2026-11-06',
      },
      'decider',
    );
    expect(unaccredited.statusCode, unaccredited.body).toBe(201);
    expect((await get('/api/reports/certsearch/check')).json()).toMatchObject({ records: 2, accreditedFields: ['QMS'] });

    expect((await post('/api/reports/certsearch?format=json')).statusCode).toBe(201);
    const [jsonReport] = (await get('/api/reports?kind=certsearch')).json();
    const json = JSON.parse((await get(`/api/reports/${jsonReport.id}/file`)).body);
    const byNo = (no: string) =>
      json.certifications.find((r: { certification: { certificate_number: string } }) => r.certification.certificate_number === no)
        .certification;
    expect(byNo('CD26Q0001R0M')).toMatchObject({
      certificate_accreditation_status: 'Accredited',
      accreditation_body_name: cnas.bodyNameEn,
      accreditation_body_acronym_name: 'CNAS',
    });
    expect(byNo('CD26E0002R0M')).toMatchObject({
      certificate_accreditation_status: 'Unaccredited',
      certification_type: 'Management System',
      accreditation_body_name: '',
      accreditation_body_acronym_name: '',
      sites: [],
    });

    expect((await post('/api/reports/certsearch?format=xlsx')).statusCode).toBe(201);
    const [xlsxReport] = (await get('/api/reports?kind=certsearch')).json();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await get(`/api/reports/${xlsxReport.id}/file`)).rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Certified Entity', 'Certification', 'Sites']);
    /** a sheet's rows as header → text, read back from the file */
    const rowsOf = (name: string) => {
      const sheet = book.getWorksheet(name)!;
      const headers = (sheet.getRow(1).values as string[]).slice(1);
      const rows: Record<string, string>[] = [];
      sheet.eachRow((row, n) => {
        if (n > 1) rows.push(Object.fromEntries(headers.map((h, i) => [h, String(row.getCell(i + 1).value ?? '')])));
      });
      return rows;
    };
    const certs = rowsOf('Certification');
    const cert = (no: string) => certs.find((r) => r['Certificate Number'] === no)!;
    expect(cert('CD26Q0001R0M')).toMatchObject({
      'Accreditation Status': 'Accredited',
      'Accreditation Body Name': cnas.bodyNameEn,
      'Accreditation Body Acronym': 'CNAS',
      'Certification Type': 'Management System',
      'Certification Status': 'Active',
    });
    expect(cert('CD26E0002R0M')).toMatchObject({
      'Accreditation Status': 'Unaccredited',
      'Accreditation Body Name': '',
      'Accreditation Body Acronym': '',
      'Certification Type': 'Management System',
    });
    // each site as the JSON has it, under its certification's identity number
    const jsonSites = byNo('CD26Q0001R0M').sites as Record<string, string>[];
    expect(jsonSites).toHaveLength(2);
    expect(rowsOf('Sites')).toEqual(
      jsonSites.map((site) => ({
        'Certification Identity Number': accredited.json().id,
        'Certificate Number': 'CD26Q0001R0M',
        Street: site.street,
        City: site.city,
        State: site.state,
        Country: site.country,
        Postcode: site.postcode,
        'Scope Description': site.scope_description,
      })),
    );
    expect(rowsOf('Sites')[0]).toMatchObject({
      Street: '北京市顺义区林河大街8号',
      City: '北京',
      'Scope Description': '电子测量仪器的生产',
    });
    expect(rowsOf('Sites')[1]).toMatchObject({ Street: '天津市滨海新区港城大道1号', City: '天津', 'Scope Description': '天津仓库' });
  });

  it('keeps the IAF MD 28 refresh on general administration’s due-list: owed until an upload is marked, due again the set interval after it', async () => {
    // sessions end with the days: sign in again on each day the test moves to
    const dayOf = async (day: string) => {
      clock = new Date(`${day}T02:00:00Z`);
      for (const u of ['admin', 'general', 'service_b']) cookies[u] = await w.login(u);
    };
    const runJobs = async () => expect((await post('/api/jobs/run', {}, 'admin')).statusCode).toBe(200);
    const duty = async () => {
      const items = (await get('/api/due-items?department=general_admin&bucket=all')).json().items;
      return items.filter((i: { kind: string }) => i.kind === 'certsearch_refresh');
    };
    const upload = async () => {
      expect((await post('/api/reports/certsearch?format=xlsx')).statusCode).toBe(201);
      const [latest] = (await get('/api/reports?kind=certsearch')).json();
      return post(`/api/reports/certsearch/${latest.id}/uploaded`, { version: latest.version });
    };
    // nothing certified, nothing to upload
    await runJobs();
    expect(await duty()).toEqual([]);

    await grantHuaxin();
    await dayOf('2026-11-21');
    await runJobs();
    // never uploaded: owed from the day the duty was first seen
    expect(await duty()).toEqual([
      expect.objectContaining({ dueOn: '2026-11-21', opensOn: '2026-11-21', clientId: null, basis: 'CERTSEARCH_REFRESH', bucket: 'first' }),
    ]);
    await dayOf('2026-11-22');
    await runJobs();
    expect(await duty()).toEqual([expect.objectContaining({ dueOn: '2026-11-21', bucket: 'overdue' })]);

    const marked = await upload();
    expect(marked.statusCode, marked.body).toBe(204);
    // marked on 2026-11-22: due one month on, in the same transaction
    expect(await duty()).toEqual([expect.objectContaining({ opensOn: '2026-11-22', dueOn: '2026-12-22', bucket: 'first' })]);
    const [report] = (await get('/api/reports?kind=certsearch')).json();
    expect(report).toMatchObject({ submittedOn: '2026-11-22', submittedBy: '用户 general' });
    const again = await post(`/api/reports/certsearch/${report.id}/uploaded`, { version: report.version });
    expect([again.statusCode, again.json().code]).toEqual([409, 'REPORT.ALREADY_UPLOADED']);

    // the day after marking: not owed
    await dayOf('2026-11-23');
    await runJobs();
    expect(await duty()).toEqual([expect.objectContaining({ dueOn: '2026-12-22', bucket: 'first' })]);
    expect((await get('/api/reports/certsearch/check')).json().duty).toEqual({
      lastUploadOn: '2026-11-22',
      lastUploadBy: '用户 general',
      dueOn: '2026-12-22',
      overdue: false,
    });
    // the day it falls due: due, not yet overdue; the day after: overdue
    await dayOf('2026-12-22');
    await runJobs();
    expect(await duty()).toEqual([expect.objectContaining({ dueOn: '2026-12-22', bucket: 'first' })]);
    expect((await get('/api/reports/certsearch/check')).json().duty.overdue).toBe(false);
    await dayOf('2026-12-23');
    await runJobs();
    expect(await duty()).toEqual([expect.objectContaining({ dueOn: '2026-12-22', bucket: 'overdue' })]);
    expect((await get('/api/reports/certsearch/check')).json().duty.overdue).toBe(true);

    // a longer interval set by the administrator moves the open duty at the next daily run
    const param = (await get('/api/parameters', 'admin')).json().find((p: { key: string }) => p.key === 'certsearch.refreshIntervalMonths');
    const changed = await w.app.inject({
      method: 'PUT',
      url: '/api/parameters/certsearch.refreshIntervalMonths',
      headers: { cookie: cookies.admin! },
      payload: { value: 2, version: param.version },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    await dayOf('2026-12-24');
    await runJobs();
    expect(await duty()).toEqual([expect.objectContaining({ dueOn: '2027-01-22', bucket: 'first' })]);

    // branch staff do not see the CB's duty; a CNCA report is not a CertSearch upload
    expect((await get('/api/due-items?bucket=all', 'service_b')).json().items.map((i: { kind: string }) => i.kind)).not.toContain(
      'certsearch_refresh',
    );
    const cnca = await post('/api/reports/cnca/2026-11');
    expect((await post(`/api/reports/certsearch/${cnca.json().id}/uploaded`, { version: 1 })).statusCode).toBe(404);
  });
});
