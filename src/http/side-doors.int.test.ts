import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../test/fixtures.js';
import { grantAfterSales, grantSystem } from '../../test/world-helpers.js';
import { users } from '../modules/auth/auth.schema.js';
import { clients } from '../modules/clients/client.schema.js';
import { importsSettled } from '../modules/imports/import.runner.js';

/**
 * One rule, one door: each fact a rule guards changes through exactly one use-case, and every
 * other route that could touch it refuses and changes nothing. docs/decisions.md names the doors.
 *
 *   fact                        door                                                     routes that must refuse
 *   certificate scope           contract change carried out by a decision-maker          reissue (scope, a site's scope), review without
 *                               (an extension only after its audit held and passed)      audit, carrying out by customer service
 *   star level                  the decision on a concluded GB/T 27922 assessment        direct grant (after-sales, star level), reissue
 *                               (star.int.test.ts: grant, lower, raise)
 *   client grade                a classification (POST /api/clients/{id}/evaluations)    client create, PATCH, import
 *   client status (lost …)      the loss record (POST /api/clients/{id}/losses)          client create, PATCH, import
 *   certificate status          the decision-maker's decisions and the scheduled jobs    every other certificate route
 *   decider independence        every grant, restoration, recertification, scope or      the decider was on the team of an audit the
 *                               level change                                             decision rests on
 */

let w: World;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};
const today = '2026-06-15';

beforeEach(async () => {
  w = await setUpWorld(() => new Date(`${today}T02:00:00Z`));
  for (const u of await w.db.select().from(users)) ids[u.username] = u.id;
  await w.db
    .update(clients)
    .set({ technicalAreaCodes: ['19.05.01'] })
    .where(eq(clients.id, w.huaxin));
  for (const u of ['admin', 'service', 'auditmgmt', 'decider', 'auditor', 'portal']) cookies[u] = await w.login(u);
});
afterEach(() => w.app.close());

const call = (method: string, url: string, as: string, payload?: object) =>
  w.app.inject({ method: method as 'POST', url, headers: { cookie: cookies[as]! }, ...(payload ? { payload } : {}) });
const ok = async (res: Awaited<ReturnType<typeof call>>, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};
const certificateOf = async (id: string) => ok(await call('GET', `/api/certificates/${id}`, 'decider'));
const clientOf = async (id: string) => ok(await call('GET', `/api/clients/${id}`, 'admin'));

/** The QMS auditor registered as team leader, able to audit 华信. */
async function registerAuditor() {
  await ok(
    await call('POST', '/api/auditor-registrations', 'auditmgmt', {
      userId: ids.auditor,
      kind: 'auditor',
      field: 'QMS',
      registrationNo: '2024-N1QMS-0001',
      technicalAreas: ['19.05'],
      teamLeader: true,
      validFrom: '2024-01-01',
      validUntil: '2028-12-31',
    }),
    201,
  );
}

/** Plans an audit in a programme, puts the auditor on its team and records it held and passed. */
async function holdAudit(programmeId: string, audit: { type: string; trigger?: string; on: string }) {
  const planned = await ok(
    await call('POST', `/api/programmes/${programmeId}/audits`, 'auditmgmt', {
      type: audit.type,
      ...(audit.trigger ? { trigger: audit.trigger } : {}),
      plannedStart: audit.on,
      plannedEnd: audit.on,
    }),
    201,
  );
  const teamed = await ok(
    await call('POST', `/api/audits/${planned.id}/team`, 'auditmgmt', {
      version: planned.version,
      members: [{ userId: ids.auditor, role: 'team_leader' }],
    }),
  );
  await ok(
    await call('POST', `/api/audits/${planned.id}/record`, 'auditmgmt', {
      version: teamed.version,
      actualStart: audit.on,
      actualEnd: audit.on,
      result: 'pass',
    }),
  );
  return planned.id as string;
}

/** The audit's team leader becomes a decision-maker (a promotion): it must still not decide on its own audits. */
async function promoteAuditor() {
  await w.db.update(users).set({ role: 'decision_maker' }).where(eq(users.id, ids.auditor!));
  cookies.promoted = await w.login('auditor');
}

