import { and, asc, between, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { assertExportable, listWorkbook, type SheetColumn } from '../../http/list-sheet.js';
import { addDays, addMonths, type IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { users } from '../auth/auth.schema.js';
import type { DataScope, Role } from '../auth/permissions.js';
import { findActiveStaff } from '../auth/staff.js';
import { branches } from '../branches/branch.schema.js';
import { clientScopeCondition, wasVipSince } from '../clients/client.repo.js';
import { clients } from '../clients/client.schema.js';
import { applyClientChanges, getClient } from '../clients/client.service.js';
import { loadParameters } from '../parameters/parameter.service.js';
import { replaceDueItems } from '../due-list/due-list.repo.js';
import type {
  ClientCommunicationSchema,
  ClientContactSchema,
  ClientEventSchema,
  ClientLossSchema,
  ClientRequestSchema,
  ClientSuggestionSchema,
  CloseRequestSchema,
  ContactSchema,
  EventSchema,
  LossOfYearSchema,
  LossSchema,
  MaintainerAssignmentSchema,
  MetersSchema,
  RequestSchema,
  SuggestionSchema,
  SuggestionSummarySchema,
} from './communication.dto.js';
import { followUpTarget, lossNeedsAnalysis, requestNeeds } from './communication.rules.js';
import {
  clientContacts,
  clientEvents,
  clientLosses,
  clientMaintainers,
  clientRequests,
  clientSuggestions,
} from './communication.schema.js';

const yearRange = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

function notFuture(date: IsoDate, today: IsoDate) {
  if (date > today) throw new AppError('COMMUNICATION.FUTURE_DATE');
}

async function staffMember(db: Db, userId: string) {
  const person = await findActiveStaff(db, userId);
  if (!person) throw new AppError('COMMUNICATION.NOT_STAFF');
  return person;
}

/** 指定客户维护人 */
export async function assignMaintainer(
  db: Db,
  actor: Actor,
  scope: DataScope,
  clientId: string,
  userId: string,
  today: IsoDate,
): Promise<z.output<typeof MaintainerAssignmentSchema>> {
  await getClient(db, scope, clientId);
  const person = await staffMember(db, userId);
  return db.transaction(async (tx) => {
    // the client's row serialises assignments: a missing maintainer row cannot be locked
    await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, clientId)).for('update');
    const [before] = await tx.select().from(clientMaintainers).where(eq(clientMaintainers.clientId, clientId));
    await tx
      .insert(clientMaintainers)
      .values({ clientId, userId, since: today })
      .onConflictDoUpdate({ target: clientMaintainers.clientId, set: { userId, since: today } });
    await recordChange(tx, actor, {
      entity: 'client',
      entityId: clientId,
      action: 'maintainer',
      changes: [{ field: 'maintainer', old: before?.userId ?? null, new: person.id }],
    });
    return { clientId, userId, name: person.displayName, since: today };
  });
}

/** A client's file: its maintainer, contacts, requests, suggestions and loss records, newest first. */
export async function clientFile(db: Db, scope: DataScope, clientId: string): Promise<z.output<typeof ClientCommunicationSchema>> {
  await getClient(db, scope, clientId);
  const [maintainer] = await db
    .select({ userId: clientMaintainers.userId, name: users.displayName, since: clientMaintainers.since })
    .from(clientMaintainers)
    .innerJoin(users, eq(users.id, clientMaintainers.userId))
    .where(eq(clientMaintainers.clientId, clientId));
  const [contacts, requests, suggestions, losses] = await Promise.all([
    db.select().from(clientContacts).where(eq(clientContacts.clientId, clientId)).orderBy(desc(clientContacts.contactedOn)),
    requestRows(db, eq(clientRequests.clientId, clientId)),
    db.select().from(clientSuggestions).where(eq(clientSuggestions.clientId, clientId)).orderBy(desc(clientSuggestions.receivedOn)),
    db.select().from(clientLosses).where(eq(clientLosses.clientId, clientId)).orderBy(desc(clientLosses.recordedOn)),
  ]);
  return { maintainer: maintainer ?? null, contacts: contacts.map(({ createdAt: _c, ...c }) => c), requests, suggestions, losses };
}

