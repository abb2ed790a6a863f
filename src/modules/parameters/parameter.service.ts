import { eq, sql } from 'drizzle-orm';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { enqueueJob } from '../../jobs/outbox.js';
import type { IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { defaultParameterValues, isParameterKey, parameterDefinitions, parameterKeys, type ParameterValues } from './parameter.defaults.js';
import { schemeParameters } from './parameter.schema.js';

/** Current values: the stored value where an admin set one, the default otherwise. */
export async function loadParameters(db: Db): Promise<ParameterValues> {
  const values = defaultParameterValues();
  for (const row of await db.select().from(schemeParameters)) {
    if (isParameterKey(row.key)) values[row.key] = row.value;
  }
  return values;
}

/** Inserts the defaults that are missing; values already set are kept. */
export async function seedParameterDefaults(db: Db): Promise<void> {
  await db
    .insert(schemeParameters)
    .values(parameterKeys.map((key) => ({ key, value: parameterDefinitions[key].default })))
    .onConflictDoNothing();
}

export async function listParameters(db: Db) {
  const rows = new Map((await db.select().from(schemeParameters)).map((r) => [r.key, r]));
  return parameterKeys.map((key) => {
    const def = parameterDefinitions[key];
    const row = rows.get(key);
    return {
      key,
      value: row?.value ?? def.default,
      default: def.default,
      unit: def.unit,
      min: def.min,
      max: def.max,
      section: def.section,
      label: { zh: def.zh, en: def.en },
      version: row?.version ?? 0,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  });
}

/** Queued on every change, so modules that derive dates from a parameter can derive them again. */
export const PARAMETERS_CHANGED = 'parameters.changed';

export async function setParameter(db: Db, actor: Actor, key: string, value: number, version: number, today: IsoDate) {
  if (!isParameterKey(key)) throw new AppError('PARAMETER.NOT_FOUND', { key });
  const def = parameterDefinitions[key];
  if (value < def.min || value > def.max) throw new AppError('PARAMETER.OUT_OF_RANGE', { key, min: def.min, max: def.max });
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(schemeParameters).where(eq(schemeParameters.key, key)).for('update');
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
    const oldValue = current?.value ?? def.default;
    await tx
      .insert(schemeParameters)
      .values({ key, value, version: 1, updatedBy: actor.id })
      .onConflictDoUpdate({
        target: schemeParameters.key,
        set: { value, version: sql`${schemeParameters.version} + 1`, updatedAt: sql`now()`, updatedBy: actor.id },
      });
    await recordChange(tx, actor, {
      entity: 'scheme_parameter',
      entityId: key,
      action: 'update',
      changes: [{ field: 'value', old: oldValue, new: value }],
    });
    await enqueueJob(tx, {
      kind: PARAMETERS_CHANGED,
      dedupeKey: `${PARAMETERS_CHANGED}:${key}:${currentVersion + 1}`,
      dueOn: today,
      payload: { key },
    });
  });
  return (await listParameters(db)).find((p) => p.key === key)!;
}
