import type { FastifyInstance } from 'fastify';
import { systemActor } from '../src/audit-log/audit-log.js';
import { loadConfig } from '../src/config.js';
import type { Db } from '../src/db/connection.js';
import { buildApp } from '../src/http/app.js';
import { users } from '../src/modules/auth/auth.schema.js';
import { hashPassword } from '../src/modules/auth/auth.service.js';
import type { Role } from '../src/modules/auth/permissions.js';
import { branches } from '../src/modules/branches/branch.schema.js';
import type { ClientInput } from '../src/modules/clients/client.dto.js';
import { insertClientWithHistory } from '../src/modules/clients/client.service.js';
import { makeUscc } from '../src/seed/demo-data.js';
import { resetDatabase, testDatabase } from './database.js';

export const PASSWORD = 'Test#pass1';
let passwordHash: Promise<string> | undefined;

let serial = 0;

/** A valid client input; override what the test is about. */
export function clientInput(branchId: string, overrides: Partial<ClientInput> = {}): ClientInput {
  serial += 1;
  return {
    contractNo: `T-${String(serial).padStart(5, '0')}`,
    name: `测试客户${serial}科技有限公司`,
    formerNames: [],
    uscc: makeUscc('110108', 70_000_000 + serial),
    applicationAcceptedOn: '2025-03-01',
    initialAuditOn: null,
    initialAuditFee: null,
    surveillanceFee: null,
    plannedSurveillanceOn: null,
    province: '北京市',
    address: '北京市海淀区中关村大街1号',
    postcode: '100080',
    contactPerson: '王伟',
    phone: '13800138000',
    email: null,
    technicalAreaCodes: [],
    scope: null,
    branchId,
    vip: false,
    confidential: false,
    legalRepresentative: '张建国',
    organisationType: '040105',
    registeredCapital: 500,
    registeredCapitalCurrency: '01',
    employeeCount: 120,
    industryCodes: ['3990'],
    ...overrides,
  };
}

export interface World {
  db: Db;
  app: FastifyInstance;
  branchA: string;
  branchB: string;
  /** clients: huaxin (branch A, has a portal user), other (branch B) */
  huaxin: string;
  other: string;
  login(username: string, password?: string): Promise<string>;
}

/** A fresh database with two branches, a user per role, two clients, and an app on it. */
export async function setUpWorld(now?: () => Date, env: Record<string, string> = {}): Promise<World> {
  const { db } = await testDatabase();
  await resetDatabase(db);
  const [a, b] = await db
    .insert(branches)
    .values([
      { code: 'A', nameZh: '北京总部', nameEn: 'Beijing' },
      { code: 'B', nameZh: '深圳办事处', nameEn: 'Shenzhen' },
    ])
    .returning();
  const huaxin = await insertClientWithHistory(
    db,
    systemActor,
    clientInput(a!.id, { name: '北京华信电子科技有限公司', contractNo: 'HT-A-001' }),
  );
  const other = await insertClientWithHistory(
    db,
    systemActor,
    clientInput(b!.id, { name: '深圳宏达家电有限公司', contractNo: 'HT-B-001', province: '广东省' }),
  );

  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  const roleUsers: { username: string; role: Role; branchId?: string; clientId?: string; manager?: boolean }[] = [
    { username: 'admin', role: 'admin' },
    { username: 'general', role: 'general_admin' },
    { username: 'service', role: 'customer_service' },
    { username: 'service_head', role: 'customer_service', manager: true },
    { username: 'auditmgmt', role: 'audit_management' },
    { username: 'quality', role: 'quality_technical' },
    { username: 'decider', role: 'decision_maker' },
    { username: 'auditor', role: 'auditor' },
    { username: 'auditor2', role: 'auditor' },
    { username: 'expert', role: 'auditor' }, // registered as technical expert only, by the tests that need it
    { username: 'service_b', role: 'customer_service', branchId: b!.id },
    { username: 'portal', role: 'client', clientId: huaxin.id },
  ];
  await db.insert(users).values(
    roleUsers.map((u) => ({
      username: u.username,
      displayName: `用户 ${u.username}`,
      role: u.role,
      passwordHash: hash,
      branchId: u.branchId ?? null,
      clientId: u.clientId ?? null,
      manager: u.manager ?? false,
    })),
  );

  const app = await buildApp({ db, config: loadConfig(env), now, logger: false });
  return {
    db,
    app,
    branchA: a!.id,
    branchB: b!.id,
    huaxin: huaxin.id,
    other: other.id,
    async login(username, password = PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'certdesk_session');
      return `certdesk_session=${cookie!.value}`;
    },
  };
}
