import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { enqueueJob } from '../../jobs/outbox.js';
import type { IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import {
  defaultParameterValues,
  isParameterKey,
  parameterDefinitions,
  parameterKeys,
  type ParameterKey,
  type ParameterValues,
} from './parameter.defaults.js';
import { assertParametersConsistent } from './parameter.rules.js';
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

/** One parameter changed; refused like any change that breaks a rule between parameters. */
export async function setParameter(db: Db, actor: Actor, key: string, value: number, version: number, today: IsoDate) {
  await setParameters(db, actor, [{ key, value, version }], today);
  return (await listParameters(db)).find((p) => p.key === key)!;
}

/**
 * Several parameters changed together, in one transaction: each within its range and at the
 * version read, and the values as a whole keeping the rules between them (the survey weights
 * add up to 100 …).
 */
export async function setParameters(
  db: Db,
  actor: Actor,
  changes: readonly { key: string; value: number; version: number }[],
  today: IsoDate,
) {
  for (const { key, value } of changes) {
    if (!isParameterKey(key)) throw new AppError('PARAMETER.NOT_FOUND', { key });
    const def = parameterDefinitions[key];
    if (value < def.min || value > def.max) throw new AppError('PARAMETER.OUT_OF_RANGE', { key, min: def.min, max: def.max });
  }
  await db.transaction(async (tx) => {
    const keys = changes.map((c) => c.key as ParameterKey);
    const current = new Map(
      (await tx.select().from(schemeParameters).where(inArray(schemeParameters.key, keys)).for('update')).map((r) => [r.key, r]),
    );
    const next = await loadParameters(tx);
    for (const { key, value, version } of changes) {
      if ((current.get(key)?.version ?? 0) !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
      next[key as ParameterKey] = value;
    }
    assertParametersConsistent(next);
    for (const { key, value } of changes) {
      const row = current.get(key);
      const oldValue = row?.value ?? parameterDefinitions[key as ParameterKey].default;
      if (oldValue === value) continue;
      // a first value is an insert that yields to a concurrent one, a change an update of the version read
      const [written] = row
        ? await tx
            .update(schemeParameters)
            .set({ value, version: sql`${schemeParameters.version} + 1`, updatedAt: sql`now()`, updatedBy: actor.id })
            .where(and(eq(schemeParameters.key, key), eq(schemeParameters.version, row.version)))
            .returning({ key: schemeParameters.key })
        : await tx
            .insert(schemeParameters)
            .values({ key, value, version: 1, updatedBy: actor.id })
            .onConflictDoNothing()
            .returning({ key: schemeParameters.key });
      if (!written) throw new AppError('CONCURRENCY.STALE_VERSION');
      await recordChange(tx, actor, {
        entity: 'scheme_parameter',
        entityId: key,
        action: 'update',
        changes: [{ field: 'value', old: oldValue, new: value }],
      });
      await enqueueJob(tx, {
        kind: PARAMETERS_CHANGED,
        dedupeKey: `${PARAMETERS_CHANGED}:${key}:${(row?.version ?? 0) + 1}`,
        dueOn: today,
        payload: { key },
      });
    }
  });
}
