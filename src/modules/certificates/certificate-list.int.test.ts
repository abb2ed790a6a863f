import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { grantAfterSales, grantSystem } from '../../../test/world-helpers.js';

/**
 * 证书台账: every certificate a member of staff may see, in one list. The data: 华信 (branch A)
 * holds a QMS certificate numbered with a hyphen and a four-star after-sales one; 宏达 (branch B)
 * an EMS certificate, suspended.
 */

let w: World;
let general: string;

const get = async (query: string, cookie = general) => {
  const res = await w.app.inject({ method: 'GET', url: `/api/certificates${query}`, headers: { cookie } });
  return res;
};
const numbers = async (query: string, cookie = general) => {
  const res = await get(query, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: { certificateNo: string }[] }).items.map((c) => c.certificateNo);
};

beforeAll(async () => {
  w = await setUpWorld(() => new Date('2026-11-20T02:00:00Z'));
  general = await w.login('general');
  const decider = await w.login('decider');
  await grantSystem(w, decider, w.huaxin, 'QMS', 'CD23-SC1002R0M', '2025-03-01');
  await grantAfterSales(w, w.huaxin, { certificateNo: 'CD26SC0001R0M', starLevel: 4, decisionOn: '2026-01-05' });
  const ems = await grantSystem(w, decider, w.other, 'EMS', 'CD25E2001R0M', '2026-02-10');
  const suspended = await w.app.inject({
    method: 'POST',
    url: `/api/certificates/${ems.id}/suspend`,
    headers: { cookie: decider },
    payload: { version: ems.version, from: '2026-11-01', until: '2027-01-31', ground: 'FEES_UNPAID', reason: '监督费用逾期未缴' },
  });
  expect(suspended.statusCode, suspended.body).toBe(200);
});
afterAll(() => w.app.close());

