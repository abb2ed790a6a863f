import type { FieldChange } from '../../lib/field-changes.js';
import { localDateTime } from '../../lib/dates.js';
import type { Role } from '../auth/permissions.js';
import { hiddenFields, maySee, type RecordKind } from '../auth/visibility.js';
import { entities, text, type EntitySpec, type FieldSpec, type ReferenceKind, type Text, type ValueSpec } from './audit-trail.labels.js';

/**
 * An audit-log entry as people read it (issue 17.8): labels in both languages, referenced records
 * by their name or number, yes/no, dates as dates, codes as their labels, and only the fields the
 * reader's role may see (auth/visibility.ts). Pure: the names of referenced records come resolved.
 */

export interface StoredEntry {
  id: number;
  at: Date;
  actorId: string | null;
  actorName: string;
  entity: string;
  entityId: string;
  action: string;
  changes: FieldChange[];
  address: string | null;
}

export interface ReadableChange {
  field: string;
  label: Text;
  old: Text | null;
  new: Text | null;
}

export interface ReadableEntry {
  id: number;
  at: string;
  /** the time on the CB's clock (CB_TIME_ZONE) */
  atLocal: string;
  actorId: string | null;
  actor: Text;
  address: string | null;
  entity: string;
  entityLabel: Text;
  entityId: string;
  record: Text;
  action: string;
  actionLabel: Text;
  changes: ReadableChange[];
}

/** Names found for referenced records, by kind and id. */
export type ReferenceNames = Map<ReferenceKind, Map<string, Text>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
export const isUuid = (v: string) => UUID.test(v);

export const SYSTEM_ACTOR = 'system';
const systemText = text('系统', 'System');
/** a referenced record that is no longer there (or never was): named so, never by its id */
export const goneRecord = text('（已不存在的记录）', '(no longer there)');
const yes = text('是', 'Yes');
const no = text('否', 'No');

const same = (s: string): Text => ({ zh: s, en: s });
const join = (items: Text[], zhSep: string, enSep: string): Text => ({
  zh: items.map((i) => i.zh).join(zhSep),
  en: items.map((i) => i.en).join(enSep),
});

function entitySpec(entity: string): EntitySpec | undefined {
  return Object.hasOwn(entities, entity) ? entities[entity] : undefined;
}

function fieldSpec(spec: EntitySpec | undefined, field: string): FieldSpec | undefined {
  return spec && Object.hasOwn(spec.fields, field) ? spec.fields[field] : undefined;
}

export function entityLabel(entity: string): Text {
  return entitySpec(entity)?.label ?? same(entity);
}

export function actionLabel(entity: string, action: string): Text {
  const actions = entitySpec(entity)?.actions;
  return actions && Object.hasOwn(actions, action) ? actions[action]! : same(action);
}

// ---- visibility ----

const kindOf = (entity: string): RecordKind => entitySpec(entity)?.recordKind ?? 'any';

/**
 * The top-level fields of an entity's entries `role` may not see (the visibility table) or nobody
 * is shown (a derived search key): what the SQL of the audit-log page leaves out.
 */
export function hiddenFieldsOf(role: Role, entity: string): string[] {
  const kind = kindOf(entity);
  const byRole = hiddenFields[role];
  const spec = entitySpec(entity);
  const internal = spec ? Object.entries(spec.fields).flatMap(([k, f]) => (f.hidden ? [k] : [])) : [];
  return [...new Set([...(byRole?.any ?? []), ...(byRole?.[kind] ?? []), ...internal])];
}

/** The entities whose hidden fields differ from every other's, with them; and what holds for the rest. */
export function hiddenFieldsByEntity(role: Role): { byEntity: Record<string, string[]>; otherwise: string[] } {
  // a role's answer never changes while the process runs: worked out once, not on every search
  let found = hiddenByRole.get(role);
  if (!found) hiddenByRole.set(role, (found = hiddenFieldsByEntityOf(role)));
  return found;
}
const hiddenByRole = new Map<Role, { byEntity: Record<string, string[]>; otherwise: string[] }>();

