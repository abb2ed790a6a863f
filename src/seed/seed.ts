import { eq, inArray } from 'drizzle-orm';
import { setReportData } from '../modules/certificates/report-data.service.js';
import { systemActor } from '../audit-log/audit-log.js';
import type { Db } from '../db/connection.js';
import { users } from '../modules/auth/auth.schema.js';
import { hashPassword } from '../modules/auth/auth.service.js';
import { branches } from '../modules/branches/branch.schema.js';
import { seedOfficialHolidays } from '../modules/calendar/calendar.service.js';
import { clients } from '../modules/clients/client.schema.js';
import { insertClientWithHistory } from '../modules/clients/client.service.js';
import { certificates } from '../modules/certificates/certificate.schema.js';
import { applyDecision, decisions, getCertificate } from '../modules/certificates/certificate.service.js';
import { grantCertificate } from '../modules/certificates/grant.service.js';
import { seedDemoRegistrations, seedProgrammeHistory } from './demo-programmes.js';
import { seedDemoRisk } from './demo-risk.js';
import { demoActor } from './demo-actors.js';
import { seedStarIndicators } from '../modules/after-sales/star.service.js';
import { seedEvaluationItems } from '../modules/classification/classification.service.js';
import { seedDemoComplaints } from './demo-complaints.js';
import { seedDemoClientCare } from './demo-client-care.js';
import { recordLoss } from '../modules/communication/communication.service.js';
import { addDays, type IsoDate } from '../lib/dates.js';
import { seedParameterDefaults } from '../modules/parameters/parameter.service.js';
import { keepPastEventsFromMail, lastDeliveryId } from '../modules/notices/notice.service.js';
import { demoAccreditations, demoBranches, demoCertificate, demoClients, demoPassword, demoReportData, demoUsers } from './demo-data.js';
import { accreditations } from '../modules/accreditations/accreditation.schema.js';
import { ACCREDITATION_ENTITY } from '../modules/accreditations/accreditation.service.js';
import { auditLog } from '../audit-log/audit-log.schema.js';

/** Reference data every installation needs: parameter defaults and the official calendar. */
export async function seedReferenceData(db: Db): Promise<void> {
  await seedParameterDefaults(db);
  await seedOfficialHolidays(db);
  await seedStarIndicators(db);
  await seedEvaluationItems(db);
}

/** The demo CB; adds only what is missing, so a second run changes nothing. */
export async function seedDemo(
  db: Db,
  today: IsoDate,
): Promise<{ createdClients: number; createdUsers: number; createdCertificates: number }> {
  const deliveriesBefore = await lastDeliveryId(db);
  await db
    .insert(branches)
    .values([...demoBranches])
    .onConflictDoNothing();
  const branchId = new Map((await db.select().from(branches)).map((b) => [b.code, b.id]));

  const wanted = demoClients();
  const present = new Set(
    (
      await db
        .select({ contractNo: clients.contractNo })
        .from(clients)
        .where(
          inArray(
            clients.contractNo,
            wanted.map((c) => c.contractNo),
          ),
        )
    ).map((r) => r.contractNo),
  );
  const missing = wanted.filter((c) => !present.has(c.contractNo));
  const created = await db.transaction(async (tx) => {
    const rows = [];
    for (const { branch, status: _status, certificateNo: _no, ...client } of missing) {
      rows.push(await insertClientWithHistory(tx, systemActor, { ...client, branchId: branchId.get(branch)! }));
    }
    return rows;
  });
  // abnormal and lost clients are recorded through their one door, with the cause
  for (const [i, demo] of missing.entries()) {
    if (demo.status === 'active') continue;
    await recordLoss(
      db,
      systemActor,
      { kind: 'all' },
      created[i]!.id,
      {
        status: demo.status,
        recordedOn: null,
        cause: demo.status === 'lost' ? '转投其他认证机构（演示数据）' : '联系人离职，暂时无法联系（演示数据）',
        analysis: demo.status === 'lost' && demo.vip ? '价格与服务响应速度不及竞争对手（演示数据）' : null,
        remedialDecision: demo.status === 'lost' && demo.vip ? '指定客户经理回访，调整监督审核安排（演示数据）' : null,
      },
      today,
    );
  }

  const existingUsers = new Set((await db.select({ username: users.username }).from(users)).map((u) => u.username));
  const newUsers = demoUsers.filter((u) => !existingUsers.has(u.username));
  if (newUsers.length > 0) {
    const passwordHash = await hashPassword(demoPassword);
    for (const u of newUsers) {
      const [client] = u.clientContractNo
        ? await db.select({ id: clients.id }).from(clients).where(eq(clients.contractNo, u.clientContractNo))
        : [];
      await db.insert(users).values({
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        passwordHash,
        branchId: u.branch ? branchId.get(u.branch)! : null,
        clientId: client?.id ?? null,
        manager: u.manager ?? false,
      });
    }
  }
  await seedDemoRegistrations(db);
  await seedDemoAccreditations(db);
  const createdCertificates = await seedDemoCertificates(db, today);
  await seedDemoRisk(db, today);
  await seedDemoComplaints(db, today);
  await seedDemoClientCare(db, today);
  // the demo's notices tell of its history (2023 grants, forms answered on paper): none is mailed
  await keepPastEventsFromMail(db, deliveriesBefore);
  return { createdClients: missing.length, createdUsers: newUsers.length, createdCertificates };
}

