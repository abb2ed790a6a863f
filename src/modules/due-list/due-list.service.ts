import { and, asc, eq, gt, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { addDays, type IsoDate } from '../../lib/dates.js';
import { assertExportable, listWorkbook } from '../../http/list-sheet.js';
import type { DataScope } from '../auth/permissions.js';
import { branches } from '../branches/branch.schema.js';
import { certificates } from '../certificates/certificate.schema.js';
import { clients } from '../clients/client.schema.js';
import { loadParameters } from '../parameters/parameter.service.js';
import type { DueListQuerySchema } from './due-list.dto.js';
import { dueBucket } from '../programmes/programme.rules.js';
import { dueItems } from './due-item.schema.js';
import { bucketLabels, departmentLabels, dueBasisLabels, dueKindLabels } from './due-list.labels.js';

export type DueListQuery = z.output<typeof DueListQuerySchema>;
type Windows = readonly [IsoDate, IsoDate, IsoDate];

/** The last day of each due-list window (30 / 60 / 90 days by default) as seen today. */
export async function dueWindows(db: Db, today: IsoDate): Promise<{ days: [number, number, number]; ends: Windows }> {
  const p = await loadParameters(db);
  const days: [number, number, number] = [p['dueList.windowDays.first'], p['dueList.windowDays.second'], p['dueList.windowDays.third']];
  return { days, ends: [addDays(today, days[0]), addDays(today, days[1]), addDays(today, days[2])] };
}

/** The due items a scope may see: its branch's, its own organisation's, or all. */
export function dueScopeCondition(scope: DataScope): SQL | undefined {
  if (scope.kind === 'branch') return eq(dueItems.branchId, scope.branchId);
  if (scope.kind === 'client') return eq(dueItems.clientId, scope.clientId);
  return undefined;
}

function bucketCondition(bucket: DueListQuery['bucket'], today: IsoDate, ends: Windows): SQL | undefined {
  switch (bucket) {
    case 'overdue':
      return lt(dueItems.dueOn, today);
    case 'first':
      return and(gte(dueItems.dueOn, today), lte(dueItems.dueOn, ends[0]));
    case 'second':
      return and(gt(dueItems.dueOn, ends[0]), lte(dueItems.dueOn, ends[1]));
    case 'third':
      return and(gt(dueItems.dueOn, ends[1]), lte(dueItems.dueOn, ends[2]));
    case 'due':
      return lte(dueItems.dueOn, ends[2]);
    case 'all':
      return undefined;
  }
}

const rowColumns = {
  item: dueItems,
  clientName: clients.name,
  clientGrade: clients.grade,
  clientVip: clients.vip,
  branchNameZh: branches.nameZh,
  branchNameEn: branches.nameEn,
  certificateNo: certificates.certificateNo,
  scheme: certificates.scheme,
};

function selectRows(db: Db, where: SQL | undefined) {
  return db
    .select(rowColumns)
    .from(dueItems)
    .leftJoin(clients, eq(clients.id, dueItems.clientId))
    .leftJoin(branches, eq(branches.id, dueItems.branchId))
    .leftJoin(certificates, eq(certificates.id, dueItems.certificateId))
    .where(where)
    .orderBy(asc(dueItems.dueOn), asc(dueItems.id));
}

type SelectedRow = Awaited<ReturnType<typeof selectRows>>[number];

function toDueItem(r: SelectedRow, today: IsoDate, ends: Windows) {
  const { id, source: _s, ...item } = r.item;
  return {
    id,
    ...item,
    clientName: r.clientName,
    // the grade and VIP flag feed surveillance and service planning (SPEC §6)
    clientGrade: r.clientGrade,
    clientVip: r.clientVip ?? false,
    branchName: r.branchNameZh === null ? null : { zh: r.branchNameZh, en: r.branchNameEn! },
    certificateNo: r.certificateNo,
    scheme: r.scheme,
    bucket: dueBucket(item.dueOn, today, ends),
    plannedAfterDue: item.plannedOn !== null && item.plannedOn > item.dueOn,
  };
}
export type DueItemView = ReturnType<typeof toDueItem>;

function filterConditions(scope: DataScope, q: DueListQuery): (SQL | undefined)[] {
  return [
    dueScopeCondition(scope),
    q.branchId ? eq(dueItems.branchId, q.branchId) : undefined,
    q.department ? eq(dueItems.department, q.department) : undefined,
    q.kind ? eq(dueItems.kind, q.kind) : undefined,
    q.clientId ? eq(dueItems.clientId, q.clientId) : undefined,
    q.from ? gte(dueItems.dueOn, q.from) : undefined,
    q.to ? lte(dueItems.dueOn, q.to) : undefined,
  ];
}

/**
 * One department's or branch's due-list: the counts per window (overdue, 30, 60, 90 days)
 * and one page of the chosen window, soonest first.
 */
export async function listDueItems(
  db: Db,
  scope: DataScope,
  q: DueListQuery,
  today: IsoDate,
  limit = q.pageSize,
  offset = (q.page - 1) * q.pageSize,
) {
  const { days, ends } = await dueWindows(db, today);
  const filters = filterConditions(scope, q);
  const [counts] = await db
    .select({
      overdue: sql<number>`count(*) filter (where ${dueItems.dueOn} < ${today})::int`,
      first: sql<number>`count(*) filter (where ${dueItems.dueOn} >= ${today} and ${dueItems.dueOn} <= ${ends[0]})::int`,
      second: sql<number>`count(*) filter (where ${dueItems.dueOn} > ${ends[0]} and ${dueItems.dueOn} <= ${ends[1]})::int`,
      third: sql<number>`count(*) filter (where ${dueItems.dueOn} > ${ends[1]})::int`,
    })
    .from(dueItems)
    .where(and(...filters, lte(dueItems.dueOn, ends[2])));
  const where = and(...filters, bucketCondition(q.bucket, today, ends));
  let total: number;
  if (q.bucket === 'all') {
    const [all] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(dueItems)
      .where(where);
    total = all!.n;
  } else if (q.bucket === 'due') total = counts!.overdue + counts!.first + counts!.second + counts!.third;
  else total = counts![q.bucket];
  const rows = await selectRows(db, where).limit(limit).offset(offset);
  return { counts: counts!, windowDays: days, total, items: rows.map((r) => toDueItem(r, today, ends)) };
}

/** The due items of some records of one module (a client's programmes on its page). */
export async function dueItemsOf(db: Db, source: string, sourceIds: string[], today: IsoDate): Promise<DueItemView[]> {
  if (sourceIds.length === 0) return [];
  const { ends } = await dueWindows(db, today);
  const rows = await selectRows(db, and(eq(dueItems.source, source), inArray(dueItems.sourceId, sourceIds)));
  return rows.map((r) => toDueItem(r, today, ends));
}

export async function exportDueItems(db: Db, scope: DataScope, q: DueListQuery, today: IsoDate, maxRows: number, lang: 'zh' | 'en') {
  const { items, total, windowDays } = await listDueItems(db, scope, q, today, maxRows, 0);
  assertExportable(total, maxRows);
  const label = (l: { zh: string; en: string } | undefined, fallback: string) => l?.[lang] ?? fallback;
  const days = { first: windowDays[0], second: windowDays[1], third: windowDays[2] } as Record<string, number>;
  return listWorkbook(
    { zh: '到期清单', en: 'Due list' },
    [
      { key: 'bucket', zh: '状态', en: 'Window', width: 12 },
      { key: 'dueOn', zh: '截止日期', en: 'Due by', width: 12, date: true },
      { key: 'kind', zh: '事项', en: 'What', width: 16 },
      { key: 'sequence', zh: '次序', en: 'No.', width: 6 },
      { key: 'clientName', zh: '客户', en: 'Client', width: 36 },
      { key: 'clientGrade', zh: '客户等级', en: 'Grade', width: 8 },
      { key: 'certificateNo', zh: '证书编号', en: 'Certificate no.', width: 22 },
      { key: 'branch', zh: '分支机构', en: 'Branch', width: 14 },
      { key: 'department', zh: '责任部门', en: 'Department', width: 14 },
      { key: 'plannedOn', zh: '计划日期', en: 'Planned', width: 12, date: true },
      { key: 'basis', zh: '依据', en: 'Rule', width: 30 },
      { key: 'provisional', zh: '暂定', en: 'Provisional', width: 8 },
    ],
    items.map((i) => ({
      bucket: bucketLabels[i.bucket][lang].replace('{days}', String(days[i.bucket] ?? '')),
      dueOn: i.dueOn,
      // counted into a year without a holiday table: the date may still move
      provisional: i.provisional ? { zh: '暂定', en: 'provisional' }[lang] : '',
      kind: label(dueKindLabels[i.kind], i.kind),
      sequence: i.sequence,
      clientName: i.clientName,
      clientGrade: i.clientGrade,
      certificateNo: i.certificateNo,
      branch: i.branchName?.[lang] ?? '',
      department: label(departmentLabels[i.department], i.department),
      plannedOn: i.plannedOn,
      basis: label(dueBasisLabels[i.basis], i.basis),
    })),
    lang,
  );
}
