import { and, between, desc, eq, ilike, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { nextSerial } from '../../db/sql-helpers.js';
import type { IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { listWorkbook } from '../../http/list-sheet.js';
import { users } from '../auth/auth.schema.js';
import type { DataScope } from '../auth/permissions.js';
import { findActiveStaff } from '../auth/staff.js';
import { certificateNoKey } from '../certificates/certificate.rules.js';
import { certificates } from '../certificates/certificate.schema.js';
import { clients } from '../clients/client.schema.js';
import { replaceDueItems } from '../due-list/due-list.repo.js';
import { loadParameters } from '../parameters/parameter.service.js';
import { recordNotice } from '../notices/notice.service.js';
import type {
  AnswerSchema,
  AssignSchema,
  CauseSchema,
  ComplaintListQuery,
  FileComplaintSchema,
  StaffComplaintSchema,
  StepSchema,
} from './complaint.dto.js';
import {
  answerDueOn,
  awaitsAnswer,
  complaintCauseWords,
  complaintNumber,
  nextStatus,
  UNCLASSIFIED,
  yearlySummary,
  type ComplaintAction,
} from './complaint.rules.js';
import { complaints } from './complaint.schema.js';

export const COMPLAINT_ENTITY = 'complaint';
export const COMPLAINT_SOURCE = 'complaint';
type ComplaintRow = typeof complaints.$inferSelect;

/** Branch staff see their branch's clients' complaints; a portal user its own; others all. */
export function complaintScopeCondition(scope: DataScope): SQL | undefined {
  if (scope.kind === 'branch') return eq(clients.branchId, scope.branchId);
  // a portal sees the complaints it filed itself, never those others filed about its organisation (complainants' data)
  if (scope.kind === 'client') return and(eq(complaints.clientId, scope.clientId), eq(complaints.channel, 'portal'));
  return undefined;
}

/** The answer deadline on the owner's department's due-list while the answer is awaited. */
async function syncDueItem(tx: Db, c: ComplaintRow) {
  const [owner] = c.ownerId ? await tx.select({ role: users.role }).from(users).where(eq(users.id, c.ownerId)) : [];
  const [client] = c.clientId ? await tx.select({ branchId: clients.branchId }).from(clients).where(eq(clients.id, c.clientId)) : [];
  await replaceDueItems(
    tx,
    COMPLAINT_SOURCE,
    c.id,
    awaitsAnswer(c.status)
      ? [
          {
            kind: c.kind === 'appeal' ? 'appeal_answer' : 'complaint_answer',
            sequence: null,
            department: owner?.role ?? 'customer_service',
            clientId: c.clientId,
            branchId: client?.branchId ?? null,
            certificateId: null,
            auditId: null,
            dueOn: c.answerDueOn,
            targetOn: c.answerDueOn,
            opensOn: c.receivedOn,
            plannedOn: null,
            basis: 'COMPLAINT_ANSWER_DAYS',
          },
        ]
      : [],
  );
}

/** Files a complaint or an appeal from any channel: numbered, dated, on the due-list. */
export async function fileComplaint(
  db: Db,
  actor: Actor,
  channel: ComplaintRow['channel'],
  input: z.output<typeof FileComplaintSchema> & Partial<Pick<z.output<typeof StaffComplaintSchema>, 'clientId' | 'receivedOn' | 'cause'>>,
  today: IsoDate,
) {
  const receivedOn = input.receivedOn ?? today;
  if (receivedOn > today) throw new AppError('COMPLAINT.FUTURE_DATE');
  const params = await loadParameters(db);
  return db.transaction(async (tx) => {
    if (input.clientId) {
      const [client] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId));
      if (!client) throw new AppError('CLIENT.NOT_FOUND');
    }
    // a case naming one of the CB's certificates concerns its client: linked, it counts for the client's branch
    const clientId = input.clientId ?? (input.certificateNo ? await clientOfCertificate(tx, input.certificateNo) : null);
    const year = Number(receivedOn.slice(0, 4));
    const prefix = complaintNumber(input.kind, year, 0).slice(0, -4);
    const serial = await nextSerial(tx, 'complaint-number', 'complaints', 'number', prefix);
    const [row] = await tx
      .insert(complaints)
      .values({
        ...input,
        clientId,
        cause: input.cause ?? null,
        channel,
        number: complaintNumber(input.kind, year, serial),
        receivedOn,
        answerDueOn: answerDueOn(receivedOn, params['complaint.answerDays']),
      })
      .returning();
    await syncDueItem(tx, row!);
    await recordChange(tx, actor, {
      entity: COMPLAINT_ENTITY,
      entityId: row!.id,
      action: 'file',
      changes: [
        { field: 'number', old: null, new: row!.number },
        { field: 'channel', old: null, new: channel },
      ],
    });
    return row!;
  });
}

async function clientOfCertificate(tx: Db, certificateNo: string): Promise<string | null> {
  const [found] = await tx
    .select({ clientId: certificates.clientId })
    .from(certificates)
    .where(eq(certificates.certificateNo, certificateNoKey(certificateNo)));
  return found?.clientId ?? null;
}

