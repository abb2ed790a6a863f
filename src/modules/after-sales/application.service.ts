import { and, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { nextSerial } from '../../db/sql-helpers.js';
import type { IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import type { DataScope } from '../auth/permissions.js';
import { findClientsByUsccs } from '../clients/client.repo.js';
import { insertClientWithHistory } from '../clients/client.service.js';
import { filesOf } from '../files/file.service.js';
import { assertClientMayApply } from '../certificates/grant.service.js';
import { replaceDueItems } from '../due-list/due-list.repo.js';
import { loadParameters } from '../parameters/parameter.service.js';
import { createProgramme } from '../programmes/programme.service.js';
import type { AcceptSchema, ApplicationInputSchema, CreditCheckSchema, MaterialsSchema, RefuseSchema } from './application.dto.js';
import { applicationStatusLabels, creditVerdict, missingMaterials, reviewDueOn } from './application.rules.js';
import { serviceApplications } from './application.schema.js';

export const APPLICATION_ENTITY = 'service_application';
const materialLabels: Record<string, { zh: string; en: string }> = {
  businessLicence: { zh: '营业执照等法律地位证明', en: 'business licence' },
  serviceDocuments: { zh: '服务过程文件及标准', en: 'service process documents and standards' },
  flowChart: { zh: '服务流程图', en: 'service flow chart' },
  headcount: { zh: '认证范围内人数', en: 'headcount in scope' },
};
type ApplicationRow = typeof serviceApplications.$inferSelect;

function scopeCondition(scope: DataScope) {
  if (scope.kind === 'branch') return eq(serviceApplications.branchId, scope.branchId);
  if (scope.kind === 'client') return sql`false`;
  return undefined;
}

function toView(a: ApplicationRow, today: IsoDate) {
  return { ...a, missing: missingMaterials(a.materials, a.headcount), overdue: a.status === 'received' && a.reviewDueOn < today };
}

/** The review deadline on customer service's due-list until the application is decided. */
async function syncDueItem(tx: Db, a: ApplicationRow) {
  await replaceDueItems(
    tx,
    APPLICATION_ENTITY,
    a.id,
    a.status === 'received'
      ? [
          {
            kind: 'application_review',
            sequence: null,
            department: 'customer_service',
            clientId: null,
            branchId: a.branchId,
            certificateId: null,
            auditId: null,
            dueOn: a.reviewDueOn,
            targetOn: a.reviewDueOn,
            opensOn: a.receivedOn,
            plannedOn: null,
            basis: 'APPLICATION_REVIEW_DAYS',
          },
        ]
      : [],
  );
}

export async function receiveApplication(
  db: Db,
  actor: Actor,
  scope: DataScope,
  input: z.output<typeof ApplicationInputSchema>,
  today: IsoDate,
) {
  if (scope.kind === 'branch' && scope.branchId !== input.branchId) throw new AppError('CLIENT.BRANCH_OUT_OF_SCOPE');
  const receivedOn = input.receivedOn ?? today;
  if (receivedOn > today) throw new AppError('APPLICATION.FUTURE_DATE');
  const params = await loadParameters(db);
  return db.transaction(async (tx) => {
    // an organisation already a client may be barred from applying (SPEC §3)
    const [existing] = await findClientsByUsccs(tx, [input.uscc]);
    if (existing) await assertClientMayApply(tx, existing.id, 'AFTER_SALES', today);
    const prefix = `SQ-${receivedOn.slice(0, 4)}-`;
    const serial = await nextSerial(tx, 'service-application-number', 'service_applications', 'number', prefix);
    const [row] = await tx
      .insert(serviceApplications)
      .values({
        ...input,
        headcount: input.headcount ?? null,
        number: `${prefix}${String(serial).padStart(4, '0')}`,
        receivedOn,
        reviewDueOn: reviewDueOn(receivedOn, params['afterSales.applicationReviewDays']),
      })
      .returning();
    await syncDueItem(tx, row!);
    await recordChange(tx, actor, {
      entity: APPLICATION_ENTITY,
      entityId: row!.id,
      action: 'receive',
      changes: [{ field: 'number', old: null, new: row!.number }],
    });
    return toView(row!, today);
  });
}

export async function listApplications(db: Db, scope: DataScope, status: ApplicationRow['status'] | undefined, today: IsoDate) {
  const rows = await db
    .select()
    .from(serviceApplications)
    .where(and(scopeCondition(scope), status ? eq(serviceApplications.status, status) : undefined))
    .orderBy(desc(serviceApplications.receivedOn), desc(serviceApplications.number))
    .limit(1000);
  return rows.map((r) => toView(r, today));
}

export async function getApplication(db: Db, scope: DataScope, id: string, today: IsoDate) {
  const [row] = await db
    .select()
    .from(serviceApplications)
    .where(and(eq(serviceApplications.id, id), scopeCondition(scope)));
  if (!row) throw new AppError('APPLICATION.NOT_FOUND');
  return toView(row, today);
}

async function lockOpen(tx: Db, scope: DataScope, id: string, version: number) {
  const [row] = await tx
    .select()
    .from(serviceApplications)
    .where(and(eq(serviceApplications.id, id), scopeCondition(scope)))
    .for('update');
  if (!row) throw new AppError('APPLICATION.NOT_FOUND');
  if (row.version !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
  if (row.status !== 'received') throw new AppError('APPLICATION.DECIDED', { status: applicationStatusLabels[row.status] });
  return row;
}

async function update(tx: Db, actor: Actor, row: ApplicationRow, action: string, values: Partial<ApplicationRow>) {
  const [updated] = await tx
    .update(serviceApplications)
    .set({ ...values, version: sql`${serviceApplications.version} + 1` })
    .where(eq(serviceApplications.id, row.id))
    .returning();
  await syncDueItem(tx, updated!);
  await recordChange(tx, actor, {
    entity: APPLICATION_ENTITY,
    entityId: row.id,
    action,
    changes: Object.entries(values).map(([field, v]) => ({ field, old: (row as Record<string, unknown>)[field] ?? null, new: v ?? null })),
  });
}

/** 信用查询: administrative penalties, the abnormal-operation list and the serious-violation blacklist. */
export async function recordCreditCheck(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  input: z.output<typeof CreditCheckSchema>,
  today: IsoDate,
) {
  await db.transaction(async (tx) => {
    const row = await lockOpen(tx, scope, id, input.version);
    await update(tx, actor, row, 'credit-check', {
      credit: input.credit,
      creditNote: input.note ?? null,
      creditNoEvidenceReason: input.noEvidenceReason ?? null,
      creditCheckedBy: actor.name,
      creditCheckedOn: today,
    });
  });
  return getApplication(db, scope, id, today);
}

/** Materials handed in after receipt complete the application, until it is decided. */
export async function completeMaterials(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  input: z.output<typeof MaterialsSchema>,
  today: IsoDate,
) {
  await db.transaction(async (tx) => {
    const row = await lockOpen(tx, scope, id, input.version);
    const given = Object.fromEntries(Object.entries(input.materials).filter(([, v]) => v !== undefined));
    await update(tx, actor, row, 'complete-materials', {
      materials: { ...row.materials, ...given },
      ...(input.headcount !== undefined ? { headcount: input.headcount } : {}),
    });
  });
  return getApplication(db, scope, id, today);
}

/**
 * Acceptance: the materials complete, the credit check clear and evidenced (a file, or the reason
 * there is none). An organisation already a client (same credit code) applies as that client;
 * otherwise the client is created. Either way its after-sales programme opens, unless it is barred.
 */
export async function acceptApplication(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  input: z.output<typeof AcceptSchema>,
  today: IsoDate,
) {
  await db.transaction(async (tx) => {
    const row = await lockOpen(tx, scope, id, input.version);
    const missing = missingMaterials(row.materials, row.headcount);
    if (missing.length > 0) {
      throw new AppError('APPLICATION.MATERIALS_MISSING', {
        missing: { zh: missing.map((m) => materialLabels[m]!.zh).join('、'), en: missing.map((m) => materialLabels[m]!.en).join(', ') },
      });
    }
    if (!row.credit) throw new AppError('APPLICATION.CREDIT_NOT_CHECKED');
    if (creditVerdict(row.credit, row.creditNote) === 'refuse') throw new AppError('APPLICATION.CREDIT_REFUSES');
    if (!row.creditNoEvidenceReason && (await filesOf(tx, APPLICATION_ENTITY, row.id)).length === 0) {
      throw new AppError('APPLICATION.CREDIT_EVIDENCE_MISSING');
    }
    const [existing] = await findClientsByUsccs(tx, [row.uscc]);
    if (existing && scope.kind === 'branch' && existing.branchId !== scope.branchId) throw new AppError('CLIENT.BRANCH_OUT_OF_SCOPE');
    const clientId = existing
      ? existing.id
      : (
          await insertClientWithHistory(tx, actor, {
            contractNo: `HT-${row.number}`,
            name: row.applicantName,
            formerNames: [],
            uscc: row.uscc,
            applicationAcceptedOn: today,
            initialAuditOn: null,
            initialAuditFee: null,
            surveillanceFee: null,
            plannedSurveillanceOn: null,
            province: row.province,
            address: row.address,
            postcode: null,
            contactPerson: row.contactPerson,
            phone: row.phone,
            email: null,
            technicalAreaCodes: [],
            scope: row.scope,
            branchId: row.branchId,
            vip: false,
            confidential: false,
            legalRepresentative: null,
            organisationType: null,
            registeredCapital: null,
            registeredCapitalCurrency: null,
            employeeCount: null,
            industryCodes: [],
          })
        ).id;
    const programme = await createProgramme(tx, actor, scope, clientId, { scheme: 'after_sales', field: 'AFTER_SALES' }, today);
    await update(tx, actor, row, 'accept', {
      status: 'accepted',
      decisionNote: input.note,
      decidedBy: actor.name,
      decidedOn: today,
      clientId,
      programmeId: programme.id,
    });
  });
  return getApplication(db, scope, id, today);
}

/** Refusal: the reason is recorded, and it is what the applicant is told. */
export async function refuseApplication(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  input: z.output<typeof RefuseSchema>,
  today: IsoDate,
) {
  await db.transaction(async (tx) => {
    const row = await lockOpen(tx, scope, id, input.version);
    await update(tx, actor, row, 'refuse', { status: 'refused', decisionNote: input.reason, decidedBy: actor.name, decidedOn: today });
  });
  return getApplication(db, scope, id, today);
}
