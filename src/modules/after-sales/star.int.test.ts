import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { usccCheckCharacter } from '../../lib/uscc.js';
import { users } from '../auth/auth.schema.js';

let w: World;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};

beforeEach(async () => {
  const clock = new Date('2026-11-25T02:00:00Z');
  w = await setUpWorld(() => clock);
  for (const u of await w.db.select().from(users)) ids[u.username] = u.id;
  for (const u of ['service', 'auditmgmt', 'auditor', 'decider', 'admin']) cookies[u] = await w.login(u);
});
afterEach(() => w.app.close());

const send = (method: 'POST' | 'PUT', url: string, payload: object, as: string) =>
  w.app.inject({ method, url, headers: { cookie: cookies[as]! }, payload });
const post = (url: string, payload: object, as: string) => send('POST', url, payload, as);
const get = (url: string, as: string) => w.app.inject({ method: 'GET', url, headers: { cookie: cookies[as]! } });
const ok = async (res: Awaited<ReturnType<typeof post>>, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};

/** An accepted applicant with its initial audit held by a registered team leader. */
async function heldInitialAudit() {
  const application = await ok(
    await post(
      '/api/service-applications',
      {
        applicantName: '北京优家家电服务有限公司',
        uscc: '91110105MA01XY123' + usccCheckCharacter('91110105MA01XY123'),
        province: '北京市',
        address: '北京市朝阳区建国路88号',
        contactPerson: '周经理',
        phone: '010-65001234',
        branchId: w.branchA,
        headcount: 35,
        scope: '家用电器的安装、维修和退换货服务',
        materials: { businessLicence: true, serviceDocuments: true, flowChart: true },
      },
      'service',
    ),
    201,
  );
  await ok(
    await post(
      `/api/service-applications/${application.id}/credit-check`,
      {
        version: 1,
        credit: { administrativePenalties: 'none', abnormalOperation: 'none', seriousViolation: 'none' },
        noEvidenceReason: '查询网站维护，截图无法保存',
      },
      'service',
    ),
  );
  const accepted = await ok(await post(`/api/service-applications/${application.id}/accept`, { version: 2, note: '同意受理' }, 'service'));
  await ok(
    await post(
      '/api/auditor-registrations',
      {
        userId: ids.auditor,
        kind: 'auditor',
        field: 'AFTER_SALES',
        registrationNo: 'FW-2024-001',
        technicalAreas: [],
        teamLeader: true,
        validFrom: '2024-01-01',
        validUntil: '2028-12-31',
      },
      'auditmgmt',
    ),
    201,
  );
  const planned = await ok(
    await post(
      `/api/programmes/${accepted.programmeId}/audits`,
      { type: 'initial_stage2', plannedStart: '2026-11-20', plannedEnd: '2026-11-21' },
      'auditmgmt',
    ),
    201,
  );
  const teamed = await ok(
    await post(
      `/api/audits/${planned.id}/team`,
      { version: planned.version, members: [{ userId: ids.auditor, role: 'team_leader' }] },
      'auditmgmt',
    ),
  );
  await ok(
    await post(
      `/api/audits/${planned.id}/record`,
      { version: teamed.version, actualStart: '2026-11-20', actualEnd: '2026-11-21', result: 'pass' },
      'auditmgmt',
    ),
  );
  return { auditId: planned.id as string, clientId: accepted.clientId as string };
}

/** An unannounced audit of the certified organisation, held by the same team leader. */
async function heldExtraAudit(clientId: string) {
  const programme = (await ok(await get(`/api/clients/${clientId}/programmes`, 'auditmgmt')))[0];
  const extra = await ok(
    await post(
      `/api/programmes/${programme.id}/audits`,
      { type: 'extra', trigger: 'OTHER', plannedStart: '2026-11-24', plannedEnd: '2026-11-24' },
      'auditmgmt',
    ),
    201,
  );
  const teamed = await ok(
    await post(
      `/api/audits/${extra.id}/team`,
      { version: extra.version, members: [{ userId: ids.auditor, role: 'team_leader' }] },
      'auditmgmt',
    ),
  );
  await ok(
    await post(
      `/api/audits/${extra.id}/record`,
      { version: teamed.version, actualStart: '2026-11-24', actualEnd: '2026-11-24', result: 'pass' },
      'auditmgmt',
    ),
  );
  return extra as { id: string };
}

