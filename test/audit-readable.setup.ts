import { sql } from 'drizzle-orm';
import { afterEach, expect } from 'vitest';
import type { FieldChange } from '../src/lib/field-changes.js';
import { unlabelledParts } from '../src/modules/audit-trail/audit-trail.rules.js';
import { openedTestDatabase } from './database.js';

/**
 * Every audit-log entry a test writes must read in words (issue 17.8): an entity, action or field
 * the audit trail has no label for fails the test that wrote it. Add the label to
 * src/modules/audit-trail/audit-trail.labels.ts.
 */
afterEach(async () => {
  const opened = openedTestDatabase();
  if (!opened) return;
  const { db } = await opened;
  const result = (await db.execute(sql`select distinct entity, action, changes from audit_log`)) as unknown as {
    rows: { entity: string; action: string; changes: FieldChange[] | string }[];
  };
  const missing = new Set(
    result.rows.flatMap((r) =>
      unlabelledParts({ ...r, changes: typeof r.changes === 'string' ? (JSON.parse(r.changes) as FieldChange[]) : r.changes }),
    ),
  );
  expect([...missing], 'audit-log entries without a label (audit-trail.labels.ts)').toEqual([]);
});