const selection = { c: complaints, clientName: clients.name, ownerName: users.displayName };

function toView(r: { c: ComplaintRow; clientName: string | null; ownerName: string | null }, today: IsoDate) {
  const { createdAt: _created, ...c } = r.c;
  return { ...c, clientName: r.clientName, ownerName: r.ownerName, overdue: awaitsAnswer(c.status) && c.answerDueOn < today };
}

function listConditions(scope: DataScope, q: Partial<ComplaintListQuery>, today: IsoDate) {
  return and(
    complaintScopeCondition(scope),
    q.kind ? eq(complaints.kind, q.kind) : undefined,
    q.status ? eq(complaints.status, q.status) : undefined,
    q.channel ? eq(complaints.channel, q.channel) : undefined,
    // the cause is the CB's classification: a portal's filter by it would tell it the cause
    q.cause && scope.kind !== 'client' ? (q.cause === UNCLASSIFIED ? isNull(complaints.cause) : eq(complaints.cause, q.cause)) : undefined,
    q.year ? between(complaints.receivedOn, `${q.year}-01-01`, `${q.year}-12-31`) : undefined,
    q.overdue ? and(sql`${complaints.status} in ('received', 'investigating')`, lt(complaints.answerDueOn, today)) : undefined,
    q.q
      ? or(
          ilike(complaints.number, `%${q.q}%`),
          ilike(complaints.subject, `%${q.q}%`),
          ilike(complaints.complainantName, `%${q.q}%`),
          ilike(complaints.organisation, `%${q.q}%`),
        )
      : undefined,
  );
}

export async function listComplaints(db: Db, scope: DataScope, q: Partial<ComplaintListQuery>, today: IsoDate) {
  const rows = await db
    .select(selection)
    .from(complaints)
    .leftJoin(clients, eq(clients.id, complaints.clientId))
    .leftJoin(users, eq(users.id, complaints.ownerId))
    .where(listConditions(scope, q, today))
    .orderBy(desc(complaints.receivedOn), desc(complaints.number))
    .limit(2000);
  return rows.map((r) => toView(r, today));
}

export async function getComplaint(db: Db, scope: DataScope, id: string, today: IsoDate) {
  const [row] = await db
    .select(selection)
    .from(complaints)
    .leftJoin(clients, eq(clients.id, complaints.clientId))
    .leftJoin(users, eq(users.id, complaints.ownerId))
    .where(and(eq(complaints.id, id), complaintScopeCondition(scope)));
  if (!row) throw new AppError('COMPLAINT.NOT_FOUND');
  return toView(row, today);
}

