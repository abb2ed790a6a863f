import ExcelJS from 'exceljs';
import { count, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { auditLog } from '../../audit-log/audit-log.schema.js';
import { makeUscc } from '../../seed/demo-data.js';
import { clientImportKind } from '../clients/client.import.js';
import { clients } from '../clients/client.schema.js';
import { insertStagedRows } from './import.repo.js';
import { IMPORT_LEASE_SECONDS, IMPORT_PREVIEW_KEEP_HOURS, importsSettled, runImports, type ImportKind } from './import.runner.js';
import { importRuns, importStagedRows } from './import.schema.js';

let w: World;
afterEach(() => w.app.close());

const HEADERS = ['合同编号', '组织名称', '统一社会信用代码', '省份', '详细地址', '分支机构', '联系电话'];
const row = (i: number, contractNo = `HT-R-${i}`) => [
  contractNo,
  `苏州第${i}精密机械有限公司`,
  makeUscc('320571', 100 + i),
  '江苏省',
  `星湖街${i}号`,
  '北京总部',
  '',
];

async function workbook(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('客户信息');
  sheet.addRow(HEADERS);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function send(file: Buffer, cookie: string) {
  const boundary = '----certdesk-test';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="clients.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`;
  return w.app.inject({
    method: 'POST',
    url: '/api/clients/import',
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  });
}

const record = async (id: string, cookie: string) =>
  (await w.app.inject({ method: 'GET', url: `/api/clients/import/${id}`, headers: { cookie } })).json();
const confirm = (id: string, cookie: string) =>
  w.app.inject({ method: 'POST', url: `/api/clients/import/${id}/confirm`, headers: { cookie } });
const n = async (table: typeof clients | typeof auditLog | typeof importStagedRows) =>
  (await w.db.select({ n: count() }).from(table))[0]!.n;

/** Uploads and waits for the worker's preview. */
async function previewed(file: Buffer, cookie: string) {
  const sent = await send(file, cookie);
  expect(sent.statusCode).toBe(202);
  expect(sent.json().status).toBe('checking');
  await importsSettled(w.db);
  return record(sent.json().id, cookie);
}

describe('the import worker', () => {
  it('checks and stages a file in chunks, sees a repeat across chunks, and merges every chunk in one go', async () => {
    w = await setUpWorld(undefined, { IMPORT_CHUNK_ROWS: '2' });
    const cookie = await w.login('service');
    // seven rows: four chunks of two; row 8 repeats row 2's contract number two chunks later
    const bad = await previewed(await workbook([1, 2, 3, 4, 5, 6].map((i) => row(i)).concat([row(7, 'HT-R-1')])), cookie);
    expect(bad).toMatchObject({ status: 'previewed', rowsChecked: 7, canConfirm: false, summary: { rows: 7, created: 6, refused: 1 } });
    expect(await n(importStagedRows)).toBe(0); // never to be written
    expect(bad.preview.refusedRows).toEqual([
      {
        row: 8,
        errors: [
          expect.objectContaining({
            field: 'contractNo',
            code: 'DUPLICATE_IN_FILE',
            message: expect.objectContaining({ zh: expect.stringContaining('2') }),
          }),
        ],
      },
    ]);
    expect((await confirm(bad.id, cookie)).statusCode).toBe(422);

    // six new clients and one update of a stored one, over four chunks
    const good = await previewed(
      await workbook([...[1, 2, 3, 4, 5, 6].map((i) => row(i)), ['HT-A-001', '', '', '', '', '', '010-11112222']]),
      cookie,
    );
    expect(good).toMatchObject({ status: 'previewed', canConfirm: true, summary: { rows: 7, created: 6, updated: 1, refused: 0 } });
    expect(await n(importStagedRows)).toBe(7);
    const clientsBefore = await n(clients);
    const logBefore = await n(auditLog);
    const sent = await confirm(good.id, cookie);
    expect(sent.statusCode).toBe(202);
    expect(sent.json().status).toBe('writing');
    await importsSettled(w.db);
    expect(await record(good.id, cookie)).toMatchObject({
      status: 'applied',
      rowsWritten: 7,
      result: { created: 6, updated: 1, unchanged: 0 },
    });
    expect(await n(clients)).toBe(clientsBefore + 6);
    expect(await n(auditLog)).toBe(logBefore + 7);
    expect(await n(importStagedRows)).toBe(0);
    const [huaxin] = await w.db.select().from(clients).where(eq(clients.id, w.huaxin));
    expect(huaxin!.phone).toBe('010-11112222');
    expect(huaxin!.version).toBe(2);
    // the search text is the one the service computes: the new clients are found by pinyin
    const found = await w.app.inject({ method: 'GET', url: '/api/clients?q=suzhoudi3', headers: { cookie } });
    expect(found.json().items.map((c: { contractNo: string }) => c.contractNo)).toEqual(['HT-R-3']);
    // the recent imports list both, newest first
    const list = (await w.app.inject({ method: 'GET', url: '/api/clients/import', headers: { cookie } })).json();
    expect(list.map((r: { id: string }) => r.id)).toEqual([good.id, bad.id]);
  });

  it('lets one of two confirmations write; the other is told it is written', async () => {
    w = await setUpWorld();
    const cookie = await w.login('service');
    const p = await previewed(await workbook([row(1), row(2)]), cookie);
    const answers = await Promise.all([confirm(p.id, cookie), confirm(p.id, cookie)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([202, 409]);
    expect(answers.find((a) => a.statusCode === 409)!.json().code).toBe('IMPORT.ALREADY_APPLIED');
    await importsSettled(w.db);
    expect(await record(p.id, cookie)).toMatchObject({ status: 'applied', result: { created: 2 } });
    expect((await w.db.select({ n: count() }).from(clients).where(eq(clients.contractNo, 'HT-R-1')))[0]!.n).toBe(1);
  });

  it('fails a check a dead worker left half-staged: no client is written and its staged rows are gone', async () => {
    w = await setUpWorld();
    const cookie = await w.login('service');
    const p = await previewed(await workbook([row(1), row(2), row(3)]), cookie);
    // as a worker killed mid-check leaves it: still checking, some rows staged, its lease run out
    await w.db
      .update(importRuns)
      .set({ status: 'checking', leaseUntil: new Date(Date.now() - 1000) })
      .where(eq(importRuns.id, p.id));
    expect(await n(importStagedRows)).toBe(3);
    const clientsBefore = await n(clients);
    await runImports(w.db, [clientImportKind]);
    expect(await record(p.id, cookie)).toMatchObject({ status: 'failed', error: { code: 'IMPORT.INTERRUPTED' } });
    expect(await n(importStagedRows)).toBe(0);
    expect(await n(clients)).toBe(clientsBefore);
    expect((await confirm(p.id, cookie)).json().code).toBe('IMPORT.NOT_READY');
  });

  it('leaves another worker its leased run, and runs a merge again when its worker died mid-merge', async () => {
    w = await setUpWorld();
    const cookie = await w.login('service');
    const p = await previewed(await workbook([row(1), row(2)]), cookie);
    const leased = new Date(Date.now() + IMPORT_LEASE_SECONDS * 1000);
    await w.db.update(importRuns).set({ status: 'writing', leaseUntil: leased }).where(eq(importRuns.id, p.id));
    expect(await runImports(w.db, [clientImportKind])).toBe(0);
    // the merge is one transaction: a worker dying in it wrote nothing, and once its lease runs out the merge runs again
    const clientsBefore = await n(clients);
    await runImports(w.db, [clientImportKind], { now: () => new Date(leased.getTime() + 1000) });
    expect(await record(p.id, cookie)).toMatchObject({ status: 'applied', result: { created: 2 } });
    expect(await n(clients)).toBe(clientsBefore + 2);
  });

  it('writes nothing when the merge fails part-way: the rows it inserted roll back with it', async () => {
    w = await setUpWorld();
    const cookie = await w.login('service');
    const p = await previewed(await workbook([row(1), row(2)]), cookie);
    expect((await confirm(p.id, cookie)).statusCode).toBe(202);
    await importsSettled(w.db); // (the route's own worker has written it; run a failing one on a second import)
    const q = await previewed(await workbook([row(3), row(4)]), cookie);
    await w.db.update(importRuns).set({ status: 'writing' }).where(eq(importRuns.id, q.id));
    const clientsBefore = await n(clients);
    const logBefore = await n(auditLog);
    const dying: ImportKind = {
      ...clientImportKind,
      async merge(tx, run, actor) {
        await clientImportKind.merge(tx, run, actor);
        throw new Error('the process died here');
      },
    };
    await runImports(w.db, [dying]);
    expect(await record(q.id, cookie)).toMatchObject({ status: 'failed', error: { code: 'IMPORT.JOB_FAILED' } });
    expect(await n(clients)).toBe(clientsBefore);
    expect(await n(auditLog)).toBe(logBefore);
    expect(await n(importStagedRows)).toBe(0);
  });

  it('drops a preview nobody confirms, with its staged rows', async () => {
    w = await setUpWorld();
    const cookie = await w.login('service');
    const p = await previewed(await workbook([row(1)]), cookie);
    await runImports(w.db, [clientImportKind], { now: () => new Date(Date.now() + (IMPORT_PREVIEW_KEEP_HOURS - 1) * 3600_000) });
    expect((await record(p.id, cookie)).status).toBe('previewed');
    await runImports(w.db, [clientImportKind], { now: () => new Date(Date.now() + (IMPORT_PREVIEW_KEEP_HOURS + 1) * 3600_000) });
    expect(await record(p.id, cookie)).toMatchObject({ status: 'failed', error: { code: 'IMPORT.EXPIRED' } });
    expect(await n(importStagedRows)).toBe(0);
  });

  it('cleans the staged rows a crash left behind a finished import', async () => {
    w = await setUpWorld();
    const cookie = await w.login('service');
    const p = await previewed(await workbook([row(1)]), cookie);
    await w.db.update(importRuns).set({ status: 'failed' }).where(eq(importRuns.id, p.id));
    await insertStagedRows(w.db, p.id, [
      { rowNo: 99, action: 'create', targetId: crypto.randomUUID(), version: null, data: {}, changes: [] },
    ]);
    await runImports(w.db, [clientImportKind]);
    expect(await n(importStagedRows)).toBe(0);
  });
});
