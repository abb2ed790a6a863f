import { and, eq, inArray } from 'drizzle-orm';
import { systemActor, type Actor } from '../audit-log/audit-log.js';
import { concludeAssessment, decideAssessment, listIndicators, saveSheet } from '../modules/after-sales/star.service.js';
import { maintainCertification } from '../modules/certificates/maintain.service.js';
import { demoActor } from './demo-actors.js';
import type { Db } from '../db/connection.js';
import { addDays, type IsoDate } from '../lib/dates.js';
import { users } from '../modules/auth/auth.schema.js';
import { certificates } from '../modules/certificates/certificate.schema.js';
import { dueItems } from '../modules/due-list/due-item.schema.js';
import type { AuditType } from '../modules/programmes/programme.rules.js';
import { auditorRegistrations, auditProgrammes } from '../modules/programmes/programme.schema.js';
import { assignTeam, planAudit, recertifyCertificate, recordAudit } from '../modules/programmes/programme.service.js';
import { PROGRAMME_SOURCE } from '../modules/programmes/programme.sync.js';
import { demoIdentities, demoRegistrations } from './demo-data.js';

const all = { kind: 'all' } as const;
/** One demo certificate in this many has its latest surveillance left missed, if missed at most this many days ago. */
const DEMO_OVERDUE_EVERY = 4;
const DEMO_OVERDUE_DAYS_MAX = 120;
/** How far ahead the demo CB has planned its next surveillances. */
const DEMO_PLANNING_DAYS = 150;
const minDate = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

export async function seedDemoRegistrations(db: Db): Promise<void> {
  const people = await db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(
      inArray(
        users.username,
        demoRegistrations.map((r) => r.username),
      ),
    );
  const present = new Set((await db.select({ no: auditorRegistrations.registrationNo }).from(auditorRegistrations)).map((r) => r.no));
  for (const r of demoRegistrations) {
    const user = people.find((p) => p.username === r.username);
    if (!user || present.has(r.no)) continue;
    await db.insert(auditorRegistrations).values({
      userId: user.id,
      kind: r.kind,
      field: r.field,
      registrationNo: r.no,
      technicalAreas: [...r.areas],
      teamLeader: r.leader,
      validFrom: '2020-01-01',
      validUntil: '2029-12-31',
      identityType: '01',
      ...demoIdentities[r.username],
    });
  }
}

/**
 * A believable past for one demo certificate, through the real use-cases: surveillances
 * held on time (with their mystery-shopping visits and random surveys for after-sales),
 * recertified when the cycle ended; some recently missed deadlines left overdue, the next ones planned.
 */
