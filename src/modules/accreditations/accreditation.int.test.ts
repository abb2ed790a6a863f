import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';

let w: World;
const cookies: Record<string, string> = {};
beforeEach(async () => {
  w = await setUpWorld(() => new Date('2026-11-20T02:00:00Z'));
  for (const u of ['admin', 'general', 'service']) cookies[u] = await w.login(u);
});
afterEach(() => w.app.close());

const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, as: string, payload?: object) =>
  w.app.inject({ method, url, headers: { cookie: cookies[as]! }, ...(payload ? { payload } : {}) });
const cnas = {
  bodyNameZh: '中国合格评定国家认可委员会',
  bodyNameEn: 'China National Accreditation Service for Conformity Assessment',
  bodyAcronym: 'CNAS',
  symbolCode: '01',
  accreditationNo: 'CNAS C099-M',
};

describe('accreditations per field (认可信息)', () => {
  it('are set, changed and removed by the administrator at the version read, read by staff, and kept in the audit log', async () => {
    expect((await call('POST', '/api/accreditations/QMS', 'general', cnas)).statusCode).toBe(403);
    const added = await call('POST', '/api/accreditations/QMS', 'admin', { ...cnas, accreditationNo: '  CNAS   C099-M ' });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ field: 'QMS', accreditationNo: 'CNAS C099-M', version: 1 });
    const twice = await call('POST', '/api/accreditations/QMS', 'admin', cnas);
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'ACCREDITATION.FIELD_TAKEN']);
    expect(twice.json().message.zh).toContain('质量管理体系');

    expect((await call('GET', '/api/accreditations', 'general')).json()).toEqual([expect.objectContaining({ field: 'QMS' })]);
    expect((await call('GET', '/api/accreditations', 'service')).statusCode).toBe(200);

    const changed = await call('PUT', '/api/accreditations/QMS', 'admin', { ...cnas, accreditationNo: 'CNAS C100-M', version: 1 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ accreditationNo: 'CNAS C100-M', version: 2 });
    const stale = await call('PUT', '/api/accreditations/QMS', 'admin', { ...cnas, version: 1 });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'CONCURRENCY.STALE_VERSION']);
    expect((await call('DELETE', '/api/accreditations/QMS?version=1', 'admin')).statusCode).toBe(409);
    expect((await call('DELETE', '/api/accreditations/QMS?version=2', 'general')).statusCode).toBe(403);
    expect((await call('DELETE', '/api/accreditations/QMS?version=2', 'admin')).statusCode).toBe(204);
    const gone = await call('DELETE', '/api/accreditations/QMS?version=2', 'admin');
    expect([gone.statusCode, gone.json().code]).toEqual([404, 'ACCREDITATION.NOT_FOUND']);
    expect((await call('GET', '/api/accreditations', 'general')).json()).toEqual([]);

    const log = (await call('GET', '/api/audit-log?entity=accreditation', 'admin')).json();
    expect(log.items.map((e: { actionLabel: { zh: string } }) => e.actionLabel.zh).sort()).toEqual(['修改', '删除', '新增']);
  });

  it.each([
    [{ accreditationNo: '  ' }, 'ACCREDITATION.REQUIRED', '请填写认可证书号'],
    [{ bodyNameEn: '' }, 'ACCREDITATION.REQUIRED', '请填写认可机构英文名称'],
    [{ symbolCode: 'CNAS' }, 'ACCREDITATION.SYMBOL_CODE', '认可标志代码为两位数字'],
    [{ accreditationNo: 'C'.repeat(101) }, 'ACCREDITATION.TOO_LONG', '认可证书号最多 100 个字符'],
  ])('refuses %j with a coded zh/en reason', async (change, code, zh) => {
    const res = await call('POST', '/api/accreditations/EMS', 'admin', { ...cnas, ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code });
    expect(res.json().message.zh).toContain(zh);
    expect(res.json().message.en).not.toBe('');
  });

  it('refuses a field CertDesk does not certify', async () => {
    expect((await call('POST', '/api/accreditations/FSMS', 'admin', cnas)).statusCode).toBe(400);
  });

  it('exports every field with its accreditation, or 未认可, as Excel', async () => {
    await call('POST', '/api/accreditations/QMS', 'admin', cnas);
    const res = await call('GET', '/api/accreditations/export', 'general');
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect((sheet.getRow(1).values as string[]).slice(1)).toEqual([
      '认证领域',
      '认可状态',
      '认可机构',
      '认可机构英文名称',
      '简称',
      '认可标志代码',
      '认可证书号',
    ]);
    expect((sheet.getRow(2).values as string[]).slice(1)).toEqual([
      '质量管理体系',
      '已认可',
      cnas.bodyNameZh,
      cnas.bodyNameEn,
      'CNAS',
      '01',
      'CNAS C099-M',
    ]);
    expect((sheet.getRow(6).values as string[]).slice(1)).toEqual(['售后服务认证', '未认可']);
  });
});