/** 沟通记录: one contact, in the client's file; a surveillance date agreed becomes the client's planned surveillance date. */
export async function logContact(
  db: Db,
  actor: Actor,
  scope: DataScope,
  clientId: string,
  input: z.output<typeof ContactSchema>,
  today: IsoDate,
): Promise<z.output<typeof ClientContactSchema>> {
  notFuture(input.contactedOn, today);
  await getClient(db, scope, clientId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(clientContacts)
      .values({ ...input, clientId, byUserId: actor.id, byName: actor.name, agreedSurveillanceOn: input.agreedSurveillanceOn ?? null })
      .returning();
    await recordChange(tx, actor, {
      entity: 'client',
      entityId: clientId,
      action: 'contact',
      changes: [{ field: 'contact', old: null, new: `${input.kind} ${input.contactedOn}` }],
    });
    if (input.agreedSurveillanceOn) {
      const [client] = await tx.select().from(clients).where(eq(clients.id, clientId)).for('update');
      await applyClientChanges(tx, actor, client!, { plannedSurveillanceOn: input.agreedSurveillanceOn }, client!.version);
    }
    const { createdAt: _c, ...view } = row!;
    return view;
  });
}

export async function recordEvent(
  db: Db,
  actor: Actor,
  scope: DataScope,
  input: z.output<typeof EventSchema>,
  today: IsoDate,
): Promise<z.output<typeof ClientEventSchema>> {
  notFuture(input.heldOn, today);
  const branchId = scope.kind === 'branch' ? scope.branchId : (input.branchId ?? null);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(clientEvents)
      .values({ ...input, branchId, recordedBy: actor.name })
      .returning();
    await recordChange(tx, actor, {
      entity: 'client-event',
      entityId: row!.id,
      action: 'record',
      changes: [{ field: 'title', old: null, new: input.title }],
    });
    return row!;
  });
}

export function listEvents(db: Db, scope: DataScope, year: number): Promise<z.output<typeof ClientEventSchema>[]> {
  return db
    .select()
    .from(clientEvents)
    .where(
      and(
        between(clientEvents.heldOn, ...yearRange(year)),
        scope.kind === 'branch' ? eq(clientEvents.branchId, scope.branchId) : undefined,
      ),
    )
    .orderBy(desc(clientEvents.heldOn));
}

function requestRows(db: Db, where: SQL | undefined): Promise<z.output<typeof ClientRequestSchema>[]> {
  return db
    .select({
      id: clientRequests.id,
      clientId: clientRequests.clientId,
      clientName: clients.name,
      receivedOn: clientRequests.receivedOn,
      content: clientRequests.content,
      class: clientRequests.class,
      escalatedToId: clientRequests.escalatedToId,
      escalatedToName: users.displayName,
      status: clientRequests.status,
      outcome: clientRequests.outcome,
      closedOn: clientRequests.closedOn,
      recordedBy: clientRequests.recordedBy,
      version: clientRequests.version,
    })
    .from(clientRequests)
    .innerJoin(clients, eq(clients.id, clientRequests.clientId))
    .leftJoin(users, eq(users.id, clientRequests.escalatedToId))
    .where(where)
    .orderBy(desc(clientRequests.receivedOn));
}

/** The managers a request of class (c) may go to: those who may also close it. */
export const escalationManagers = { may: 'communication:write', managers: true } as const;
// the due items of requests escalated to a manager
const REQUEST_SOURCE = 'client_request';