export async function seedProgrammeHistory(db: Db, today: IsoDate, certificateId: string, technicalAreas: readonly string[], i: number) {
  const byName = new Map((await db.select({ id: users.id, username: users.username }).from(users)).map((u) => [u.username, u.id]));
  const members: { userId: string; role: 'team_leader' | 'auditor' }[] = [{ userId: byName.get('auditor')!, role: 'team_leader' }];
  if (technicalAreas.some((a) => a.startsWith('19') || a.startsWith('29')))
    members.push({ userId: byName.get('auditor2')!, role: 'auditor' });

  const hold = async (programmeId: string, type: AuditType, start: IsoDate, days: number, forAuditId?: string) => {
    const end = addDays(start, days - 1);
    const a = await planAudit(db, systemActor, all, programmeId, { type, plannedStart: start, plannedEnd: end, sites: [], forAuditId });
    let version = a.version;
    if (type !== 'random_survey') version = (await assignTeam(db, systemActor, all, a.id, { version, members })).version;
    if (end <= today) {
      await recordAudit(db, systemActor, all, a.id, { version, actualStart: start, actualEnd: end, result: 'pass' }, today);
      if (type === 'surveillance') await keepAfterSurveillance(db, today, certificateId, a.id, end);
    }
    return a.id;
  };

  for (let round = 0; round < 12; round++) {
    const [p] = await db
      .select({ id: auditProgrammes.id, scheme: auditProgrammes.scheme })
      .from(auditProgrammes)
      .where(and(eq(auditProgrammes.certificateId, certificateId), eq(auditProgrammes.status, 'open')));
    const [cert] = await db.select().from(certificates).where(eq(certificates.id, certificateId));
    if (!p || !cert || cert.status !== 'valid') return;
    const items = await db
      .select()
      .from(dueItems)
      .where(and(eq(dueItems.source, PROGRAMME_SOURCE), eq(dueItems.sourceId, p.id)));
    const due = (kind: string) => items.find((d) => d.kind === kind && d.auditId === null);

    const survey = due('random_survey');
    if (survey && survey.dueOn <= today) {
      await hold(p.id, 'random_survey', addDays(survey.dueOn, -30), 5);
      continue;
    }
    const surveillance = due('surveillance');
    const recert = due('recertification');
    // a cycle's surveillances come before its recertification: none is skipped on the way
    const recertOpens = recert?.opensOn;
    if (recertOpens && recertOpens <= addDays(today, 60) && !(surveillance && surveillance.dueOn < recertOpens)) {
      const start = addDays(recertOpens, 30);
      await hold(p.id, 'recertification', start, 3);
      const decisionOn = addDays(start, 20);
      if (decisionOn > today) return;
      await recertifyCertificate(
        db,
        await demoActor(db, 'jueding'),
        all,
        p.id,
        { version: cert.version, decisionOn, reason: '再认证决定（演示数据）' },
        today,
      );
      continue;
    }
    if (!surveillance) return;
    // a few recently missed deadlines stay missed, as in any real CB
    const overdueOnPurpose =
      i % DEMO_OVERDUE_EVERY === 1 && surveillance.dueOn < today && surveillance.dueOn >= addDays(today, -DEMO_OVERDUE_DAYS_MAX);
    if (overdueOnPurpose) return;
    if (surveillance.targetOn > today) {
      // the next one is planned when it is near; later ones are left for planning
      if (surveillance.dueOn <= addDays(today, DEMO_PLANNING_DAYS)) {
        const start = minDate(addDays(surveillance.targetOn, -14), addDays(today, 3 + ((i * 7) % 40)));
        const s = await hold(p.id, 'surveillance', start, 2);
        if (p.scheme === 'after_sales') await hold(p.id, 'mystery_shopping', addDays(start, -7), 1, s);
      }
      return;
    }
    const start = minDate(addDays(surveillance.targetOn, -20 - (i % 15)), addDays(today, -5));
    if (p.scheme === 'after_sales') {
      const s = await planAudit(db, systemActor, all, p.id, {
        type: 'surveillance',
        plannedStart: start,
        plannedEnd: addDays(start, 1),
        sites: [],
      });
      await hold(p.id, 'mystery_shopping', addDays(start, -7), 1, s.id);
      const withTeam = await assignTeam(db, systemActor, all, s.id, { version: s.version, members });
      await recordAudit(
        db,
        systemActor,
        all,
        s.id,
        { version: withTeam.version, actualStart: start, actualEnd: addDays(start, 1), result: 'pass' },
        today,
      );
      await keepAfterSurveillance(db, today, certificateId, s.id, addDays(start, 1));
    } else await hold(p.id, 'surveillance', start, 2);
  }
}

/** How long after a demo surveillance its decision-maker kept the certificate. */
const DEMO_DECISION_DAYS = 7;

/**
 * The decision that follows a demo surveillance, through its use-case: a management-system
 * certificate maintained by the decision-maker; an after-sales one scored by its team leader,
 * concluded and kept at its level by the decision-maker.
 */
async function keepAfterSurveillance(db: Db, today: IsoDate, certificateId: string, auditId: string, end: IsoDate) {
  const decidedOn = minDate(addDays(end, DEMO_DECISION_DAYS), today);
  const decider = await demoActor(db, 'jueding');
  const [cert] = await db.select().from(certificates).where(eq(certificates.id, certificateId));
  const reason = '监督审核结论符合要求，保持认证资格（演示数据）';
  if (cert!.scheme === 'management_system') {
    await maintainCertification(db, decider, all, certificateId, { version: cert!.version, auditId, decidedOn, reason }, today);
    return;
  }
  const leader = (await demoActor(db, 'auditor')) as Actor & { id: string };
  const items = (await listIndicators(db)).map((i) => ({ code: i.code, applicable: true, achieved: Number(i.points) }));
  const sheet = await saveSheet(db, leader, all, auditId, {
    version: 0,
    items,
    specialDeductions: 0,
    specialBonus: 0,
    nonconformities: [],
  });
  const concluded = await concludeAssessment(
    db,
    leader,
    all,
    auditId,
    { version: sheet.version, conclusion: 'recommend', note: '建议保持星级（演示数据）' },
    end,
  );
  await decideAssessment(
    db,
    decider as Actor & { id: string },
    all,
    auditId,
    { version: concluded.version, grant: false, scope: cert!.scope, outcome: 'keep', note: reason },
    decidedOn,
  );
}
