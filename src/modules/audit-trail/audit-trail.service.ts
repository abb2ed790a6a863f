import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { assertExportable, listWorkbook } from '../../http/list-sheet.js';
import { addDays, startOfLocalDay } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import type { DataScope, Role } from '../auth/permissions.js';
import type { AuditLogQuery } from './audit-trail.dto.js';
import { entities } from './audit-trail.labels.js';
import {
  actorsForFilter,
  countEntries,
  entriesOfRecord,
  lastEntryId,
  resolveReferences,
  searchEntries,
  type AuditLogFilter,
} from './audit-trail.repo.js';
import {
  excelLocalTime,
  hiddenFieldsByEntity,
  readableEntry,
  referencesOf,
  type ReadableEntry,
  type StoredEntry,
} from './audit-trail.rules.js';

/** Who reads, and on whose clock. */
export interface Reader {
  role: Role;
  timeZone: string;
}

/** The newest entries of one record shown as its history (a record changed more often shows its latest). */
export const RECORD_HISTORY_MAX = 1000;
/** Entries read and named at a time while an export is written: bounds the memory of one step. */
const EXPORT_PAGE_ENTRIES = 5000;

/** Stored entries as `reader` reads them: references named, hidden fields (and entries of nothing else) left out. */
export async function readable(db: Db, reader: Reader, rows: readonly StoredEntry[]): Promise<ReadableEntry[]> {
  const names = await resolveReferences(db, referencesOf(rows));
  return rows.map((r) => readableEntry(r, reader.role, names, reader.timeZone)).filter((e): e is ReadableEntry => e !== null);
}

/** A record's whole history, newest first (the client's history tab, the audit log's drawer). */
export async function recordHistory(db: Db, reader: Reader, entity: string, entityId: string): Promise<ReadableEntry[]> {
  return readable(db, reader, await entriesOfRecord(db, entity, entityId, RECORD_HISTORY_MAX));
}

/** The audit log spans every branch: only a reader who sees the whole CB may search it. */
function assertWholeCb(scope: DataScope) {
  if (scope.kind !== 'all') throw new AppError('AUTH.FORBIDDEN');
}

function filterOf(reader: Reader, q: AuditLogQuery): AuditLogFilter {
  // said in words of its own: the date checks of the query would call the end date invalid
  if (q.from && q.to && q.from > q.to) throw new AppError('AUDIT_LOG.RANGE_REVERSED', { from: q.from, to: q.to });
  return {
    from: q.from ? startOfLocalDay(q.from, reader.timeZone) : undefined,
    // the whole of the last day, to the first instant of the next
    before: q.to ? startOfLocalDay(addDays(q.to, 1), reader.timeZone) : undefined,
    actorId: q.actorId,
    entity: q.entity || undefined,
    action: q.action || undefined,
    category: q.category,
    record: q.record || undefined,
    q: q.q || undefined,
    hidden: hiddenFieldsByEntity(reader.role),
  };
}

export async function searchAuditLog(db: Db, reader: Reader, scope: DataScope, q: AuditLogQuery) {
  assertWholeCb(scope);
  const filter = filterOf(reader, q);
  const [rows, total] = await Promise.all([
    searchEntries(db, filter, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize }),
    countEntries(db, filter),
  ]);
  return { items: await readable(db, reader, rows), total };
}

export async function auditRecordHistory(db: Db, reader: Reader, scope: DataScope, entity: string, entityId: string) {
  assertWholeCb(scope);
  return recordHistory(db, reader, entity, entityId);
}

const sheetColumns = [
  // a real Excel date-time on the CB's clock, so that it sorts and filters as one (user test, finding 14)
  { key: 'at', zh: '时间', en: 'Time', width: 20, dateTime: true },
  { key: 'actor', zh: '操作人', en: 'By', width: 18 },
  { key: 'address', zh: '地址', en: 'Address', width: 16 },
  { key: 'entity', zh: '对象类型', en: 'Kind of record', width: 14 },
  { key: 'record', zh: '对象', en: 'Record', width: 30 },
  { key: 'action', zh: '操作', en: 'Action', width: 16 },
  { key: 'field', zh: '字段', en: 'Field', width: 22 },
  { key: 'old', zh: '原值', en: 'Before', width: 30 },
  { key: 'new', zh: '新值', en: 'After', width: 30 },
] as const;
type SheetRow = Partial<Record<Exclude<(typeof sheetColumns)[number]['key'], 'at'>, string | null>> & { at: Date };

/**
 * The filtered log as Excel: a row per field changed (an entry without fields, a sign-in, is one row),
 * refused past `maxRows` entries rather than cut short. The export itself is in the log.
 */
export async function exportAuditLog(db: Db, reader: Reader, scope: DataScope, actor: Actor, q: AuditLogQuery, maxRows: number) {
  assertWholeCb(scope);
  const filter = { ...filterOf(reader, q), upToId: await lastEntryId(db) };
  const total = await countEntries(db, filter);
  assertExportable(total, maxRows);
  const entries: ReadableEntry[] = [];
  for (let offset = 0; offset < total; offset += EXPORT_PAGE_ENTRIES) {
    entries.push(...(await readable(db, reader, await searchEntries(db, filter, { limit: EXPORT_PAGE_ENTRIES, offset }))));
  }
  const lang = q.lang;
  const rows = entries.flatMap((e): SheetRow[] => {
    const base = {
      at: excelLocalTime(e.atLocal),
      actor: e.actor[lang],
      address: e.address,
      entity: e.entityLabel[lang],
      record: e.record[lang],
      action: e.actionLabel[lang],
    };
    if (e.changes.length === 0) return [base];
    return e.changes.map((c) => ({ ...base, field: c.label[lang], old: c.old?.[lang] ?? null, new: c.new?.[lang] ?? null }));
  });
  // the sheet has a row per field changed: its rows, not the entries, are what the limit bounds
  assertExportable(rows.length, maxRows);
  const file = await listWorkbook({ zh: '审计日志', en: 'Audit log' }, sheetColumns, rows, lang);
  await recordChange(db, actor, {
    entity: 'audit-log',
    entityId: 'export',
    action: 'export',
    changes: [
      { field: 'rows', old: null, new: entries.length },
      ...(q.from ? [{ field: 'from', old: null, new: q.from }] : []),
      ...(q.to ? [{ field: 'to', old: null, new: q.to }] : []),
    ],
  });
  return file;
}

/** What the filters offer: every kind of record with its actions, and every account. */
export async function auditLogVocabulary(db: Db, scope: DataScope) {
  assertWholeCb(scope);
  return {
    entities: Object.entries(entities).map(([entity, spec]) => ({
      entity,
      label: spec.label,
      actions: Object.entries(spec.actions).map(([action, label]) => ({ action, label })),
    })),
    actors: await actorsForFilter(db),
  };
}