/** A certificate granted at three stars (85 % of every indicator); `at(share)` scores every indicator at that share. */
async function grantedAtThreeStars(certificateNo: string) {
  const { auditId, clientId } = await heldInitialAudit();
  const { indicators } = await ok(await get(`/api/audits/${auditId}/star-assessment`, 'auditor'));
  const at = (share: number) =>
    indicators.map((i: { code: string; points: number }) => ({ code: i.code, achieved: i.points * share, finding: '部分记录缺失' }));
  const first = await ok(await send('PUT', `/api/audits/${auditId}/star-assessment`, { version: 0, items: at(0.85) }, 'auditor'));
  const concluded = await ok(
    await post(
      `/api/audits/${auditId}/star-assessment/conclude`,
      { version: first.version, conclusion: 'recommend', note: '推荐' },
      'auditor',
    ),
  );
  const granted = await ok(
    await post(
      `/api/audits/${auditId}/star-assessment/decide`,
      { version: concluded.version, grant: true, certificateNo, scope: '家用电器维修服务', note: '颁证' },
      'decider',
    ),
  );
  return { clientId, certificateId: granted.certificateId as string, at };
}

describe('the GB/T 27922 assessment from scores to a three-star certificate', () => {
  it('scores the sheet, verifies the nonconformity, concludes, and a decision-maker grants three stars', async () => {
    const { auditId, clientId } = await heldInitialAudit();
    const { indicators } = await ok(await get(`/api/audits/${auditId}/star-assessment`, 'auditor'));
    expect(indicators).toHaveLength(15);

    // 85 % of every indicator: 85 points, three stars (four need 90)
    const items = indicators.map((i: { code: string; points: number }) => ({
      code: i.code,
      achieved: Math.round(i.points * 0.85 * 100) / 100,
      finding: '部分记录缺失',
    }));
    const nonconformity = { description: '投诉处理记录不完整', rootCause: null, correctiveAction: null };
    expect((await send('PUT', `/api/audits/${auditId}/star-assessment`, { version: 0, items }, 'auditmgmt')).json().code).toBe(
      'STAR.NOT_ON_TEAM',
    );
    const scored = await ok(
      await send('PUT', `/api/audits/${auditId}/star-assessment`, { version: 0, items, nonconformities: [nonconformity] }, 'auditor'),
    );
    expect(scored).toMatchObject({ total: 85, level: 3 });

    expect(
      (
        await post(`/api/audits/${auditId}/star-assessment/conclude`, { version: 1, conclusion: 'recommend', note: '推荐三星' }, 'auditor')
      ).json().code,
    ).toBe('STAR.NONCONFORMITY_OPEN');
    expect(
      (await post(`/api/audits/${auditId}/star-assessment/nonconformities/0/verify`, { version: 1, method: 'written' }, 'auditor')).json()
        .code,
    ).toBe('STAR.CORRECTION_MISSING');
    const corrected = await ok(
      await send(
        'PUT',
        `/api/audits/${auditId}/star-assessment`,
        {
          version: 1,
          items,
          nonconformities: [{ ...nonconformity, rootCause: '未明确记录要求', correctiveAction: '修订投诉处理程序并补全记录' }],
        },
        'auditor',
      ),
    );
    const verified = await ok(
      await post(
        `/api/audits/${auditId}/star-assessment/nonconformities/0/verify`,
        { version: corrected.version, method: 'written' },
        'auditor',
      ),
    );
    expect(verified.nonconformities[0]).toMatchObject({ verifiedBy: '用户 auditor', method: 'written' });
    const tooHigh = await post(
      `/api/audits/${auditId}/star-assessment/conclude`,
      { version: verified.version, conclusion: 'recommend_lower', recommendedLevel: 4, note: '推荐' },
      'auditor',
    );
    expect(tooHigh.json()).toMatchObject({ code: 'STAR.LEVEL_ABOVE_SCORE', message: { zh: '推荐星级不能高于评分所得星级（3 星）' } });
    const concluded = await ok(
      await post(
        `/api/audits/${auditId}/star-assessment/conclude`,
        { version: verified.version, conclusion: 'recommend', note: '推荐三星级' },
        'auditor',
      ),
    );
    expect(concluded).toMatchObject({ conclusion: 'recommend', recommendedLevel: 3 });

    const decided = await ok(
      await post(
        `/api/audits/${auditId}/star-assessment/decide`,
        {
          version: concluded.version,
          grant: true,
          certificateNo: 'cd26sc0099r0m',
          scope: '家用电器的安装、维修和退换货服务',
          note: '同意颁发三星级证书',
        },
        'decider',
      ),
    );
    expect(decided).toMatchObject({ decidedBy: '用户 decider', certificateId: expect.any(String) });
    const certificates = await ok(await get(`/api/clients/${clientId}/certificates`, 'decider'));
    expect(certificates).toEqual([
      expect.objectContaining({ certificateNo: 'CD26SC0099R0M', scheme: 'after_sales', starLevel: 3, status: 'valid' }),
    ]);
    const register = await w.app.inject({ method: 'GET', url: '/api/public/certificates/CD26SC0099R0M' });
    expect(register.json()).toMatchObject({ starLevel: 3, statusCode: '01' });
    expect(
      (
        await post(
          `/api/audits/${auditId}/star-assessment/decide`,
          { version: decided.version, grant: true, certificateNo: 'X-0001', scope: '范围', note: '再次' },
          'decider',
        )
      ).json().code,
    ).toBe('STAR.DECIDED');
  });

  it('lowers the level after a surveillance that scores below it, and offers no plain keep', async () => {
    const { clientId, at } = await grantedAtThreeStars('CD26SC0098R0M');
    const full = at(0.85);

    // an unannounced audit of the certified organisation: complaint handling (required from three stars) at 75 %
    const extra = await heldExtraAudit(clientId);
    const lower = full.map((i: { code: string; achieved: number }) => (i.code === '3.2' ? { ...i, achieved: 9 } : i));
    const scored = await ok(await send('PUT', `/api/audits/${extra.id}/star-assessment`, { version: 0, items: lower }, 'auditor'));
    expect(scored.level).toBe(2);
    const done = await ok(
      await post(
        `/api/audits/${extra.id}/star-assessment/conclude`,
        { version: scored.version, conclusion: 'recommend', note: '降为二星' },
        'auditor',
      ),
    );
    const decide = (outcome: string) =>
      post(
        `/api/audits/${extra.id}/star-assessment/decide`,
        { version: done.version, grant: false, scope: '家用电器维修服务', outcome, note: '监督结果' },
        'decider',
      );
    expect((await decide('keep')).json()).toMatchObject({
      code: 'STAR.OUTCOME_NOT_ALLOWED',
      message: { en: 'After this assessment the choices are: keep_after_correction, lower, suspend' },
    });
    await ok(await decide('lower'));
    const [certificate] = await ok(await get(`/api/clients/${clientId}/certificates`, 'decider'));
    expect(certificate).toMatchObject({ starLevel: 2, status: 'valid' });
  });

  it('keeps the level after a surveillance that earns it: the decision to maintain is the certificate’s (CNCA 03), not a second route', async () => {
    const { clientId, certificateId, at } = await grantedAtThreeStars('CD26SC0096R0M');
    const items = at(0.85);
    const extra = await heldExtraAudit(clientId);
    // the maintain route is not the after-sales door
    const [certificate] = await ok(await get(`/api/clients/${clientId}/certificates`, 'decider'));
    const side = await post(`/api/certificates/${certificateId}/maintain`, { version: certificate.version, auditId: extra.id }, 'decider');
    expect(side.json().code).toBe('CERTIFICATE.MAINTAIN_BY_ASSESSMENT');
    const scored = await ok(await send('PUT', `/api/audits/${extra.id}/star-assessment`, { version: 0, items }, 'auditor'));
    const done = await ok(
      await post(
        `/api/audits/${extra.id}/star-assessment/conclude`,
        { version: scored.version, conclusion: 'recommend', note: '保持' },
        'auditor',
      ),
    );
    await ok(
      await post(
        `/api/audits/${extra.id}/star-assessment/decide`,
        { version: done.version, grant: false, scope: '家用电器维修服务', outcome: 'keep', note: '保持三星' },
        'decider',
      ),
    );
    const detail = await ok(await get(`/api/certificates/${certificateId}`, 'decider'));
    expect(detail).toMatchObject({ starLevel: 3, status: 'valid' });
    expect(detail.events[0]).toMatchObject({ kind: 'maintain', decidedBy: '用户 decider', details: { auditId: extra.id } });
    expect((await ok(await get(`/api/audits/${extra.id}`, 'decider'))).maintained).toMatchObject({ decidedBy: '用户 decider' });
  });

  it('raises the level after a surveillance that earns more, decided by someone not on that team', async () => {
    const { clientId, at } = await grantedAtThreeStars('CD26SC0097R0M');
    const extra = await heldExtraAudit(clientId);
    const scored = await ok(await send('PUT', `/api/audits/${extra.id}/star-assessment`, { version: 0, items: at(1) }, 'auditor'));
    expect(scored.level).toBe(5);
    const done = await ok(
      await post(
        `/api/audits/${extra.id}/star-assessment/conclude`,
        { version: scored.version, conclusion: 'recommend', note: '推荐五星' },
        'auditor',
      ),
    );
    // the team leader later becomes a decision-maker: it still may not decide on its own audit
    await w.db.update(users).set({ role: 'decision_maker' }).where(eq(users.id, ids.auditor!));
    const promoted = await w.login('auditor');
    const body = { version: done.version, grant: false, scope: '家用电器维修服务', outcome: 'raise', note: '升为五星' };
    const own = await w.app.inject({
      method: 'POST',
      url: `/api/audits/${extra.id}/star-assessment/decide`,
      headers: { cookie: promoted },
      payload: body,
    });
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe('CERTIFICATE.DECIDER_ON_TEAM');
    await ok(await post(`/api/audits/${extra.id}/star-assessment/decide`, body, 'decider'));
    const [certificate] = await ok(await get(`/api/clients/${clientId}/certificates`, 'decider'));
    expect(certificate).toMatchObject({ starLevel: 5, status: 'valid' });
  });

  it('shows the team the running score and why 95 points earn three stars, and refuses a deduction without its finding', async () => {
    const { auditId } = await heldInitialAudit();
    const { indicators } = await ok(await get(`/api/audits/${auditId}/star-assessment`, 'auditor'));
    // full marks but customer relations (3.1, required from four stars) at 9 of 12 and complaint handling (3.2, from three) at 11 of 12
    const items = indicators.map((i: { code: string; points: number }) => ({
      code: i.code,
      achieved: i.code === '3.1' ? 9 : i.code === '3.2' ? 11 : i.points,
    }));
    const preview = await ok(await post(`/api/audits/${auditId}/star-assessment/preview`, { items }, 'auditor'));
    expect(preview).toMatchObject({
      possible: 100,
      achieved: 96,
      total: 96,
      level: 3,
      unexplained: { items: ['3.1', '3.2'], special: false },
    });
    // 3.1 at 9 of 12 (75 %) is short of four stars' 90 % (10.8) and five stars' 95 % (11.4); 3.2 at 11 (91.7 %) only of five stars'
    expect(
      preview.levels.map((l: { level: number; totalShort: boolean; shortItems: { code: string; needed: number }[] }) => [
        l.level,
        l.totalShort,
        l.shortItems.map((i) => `${i.code}<${i.needed}`),
      ]),
    ).toEqual([
      [1, false, []],
      [2, false, []],
      [3, false, []],
      [4, false, ['3.1<10.8']],
      [5, false, ['3.1<11.4', '3.2<11.4']],
    ]);
    // anyone who reads the programme may work it out; nothing is saved
    expect((await post(`/api/audits/${auditId}/star-assessment/preview`, { items }, 'decider')).statusCode).toBe(200);
    expect((await ok(await get(`/api/audits/${auditId}/star-assessment`, 'auditor'))).assessment).toBeNull();

    // saving: each deduction needs what was found, special deductions their note
    const refused = await send('PUT', `/api/audits/${auditId}/star-assessment`, { version: 0, items }, 'auditor');
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'STAR.FINDING_REQUIRED',
      message: { zh: '指标 3.1, 3.2 有扣分，请写明扣分所依据的事实' },
    });
    const explained = items.map((i: { code: string }) => (['3.1', '3.2'].includes(i.code) ? { ...i, finding: '  ' } : i));
    expect((await send('PUT', `/api/audits/${auditId}/star-assessment`, { version: 0, items: explained }, 'auditor')).json().code).toBe(
      'STAR.FINDING_REQUIRED',
    );
    const found = items.map((i: { code: string }) => (['3.1', '3.2'].includes(i.code) ? { ...i, finding: '回访记录不全' } : i));
    const special = await send(
      'PUT',
      `/api/audits/${auditId}/star-assessment`,
      { version: 0, items: found, specialDeductions: 1 },
      'auditor',
    );
    expect(special.json().code).toBe('STAR.SPECIAL_NOTES_REQUIRED');
    expect((await ok(await get(`/api/audits/${auditId}/star-assessment`, 'auditor'))).assessment).toBeNull();
    const saved = await ok(
      await send(
        'PUT',
        `/api/audits/${auditId}/star-assessment`,
        { version: 0, items: found, specialDeductions: 1, specialNotes: '宣传中夸大服务承诺' },
        'auditor',
      ),
    );
    // 95 points, three stars: the level the issue saw unexplained
    expect(saved).toMatchObject({ total: 95, level: 3 });
  });

  it('refuses a score above an indicator’s points, and lets admins change the points', async () => {
    const { auditId } = await heldInitialAudit();
    const bad = await send(
      'PUT',
      `/api/audits/${auditId}/star-assessment`,
      { version: 0, items: [{ code: '1.1', achieved: 6 }] },
      'auditor',
    );
    expect(bad.json()).toMatchObject({ code: 'STAR.ACHIEVED_OUT_OF_RANGE', message: { zh: '指标 1.1 的得分超出其分值' } });
    const changed = await ok(await send('PUT', '/api/star-indicators/1.1', { version: 1, points: 6, requiredFrom: 3 }, 'admin'));
    expect(changed.points).toBe(6);
    expect((await send('PUT', '/api/star-indicators/1.1', { version: 2, points: 7 }, 'auditor')).statusCode).toBe(403);
  });
});
