import { eq, inArray } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NORMALISER_VERSION } from '../../lib/normalise-text.js';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { certificates } from '../certificates/certificate.schema.js';
import { searchTextBigrams, clientNameKeys, clientSearchText } from './client.rules.js';
import { clients, nameKeyRecomputation } from './client.schema.js';
import { recomputeNameKeys } from './name-keys.recompute.js';

let w: World;
beforeEach(async () => {
  w = await setUpWorld(() => new Date('2026-01-10T02:00:00Z'));
  const decider = await w.login('decider');
  const res = await w.app.inject({
    method: 'POST',
    url: `/api/clients/${w.huaxin}/certificates`,
    headers: { cookie: decider },
    payload: {
      certificateNo: 'CD25Q1001R0M',
      scheme: 'management_system',
      field: 'QMS',
      standard: 'GB/T 19001-2016',
      scope: '电子产品的生产',
      decisionOn: '2025-06-01',
    },
  });
  expect(res.statusCode).toBe(201);
});
afterEach(() => w.app.close());

// what an older normaliser wrote: traditional characters left as they were
const stale = { searchText: '北京華信電子', nameKeys: ['華信電子科技'], searchBigrams: [] as string[] };

async function storedKeys() {
  const rows = await w.db
    .select({ id: clients.id, searchText: clients.searchText, nameKeys: clients.nameKeys, searchBigrams: clients.searchBigrams })
    .from(clients)
    .orderBy(clients.id);
  const [certificate] = await w.db.select({ nameKey: certificates.nameKey }).from(certificates);
  return { rows, certificateKey: certificate!.nameKey };
}

describe('recomputing the stored search text and name keys at start-up', () => {
  it('rewrites what an older normaliser stored, in batches, and then reads nothing until the version changes', async () => {
    await w.db.update(clients).set(stale);
    await w.db.update(certificates).set({ nameKey: '華信電子科技' });
    await w.db.delete(nameKeyRecomputation);

    const read = await recomputeNameKeys(w.db, 1);
    expect(read).toEqual({ clients: 2, certificates: 1 });
    const { rows, certificateKey } = await storedKeys();
    const all = await w.db.select().from(clients).orderBy(clients.id);
    expect(rows.map((r) => r.searchText)).toEqual(all.map((c) => clientSearchText(c)));
    expect(rows.map((r) => r.nameKeys)).toEqual(all.map((c) => clientNameKeys(c)));
    expect(rows.map((r) => r.searchBigrams)).toEqual(all.map((c) => searchTextBigrams(clientSearchText(c))));
    expect(rows[0]!.searchText).not.toBe(stale.searchText);
    expect(certificateKey).toBe('华信电子科技');
    const states = await w.db.select().from(nameKeyRecomputation);
    expect(states.every((s) => s.done && s.version === NORMALISER_VERSION)).toBe(true);

    // done for this version: a second start reads nothing, even a row left stale by hand
    await w.db.update(clients).set(stale);
    expect(await recomputeNameKeys(w.db, 1)).toEqual({ clients: 0, certificates: 0 });
    expect((await storedKeys()).rows[0]!.searchText).toBe(stale.searchText);
  });

  it('goes on after the last row an interrupted run finished, and starts over for a new version', async () => {
    const ids = (await w.db.select({ id: clients.id }).from(clients).orderBy(clients.id)).map((r) => r.id);
    await w.db.update(clients).set(stale);
    // the first client was done by a run that then stopped
    await w.db.delete(nameKeyRecomputation);
    await w.db.insert(nameKeyRecomputation).values([
      { tableName: 'clients', version: NORMALISER_VERSION, afterId: ids[0]!, done: false },
      { tableName: 'certificates', version: NORMALISER_VERSION, afterId: null, done: true },
    ]);
    expect(await recomputeNameKeys(w.db, 1)).toEqual({ clients: 1, certificates: 0 });
    const after = await w.db.select().from(clients).where(inArray(clients.id, ids)).orderBy(clients.id);
    expect(after[0]!.searchText).toBe(stale.searchText);
    expect(after[1]!.searchText).toBe(clientSearchText(after[1]!));

    // a state written by an older version is started again from the first row
    await w.db
      .update(nameKeyRecomputation)
      .set({ version: NORMALISER_VERSION - 1 })
      .where(eq(nameKeyRecomputation.tableName, 'clients'));
    expect(await recomputeNameKeys(w.db, 1)).toEqual({ clients: 2, certificates: 0 });
    const first = await w.db.select().from(clients).where(eq(clients.id, ids[0]!));
    expect(first[0]!.searchText).toBe(clientSearchText(first[0]!));
  });
});