describe('the certificate register (证书台账)', () => {
  it('lists every certificate of the caller’s scope with its branch: a branch sees its own, the portal none', async () => {
    const all = await get('?sort=certificateNo');
    expect(all.json().total).toBe(3);
    expect(all.json().items[0]).toMatchObject({
      certificateNo: 'CD23-SC1002R0M',
      organisationName: '北京华信电子科技有限公司',
      status: 'valid',
      branchName: { zh: '北京总部', en: 'Beijing' },
    });
    // customer service of branch B
    expect(await numbers('', await w.login('service_b'))).toEqual(['CD25E2001R0M']);
    // the portal has its client's page; the CB's list of all certificates is not for it
    const portal = await get('', await w.login('portal'));
    expect(portal.statusCode).toBe(403);
    expect((await get('/export', await w.login('portal'))).statusCode).toBe(403);
  });

  it('finds a number typed in any case, full-width, with other separators or only in part', async () => {
    for (const typed of ['CD23-SC1002R0M', 'cd23sc1002r0m', 'ＣＤ２３－ＳＣ１００２', 'cd23 sc1002', 'sc1002', 'CD23/SC1002R0M'])
      expect(await numbers(`?q=${encodeURIComponent(typed)}`), typed).toEqual(['CD23-SC1002R0M']);
    expect(await numbers(`?q=${encodeURIComponent('R0M')}&sort=certificateNo`)).toEqual([
      'CD23-SC1002R0M',
      'CD25E2001R0M',
      'CD26SC0001R0M',
    ]);
    expect(await numbers(`?q=${encodeURIComponent('CD99')}`)).toEqual([]);
  });

  it('finds an organisation by its name, in traditional characters, or by pinyin initials', async () => {
    for (const typed of ['华信', '北京華信電子', '宏达家电', 'bjhx'])
      expect((await numbers(`?q=${encodeURIComponent(typed)}`)).length, typed).toBeGreaterThan(0);
    expect(await numbers(`?q=${encodeURIComponent('宏達')}`)).toEqual(['CD25E2001R0M']);
    expect(await numbers(`?q=${encodeURIComponent('不存在的公司')}`)).toEqual([]);
  });

  it('filters by status, scheme, field, standard, star level, branch, expiry and decision dates', async () => {
    expect(await numbers('?status=suspended')).toEqual(['CD25E2001R0M']);
    expect(await numbers('?status=valid,suspended&sort=certificateNo')).toHaveLength(3);
    expect(await numbers('?scheme=after_sales')).toEqual(['CD26SC0001R0M']);
    expect(await numbers('?field=QMS,EMS&sort=certificateNo')).toEqual(['CD23-SC1002R0M', 'CD25E2001R0M']);
    expect(await numbers(`?standard=${encodeURIComponent('27922')}`)).toEqual(['CD26SC0001R0M']);
    expect(await numbers('?starLevel=4')).toEqual(['CD26SC0001R0M']);
    expect(await numbers('?starLevel=5')).toEqual([]);
    expect(await numbers(`?branchId=${w.branchB}`)).toEqual(['CD25E2001R0M']);
    // a QMS decision on 2025-03-01 runs to 2028-02-29 at the latest: the edges of the range count
    const qms = (await get('?q=CD23-SC1002R0M')).json().items[0] as { expiresOn: string; decisionOn: string };
    expect(await numbers(`?expiresFrom=${qms.expiresOn}&expiresTo=${qms.expiresOn}`)).toEqual(['CD23-SC1002R0M']);
    expect(await numbers('?decisionFrom=2026-01-05&decisionTo=2026-02-10&sort=decisionOn')).toEqual(['CD26SC0001R0M', 'CD25E2001R0M']);
    expect(await numbers('?decisionFrom=2026-01-06&decisionTo=2026-02-09')).toEqual([]);
  });

  it('sorts by any of its dates either way, and pages', async () => {
    expect(await numbers('?sort=decisionOn&order=desc')).toEqual(['CD25E2001R0M', 'CD26SC0001R0M', 'CD23-SC1002R0M']);
    expect(await numbers('?sort=expiresOn')).toEqual(['CD23-SC1002R0M', 'CD26SC0001R0M', 'CD25E2001R0M']);
    const second = (await get('?sort=certificateNo&page=2&pageSize=2')).json();
    expect(second).toMatchObject({ total: 3, items: [{ certificateNo: 'CD26SC0001R0M' }] });
  });

  it('refuses a range that ends before it starts, an unknown status or star level, with the field named', async () => {
    for (const query of ['?expiresFrom=2027-01-01&expiresTo=2026-01-01', '?status=active', '?starLevel=6', '?branchId=nope', '?sort=fee']) {
      const res = await get(query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().message.zh, query).toBeTruthy();
    }
    expect((await get('?decisionFrom=2027-01-01&decisionTo=2026-01-01')).json().details.fields[0]).toMatchObject({
      field: 'decisionTo',
      code: 'DATE_RANGE',
    });
  });

  it('exports the list as filtered, in words in either language — no status, scheme or field code', async () => {
    const res = await get('/export?status=suspended,valid&sort=certificateNo');
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('证书台账')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['证书编号', '组织名称', '分支机构']);
    const rows = [2, 3, 4].map((r) => (sheet.getRow(r).values as unknown[]).slice(1));
    const byNo = (no: string) => rows.find((r) => r[0] === no)!;
    expect(byNo('CD25E2001R0M').slice(2, 5)).toEqual(['深圳办事处', '管理体系认证', '环境管理体系']);
    expect(byNo('CD25E2001R0M')[7]).toBe('暂停');
    expect(byNo('CD25E2001R0M')[8]).toBe('2026-11-01 ~ 2027-01-31');
    expect(byNo('CD26SC0001R0M').slice(3, 8)).toEqual(['商品售后服务认证', '售后服务认证', 'GB/T 27922-2011', '★★★★', '有效']);
    expect(byNo('CD23-SC1002R0M')[13]).toBe('否');
    // a real date Excel sorts and filters
    expect(byNo('CD23-SC1002R0M')[9]).toBeInstanceOf(Date);
    const codes = /\b(valid|suspended|management_system|after_sales|AFTER_SALES|QMS|EMS|true|false)\b/;
    for (const row of rows) for (const cell of row) expect(String(cell)).not.toMatch(codes);

    const en = await get('/export?lang=en&q=CD25');
    const enBook = new ExcelJS.Workbook();
    await enBook.xlsx.load(en.rawPayload as unknown as ArrayBuffer);
    const enSheet = enBook.getWorksheet('Certificates')!;
    expect((enSheet.getRow(2).values as unknown[]).slice(1, 9)).toEqual([
      'CD25E2001R0M',
      '深圳宏达家电有限公司',
      'Shenzhen',
      'Management system certification',
      'environmental management',
      'GB/T 24001-2016',
      undefined, // no star level: an empty cell
      'suspended',
    ]);
    expect(enSheet.rowCount).toBe(2);
  });
});