/** One certificate per demo client, granted through the real use-case, with its audits so far; two currently suspended. */
async function seedDemoCertificates(db: Db, today: IsoDate): Promise<number> {
  const existing = new Set((await db.select({ no: certificates.certificateNo }).from(certificates)).map((r) => r.no));
  const demo = new Map(demoClients().map((c) => [c.contractNo, c]));
  const rows = await db
    .select()
    .from(clients)
    .where(inArray(clients.contractNo, [...demo.keys()]));
  const all = { kind: 'all' } as const;
  // the demo's decision-maker decides, so the CNCA report's 认证决定人员名单 names a person
  const decider = await demoActor(db, 'jueding');
  // general administration records what the CNCA report asks of each certificate
  const administration = await demoActor(db, 'zonghe');
  let created = 0;
  for (const [i, client] of rows.sort((a, b) => a.contractNo.localeCompare(b.contractNo)).entries()) {
    const input = demoCertificate({ ...client, certificateNo: demo.get(client.contractNo)!.certificateNo }, i);
    if (!input || existing.has(input.certificateNo)) continue;
    // granted on the day it was decided, as the CB did then; what followed is replayed below
    const granted = await grantCertificate(db, decider, all, client.id, input, input.decisionOn);
    await seedProgrammeHistory(db, today, granted.id, client.technicalAreaCodes, i);
    const withData = await getCertificate(db, all, granted.id);
    await setReportData(db, administration, all, granted.id, { version: withData.version, ...demoReportData(client, input.field) });
    const cert = await getCertificate(db, all, granted.id);
    created += 1;
    if (i % 20 === 7 && cert.status === 'valid' && cert.expiresOn > addDays(today, 60)) {
      const suspension = decisions.suspension({
        version: cert.version,
        from: today,
        until: addDays(today, 60),
        ground: 'FEES_UNPAID',
        reason: '监督审核费用逾期未缴（演示数据）',
        partScope: null,
      });
      await applyDecision(db, decider, all, cert.id, cert.version, suspension, today);
    }
  }
  return created;
}

/** The demo accreditations, once: an administrator's change or removal since is not undone by the next start. */
async function seedDemoAccreditations(db: Db): Promise<void> {
  const [touched] = await db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.entity, ACCREDITATION_ENTITY)).limit(1);
  if (touched) return;
  await db.insert(accreditations).values(demoAccreditations).onConflictDoNothing();
}
