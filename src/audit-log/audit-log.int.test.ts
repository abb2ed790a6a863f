import { count, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../test/fixtures.js';
import { auditLog } from './audit-log.schema.js';

let w: World;
beforeEach(async () => {
  w = await setUpWorld();
});
afterEach(() => w.app.close());

/** The statement failed, and on the append-only trigger, not on something else. */
async function refusedByTrigger(statement: PromiseLike<unknown>) {
  const err = (await Promise.resolve(statement).then(
    () => null,
    (e: unknown) => e,
  )) as { message?: string; cause?: { message?: string } } | null;
  expect(err).not.toBeNull();
  expect(`${err?.message} ${err?.cause?.message}`).toContain('audit_log is append-only');
}

const rows = async () => (await w.db.select({ n: count() }).from(auditLog))[0]!.n;

describe('the audit log in the database', () => {
  it('refuses UPDATE, DELETE and TRUNCATE from the application role, and keeps every row as written', async () => {
    const [first] = await w.db.select().from(auditLog).orderBy(auditLog.id).limit(1);
    expect(first).toBeDefined();
    const before = await rows();
    await refusedByTrigger(w.db.update(auditLog).set({ actorName: '改写' }).where(eq(auditLog.id, first!.id)));
    await refusedByTrigger(w.db.delete(auditLog).where(eq(auditLog.id, first!.id)));
    await refusedByTrigger(w.db.execute(sql`truncate audit_log`));
    expect(await rows()).toBe(before);
    const [again] = await w.db.select().from(auditLog).where(eq(auditLog.id, first!.id));
    expect(again).toEqual(first);
  });

  it('still takes new entries', async () => {
    const before = await rows();
    await w.db.insert(auditLog).values({ actorName: '系统', entity: 'client', entityId: w.huaxin, action: 'update', changes: [] });
    expect(await rows()).toBe(before + 1);
  });
});