/** Locks the complaint at the version read, applies one step, re-derives its due item, logs it. */
async function step(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  version: number,
  action: ComplaintAction | 'assign' | 'classify',
  today: IsoDate,
  values: (row: ComplaintRow) => Partial<ComplaintRow>,
  effect?: (tx: Db, updated: ComplaintRow) => Promise<void>,
) {
  await db.transaction(async (tx) => {
    const [found] = await tx
      .select({ c: complaints })
      .from(complaints)
      .leftJoin(clients, eq(clients.id, complaints.clientId))
      .where(and(eq(complaints.id, id), complaintScopeCondition(scope)))
      .for('update', { of: complaints });
    if (!found) throw new AppError('COMPLAINT.NOT_FOUND');
    const row = found.c;
    if (row.version !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
    // an owner or a cause changes no status; a closed case takes no owner, but its cause may be corrected
    const status = action === 'assign' || action === 'classify' ? row.status : nextStatus(row.status, action);
    if (!status || (action === 'assign' && row.status === 'closed'))
      throw new AppError('COMPLAINT.NOT_ALLOWED', { status: statusLabels[row.status] });
    const changes = { ...values(row), status };
    const [updated] = await tx
      .update(complaints)
      .set({ ...changes, version: sql`${complaints.version} + 1` })
      .where(eq(complaints.id, id))
      .returning();
    await syncDueItem(tx, updated!);
    await effect?.(tx, updated!);
    await recordChange(tx, actor, {
      entity: COMPLAINT_ENTITY,
      entityId: id,
      action,
      changes: Object.entries(changes)
        .filter(([k, v]) => (row as Record<string, unknown>)[k] !== v)
        .map(([field, v]) => ({ field, old: (row as Record<string, unknown>)[field] ?? null, new: v ?? null })),
    });
  });
  return getComplaint(db, scope, id, today);
}

export async function assignOwner(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  input: z.output<typeof AssignSchema>,
  today: IsoDate,
) {
  // an owner who may not handle complaints would leave the case, and its due item, where nobody can act
  if (!(await findActiveStaff(db, input.ownerId, { may: 'complaints:handle' }))) throw new AppError('COMPLAINT.OWNER_NOT_STAFF');
  return step(db, actor, scope, id, input.version, 'assign', today, () => ({ ownerId: input.ownerId }));
}

export function startInvestigation(db: Db, actor: Actor, scope: DataScope, id: string, input: z.output<typeof StepSchema>, today: IsoDate) {
  return step(db, actor, scope, id, input.version, 'investigate', today, (row) => ({
    ownerId: row.ownerId ?? actor.id ?? null,
    investigationNote: input.note,
  }));
}

/** 书面答复: the answer sent to the complainant, by whom and when. */
export function answerComplaint(db: Db, actor: Actor, scope: DataScope, id: string, input: z.output<typeof AnswerSchema>, today: IsoDate) {
  return step(
    db,
    actor,
    scope,
    id,
    input.version,
    'answer',
    today,
    (row) => {
      // every answered case is classified: the analysis by cause counts them all
      const cause = input.cause ?? row.cause;
      if (!cause) throw new AppError('COMPLAINT.CAUSE_REQUIRED');
      return { answer: input.answer, answeredOn: today, answeredBy: actor.name, cause };
    },
    // a case the organisation filed in its portal is answered to it as a notice too (mailed, printable);
    // cases others filed about it are never shown to it
    async (tx, c) => {
      if (c.channel !== 'portal' || !c.clientId) return;
      await recordNotice(tx, {
        kind: 'complaint_answer',
        clientId: c.clientId,
        facts: { number: c.number, subject: c.subject, answer: c.answer!, answeredOn: c.answeredOn! },
      });
    },
  );
}

/** 原因分类 corrected: the analysis counts the case under its new cause. */
export function classifyComplaint(db: Db, actor: Actor, scope: DataScope, id: string, input: z.output<typeof CauseSchema>, today: IsoDate) {
  return step(db, actor, scope, id, input.version, 'classify', today, () => ({ cause: input.cause }));
}

/** Not satisfied with the answer: taken to the national authority (CNCA). */
export function escalateComplaint(db: Db, actor: Actor, scope: DataScope, id: string, input: z.output<typeof StepSchema>, today: IsoDate) {
  return step(db, actor, scope, id, input.version, 'escalate', today, () => ({ escalatedOn: today, escalationNote: input.note }));
}

export function closeComplaint(db: Db, actor: Actor, scope: DataScope, id: string, input: z.output<typeof StepSchema>, today: IsoDate) {
  return step(db, actor, scope, id, input.version, 'close', today, () => ({ closedOn: today, closingNote: input.note }));
}

/** The whole year (the register's page limit does not apply), only the columns the summary counts. */
export async function complaintSummary(db: Db, scope: DataScope, year: number, today: IsoDate) {
  const rows = await db
    .select({
      kind: complaints.kind,
      channel: complaints.channel,
      status: complaints.status,
      receivedOn: complaints.receivedOn,
      answerDueOn: complaints.answerDueOn,
      answeredOn: complaints.answeredOn,
    })
    .from(complaints)
    .leftJoin(clients, eq(clients.id, complaints.clientId))
    .where(listConditions(scope, { year }, today));
  return yearlySummary(rows, year, today);
}

const statusLabels = {
  received: { zh: '已受理', en: 'Received' },
  investigating: { zh: '调查处理中', en: 'Investigating' },
  answered: { zh: '已书面答复', en: 'Answered' },
  escalated: { zh: '已上诉至认监委', en: 'Escalated to CNCA' },
  closed: { zh: '已关闭', en: 'Closed' },
} as const;

export async function exportComplaints(db: Db, scope: DataScope, q: ComplaintListQuery, today: IsoDate) {
  const rows = await listComplaints(db, scope, q, today);
  const lang = q.lang;
  return listWorkbook(
    { zh: '申投诉登记', en: 'Complaints and appeals' },
    [
      { key: 'number', zh: '编号', en: 'No.', width: 14 },
      { key: 'kind', zh: '类别', en: 'Kind', width: 8 },
      { key: 'receivedOn', zh: '受理日期', en: 'Received', width: 12, date: true },
      { key: 'answerDueOn', zh: '答复期限', en: 'Answer due', width: 12, date: true },
      { key: 'complainant', zh: '申投诉人', en: 'Complainant', width: 16 },
      { key: 'organisation', zh: '涉及组织', en: 'Organisation', width: 28 },
      { key: 'subject', zh: '事由', en: 'Subject', width: 36 },
      { key: 'cause', zh: '原因分类', en: 'Cause', width: 20 },
      { key: 'owner', zh: '负责人', en: 'Owner', width: 14 },
      { key: 'status', zh: '状态', en: 'Status', width: 12 },
      { key: 'answeredOn', zh: '答复日期', en: 'Answered', width: 12, date: true },
    ],
    rows.map((r) => ({
      number: r.number,
      kind: r.kind === 'appeal' ? (lang === 'zh' ? '申诉' : 'Appeal') : lang === 'zh' ? '投诉' : 'Complaint',
      receivedOn: r.receivedOn,
      answerDueOn: r.answerDueOn,
      complainant: r.complainantName,
      organisation: r.clientName ?? r.organisation,
      subject: r.subject,
      cause: r.cause && complaintCauseWords[r.cause][lang],
      owner: r.ownerName,
      status: statusLabels[r.status][lang],
      answeredOn: r.answeredOn,
    })),
    lang,
  );
}