/** 客户要求: (c) goes to a named manager, the others must not name one. */
export async function logRequest(db: Db, actor: Actor, scope: DataScope, input: z.output<typeof RequestSchema>, today: IsoDate) {
  notFuture(input.receivedOn, today);
  await getClient(db, scope, input.clientId);
  const { escalation } = requestNeeds(input.class);
  if (escalation && !input.escalatedToId) throw new AppError('COMMUNICATION.ESCALATION_REQUIRED');
  if (!escalation && input.escalatedToId) throw new AppError('COMMUNICATION.ESCALATION_NOT_ALLOWED');
  const manager = input.escalatedToId ? await findActiveStaff(db, input.escalatedToId, escalationManagers) : null;
  if (input.escalatedToId && !manager) throw new AppError('COMMUNICATION.NOT_A_MANAGER');
  const params = await loadParameters(db);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(clientRequests)
      .values({ ...input, escalatedToId: input.escalatedToId ?? null, recordedBy: actor.name })
      .returning();
    if (manager) {
      const [client] = await tx.select({ branchId: clients.branchId }).from(clients).where(eq(clients.id, input.clientId));
      // the manager's department sees it on its due-list until the manager closes it
      const dueOn = addDays(input.receivedOn, params['communication.escalatedRequestDays']);
      await replaceDueItems(tx, REQUEST_SOURCE, row!.id, [
        {
          kind: 'escalated_request',
          sequence: null,
          department: manager.role,
          clientId: input.clientId,
          branchId: client?.branchId ?? null,
          certificateId: null,
          auditId: null,
          dueOn,
          targetOn: dueOn,
          opensOn: input.receivedOn,
          plannedOn: null,
          basis: 'ESCALATED_REQUEST_DAYS',
        },
      ]);
    }
    await recordChange(tx, actor, {
      entity: 'client-request',
      entityId: row!.id,
      action: 'log',
      changes: [{ field: 'class', old: null, new: input.class }],
    });
    const [view] = await requestRows(tx, eq(clientRequests.id, row!.id));
    return view!;
  });
}

/** The outcome: declined with the explanation (a), handled (b), or the manager's answer (c). */
export async function closeRequest(
  db: Db,
  actor: Actor,
  caller: { role: Role },
  scope: DataScope,
  id: string,
  input: z.output<typeof CloseRequestSchema>,
  today: IsoDate,
) {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ row: clientRequests })
      .from(clientRequests)
      .innerJoin(clients, eq(clients.id, clientRequests.clientId))
      .where(and(eq(clientRequests.id, id), clientScopeCondition(scope)))
      .for('update', { of: clientRequests });
    if (!found) throw new AppError('COMMUNICATION.REQUEST_NOT_FOUND');
    const { row } = found;
    if (row.status === 'closed') throw new AppError('COMMUNICATION.REQUEST_CLOSED');
    if (row.version !== input.version) throw new AppError('CONCURRENCY.STALE_VERSION');
    // (c) went beyond the department's authority: the manager it went to closes it
    if (row.escalatedToId && row.escalatedToId !== actor.id && caller.role !== 'admin') {
      const [manager] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, row.escalatedToId));
      throw new AppError('COMMUNICATION.MANAGER_CLOSES', { name: manager?.name ?? '' });
    }
    await tx
      .update(clientRequests)
      .set({ status: 'closed', outcome: input.outcome, closedOn: today, version: row.version + 1 })
      .where(eq(clientRequests.id, id));
    await replaceDueItems(tx, REQUEST_SOURCE, id, []);
    await recordChange(tx, actor, {
      entity: 'client-request',
      entityId: id,
      action: 'close',
      changes: [{ field: 'outcome', old: null, new: input.outcome }],
    });
    const [view] = await requestRows(tx, eq(clientRequests.id, id));
    return view!;
  });
}

export function listRequests(db: Db, scope: DataScope, year: number) {
  return requestRows(db, and(between(clientRequests.receivedOn, ...yearRange(year)), clientScopeCondition(scope)));
}