const openProgramme = async (clientId: string) =>
  (await ok(await call('GET', `/api/clients/${clientId}/programmes`, 'auditmgmt'))).find((p: { status: string }) => p.status === 'open');

describe('certificate scope: a contract change, carried out by a decision-maker after its audit', () => {
  it('refuses every other way, then the door changes it', async () => {
    const cert = await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD26Q0001R0M');
    const scope = (await certificateOf(cert.id)).scope;
    const extended = `${scope}；软件开发`;

    // the reissue route, as customer service: no scope, no site scope
    const reissue = await call('POST', `/api/certificates/${cert.id}/reissue`, 'service', {
      version: cert.version,
      changedOn: today,
      reason: '扩大范围',
      scope: extended,
      scopeChange: 'extension',
    });
    expect(reissue.statusCode).toBe(400);

    // the contract change: approving an extension without an audit, or carrying it out unreviewed, is refused
    const change = await ok(
      await call('POST', `/api/clients/${w.huaxin}/contract-changes`, 'service', {
        kind: 'scope_extension',
        certificateId: cert.id,
        description: '增加软件开发',
        proposed: { scope: extended },
        documents: ['扩项申请书'],
      }),
      201,
    );
    expect(
      (
        await call('POST', `/api/contract-changes/${change.id}/review`, 'auditmgmt', { version: 1, decision: 'approve', note: '同意' })
      ).json().code,
    ).toBe('CHANGE.AUDIT_REQUIRED');
    expect((await call('POST', `/api/contract-changes/${change.id}/apply`, 'decider', { version: 1, note: '实施' })).json().code).toBe(
      'CHANGE.WRONG_STATUS',
    );
    const reviewed = await ok(
      await call('POST', `/api/contract-changes/${change.id}/review`, 'auditmgmt', {
        version: 1,
        decision: 'audit',
        note: '安排扩项审核',
        auditPlannedStart: today,
      }),
    );
    // the audit the review planned is held by the auditor, who then becomes a decision-maker
    await registerAuditor();
    const audit = await ok(await call('GET', `/api/audits/${reviewed.auditId}`, 'auditmgmt'));
    const teamed = await ok(
      await call('POST', `/api/audits/${audit.id}/team`, 'auditmgmt', {
        version: audit.version,
        members: [{ userId: ids.auditor, role: 'team_leader' }],
      }),
    );
    expect((await call('POST', `/api/contract-changes/${change.id}/apply`, 'decider', { version: 2, note: '实施' })).json().code).toBe(
      'CHANGE.AUDIT_NOT_HELD',
    );
    await ok(
      await call('POST', `/api/audits/${audit.id}/record`, 'auditmgmt', {
        version: teamed.version,
        actualStart: today,
        actualEnd: today,
        result: 'pass',
      }),
    );
    expect((await call('POST', `/api/contract-changes/${change.id}/apply`, 'service', { version: 2, note: '实施' })).json().code).toBe(
      'CHANGE.NOT_YOUR_STEP',
    );
    await promoteAuditor();
    const own = await call('POST', `/api/contract-changes/${change.id}/apply`, 'promoted', { version: 2, note: '实施' });
    expect(own.json().code).toBe('CERTIFICATE.DECIDER_ON_TEAM');
    expect((await certificateOf(cert.id)).scope).toBe(scope);

    // the door
    await ok(await call('POST', `/api/contract-changes/${change.id}/apply`, 'decider', { version: 2, note: '扩项审核通过，批准' }));
    expect((await certificateOf(cert.id)).scope).toBe(extended);

    // a reduction keeps some of the items as written: rewording one (开发 for 软件开发) could widen it
    const reduction = (scope: string) =>
      call('POST', `/api/clients/${w.huaxin}/contract-changes`, 'service', {
        kind: 'scope_reduction',
        certificateId: cert.id,
        description: '缩小范围',
        proposed: { scope },
        documents: ['缩小范围申请'],
      });
    expect((await reduction('开发')).json().code).toBe('CHANGE.REDUCTION_ADDS');
    expect((await reduction(extended)).json().code).toBe('CHANGE.SCOPE_UNCHANGED');
    expect((await reduction('软件开发')).statusCode).toBe(201);
  });
});

