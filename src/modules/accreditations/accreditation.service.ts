import { and, eq, sql } from 'drizzle-orm';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/errors.js';
import { listWorkbook, type SheetColumn } from '../../http/list-sheet.js';
import { certificationFields, fieldLabels, type CertificationField } from '../certificates/certificate.rules.js';
import { accreditations } from './accreditation.schema.js';
import { cleanAccreditation, type AccreditationInput, type AccreditationsByField } from './accreditation.rules.js';

export const ACCREDITATION_ENTITY = 'accreditation';
const editable = ['bodyNameZh', 'bodyNameEn', 'bodyAcronym', 'symbolCode', 'accreditationNo'] as const;
const fieldOrder = (f: string) => certificationFields.indexOf(f as CertificationField);

/** Every accreditation, in the order of the certification fields. */
export async function listAccreditations(db: Db) {
  const rows = await db.select().from(accreditations);
  return rows
    .sort((a, b) => fieldOrder(a.field) - fieldOrder(b.field))
    .map(({ updatedBy: _by, ...r }) => ({ ...r, field: r.field as CertificationField, updatedAt: r.updatedAt.toISOString() }));
}

/** The accreditation each field's certificates carry (none: unaccredited). */
export async function accreditationsByField(db: Db): Promise<AccreditationsByField> {
  const out: AccreditationsByField = {};
  for (const r of await listAccreditations(db)) out[r.field] = r;
  return out;
}

/** A field becomes accredited; a field set already is changed, not set twice (409). */
export async function addAccreditation(db: Db, actor: Actor, field: CertificationField, input: AccreditationInput) {
  const values = cleanAccreditation(input);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(accreditations)
      .values({ field, ...values, updatedBy: actor.id })
      .onConflictDoNothing()
      .returning({ field: accreditations.field });
    if (!row) throw new AppError('ACCREDITATION.FIELD_TAKEN', { field: fieldLabels[field] });
    await recordChange(tx, actor, {
      entity: ACCREDITATION_ENTITY,
      entityId: field,
      action: 'create',
      changes: editable.map((k) => ({ field: k, old: null, new: values[k] })),
    });
  });
  return (await listAccreditations(db)).find((a) => a.field === field)!;
}

/** Changes an accreditation at the version read (409 when someone changed it meanwhile). */
export async function changeAccreditation(db: Db, actor: Actor, field: CertificationField, input: AccreditationInput, version: number) {
  const values = cleanAccreditation(input);
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(accreditations).where(eq(accreditations.field, field)).for('update');
    if (!current) throw new AppError('ACCREDITATION.NOT_FOUND', { field: fieldLabels[field] });
    if (current.version !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
    const changes = editable.filter((k) => current[k] !== values[k]).map((k) => ({ field: k, old: current[k], new: values[k] }));
    if (changes.length === 0) return;
    await tx
      .update(accreditations)
      .set({ ...values, version: sql`${accreditations.version} + 1`, updatedAt: sql`now()`, updatedBy: actor.id })
      .where(and(eq(accreditations.field, field), eq(accreditations.version, version)));
    await recordChange(tx, actor, { entity: ACCREDITATION_ENTITY, entityId: field, action: 'update', changes });
  });
  return (await listAccreditations(db)).find((a) => a.field === field)!;
}

/** The field is no longer accredited: its certificates go out without the mark and number from now on. */
export async function removeAccreditation(db: Db, actor: Actor, field: CertificationField, version: number) {
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(accreditations).where(eq(accreditations.field, field)).for('update');
    if (!current) throw new AppError('ACCREDITATION.NOT_FOUND', { field: fieldLabels[field] });
    if (current.version !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
    await tx.delete(accreditations).where(eq(accreditations.field, field));
    await recordChange(tx, actor, {
      entity: ACCREDITATION_ENTITY,
      entityId: field,
      action: 'delete',
      changes: editable.map((k) => ({ field: k, old: current[k], new: null })),
    });
  });
}

type Column = 'field' | 'accredited' | (typeof editable)[number];
const columns: SheetColumn<Column>[] = [
  { key: 'field', zh: '认证领域', en: 'Certification field', width: 22 },
  { key: 'accredited', zh: '认可状态', en: 'Accreditation', width: 12 },
  { key: 'bodyNameZh', zh: '认可机构', en: 'Accreditation body (Chinese)', width: 36 },
  { key: 'bodyNameEn', zh: '认可机构英文名称', en: 'Accreditation body', width: 44 },
  { key: 'bodyAcronym', zh: '简称', en: 'Acronym', width: 10 },
  { key: 'symbolCode', zh: '认可标志代码', en: 'Mark code', width: 12 },
  { key: 'accreditationNo', zh: '认可证书号', en: 'Accreditation no.', width: 18 },
];

/** Every certification field with its accreditation, or 未认可 / not accredited. */
export async function exportAccreditations(db: Db, lang: 'zh' | 'en'): Promise<Buffer> {
  const byField = new Map((await listAccreditations(db)).map((a) => [a.field, a]));
  const rows = certificationFields.map((field) => {
    const a = byField.get(field);
    const label = fieldLabels[field][lang];
    return {
      ...(a ?? {}),
      field: lang === 'zh' ? label : label.replace(/^./, (c) => c.toUpperCase()),
      accredited: a ? (lang === 'zh' ? '已认可' : 'Accredited') : lang === 'zh' ? '未认可' : 'Not accredited',
    };
  });
  return listWorkbook({ zh: '认可信息', en: 'Accreditations' }, columns, rows, lang);
}