function hiddenFieldsByEntityOf(role: Role): { byEntity: Record<string, string[]>; otherwise: string[] } {
  const otherwise = hiddenFields[role]?.any ? [...hiddenFields[role]!.any!] : [];
  const byEntity: Record<string, string[]> = {};
  for (const entity of Object.keys(entities)) {
    const fields = hiddenFieldsOf(role, entity);
    if (fields.length !== otherwise.length || fields.some((f) => !otherwise.includes(f))) byEntity[entity] = fields;
  }
  return { byEntity, otherwise };
}

/** One stored change as the lines it reads as: an object's keys become lines of their own (only those that changed). */
function expand(
  entity: string,
  change: FieldChange,
): { field: string; label: Text; value?: ValueSpec; old: unknown; new: unknown; kind: RecordKind; internal: boolean }[] {
  const spec = entitySpec(entity);
  const fs = fieldSpec(spec, change.field);
  const kind = kindOf(entity);
  const label = fs?.label ?? same(change.field);
  if (fs?.value?.kind !== 'object') {
    return [{ field: change.field, label, value: fs?.value, old: change.old, new: change.new, kind, internal: fs?.hidden === true }];
  }
  const objectSpec = fs.value;
  const asObject = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const before = asObject(change.old);
  const after = asObject(change.new);
  const keys = [...new Set([...Object.keys(objectSpec.fields), ...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => k in before || k in after,
  );
  return keys
    .filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
    .map((k) => {
      const sub = Object.hasOwn(objectSpec.fields, k) ? objectSpec.fields[k] : undefined;
      return {
        field: `${change.field}.${k}`,
        label: { zh: `${label.zh} · ${sub?.label.zh ?? k}`, en: `${label.en} · ${sub?.label.en ?? k}` },
        value: sub?.value,
        old: before[k] ?? null,
        new: after[k] ?? null,
        kind: objectSpec.recordKind ?? kind,
        internal: false,
      };
    });
}

// ---- values ----

const moneyFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function withUnit(n: number, unit: Text | undefined): Text {
  if (!unit) return same(String(n));
  const glue = (u: string) => (u === '' ? '' : u === '%' ? '%' : ` ${u}`);
  return { zh: `${n}${glue(unit.zh)}`, en: `${n}${glue(unit.en)}` };
}

function replaceCodes(value: string, labels: Record<string, Text>, lang: 'zh' | 'en'): string {
  let out = value;
  for (const code of Object.keys(labels).sort((a, b) => b.length - a.length)) {
    const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![A-Za-z0-9_])${escaped}(?![A-Za-z0-9_])`, 'g'), labels[code]![lang]);
  }
  return out;
}

export interface RenderContext {
  names: ReferenceNames;
  entityId: string;
  timeZone: string;
}

/** A value as text in both languages; null for nothing (null, '', an empty list). */
export function renderValue(spec: ValueSpec | undefined, value: unknown, ctx: RenderContext): Text | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    const itemSpec = spec?.kind === 'list' ? spec.of : spec;
    const items = value.map((v) => renderValue(itemSpec, v, ctx)).filter((t): t is Text => t !== null);
    return items.length ? join(items, '、', ', ') : null;
  }
  switch (spec?.kind) {
    case 'boolean':
      return value === true || value === 'true' ? yes : value === false || value === 'false' ? no : same(String(value));
    case 'money': {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(n)) return same(String(value));
      return { zh: `${moneyFormat.format(n)} 元`, en: `CNY ${moneyFormat.format(n)}` };
    }
    case 'number':
      return typeof value === 'number' ? withUnit(value, spec.unit) : same(String(value));
    case 'enum':
      return Object.hasOwn(spec.labels, String(value)) ? spec.labels[String(value)]! : same(String(value));
    case 'ref': {
      const id = String(value);
      return ctx.names.get(spec.to)?.get(id) ?? (isUuid(id) ? goneRecord : same(id));
    }
    case 'codes':
      return typeof value === 'string' ? { zh: replaceCodes(value, spec.labels, 'zh'), en: replaceCodes(value, spec.labels, 'en') } : null;
    case 'custom':
      return spec.render(value, ctx.entityId);
    case 'date':
    case 'text':
    case 'list':
    case 'object':
    case undefined:
      break;
  }
  // what the value itself says: yes/no, an instant on the CB's clock, an object's keys
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) {
    return same(localDateTime(new Date(value), ctx.timeZone));
  }
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => {
        const t = renderValue(undefined, v, ctx);
        return t ? { zh: `${k}：${t.zh}`, en: `${k}: ${t.en}` } : null;
      })
      .filter((t): t is Text => t !== null);
    return parts.length ? join(parts, '；', '; ') : null;
  }
  return same(String(value));
}

// ---- references ----

/** Every referenced record an entry names: its own record and the ids in its values. */
export function referencesOf(entries: readonly StoredEntry[]): Map<ReferenceKind, Set<string>> {
  const wanted = new Map<ReferenceKind, Set<string>>();
  const want = (kind: ReferenceKind, id: unknown) => {
    if (typeof id !== 'string' || id === '') return;
    if (!wanted.has(kind)) wanted.set(kind, new Set());
    wanted.get(kind)!.add(id);
  };
  const walk = (spec: ValueSpec | undefined, value: unknown) => {
    if (!spec || value === null || value === undefined) return;
    if (Array.isArray(value)) return value.forEach((v) => walk(spec.kind === 'list' ? spec.of : spec, v));
    if (spec.kind === 'ref') want(spec.to, value);
    if (spec.kind === 'object' && typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (Object.hasOwn(spec.fields, k)) walk(spec.fields[k]!.value, v);
      }
    }
  };
  for (const e of entries) {
    const spec = entitySpec(e.entity);
    if (spec && 'ref' in spec.record) want(spec.record.ref, e.entityId);
    for (const c of e.changes) {
      const value = fieldSpec(spec, c.field)?.value;
      walk(value, c.old);
      walk(value, c.new);
    }
  }
  return wanted;
}

/** How a record is named in the log: by the name found for it, from its key, or as gone. */
export function recordName(entity: string, entityId: string, names: ReferenceNames): Text {
  const spec = entitySpec(entity);
  if (!spec) return isUuid(entityId) ? goneRecord : same(entityId);
  if ('key' in spec.record) return spec.record.key(entityId);
  return names.get(spec.record.ref)?.get(entityId) ?? (isUuid(entityId) ? goneRecord : same(entityId));
}

// ---- entries ----

/**
 * One entry as `role` reads it; null when every change it records is hidden from the role
 * (an entry of nothing but fees says nothing to those who may not see them).
 */
export function readableEntry(entry: StoredEntry, role: Role, names: ReferenceNames, timeZone: string): ReadableEntry | null {
  const ctx: RenderContext = { names, entityId: entry.entityId, timeZone };
  const visible = entry.changes
    .flatMap((c) => expand(entry.entity, c))
    .filter((l) => !l.internal && maySee(role, l.kind, l.field.split('.').pop()!));
  if (entry.changes.length > 0 && visible.length === 0) return null;
  const changes = visible
    .map((l) => ({ field: l.field, label: l.label, old: renderValue(l.value, l.old, ctx), new: renderValue(l.value, l.new, ctx) }))
    // what reads the same before and after (nothing → an empty list) changed nothing a reader can see
    .filter((c) => JSON.stringify(c.old) !== JSON.stringify(c.new));
  const actor = entry.actorId === null && entry.actorName === SYSTEM_ACTOR ? systemText : same(entry.actorName);
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    atLocal: localDateTime(entry.at, timeZone),
    actorId: entry.actorId,
    actor,
    address: entry.address,
    entity: entry.entity,
    entityLabel: entityLabel(entry.entity),
    entityId: entry.entityId,
    record: recordName(entry.entity, entry.entityId, names),
    action: entry.action,
    actionLabel: actionLabel(entry.entity, entry.action),
    changes,
  };
}

/**
 * A time on the CB's clock ("2026-11-24 10:00:00", ReadableEntry.atLocal) as Excel holds one: a
 * date-time without a zone, its wall-clock fields written as UTC (which is how ExcelJS stores a Date).
 */
export function excelLocalTime(atLocal: string): Date {
  return new Date(`${atLocal.replace(' ', 'T')}Z`);
}

/** "field：old → new" (or the new value alone where there was none): a change as one line of text. */
export function changeLine(c: ReadableChange, lang: 'zh' | 'en'): string {
  const empty = lang === 'zh' ? '（空）' : '(empty)';
  const sep = lang === 'zh' ? '：' : ': ';
  if (c.old === null && c.new !== null) return `${c.label[lang]}${sep}${c.new[lang]}`;
  return `${c.label[lang]}${sep}${c.old?.[lang] ?? empty} → ${c.new?.[lang] ?? empty}`;
}

/**
 * What of an entry has no label (entity, action, field, a key of an object field): the parts that
 * would read as raw keys. The test setup checks every entry the suite writes against it, so a
 * module that starts writing a new field or action learns it here, not from a reader.
 */
export function unlabelledParts(entry: { entity: string; action: string; changes: readonly FieldChange[] }): string[] {
  const spec = entitySpec(entry.entity);
  if (!spec) return [`entity ${entry.entity}`];
  const missing: string[] = [];
  if (!Object.hasOwn(spec.actions, entry.action)) missing.push(`${entry.entity}: action ${entry.action}`);
  for (const c of entry.changes) {
    const fs = fieldSpec(spec, c.field);
    if (!fs) {
      missing.push(`${entry.entity}: field ${c.field}`);
      continue;
    }
    if (fs.value?.kind !== 'object') continue;
    const objectFields = fs.value.fields;
    for (const v of [c.old, c.new]) {
      if (!v || typeof v !== 'object') continue;
      for (const k of Object.keys(v)) if (!Object.hasOwn(objectFields, k)) missing.push(`${entry.entity}: field ${c.field}.${k}`);
    }
  }
  return missing;
}

// ---- the search: what a reader reads, resolved to what is stored ----

/**
 * The texts a search for `q` looks for in stored values: `q` itself and, for an amount as it is
 * shown ("8,000.50", "8,000.50 元", "CNY 8,000.50"), the number as it is stored ("8000.5").
 */
export function searchTerms(q: string): string[] {
  const amount = /^(?:CNY\s*)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(?:元)?$/i.exec(q.trim());
  if (!amount) return [q];
  const n = Number(`${amount[1]!.replace(/,/g, '')}${amount[2] ?? ''}`);
  return Number.isFinite(n) && String(n) !== q ? [q, String(n)] : [q];
}

/** The entities whose records are named by looking up a `kind` (a client's entries and none other for 'client'…). */
export function entitiesNamedBy(kind: ReferenceKind): string[] {
  return Object.entries(entities).flatMap(([entity, spec]) => ('ref' in spec.record && spec.record.ref === kind ? [entity] : []));
}

const matches = (haystack: string, term: string, contains: boolean) =>
  contains ? haystack.toLowerCase().includes(term.toLowerCase()) : haystack === term;

/**
 * Records named from their key whose name `term` is (or, with `contains`, is part of): a parameter
 * by its label ("问卷回收率目标" for survey.returnRateTargetPercent). Their key is what the log stores.
 */
export function keyedRecordsNamed(term: string, contains: boolean): { entity: string; entityId: string }[] {
  return Object.entries(entities).flatMap(([entity, spec]) => {
    if (!('key' in spec.record) || !spec.record.keys) return [];
    const nameOf = spec.record.key;
    return spec.record
      .keys()
      .filter((key) => {
        const name = nameOf(key);
        return matches(name.zh, term, contains) || matches(name.en, term, contains);
      })
      .map((entityId) => ({ entity, entityId }));
  });
}

/**
 * The codes whose label `term` is part of, per entity and field (类型：放假 is stored as kind
 * 'holiday'): an entry is found by what its values read as, not only by what they are stored as.
 */
export function codesLabelled(term: string): { entity: string; field: string; code: string }[] {
  const found: { entity: string; field: string; code: string }[] = [];
  const lower = term.toLowerCase();
  for (const [entity, spec] of Object.entries(entities)) {
    for (const [field, fs] of Object.entries(spec.fields)) {
      const value = fs.value?.kind === 'list' ? fs.value.of : fs.value;
      if (fs.hidden || value?.kind !== 'enum') continue;
      for (const [code, label] of Object.entries(value.labels)) {
        if (label.zh.toLowerCase().includes(lower) || label.en.toLowerCase().includes(lower)) found.push({ entity, field, code });
      }
    }
  }
  return found;
}