export async function logSuggestion(
  db: Db,
  actor: Actor,
  scope: DataScope,
  input: z.output<typeof SuggestionSchema>,
  today: IsoDate,
): Promise<z.output<typeof ClientSuggestionSchema>> {
  notFuture(input.receivedOn, today);
  if (input.clientId) await getClient(db, scope, input.clientId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(clientSuggestions)
      .values({ ...input, clientId: input.clientId ?? null, recordedBy: actor.name })
      .returning();
    await recordChange(tx, actor, {
      entity: 'client-suggestion',
      entityId: row!.id,
      action: 'log',
      changes: [{ field: 'content', old: null, new: input.content }],
    });
    return row!;
  });
}

/** The answer to a suggestion, given once. */
export async function answerSuggestion(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  response: string,
): Promise<z.output<typeof ClientSuggestionSchema>> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ s: clientSuggestions, branchId: clients.branchId })
      .from(clientSuggestions)
      .leftJoin(clients, eq(clients.id, clientSuggestions.clientId))
      .where(eq(clientSuggestions.id, id))
      .for('update', { of: clientSuggestions });
    if (!found || (scope.kind === 'branch' && found.branchId !== scope.branchId)) throw new AppError('COMMUNICATION.SUGGESTION_NOT_FOUND');
    if (found.s.response) throw new AppError('COMMUNICATION.SUGGESTION_ANSWERED');
    const [row] = await tx.update(clientSuggestions).set({ response }).where(eq(clientSuggestions.id, id)).returning();
    await recordChange(tx, actor, {
      entity: 'client-suggestion',
      entityId: id,
      action: 'answer',
      changes: [{ field: 'response', old: null, new: response }],
    });
    return row!;
  });
}

/** 年终建议汇总: every suggestion of the year with its client, answered or not. */
export async function suggestionSummary(db: Db, scope: DataScope, year: number): Promise<z.output<typeof SuggestionSummarySchema>> {
  const rows = await db
    .select({ s: clientSuggestions, clientName: clients.name })
    .from(clientSuggestions)
    .leftJoin(clients, eq(clients.id, clientSuggestions.clientId))
    .where(
      and(
        between(clientSuggestions.receivedOn, ...yearRange(year)),
        scope.kind === 'branch' ? eq(clients.branchId, scope.branchId) : undefined,
      ),
    )
    .orderBy(asc(clientSuggestions.receivedOn));
  const items = rows.map((r) => ({ ...r.s, clientName: r.clientName }));
  return { year, total: items.length, answered: items.filter((i) => i.response).length, items };
}

/** A client lost or abnormal: the cause is recorded with the status; a lost VIP also needs the analysis and remedial decision. */
export async function recordLoss(
  db: Db,
  actor: Actor,
  scope: DataScope,
  clientId: string,
  input: z.output<typeof LossSchema>,
  today: IsoDate,
): Promise<z.output<typeof ClientLossSchema>> {
  const recordedOn = input.recordedOn ?? today;
  notFuture(recordedOn, today);
  await getClient(db, scope, clientId);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(clients).where(eq(clients.id, clientId)).for('update');
    if (!before) throw new AppError('CLIENT.NOT_FOUND');
    if (before.status === input.status) throw new AppError('COMMUNICATION.STATUS_UNCHANGED');
    // a VIP until recently is a lost VIP: taking the flag off first does not spare the analysis
    const params = await loadParameters(tx);
    const vip = before.vip || (await wasVipSince(tx, clientId, addMonths(recordedOn, -params['communication.lostVipLookbackMonths'])));
    if (lossNeedsAnalysis(input.status, vip) && (!input.analysis || !input.remedialDecision)) {
      throw new AppError('COMMUNICATION.LOST_VIP_ANALYSIS');
    }
    const [row] = await tx
      .insert(clientLosses)
      .values({ ...input, clientId, recordedOn, recordedBy: actor.name })
      .returning();
    await applyClientChanges(tx, actor, before, { status: input.status }, before.version);
    return row!;
  });
}

