import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../audit-log/audit-log.js';
import type { Db } from '../db/connection.js';
import { addDays, type IsoDate } from '../lib/dates.js';
import { users } from '../modules/auth/auth.schema.js';
import { branches } from '../modules/branches/branch.schema.js';
import { certificates } from '../modules/certificates/certificate.schema.js';
import { clients } from '../modules/clients/client.schema.js';
import { evaluateClient, listItems } from '../modules/classification/classification.service.js';
import { clientContacts } from '../modules/communication/communication.schema.js';
import { assignMaintainer, logContact, logRequest, logSuggestion, recordEvent } from '../modules/communication/communication.service.js';
import { surveyQuestions, type QuestionCode } from '../modules/surveys/survey.rules.js';
import { surveys } from '../modules/surveys/survey.schema.js';
import { answerSurvey } from '../modules/surveys/survey.service.js';
import type { Grade } from '../modules/classification/classification.rules.js';

const all = { kind: 'all' } as const;
const gradeCycle: Grade[] = ['A', 'B+', 'A-', 'B', 'B-', 'A+', 'C+', 'B+', 'A-'];

/**
 * Client care for the demo: maintainers and this year's contacts, grades for last year and this,
 * most audit satisfaction forms answered (the newest of 北京华信 left for its portal), an event,
 * requests and suggestions — all through the real use-cases.
 */
export async function seedDemoClientCare(db: Db, today: IsoDate): Promise<void> {
  const [{ n }] = (await db.select({ n: count() }).from(clientContacts)) as [{ n: number }];
  if (n > 0) return;
  const staff = new Map((await db.select().from(users)).map((u) => [u.username, u]));
  const kefu = staff.get('kefu')!;
  const kefuSh = staff.get('kefu_sh')!;
  const service: Actor = { id: kefu.id, name: kefu.displayName };
  const audit: Actor = { id: staff.get('shenhe')!.id, name: staff.get('shenhe')!.displayName };
  const year = Number(today.slice(0, 4));
  const rows = await db
    .select({ id: clients.id, contractNo: clients.contractNo, branch: branches.code, vip: clients.vip })
    .from(clients)
    .innerJoin(branches, eq(branches.id, clients.branchId))
    .orderBy(asc(clients.contractNo));
  const items = await listItems(db);

  for (const [i, c] of rows.entries()) {
    await assignMaintainer(db, service, all, c.id, c.branch === 'SH' ? kefuSh.id : kefu.id, today);
    const contacts = i % 4 === 0 ? 0 : (i % 3) + 1 + (c.vip ? 1 : 0);
    for (let k = 0; k < contacts; k++) {
      const on = addDays(today, -20 - k * 70 - (i % 15));
      if (on.slice(0, 4) !== String(year)) continue;
      await logContact(
        db,
        service,
        all,
        c.id,
        {
          kind: (['phone', 'visit', 'email'] as const)[k % 3]!,
          contactedOn: on,
          followUp: k === 0 && i % 2 === 0,
          summary: k === 0 ? '电话回访：了解体系运行情况，确认监督审核时间' : '走访客户，收集对认证服务的意见',
          agreedSurveillanceOn: k === 0 ? addDays(today, 40 + i) : null,
          auditNeeds: k === 0 ? '希望避开生产旺季' : null,
        },
        today,
      );
    }
    const [qms] = await db
      .select({ id: certificates.id })
      .from(certificates)
      .where(and(eq(certificates.clientId, c.id), eq(certificates.field, 'QMS'), eq(certificates.status, 'valid')))
      .limit(1);
    if (!qms || i % 5 === 4) continue;
    const grade = (shift: number) => gradeCycle[(i + shift) % gradeCycle.length]!;
    const itemGrades = (shift: number) =>
      Object.fromEntries(items.filter((it) => it.system === 'QMS').map((it) => [it.code, grade(shift)]));
    const evaluate = (evaluatedOn: IsoDate, shift: number) =>
      evaluateClient(
        db,
        audit,
        all,
        c.id,
        { source: 'annual', evaluatedOn, itemGrades: itemGrades(shift), overrides: [], note: null },
        evaluatedOn,
      );
    await evaluate(`${year - 1}-01-20`, 1);
    if (i % 3 !== 2) await evaluate(`${year}-01-18`, i % 4 === 0 ? 0 : 2);
  }

  const [huaxin] = rows.filter((r) => r.contractNo === 'HT-2023-0001');
  const open = await db.select().from(surveys).where(isNull(surveys.answeredOn)).orderBy(asc(surveys.issuedOn));
  const keepForPortal = open.filter((s) => s.clientId === huaxin?.id).at(-1)?.id;
  for (const [i, s] of open.entries()) {
    if (s.id === keepForPortal || i % 7 === 3) continue;
    const base = 7 + (i % 4);
    // the audit stage a little lower on every other form, so the stages differ in the report
    const answers = Object.fromEntries(
      surveyQuestions.map((q, k) => [q.code, Math.min(10, base + ((k * 7 + i) % 3) - 1 - (q.stage === 'audit' && i % 2 ? 0.5 : 0))]),
    ) as Record<QuestionCode, number>;
    if (i === 5) answers.A2 = 3;
    const answeredOn = addDays(s.issuedOn, 7) > today ? today : addDays(s.issuedOn, 7);
    await answerSurvey(
      db,
      service,
      all,
      s.id,
      'paper',
      { version: s.version, answers, comment: null, respondent: null, answeredOn },
      today,
    );
  }

  await recordEvent(
    db,
    service,
    all,
    { heldOn: addDays(today, -60), kind: 'symposium', title: '获证企业质量管理座谈会', branchId: null, attendees: 42, note: null },
    today,
  );
  if (rows[1]) {
    await logRequest(
      db,
      service,
      all,
      { clientId: rows[1].id, receivedOn: addDays(today, -12), content: '希望将监督审核推迟到下季度', class: 'within_authority' },
      today,
    );
    await logRequest(
      db,
      service,
      all,
      {
        clientId: rows[1].id,
        receivedOn: addDays(today, -5),
        content: '要求减免本年度监督审核费用',
        class: 'beyond_authority',
        escalatedToId: staff.get('kefu_jl')!.id,
      },
      today,
    );
  }
  await logSuggestion(
    db,
    service,
    all,
    { clientId: huaxin?.id ?? null, receivedOn: addDays(today, -30), content: '希望提供内审员培训', response: '已纳入明年培训计划' },
    today,
  );
}
