import ExcelJS from 'exceljs';
import { count, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { auditLog } from '../../audit-log/audit-log.schema.js';
import { makeUscc } from '../../seed/demo-data.js';
import { clients } from './client.schema.js';
import { errorCatalog, type ErrorCode } from '../../lib/errors.js';
import { importsSettled } from '../imports/import.runner.js';
import { importStagedRows } from '../imports/import.schema.js';

let w: World;
let cookie: string;
beforeEach(async () => {
  w = await setUpWorld();
  cookie = await w.login('service');
});
afterEach(() => w.app.close());

const HEADERS = [
  '合同编号',
  '组织名称',
  '统一社会信用代码',
  '省份',
  '详细地址',
  '分支机构',
  '客户状态',
  '联系电话',
  '邮编',
  '申请受理日期',
  'VIP',
];

async function workbook(rows: (string | number | Date | null)[][], headers = HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('客户信息');
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function send(file: Buffer, as = cookie) {
  const boundary = '----certdesk-test';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="clients.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return w.app.inject({
    method: 'POST',
    url: '/api/clients/import',
    headers: { cookie: as, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}

/** An answer as the synchronous import gave it: the worker's outcome, or the refusal it recorded with its code's status. */
interface Answer {
  statusCode: number;
  json(): any; // eslint-disable-line @typescript-eslint/no-explicit-any
}
const answer = (statusCode: number, body: unknown): Answer => ({ statusCode, json: () => body });

async function settled(id: string, as: string) {
  await importsSettled(w.db);
  return (await w.app.inject({ method: 'GET', url: `/api/clients/import/${id}`, headers: { cookie: as } })).json();
}

/** Upload, let the worker check it, and read its preview (or why it failed). */
async function preview(file: Buffer, as = cookie): Promise<Answer> {
  const sent = await send(file, as);
  if (sent.statusCode !== 202) return sent;
  const run = await settled(sent.json().id, as);
  if (run.status === 'failed') return answer(errorCatalog[run.error.code as ErrorCode].status, run.error);
  return answer(200, { id: run.id, fileName: run.fileName, ...run.summary, canConfirm: run.canConfirm, ...run.preview });
}

/** Confirm, let the worker write it, and read its result (or why it failed). */
async function confirm(id: string, as = cookie): Promise<Answer> {
  const sent = await w.app.inject({ method: 'POST', url: `/api/clients/import/${id}/confirm`, headers: { cookie: as } });
  if (sent.statusCode !== 202) return sent;
  const run = await settled(id, as);
  if (run.status === 'failed') return answer(errorCatalog[run.error.code as ErrorCode].status, run.error);
  return answer(200, run.result);
}

/** Preview, then confirm what the preview showed: the confirmation's answer, or the refusing preview's. */
async function upload(file: Buffer, as = cookie) {
  const previewed = await preview(file, as);
  if (previewed.statusCode !== 200 || previewed.json().refused > 0) return previewed;
  return confirm(previewed.json().id, as);
}

const n = async (table: typeof clients | typeof auditLog) => (await w.db.select({ n: count() }).from(table))[0]!.n;

describe('client import from Excel', () => {
  it('writes all rows in one go when every row is good', async () => {
    const file = await workbook([
      [
        'HT-I-001',
        '苏州博瑞机械制造有限公司',
        makeUscc('320571', 1),
        '江苏省',
        '苏州工业园区星湖街1号',
        '北京总部',
        '正常',
        '0512-66881234',
        '215021',
        new Date(Date.UTC(2025, 2, 5)),
        '是',
      ],
      [
        'HT-I-002',
        '宁波永盛物流有限公司',
        makeUscc('330212', 2),
        '浙江省',
        '宁波市鄞州区天童路2号',
        'B',
        '正常',
        '13912345678',
        '315100',
        '2025/4/1',
        '否',
      ],
    ]);
    const res = await upload(file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const list = (await w.app.inject({ method: 'GET', url: '/api/clients?contractNo=HT-I&sort=contractNo', headers: { cookie } })).json();
    expect(
      list.items.map((c: { applicationAcceptedOn: string; status: string; vip: boolean }) => [c.applicationAcceptedOn, c.status, c.vip]),
    ).toEqual([
      ['2025-03-05', 'active', true],
      ['2025-04-01', 'active', false],
    ]);
  });

  it("records an imported client's fields in its audit entry as the create form records them", async () => {
    const row = [
      '苏州博瑞机械制造有限公司',
      '江苏省',
      '苏州工业园区星湖街1号',
      '北京总部',
      '正常',
      '0512-66881234',
      '215021',
      new Date(Date.UTC(2025, 2, 5)),
      '是',
    ] as const;
    const [name, province, address, , , phone, postcode] = row;
    expect((await upload(await workbook([['HT-I-005', row[0], makeUscc('320571', 5), ...row.slice(1)]]))).statusCode).toBe(200);
    const byForm = await w.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: { cookie },
      payload: {
        ...{ contractNo: 'HT-F-005', uscc: makeUscc('320571', 6), name, province, address, phone, postcode },
        ...{ branchId: w.branchA, applicationAcceptedOn: '2025-03-05', vip: true },
      },
    });
    const entryOf = async (contractNo: string) => {
      const [client] = await w.db.select({ id: clients.id }).from(clients).where(eq(clients.contractNo, contractNo));
      const [entry] = await w.db.select().from(auditLog).where(eq(auditLog.entityId, client!.id));
      // the two differ only in their numbers
      return (entry!.changes as { field: string; new: unknown }[]).map((c) =>
        ['contractNo', 'uscc'].includes(c.field) ? { ...c, new: '…' } : c,
      );
    };
    expect(byForm.statusCode).toBe(201);
    expect(await entryOf('HT-I-005')).toEqual(await entryOf('HT-F-005'));
    expect((await entryOf('HT-I-005')).map((c) => c.field)).toEqual(
      expect.arrayContaining(['name', 'branchId', 'applicationAcceptedOn', 'vip']),
    );
  });

  it('lists every bad row with its reasons and writes nothing', async () => {
    const clientsBefore = await n(clients);
    const logBefore = await n(auditLog);
    const file = await workbook([
      [
        'HT-I-010',
        '好的客户有限公司',
        makeUscc('110108', 10),
        '北京市',
        '北京市海淀区1号',
        '北京总部',
        '正常',
        '13800000000',
        '100080',
        '2025-01-01',
        '否',
      ],
      [
        'HT-I-011',
        '校验位错误有限公司',
        '91330100716105852E',
        '浙江省',
        '杭州市1号',
        '北京总部',
        '正常',
        '123',
        '31005',
        '2025-02-30',
        '否',
      ],
      ['HT-I-010', '重复合同有限公司', makeUscc('110108', 12), '北京市', '北京市2号', '不存在的分部', '正常', null, null, null, null],
      [null, '缺合同号有限公司', makeUscc('110108', 13), '北京市', '北京市3号', '北京总部', '正常', null, null, null, null],
    ]);
    const res = await preview(file);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ refused: 3, created: 1, canConfirm: false });
    const byRow = Object.fromEntries(
      body.refusedRows.map((r: { row: number; errors: { field: string; code: string }[] }) => [
        r.row,
        r.errors.map((e) => `${e.field}:${e.code}`).sort(),
      ]),
    );
    expect(byRow).toEqual({
      3: ['applicationAcceptedOn:DATE', 'phone:PHONE', 'postcode:POSTCODE', 'uscc:USCC_CHECK_DIGIT'],
      4: ['branchId:BRANCH_UNKNOWN'],
      5: ['contractNo:REQUIRED'],
    });
    const confirmed = await confirm(body.id);
    expect(confirmed.statusCode).toBe(422);
    expect(confirmed.json().code).toBe('IMPORT.INVALID_ROWS');
    expect(confirmed.json().message.zh).toContain('3 行');
    expect(await n(clients)).toBe(clientsBefore);
    expect(await n(auditLog)).toBe(logBefore);
  });

  it('reports a contract number repeated within the file', async () => {
    const row = (no: number) => [
      'HT-I-020',
      `重复客户${no}有限公司`,
      makeUscc('110108', 20 + no),
      '北京市',
      '北京市1号',
      '北京总部',
      '正常',
      null,
      null,
      null,
      null,
    ];
    const res = await preview(await workbook([row(1), row(2)]));
    // the row says which client it is, and each problem quotes its cell
    expect(res.json().refusedRows).toEqual([
      {
        row: 3,
        contractNo: 'HT-I-020',
        name: '重复客户2有限公司',
        errors: [
          expect.objectContaining({
            field: 'contractNo',
            value: 'HT-I-020',
            code: 'DUPLICATE_IN_FILE',
            message: { zh: '与文件中第 2 行重复', en: 'repeats row 2 of the file' },
          }),
        ],
      },
    ]);
  });

  it('refuses a credit code that belongs to another client', async () => {
    const huaxin = (await w.app.inject({ method: 'GET', url: `/api/clients/${w.huaxin}`, headers: { cookie } })).json();
    const res = await preview(
      await workbook([['HT-I-030', '冒用代码有限公司', huaxin.uscc, '北京市', '北京市1号', '北京总部', '正常', null, null, null, null]]),
    );
    expect(res.json().refusedRows[0].errors[0].code).toBe('USCC_TAKEN');
  });

  it('refuses a credit code another client had before a correction', async () => {
    const former = makeUscc('110105', 77_001);
    await w.db
      .update(clients)
      .set({ formerUsccs: [former] })
      .where(eq(clients.id, w.huaxin));
    const res = await preview(
      await workbook([
        ['HT-I-031', '旧代码有限公司', former, '北京市', '北京市1号', '北京总部', '正常', null, null, null, null],
        ['HT-I-032', '新代码有限公司', makeUscc('110105', 77_002), '北京市', '北京市2号', '北京总部', '正常', null, null, null, null],
      ]),
    );
    expect(res.json().refusedRows.map((r: { row: number; errors: { code: string }[] }) => [r.row, r.errors[0]!.code])).toEqual([
      [2, 'USCC_TAKEN'],
    ]);
    expect(res.json().creates.map((c: { contractNo: string }) => c.contractNo)).toEqual(['HT-I-032']);
  });

  it('names the required columns a file lacks', async () => {
    const res = await upload(await workbook([['x']], ['组织名称']));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('IMPORT.MISSING_COLUMNS');
    expect(res.json().message.zh).toContain('合同编号');
  });

  it('says a non-Excel upload cannot be read', async () => {
    const res = await upload(Buffer.from('this is not a spreadsheet'));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('IMPORT.UNREADABLE');
  });

  it('re-importing an export changes nothing; an edited export updates that client with history', async () => {
    const exported = await w.app.inject({ method: 'GET', url: '/api/clients/export', headers: { cookie } });
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    expect((await upload(exported.rawPayload)).json()).toEqual({ created: 0, updated: 0, unchanged: 2 });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const phoneCol = (sheet.getRow(1).values as string[]).indexOf('联系电话');
    sheet.eachRow((row, i) => {
      if (i > 1 && row.getCell(3).value === '北京华信电子科技有限公司') row.getCell(phoneCol).value = '010-88889999';
    });
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await upload(edited)).json()).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const [latest] = (await w.app.inject({ method: 'GET', url: `/api/clients/${w.huaxin}/history`, headers: { cookie } })).json();
    expect(latest.changes).toEqual([
      {
        field: 'phone',
        label: { zh: '联系电话', en: 'Phone' },
        old: { zh: '13800138000', en: '13800138000' },
        new: { zh: '010-88889999', en: '010-88889999' },
      },
    ]);
  });

  it('writes text a spreadsheet could run as a formula with an apostrophe, and reads it back unchanged', async () => {
    const planted = '=HYPERLINK("http://evil.example","点我")';
    const current = (await w.app.inject({ method: 'GET', url: `/api/clients/${w.huaxin}`, headers: { cookie } })).json();
    const patched = await w.app.inject({
      method: 'PATCH',
      url: `/api/clients/${w.huaxin}`,
      headers: { cookie },
      payload: { version: current.version, contactPerson: planted },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const exported = await w.app.inject({ method: 'GET', url: '/api/clients/export', headers: { cookie } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toContain(`'${planted}`);
    expect(cells).not.toContain(planted);
    expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
    expect((await upload(exported.rawPayload)).json()).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it('keeps branch staff to their own branch', async () => {
    const branchCookie = await w.login('service_b');
    const res = await preview(
      await workbook([
        ['HT-I-040', '越权导入有限公司', makeUscc('110108', 40), '北京市', '北京市1号', '北京总部', '正常', null, null, null, null],
      ]),
      branchCookie,
    );
    expect(res.json().refusedRows[0].errors[0].code).toBe('BRANCH_OUT_OF_SCOPE');
  });

  it('leaves a blank cell as it is, clears only on the marker, and previews each changed field before writing', async () => {
    const get = async () => (await w.app.inject({ method: 'GET', url: `/api/clients/${w.huaxin}`, headers: { cookie } })).json();
    const before = await get();
    // the update file has the fee, contact and scope columns, but blank cells for them on this row
    const headers = ['合同编号', '初审费用', '联系人', '认证范围', '邮编', '联系电话'];
    await w.app.inject({
      method: 'PATCH',
      url: `/api/clients/${w.huaxin}`,
      headers: { cookie },
      payload: { version: before.version, initialAuditFee: 12000, scope: '电子产品的设计和生产' },
    });
    const stored = await get();
    const res = await preview(await workbook([['HT-A-001', null, null, null, '（清空）', '010-66778899']], headers));
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({ created: 0, updated: 1, refused: 0, canConfirm: true });
    expect(p.updates[0]).toMatchObject({
      row: 2,
      contractNo: 'HT-A-001',
      changes: [
        { field: 'postcode', old: '100080', new: null },
        { field: 'phone', old: '13800138000', new: '010-66778899' },
      ],
    });
    // nothing is written by the preview
    expect((await get()).version).toBe(stored.version);

    expect((await confirm(p.id)).json()).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const after = await get();
    expect(after).toMatchObject({
      initialAuditFee: 12000,
      contactPerson: '王伟',
      scope: '电子产品的设计和生产',
      postcode: null,
      phone: '010-66778899',
    });
    const [latest] = (await w.app.inject({ method: 'GET', url: `/api/clients/${w.huaxin}/history`, headers: { cookie } })).json();
    expect(latest.changes.map((c: { field: string }) => c.field)).toEqual(['postcode', 'phone']);
    // a preview is confirmed once
    expect((await confirm(p.id)).json().code).toBe('IMPORT.ALREADY_APPLIED');
  });

  it('reads columns named by their API keys too, and names the headers it does not know', async () => {
    const res = await preview(await workbook([['HT-A-001', '010-66778899', '老客户']], ['contractNo', 'phone', '备注']));
    expect(res.json()).toMatchObject({ updated: 1, unknownColumns: ['备注'] });
  });

  it('refuses to clear a required column', async () => {
    const res = await preview(await workbook([['HT-A-001', '(clear)']], ['合同编号', '详细地址']));
    expect(res.json().refusedRows).toEqual([
      { row: 2, contractNo: 'HT-A-001', errors: [expect.objectContaining({ field: 'address', code: 'CANNOT_CLEAR', value: '(clear)' })] },
    ]);
  });

  it('never reads the derived columns from a file, for new and stored clients alike; a status that disagrees refuses its row', async () => {
    const res = await preview(
      await workbook(
        [
          ['HT-A-001', '流失', null, null],
          ['HT-B-001', null, 'A+', 'CD26SC9999R0M'],
        ],
        ['合同编号', '客户状态', '分类等级', '证书编号'],
      ),
    );
    expect(res.json()).toMatchObject({ refused: 1, unchanged: 1, ignoredCellRows: 1 });
    expect(res.json().ignoredColumns.sort()).toEqual(['certificateNos', 'grade']);
    expect(res.json().refusedRows).toEqual([
      { row: 2, contractNo: 'HT-A-001', errors: [expect.objectContaining({ field: 'status', code: 'STATUS_BY_RECORD', value: '流失' })] },
    ]);
    // the same values as stored pass (an export read back), and say nothing differs
    const same = await preview(await workbook([['HT-A-001', '正常', null]], ['合同编号', '客户状态', '分类等级']));
    expect(same.json()).toMatchObject({ refused: 0, unchanged: 1, ignoredCellRows: 0 });
  });

  it('reads a file that created clients the same way again (user test): its certificate numbers are ignored both times', async () => {
    const headers = [...HEADERS, '证书编号'];
    const file = await workbook(
      [
        [
          'HT-I-060',
          '再次导入测试有限公司',
          makeUscc('110108', 60),
          '北京市',
          '北京市1号',
          '北京总部',
          '正常',
          null,
          null,
          null,
          '否',
          'CD26Q1234R0M',
        ],
      ],
      headers,
    );
    const first = await preview(file);
    expect(first.json()).toMatchObject({ created: 1, refused: 0, ignoredColumns: ['certificateNos'], ignoredCellRows: 1 });
    expect((await confirm(first.json().id)).json()).toMatchObject({ created: 1 });
    const again = await preview(file);
    expect(again.json()).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 1,
      refused: 0,
      ignoredColumns: ['certificateNos'],
      ignoredCellRows: 1,
    });
    const [created] = await w.db.select().from(clients).where(eq(clients.contractNo, 'HT-I-060'));
    expect(created!.certificateNos).toEqual([]);
  });

  it('names what a yes/no, an amount or a status column takes, quoting the cell (user test: 正常营业 was called a status change)', async () => {
    const res = await preview(
      await workbook(
        [['HT-I-070', '取值测试有限公司', makeUscc('110108', 70), '北京市', '北京市1号', '北京总部', '正常营业', '十万', '也许']],
        ['合同编号', '组织名称', '统一社会信用代码', '省份', '详细地址', '分支机构', '客户状态', '初审费用', 'VIP'],
      ),
    );
    const errors = res.json().refusedRows[0].errors;
    // in the order of the columns
    expect(errors).toEqual([
      expect.objectContaining({ field: 'initialAuditFee', code: 'NOT_AN_AMOUNT', value: '十万' }),
      expect.objectContaining({
        field: 'status',
        code: 'ENUM_OF',
        value: '正常营业',
        message: { zh: '应为以下之一：正常、异常、流失', en: 'must be one of: Active, Abnormal, Lost' },
      }),
      expect.objectContaining({ field: 'vip', code: 'BOOLEAN', value: '也许' }),
    ]);
  });

  it('starts a new client active: abnormal or lost is recorded with its cause, and a lost client is not made a VIP', async () => {
    const row = (status: string) => [
      'HT-I-050',
      '新导入客户有限公司',
      makeUscc('110108', 50),
      '北京市',
      '北京市1号',
      '北京总部',
      status,
      null,
      null,
      null,
      '否',
    ];
    for (const status of ['流失', '异常']) {
      const res = await preview(await workbook([row(status)]));
      expect(res.json().refusedRows[0].errors).toEqual([expect.objectContaining({ field: 'status', code: 'NEW_CLIENT_STARTS_ACTIVE' })]);
    }
    await w.db.update(clients).set({ status: 'lost' }).where(eq(clients.id, w.huaxin));
    const vip = await preview(await workbook([['HT-A-001', '是']], ['合同编号', 'VIP']));
    expect(vip.json().refusedRows[0].errors).toEqual([expect.objectContaining({ field: 'vip', code: 'LOST_CLIENT_VIP' })]);
  });

  it('refuses a confirmation when the clients changed after the preview (409), and writes nothing', async () => {
    const p = (await preview(await workbook([['HT-A-001', '010-66778899']], ['合同编号', '联系电话']))).json();
    const current = (await w.app.inject({ method: 'GET', url: `/api/clients/${w.huaxin}`, headers: { cookie } })).json();
    await w.app.inject({
      method: 'PATCH',
      url: `/api/clients/${w.huaxin}`,
      headers: { cookie },
      payload: { version: current.version, contactPerson: '赵六' },
    });
    const logBefore = await n(auditLog);
    const res = await confirm(p.id);
    expect(res.statusCode).toBe(409);
    // it names the row, its client and why, in both languages
    expect(res.json()).toMatchObject({
      code: 'IMPORT.ROWS_STALE',
      message: { zh: expect.stringContaining('第 2 行，合同编号 HT-A-001'), en: expect.stringContaining('row 2, contract HT-A-001') },
      // who changed which field since: the latest entry of the client's history
      details: {
        rows: [
          {
            row: 2,
            contractNo: 'HT-A-001',
            errors: [
              {
                field: 'contactPerson',
                code: 'CHANGED_SINCE_PREVIEW_BY',
                message: { zh: expect.stringMatching(/由 .+ 修改（联系人）/), en: expect.stringContaining('(Contact person)') },
              },
            ],
          },
        ],
      },
    });
    expect(await n(auditLog)).toBe(logBefore);
  });

  it('lets its uploader discard a preview: nothing is written, its checked rows go, and it can no longer be confirmed', async () => {
    const p = (await preview(await workbook([['HT-A-001', '010-66778899']], ['合同编号', '联系电话']))).json();
    expect(await w.db.select({ n: count() }).from(importStagedRows)).toEqual([{ n: 1 }]);
    const admin = await w.login('admin');
    const logBefore = await n(auditLog);
    const discard = (as = cookie) => w.app.inject({ method: 'POST', url: `/api/clients/import/${p.id}/discard`, headers: { cookie: as } });
    expect((await discard(admin)).json().code).toBe('IMPORT.NOT_FOUND');
    const res = await discard();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'failed', canConfirm: false, error: { code: 'IMPORT.DISCARDED' } });
    expect(await w.db.select({ n: count() }).from(importStagedRows)).toEqual([{ n: 0 }]);
    expect((await confirm(p.id)).json().code).toBe('IMPORT.NOT_READY');
    expect((await discard()).json()).toMatchObject({
      code: 'IMPORT.NOT_DISCARDABLE',
      message: { zh: expect.stringContaining('已失败或已放弃') },
    });
    const recent = (await w.app.inject({ method: 'GET', url: '/api/clients/import', headers: { cookie } })).json();
    expect(recent.find((r: { id: string }) => r.id === p.id)).toMatchObject({ status: 'failed', errorCode: 'IMPORT.DISCARDED' });
    expect(await n(auditLog)).toBe(logBefore);
    expect((await w.app.inject({ method: 'GET', url: `/api/clients/${w.huaxin}`, headers: { cookie } })).json().phone).not.toBe(
      '010-66778899',
    );
  });

  it("leaves nothing in the search index's pending list once written (updates put their trigrams off until the import is applied)", async () => {
    const p = (await preview(await workbook([['HT-A-001', '北京新华信电子有限公司']], ['合同编号', '组织名称']))).json();
    expect((await confirm(p.id)).json()).toMatchObject({ updated: 1 });
    // pages still to move from the pending lists into the indexes: none
    for (const index of ['clients_search_trgm_idx', 'clients_search_bigrams_idx']) {
      const left = await w.db.execute(sql`select gin_clean_pending_list(${index}::regclass)::int as pages`);
      expect((left as unknown as { rows: { pages: number }[] }).rows[0]!.pages, index).toBe(0);
    }
    expect((await w.app.inject({ method: 'GET', url: '/api/clients?q=xinhuaxin', headers: { cookie } })).json().total).toBe(1);
    expect((await w.app.inject({ method: 'GET', url: '/api/clients?q=新华', headers: { cookie } })).json().total).toBe(1);
  });

  it('lets only its uploader confirm a preview', async () => {
    const p = (await preview(await workbook([['HT-A-001', '010-66778899']], ['合同编号', '联系电话']))).json();
    const res = await confirm(p.id, await w.login('admin'));
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('IMPORT.NOT_FOUND');
  });

  it('forbids roles without the import permission', async () => {
    const res = await upload(await workbook([]), await w.login('auditor'));
    expect(res.statusCode).toBe(403);
  });
});