describe('the name on a certificate: only the contract change that renames the client and reissues the certificate together', () => {
  it('refuses renaming a certified client through PATCH', async () => {
    await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD26Q0001R0M');
    const client = await clientOf(w.huaxin);
    const renamed = await call('PATCH', `/api/clients/${w.huaxin}`, 'service', {
      version: client.version,
      name: '北京华信智能科技有限公司',
    });
    expect(renamed.json().details?.fields[0], renamed.body).toMatchObject({ field: 'name', code: 'NAME_BY_CONTRACT_CHANGE' });
    expect((await clientOf(w.huaxin)).name).toBe(client.name);
    // a client with no certificate yet may correct its name
    const other = await clientOf(w.other);
    await ok(await call('PATCH', `/api/clients/${w.other}`, 'service', { version: other.version, name: '深圳宏达家用电器有限公司' }));
  });
});

describe('star level: only the decision on a concluded assessment', () => {
  it('refuses the direct grant and the reissue, changing nothing', async () => {
    const granted = await call('POST', `/api/clients/${w.huaxin}/certificates`, 'decider', {
      certificateNo: 'CD26SC0001R0M',
      scheme: 'after_sales',
      field: 'AFTER_SALES',
      standard: 'GB/T 27922-2011',
      scope: '售后服务',
      decisionOn: today,
    });
    expect(granted.json().code).toBe('CERTIFICATE.AFTER_SALES_BY_ASSESSMENT');
    const withStars = await call('POST', `/api/clients/${w.huaxin}/certificates`, 'decider', {
      certificateNo: 'CD26Q0002R0M',
      scheme: 'management_system',
      field: 'QMS',
      standard: 'GB/T 19001-2016',
      scope: '生产',
      starLevel: 5,
      decisionOn: today,
    });
    expect(withStars.statusCode).toBe(400);
    const afterSales = await grantAfterSales(w, w.other, { starLevel: 3 });
    for (const as of ['service', 'admin']) {
      const reissue = await call('POST', `/api/certificates/${afterSales.id}/reissue`, as, {
        version: afterSales.version,
        changedOn: today,
        reason: '升级',
        starLevel: 5,
      });
      expect(reissue.statusCode, as).toBe(400);
    }
    expect((await certificateOf(afterSales.id)).starLevel).toBe(3);
    expect((await ok(await call('GET', `/api/clients/${w.huaxin}/certificates`, 'decider'))).length).toBe(0);
  });
});

describe('client grade: only the classification', () => {
  it('refuses create and PATCH, an import never reads it; an evaluation sets it', async () => {
    const base = {
      contractNo: 'HT-X-001',
      name: '天津新港物流有限公司',
      uscc: '91120116MA05KL0W1C',
      province: '天津市',
      address: '天津市滨海新区1号',
      branchId: w.branchA,
    };
    expect((await call('POST', '/api/clients', 'service', { ...base, grade: 'A' })).statusCode).toBe(400);
    const client = await clientOf(w.huaxin);
    expect((await call('PATCH', `/api/clients/${w.huaxin}`, 'service', { version: client.version, grade: 'A+' })).statusCode).toBe(400);
    const preview = await importPreview([
      ['合同编号', '分类等级'],
      ['HT-A-001', 'A+'],
    ]);
    // the column is not read: the preview says so, and there is nothing to write
    expect(preview).toMatchObject({ ignoredColumns: ['grade'], ignoredCellRows: 1, refusedRows: [], updates: [] });
    expect((await clientOf(w.huaxin)).grade).toBeNull();

    await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD26Q0001R0M');
    const items = ['QMS-STABILITY', 'QMS-MATURITY', 'QMS-RESOURCES', 'QMS-REALISATION', 'QMS-MONITORING', 'QMS-IMPROVEMENT'];
    await ok(
      await call('POST', `/api/clients/${w.huaxin}/evaluations`, 'auditmgmt', {
        source: 'annual',
        itemGrades: Object.fromEntries(items.map((i) => [i, 'A'])),
      }),
      201,
    );
    expect((await clientOf(w.huaxin)).grade).toBe('A');
  });
});

