import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientInput, setUpWorld, type World } from '../../../test/fixtures.js';
import { grantSystem } from '../../../test/world-helpers.js';

// issue 19: the staff client search and the names as people type them, written here by hand
let w: World;
let cookie: string;
const ids: Record<string, string> = {};
beforeEach(async () => {
  w = await setUpWorld();
  cookie = await w.login('service');
  ids.beijing = w.huaxin; // 北京华信电子科技有限公司
  for (const [key, name, formerNames, province] of [
    ['suzhou', '苏州华信电子有限公司', [], '江苏省'],
    ['suzhou2', '苏州华信精密机械有限公司', [], '江苏省'],
    ['haina', '杭州海纳机械制造有限公司', ['杭州海纳五金厂'], '浙江省'],
    ['renamed', '上海信诚智能科技有限公司', ['上海华信电子科技有限公司'], '上海市'],
  ] as const) {
    const res = await api('POST', '/api/clients', clientInput(w.branchA, { name, formerNames: [...formerNames], province }));
    expect(res.statusCode).toBe(201);
    ids[key] = res.json().id;
  }
  await grantSystem(w, await w.login('decider'), ids.haina!, 'QMS', 'CD23SC1002R0M');
});
afterEach(() => w.app.close());

const api = (method: 'GET' | 'POST', url: string, payload?: object) =>
  w.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
const search = async (q: string) => {
  const res = await api('GET', `/api/clients?q=${encodeURIComponent(q)}&sort=name`);
  if (res.statusCode !== 200) throw new Error(res.body);
  const body = res.json();
  const found = body.items.map((c: { id: string }) => Object.entries(ids).find(([, id]) => id === c.id)?.[0]);
  return { found, total: body.total as number };
};

describe('staff client search with the shared normaliser', () => {
  it.each([
    ['杭州海納機械製造有限公司'],
    ['海納機械製造'],
    ['海納五金廠'],
    ['ＣＤ２３ＳＣ１００２Ｒ０Ｍ'],
    ['CD23-SC1002R0M'],
    ['cd23 sc1002 r0m'],
  ])('finds 杭州海纳机械制造 by %s', async (q) => {
    expect(await search(q)).toEqual({ found: ['haina'], total: 1 });
  });

  it('lists the place asked for first, and another city’s namesake after it', async () => {
    const { found, total } = await search('北京华信');
    expect(found[0]).toBe('beijing');
    expect(found).toEqual(expect.arrayContaining(['suzhou', 'suzhou2']));
    expect(total).toBe(found.length);
    expect((await search('蘇州華信')).found.slice(0, 2).sort()).toEqual(['suzhou', 'suzhou2']);
  });

  it('finds a client by its former name, that client first and the former name shown; an exact name before longer ones', async () => {
    expect((await search('上海华信电子科技有限公司')).found[0]).toBe('renamed');
    const page = (await api('GET', `/api/clients?q=${encodeURIComponent('上海華信電子')}`)).json();
    expect(page.items.map((c: { name: string; formerNameFound?: string | null }) => [c.name, c.formerNameFound])).toEqual([
      ['上海信诚智能科技有限公司', '上海华信电子科技有限公司'],
      ['北京华信电子科技有限公司', null],
      ['苏州华信电子有限公司', null],
    ]);
    // 苏州华信电子有限公司 exactly first; the other 华信电子 listed after it
    const exact = await search('蘇州華信電子有限公司');
    expect(exact.found[0]).toBe('suzhou');
    expect(exact.found.slice(1).sort()).toEqual(['beijing', 'renamed']);
    const huaxin = await search('华信电子');
    expect(huaxin.found.sort()).toEqual(['beijing', 'renamed', 'suzhou']);
  });

  it("finds two Chinese characters through the names' character pairs, as the text search would: current and former names, either script", async () => {
    const huaxin = ['beijing', 'renamed', 'suzhou', 'suzhou2'];
    expect((await search('华信')).found.sort()).toEqual(huaxin);
    expect((await search('華信')).found.sort()).toEqual(huaxin);
    expect((await search('五金')).found).toEqual(['haina']); // only in a former name
    expect((await search('信华')).found).toEqual([]);
    // 北京华信 lists the 华信 of other places too, its own first
    expect((await search('北京华信')).found[0]).toBe('beijing');
    // the pairs are what the search reads: a pair only the index holds finds its client, and none other
    await w.db.execute(sql`update clients set search_bigrams = search_bigrams || array['测验'] where id = ${ids.haina}`);
    expect((await search('测验')).found).toEqual(['haina']);
    // and they are read through their index, not by reading every client
    const plan = await w.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const rows = await tx.execute(sql`explain select id from clients where search_bigrams @> array['华信']::text[]`);
      return (rows as unknown as { rows: Record<string, string>[] }).rows.map((r) => Object.values(r)[0]).join('\n');
    });
    expect(plan).toContain('clients_search_bigrams_idx');
  });
});