/** 流失 / 异常客户 of a year, VIPs marked. */
export async function lossesOfYear(db: Db, scope: DataScope, year: number): Promise<z.output<typeof LossOfYearSchema>[]> {
  const rows = await db
    .select({ l: clientLosses, clientName: clients.name, vip: clients.vip, branch: branches.nameZh })
    .from(clientLosses)
    .innerJoin(clients, eq(clients.id, clientLosses.clientId))
    .innerJoin(branches, eq(branches.id, clients.branchId))
    .where(and(between(clientLosses.recordedOn, ...yearRange(year)), clientScopeCondition(scope)))
    .orderBy(desc(clientLosses.recordedOn));
  return rows.map((r) => ({ ...r.l, clientName: r.clientName, vip: r.vip, branch: r.branch }));
}

const BELOW_LIST_MAX = 500;

/**
 * 客户维护考核: per maintainer and per branch, the valid clients below their yearly contact
 * minimum, the phone follow-ups against the share of valid clients, and the events held.
 */
export async function complianceMeters(
  db: Db,
  scope: DataScope,
  year: number,
  opts: { belowLimit?: number; totalsOnly?: boolean } = {},
): Promise<z.output<typeof MetersSchema>> {
  const params = await loadParameters(db);
  const minimums = { perYear: params['communication.minContactsPerYear'], perYearVip: params['communication.minContactsPerYearVip'] };
  const [from, to] = yearRange(year);
  const contactsThisYear = db
    .select({
      clientId: clientContacts.clientId,
      contacts: count().as('contacts'),
      followUps: sql<number>`count(*) filter (where ${clientContacts.followUp})`.as('follow_ups'),
    })
    .from(clientContacts)
    .where(between(clientContacts.contactedOn, from, to))
    .groupBy(clientContacts.clientId)
    .as('contacts_this_year');
  // every valid client of the scope with its contacts this year and what it is owed; counted by the database
  const perClient = db.$with('per_client').as(
    db
      .select({
        id: clients.id,
        name: clients.name,
        vip: clients.vip,
        branchId: clients.branchId,
        branch: sql<string>`${branches.nameZh}`.as('branch'),
        branchEn: sql<string>`${branches.nameEn}`.as('branch_en'),
        maintainerId: sql<string | null>`${clientMaintainers.userId}`.as('maintainer_id'),
        maintainer: sql<string | null>`${users.displayName}`.as('maintainer'),
        contacts: sql<number>`coalesce(${contactsThisYear.contacts}, 0)::int`.as('contacts_n'),
        followUps: sql<number>`coalesce(${contactsThisYear.followUps}, 0)::int`.as('follow_ups_n'),
        owed: sql<number>`case when ${clients.vip} then ${minimums.perYearVip}::int else ${minimums.perYear}::int end`.as('owed'),
      })
      .from(clients)
      .innerJoin(branches, eq(branches.id, clients.branchId))
      .leftJoin(clientMaintainers, eq(clientMaintainers.clientId, clients.id))
      .leftJoin(users, eq(users.id, clientMaintainers.userId))
      .leftJoin(contactsThisYear, eq(contactsThisYear.clientId, clients.id))
      .where(
        and(
          clientScopeCondition(scope),
          sql`exists (select 1 from certificates c where c.client_id = "clients"."id" and c.status = 'valid')`,
        ),
      ),
  );
  const isBelow = sql`${perClient.contacts} < ${perClient.owed}`;
  // one pass for the whole scope, each maintainer and each branch
  const groups = db
    .with(perClient)
    .select({
      byMaintainer: sql<number>`grouping(${perClient.maintainerId}, ${perClient.maintainer})::int`,
      byBranch: sql<number>`grouping(${perClient.branchId}, ${perClient.branch}, ${perClient.branchEn})::int`,
      maintainerId: perClient.maintainerId,
      maintainer: perClient.maintainer,
      branchId: perClient.branchId,
      branch: perClient.branch,
      branchEn: perClient.branchEn,
      clients: sql<number>`count(*)::int`,
      below: sql<number>`(count(*) filter (where ${isBelow}))::int`,
      followUps: sql<number>`(count(*) filter (where ${perClient.followUps} > 0))::int`,
    })
    .from(perClient)
    .groupBy(
      sql`grouping sets ((${perClient.maintainerId}, ${perClient.maintainer}), (${perClient.branchId}, ${perClient.branch}, ${perClient.branchEn}), ())`,
    );
  const [rows, below, events] = await Promise.all([
    groups,
    opts.totalsOnly
      ? []
      : db
          .with(perClient)
          .select()
          .from(perClient)
          .where(isBelow)
          .orderBy(perClient.name)
          .limit(opts.belowLimit ?? BELOW_LIST_MAX),
    listEvents(db, scope, year),
  ]);
  const meter = (r: (typeof rows)[number]) => ({
    clients: r.clients,
    below: r.below,
    followUps: r.followUps,
    followUpTarget: followUpTarget(r.clients, params['communication.followUpRatePercent']),
  });
  // an empty scope has no rows at all, not even the grand total
  const total = rows.find((r) => r.byMaintainer !== 0 && r.byBranch !== 0);
  const worstFirst = (a: { below: number; name: string }, b: { below: number; name: string }) =>
    b.below - a.below || a.name.localeCompare(b.name);
  return {
    year,
    minimums,
    followUpRatePercent: params['communication.followUpRatePercent'],
    eventsRequired: params['communication.minEventsPerYear'],
    total: { ...(total ? meter(total) : { clients: 0, below: 0, followUps: 0, followUpTarget: 0 }), events: events.length },
    byMaintainer: rows
      .filter((r) => r.byMaintainer === 0)
      .map((r) => ({ id: r.maintainerId ?? '', name: r.maintainer ?? '—', ...meter(r) }))
      .sort(worstFirst),
    byBranch: rows
      .filter((r) => r.byBranch === 0)
      .map((r) => ({
        id: r.branchId,
        name: r.branch,
        nameEn: r.branchEn,
        ...meter(r),
        events: events.filter((e) => e.branchId === r.branchId).length,
      }))
      .sort(worstFirst),
    // the page shows the first ones; the export asks for them all
    belowMinimum: below,
  };
}

