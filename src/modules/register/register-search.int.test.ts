import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientInput, setUpWorld, type World } from '../../../test/fixtures.js';
import { grantSystem } from '../../../test/world-helpers.js';

// issue 19: the public register and names and numbers as people type them, written here by hand
let w: World;
beforeEach(async () => {
  w = await setUpWorld(() => new Date('2026-01-10T02:00:00Z'));
  const service = await w.login('service');
  const decider = await w.login('decider');
  const client = async (name: string, formerNames: string[] = []) => {
    const res = await w.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: { cookie: service },
      payload: clientInput(w.branchA, { name, formerNames }),
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  await grantSystem(w, decider, w.huaxin, 'QMS', 'CD25Q1001R0M'); // 北京华信电子科技有限公司
  await grantSystem(w, decider, await client('苏州华信电子有限公司'), 'QMS', 'CD25Q1003R0M');
  await grantSystem(w, decider, await client('杭州海纳机械制造有限公司'), 'QMS', 'CD23SC1002R0M');
  await grantSystem(w, decider, await client('宁波华信微电子有限公司'), 'QMS', 'CD25Q1005R0M');
  await grantSystem(w, decider, await client('北京信诚智能科技有限公司', ['北京华信微电子有限公司']), 'QMS', 'CD25Q1004R0M');
});
afterEach(() => w.app.close());

async function lookup(q: string) {
  const res = await w.app.inject({ method: 'GET', url: `/api/public/certificates?q=${encodeURIComponent(q)}` });
  expect(res.statusCode).toBe(200);
  const rows = res.json() as { certificateNo: string; organisationName: string; formerName?: string | null }[];
  return { numbers: rows.map((r) => r.certificateNo), rows, total: Number(res.headers['x-total-count']) };
}

describe('public register search with the shared normaliser', () => {
  it.each([
    ['杭州海納機械製造有限公司'],
    ['海納機械製造'],
    ['ＣＤ２３ＳＣ１００２Ｒ０Ｍ'],
    ['CD23-SC1002R0M'],
    ['cd23 sc1002 r0m'],
    ['ｃｄ２３－ｓｃ１００２'],
  ])('finds 杭州海纳机械制造 by %s', async (q) => {
    expect(await lookup(q)).toMatchObject({ numbers: ['CD23SC1002R0M'], total: 1 });
  });

  it('ranks the place asked for first: 北京华信 before 苏州华信, 苏州华信 before 北京华信', async () => {
    const beijing = (await lookup('北京华信')).numbers;
    expect(beijing[0]).toBe('CD25Q1001R0M');
    expect(beijing).toContain('CD25Q1003R0M');
    const suzhou = (await lookup('蘇州華信')).numbers;
    expect(suzhou[0]).toBe('CD25Q1003R0M');
    expect(suzhou).toContain('CD25Q1001R0M');
  });

  it('finds an organisation by its former name, shows that name, and lists the namesake after it', async () => {
    const found = await lookup('北京华信微电子有限公司');
    expect(found.numbers).toEqual(['CD25Q1004R0M', 'CD25Q1005R0M']);
    expect(found.rows[0]).toMatchObject({ organisationName: '北京信诚智能科技有限公司', formerName: '北京华信微电子有限公司' });
    expect(found.rows[1]!.formerName).toBeNull();
    expect(found.total).toBe(2);
  });

  it('puts an exact name first and counts every match', async () => {
    const found = await lookup('华信电子');
    // 苏州华信电子 is the name asked for; 北京华信电子科技 only starts with it
    expect(found.numbers).toEqual(['CD25Q1003R0M', 'CD25Q1001R0M']);
    expect(found.total).toBe(2);
    expect((await lookup('华信')).total).toBe(3);
    expect(await lookup('华信电器')).toMatchObject({ numbers: [], total: 0 });
  });
});