describe('client export to Excel', () => {
  it('exports the filtered list with headers in the chosen language', async () => {
    const res = await w.app.inject({ method: 'GET', url: `/api/clients/export?lang=en&branchId=${w.branchB}`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('Clients');
    expect(sheet.getRow(1).getCell(1).value).toBe('Contract no.');
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(3).value).toBe('深圳宏达家电有限公司');
    // who may import gets the notes that let the sheet go round; who may not, just the list
    expect(wb.worksheets.map((x) => x.name)).toEqual(['Clients', 'Import notes']);
    const auditorFile = await w.app.inject({ method: 'GET', url: '/api/clients/export', headers: { cookie: await w.login('auditor') } });
    const auditorBook = new ExcelJS.Workbook();
    await auditorBook.xlsx.load(auditorFile.rawPayload as unknown as ArrayBuffer);
    expect(auditorBook.worksheets.map((x) => x.name)).toEqual(['客户信息']);
  });
});

describe('export limit', () => {
  it('refuses an export larger than the limit instead of cutting it short', async () => {
    await w.app.close();
    w = await setUpWorld(undefined, { EXPORT_MAX_ROWS: '1' });
    cookie = await w.login('service');
    const res = await w.app.inject({ method: 'GET', url: '/api/clients/export', headers: { cookie } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'EXPORT.TOO_MANY_ROWS',
      message: { zh: '筛选结果有 2 条，超过单次导出上限 1 条，请增加筛选条件' },
    });
    const narrowed = await w.app.inject({ method: 'GET', url: `/api/clients/export?branchId=${w.branchB}`, headers: { cookie } });
    expect(narrowed.statusCode).toBe(200);
  });
});
