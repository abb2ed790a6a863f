import { fieldLabels, type CertificationField } from '../certificates/certificate.rules.js';
import { listWorkbook } from '../../http/list-sheet.js';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import { diffFields } from '../../lib/field-changes.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/errors.js';
import { users } from '../auth/auth.schema.js';
import type { RegistrationInputSchema, RegistrationUpdateSchema } from './programme.dto.js';
import { auditorRegistrations } from './programme.schema.js';
import type { Registration } from './team.rules.js';

/** 审核员注册资格: what each auditor may audit, kept by audit management. */

export const REGISTRATION_ENTITY = 'auditor_registration';

type RegistrationRow = typeof auditorRegistrations.$inferSelect;

export async function registrationsOf(db: Db, userIds: string[]): Promise<(Registration & { registrationNo: string })[]> {
  if (userIds.length === 0) return [];
  return db.select().from(auditorRegistrations).where(inArray(auditorRegistrations.userId, userIds));
}

export async function listRegistrations(db: Db, filter: { userId?: string; field?: string }) {
  const conditions: (SQL | undefined)[] = [
    filter.userId ? eq(auditorRegistrations.userId, filter.userId) : undefined,
    filter.field ? eq(auditorRegistrations.field, filter.field as RegistrationRow['field']) : undefined,
  ];
  const rows = await db
    .select({ r: auditorRegistrations, userName: users.displayName })
    .from(auditorRegistrations)
    .innerJoin(users, eq(users.id, auditorRegistrations.userId))
    .where(and(...conditions))
    .orderBy(asc(users.displayName), asc(auditorRegistrations.field), asc(auditorRegistrations.kind));
  return rows.map(({ r, userName }) => registrationView(r, userName));
}

function registrationView(r: RegistrationRow, userName: string) {
  const { createdAt: _c, ...rest } = r;
  return { ...rest, userName };
}

/** The people a registration can belong to: active auditor accounts. */
export function auditorAccounts(db: Db) {
  return db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(eq(users.role, 'auditor'), eq(users.active, true)))
    .orderBy(asc(users.displayName));
}

function assertCoherent(input: { validFrom: string; validUntil: string; kind: string; teamLeader: boolean }) {
  if (input.validUntil < input.validFrom) throw new AppError('AUDIT.DATES');
  if (input.kind === 'technical_expert' && input.teamLeader) throw new AppError('REGISTRATION.EXPERT_LEADER');
}

/** What a registration's history records of it (the person's too, when it is created). */
const loggedFields = [
  'kind',
  'field',
  'registrationNo',
  'technicalAreas',
  'teamLeader',
  'validFrom',
  'validUntil',
  'identityType',
  'identityNo',
  'fullTime',
] as const;

export async function createRegistration(db: Db, actor: Actor, input: z.output<typeof RegistrationInputSchema>) {
  assertCoherent(input);
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, input.userId));
    if (!user || user.role !== 'auditor') throw new AppError('REGISTRATION.NOT_AUDITOR');
    const [row] = await tx.insert(auditorRegistrations).values(input).returning();
    await recordChange(tx, actor, {
      entity: REGISTRATION_ENTITY,
      entityId: row!.id,
      action: 'create',
      changes: diffFields({} as RegistrationRow, row!, ['userId', ...loggedFields]),
    });
    return registrationView(row!, user.displayName);
  });
}

export async function updateRegistration(db: Db, actor: Actor, id: string, input: z.output<typeof RegistrationUpdateSchema>) {
  assertCoherent(input);
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ r: auditorRegistrations, userName: users.displayName })
      .from(auditorRegistrations)
      .innerJoin(users, eq(users.id, auditorRegistrations.userId))
      .where(eq(auditorRegistrations.id, id))
      .for('update', { of: auditorRegistrations });
    if (!found) throw new AppError('REGISTRATION.NOT_FOUND');
    if (found.r.version !== input.version) throw new AppError('CONCURRENCY.STALE_VERSION');
    const { version: _v, ...values } = input;
    const [row] = await tx
      .update(auditorRegistrations)
      .set({ ...values, version: found.r.version + 1 })
      .where(eq(auditorRegistrations.id, id))
      .returning();
    await recordChange(tx, actor, {
      entity: REGISTRATION_ENTITY,
      entityId: id,
      action: 'update',
      changes: diffFields(found.r, values, [...loggedFields]),
    });
    return registrationView(row!, found.userName);
  });
}

export async function exportRegistrations(db: Db, filter: { userId?: string; field?: string }, lang: 'zh' | 'en') {
  const zh = lang === 'zh';
  const kinds = { auditor: zh ? '注册审核员' : 'Registered auditor', technical_expert: zh ? '技术专家' : 'Technical expert' };
  return listWorkbook(
    { zh: '审核员注册资格', en: 'Auditor registrations' },
    [
      { key: 'userName', zh: '人员', en: 'Person', width: 16 },
      { key: 'kind', zh: '类别', en: 'Kind', width: 14 },
      { key: 'field', zh: '认证领域', en: 'Field', width: 12 },
      { key: 'registrationNo', zh: '注册号', en: 'Registration no.', width: 22 },
      { key: 'areas', zh: '专业代码', en: 'Technical areas', width: 30 },
      { key: 'teamLeader', zh: '组长资格', en: 'Team leader', width: 10 },
      { key: 'validFrom', zh: '有效期自', en: 'Valid from', width: 12, date: true },
      { key: 'validUntil', zh: '有效期至', en: 'Valid until', width: 12, date: true },
    ],
    (await listRegistrations(db, filter)).map((r) => ({
      userName: r.userName,
      kind: kinds[r.kind],
      field: fieldLabels[r.field as CertificationField]?.[lang] ?? r.field,
      registrationNo: r.registrationNo,
      areas: r.technicalAreas.join(', '),
      teamLeader: r.teamLeader ? (zh ? '是' : 'yes') : zh ? '否' : 'no',
      validFrom: r.validFrom,
      validUntil: r.validUntil,
    })),
    lang,
  );
}