describe('client status (abnormal, lost): only the loss record with its cause', () => {
  it('refuses create, PATCH and import; a lost VIP needs its analysis at the door', async () => {
    const client = await clientOf(w.huaxin);
    const base = {
      contractNo: 'HT-X-002',
      name: '天津新港物流有限公司',
      uscc: '91120116MA05KL0W1C',
      province: '天津市',
      address: '天津市滨海新区1号',
      branchId: w.branchA,
    };
    expect((await call('POST', '/api/clients', 'service', { ...base, status: 'lost' })).statusCode).toBe(400);
    await ok(await call('PATCH', `/api/clients/${w.huaxin}`, 'service', { version: client.version, vip: true }));
    const vip = await clientOf(w.huaxin);
    const patched = await call('PATCH', `/api/clients/${w.huaxin}`, 'service', { version: vip.version, status: 'lost' });
    expect(patched.json().details.fields[0]).toMatchObject({ field: 'status', code: 'STATUS_BY_RECORD' });
    const preview = await importPreview([
      ['合同编号', '客户状态'],
      ['HT-A-001', '流失'],
    ]);
    expect(preview.refusedRows[0].errors[0].code).toBe('STATUS_BY_RECORD');
    expect((await clientOf(w.huaxin)).status).toBe('active');

    const bare = await call('POST', `/api/clients/${w.huaxin}/losses`, 'service', { status: 'lost', cause: '转投其他认证机构' });
    expect(bare.json().code).toBe('COMMUNICATION.LOST_VIP_ANALYSIS');
    // taking the VIP flag off first does not spare the analysis
    const current = await clientOf(w.huaxin);
    await ok(await call('PATCH', `/api/clients/${w.huaxin}`, 'service', { version: current.version, vip: false }));
    const unflagged = await call('POST', `/api/clients/${w.huaxin}/losses`, 'service', { status: 'lost', cause: '转投其他认证机构' });
    expect(unflagged.json().code).toBe('COMMUNICATION.LOST_VIP_ANALYSIS');
    await ok(
      await call('POST', `/api/clients/${w.huaxin}/losses`, 'service', {
        status: 'lost',
        cause: '转投其他认证机构',
        analysis: '价格因素，服务响应慢',
        remedialDecision: '指定客户经理回访，调整监督安排',
      }),
      201,
    );
    expect((await clientOf(w.huaxin)).status).toBe('lost');

    // nor is a lost client made a VIP afterwards, which would make a lost VIP with no analysis
    await ok(await call('POST', `/api/clients/${w.other}/losses`, 'admin', { status: 'lost', cause: '企业注销' }), 201);
    const other = await clientOf(w.other);
    const vipAfter = await call('PATCH', `/api/clients/${w.other}`, 'admin', { version: other.version, vip: true });
    expect(vipAfter.json().details.fields[0]).toMatchObject({ field: 'vip', code: 'LOST_CLIENT_VIP' });
    expect((await clientOf(w.other)).vip).toBe(false);
  });
});