type Lang = 'zh' | 'en';
type Cell = string | number | null;
const yesNo = (v: boolean, lang: Lang) => (v ? (lang === 'en' ? 'yes' : '是') : null);
const classNames = {
  unreasonable: { zh: '(a) 不合理', en: '(a) unreasonable' },
  within_authority: { zh: '(b) 部门权限内', en: '(b) within authority' },
  beyond_authority: { zh: '(c) 超出权限', en: '(c) beyond authority' },
} as const;
const lossNames = {
  abnormal: { zh: '异常', en: 'abnormal' },
  lost: { zh: '流失', en: 'lost' },
  active: { zh: '恢复正常', en: 'back to active' },
} as const;
const eventNames = {
  symposium: { zh: '座谈会', en: 'symposium' },
  training: { zh: '培训', en: 'training' },
  other: { zh: '其他', en: 'other' },
} as const;

export const communicationLists = ['requests', 'suggestions', 'events', 'losses', 'below'] as const;
type ListName = (typeof communicationLists)[number];
const col = (key: string, zh: string, en: string, width: number, date = false): SheetColumn<string> => ({ key, zh, en, width, date });

/** One of the year's lists as an Excel sheet, in the language asked; more than `maxRows` is refused. */
export async function exportCommunicationList(db: Db, scope: DataScope, list: ListName, year: number, lang: Lang, maxRows: number) {
  const sheets: Record<
    ListName,
    () => Promise<{ name: { zh: string; en: string }; columns: SheetColumn<string>[]; rows: Record<string, Cell>[] }>
  > = {
    requests: async () => ({
      name: { zh: '客户要求', en: 'Client requests' },
      columns: [
        col('receivedOn', '受理日期', 'Received', 12, true),
        col('client', '客户', 'Client', 32),
        col('content', '内容', 'Content', 40),
        col('class', '分类', 'Class', 18),
        col('escalatedTo', '上报给', 'Escalated to', 14),
        col('outcome', '处理结果', 'Outcome', 40),
        col('closedOn', '办结日期', 'Closed', 12, true),
      ],
      rows: (await listRequests(db, scope, year)).map((r) => ({
        receivedOn: r.receivedOn,
        client: r.clientName,
        content: r.content,
        class: classNames[r.class][lang],
        escalatedTo: r.escalatedToName,
        outcome: r.outcome,
        closedOn: r.closedOn,
      })),
    }),
    suggestions: async () => ({
      name: { zh: '客户建议', en: 'Suggestions' },
      columns: [
        col('receivedOn', '日期', 'Received', 12, true),
        col('client', '客户', 'Client', 32),
        col('content', '建议', 'Suggestion', 50),
        col('response', '答复', 'Response', 50),
      ],
      rows: (await suggestionSummary(db, scope, year)).items.map((i) => ({
        receivedOn: i.receivedOn,
        client: i.clientName,
        content: i.content,
        response: i.response,
      })),
    }),
    events: async () => ({
      name: { zh: '客户活动', en: 'Client events' },
      columns: [
        col('heldOn', '日期', 'Date', 12, true),
        col('kind', '类型', 'Kind', 12),
        col('title', '主题', 'Title', 40),
        col('attendees', '参加人数', 'Attendees', 10),
      ],
      rows: (await listEvents(db, scope, year)).map((e) => ({
        heldOn: e.heldOn,
        kind: eventNames[e.kind][lang],
        title: e.title,
        attendees: e.attendees,
      })),
    }),
    losses: async () => ({
      name: { zh: '流失异常客户', en: 'Lost and abnormal clients' },
      columns: [
        col('recordedOn', '登记日期', 'Recorded', 12, true),
        col('client', '客户', 'Client', 32),
        col('vip', 'VIP', 'VIP', 6),
        col('status', '状态', 'Status', 8),
        col('cause', '原因', 'Cause', 40),
        col('analysis', '原因分析', 'Analysis', 40),
        col('remedialDecision', '补救决定', 'Remedial decision', 40),
      ],
      rows: (await lossesOfYear(db, scope, year)).map((l) => ({
        recordedOn: l.recordedOn,
        client: l.clientName,
        vip: yesNo(l.vip, lang),
        status: lossNames[l.status][lang],
        cause: l.cause,
        analysis: l.analysis,
        remedialDecision: l.remedialDecision,
      })),
    }),
    below: async () => {
      const meters = await complianceMeters(db, scope, year, { belowLimit: maxRows });
      assertExportable(meters.total.below, maxRows);
      return {
        name: { zh: '联系次数不足', en: 'Below their contacts' },
        columns: [
          col('client', '客户', 'Client', 32),
          col('vip', 'VIP', 'VIP', 6),
          col('branch', '分支机构', 'Branch', 14),
          col('maintainer', '维护人', 'Maintainer', 14),
          col('contacts', '已联系', 'Contacts', 10),
          col('owed', '应联系', 'Owed', 10),
        ],
        rows: meters.belowMinimum.map((c) => ({
          client: c.name,
          vip: yesNo(c.vip, lang),
          branch: lang === 'en' ? c.branchEn : c.branch,
          maintainer: c.maintainer,
          contacts: c.contacts,
          owed: c.owed,
        })),
      };
    },
  };
  const sheet = await sheets[list]();
  assertExportable(sheet.rows.length, maxRows);
  return { name: sheet.name, file: await listWorkbook(sheet.name, sheet.columns, sheet.rows, lang) };
}