describe('certificate status: only the decision-maker’s decisions (and the scheduled jobs)', () => {
  it('leaves the status as it is on every other route that reaches a certificate', async () => {
    const cert = await grantSystem(w, cookies.decider!, w.huaxin, 'QMS', 'CD26Q0001R0M');
    const body = { version: cert.version, from: today, until: '2026-08-31', ground: 'FEES_UNPAID', reason: '费用未缴' };
    for (const as of ['service', 'auditmgmt', 'portal']) {
      for (const action of ['suspend', 'revoke', 'withdraw', 'give-up', 'restore']) {
        expect((await call('POST', `/api/certificates/${cert.id}/${action}`, as, body)).statusCode, `${as} ${action}`).toBe(403);
      }
    }
    await ok(
      await call('POST', `/api/certificates/${cert.id}/reissue`, 'service', {
        version: cert.version,
        changedOn: today,
        reason: '地址',
        address: '北京市海淀区2号',
      }),
    );
    const now = await certificateOf(cert.id);
    await ok(
      await call('POST', `/api/certificates/${cert.id}/confidential`, 'service', {
        version: now.version,
        confidential: true,
        reason: '企业申请',
      }),
    );
    expect((await certificateOf(cert.id)).status).toBe('valid');
    await ok(
      await call('POST', `/api/certificates/${cert.id}/suspend`, 'decider', { ...body, version: (await certificateOf(cert.id)).version }),
    );
    expect((await certificateOf(cert.id)).status).toBe('suspended');
  });
});

describe('the decider is never on the team of an audit the decision rests on', () => {
  it('refuses the grant after the initial audit, the restoration after a verification audit, and the recertification', async () => {
    await registerAuditor();
    // grant: the initial audit of the application-stage programme
    const application = await ok(
      await call('POST', `/api/clients/${w.huaxin}/programmes`, 'auditmgmt', { scheme: 'management_system', field: 'QMS' }),
      201,
    );
    await holdAudit(application.id, { type: 'initial_stage2', on: '2025-06-02' });
    await promoteAuditor();
    const grant = (as: string) =>
      call('POST', `/api/clients/${w.huaxin}/certificates`, as, {
        certificateNo: 'CD25Q0001R0M',
        scheme: 'management_system',
        field: 'QMS',
        standard: 'GB/T 19001-2016',
        scope: '电子测量仪器的设计和生产',
        decisionOn: '2025-06-20',
      });
    expect((await grant('promoted')).json().code).toBe('CERTIFICATE.DECIDER_ON_TEAM');
    const cert = await ok(await grant('decider'), 201);

    // restoration: the audit held since the suspension began verified the correction
    await w.db.update(users).set({ role: 'auditor' }).where(eq(users.id, ids.auditor!));
    const suspended = await ok(
      await call('POST', `/api/certificates/${cert.id}/suspend`, 'decider', {
        version: cert.version,
        from: '2026-06-01',
        until: '2026-09-30',
        ground: 'CAPABILITY_BELOW_REQUIREMENTS',
        reason: '监督发现体系失效',
      }),
    );
    const programme = await openProgramme(w.huaxin);
    await holdAudit(programme.id, { type: 'extra', trigger: 'OTHER', on: '2026-06-12' });
    await promoteAuditor();
    const restore = (as: string) =>
      call('POST', `/api/certificates/${cert.id}/restore`, as, { version: suspended.version, reason: '纠正措施经验证有效' });
    expect((await restore('promoted')).json().code).toBe('CERTIFICATE.DECIDER_ON_TEAM');
    const restored = await ok(await restore('decider'));
    expect(restored.status).toBe('valid');

    // recertification: the recertification audit of the cycle
    await w.db.update(users).set({ role: 'auditor' }).where(eq(users.id, ids.auditor!));
    await holdAudit(programme.id, { type: 'recertification', on: '2026-06-14' });
    await promoteAuditor();
    const recertify = (as: string) =>
      call('POST', `/api/programmes/${programme.id}/recertify`, as, { version: restored.version, decisionOn: today, reason: '再认证决定' });
    expect((await recertify('promoted')).json().code).toBe('CERTIFICATE.DECIDER_ON_TEAM');
    expect((await ok(await recertify('decider'))).issueOn).toBe(today);
  });
});

async function importPreview(rows: (string | null)[][]) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('客户信息');
  for (const r of rows) sheet.addRow(r);
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  const boundary = '----side-doors';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="clients.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const sent = await ok(
    await w.app.inject({
      method: 'POST',
      url: '/api/clients/import',
      headers: { cookie: cookies.service!, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    }),
    202,
  );
  await importsSettled(w.db);
  return (await ok(await call('GET', `/api/clients/import/${sent.id}`, 'service'))).preview;
}
