import ExcelJS from 'exceljs';
import { count, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { clientInput, setUpWorld, type World } from '../../../test/fixtures.js';
import { auditLog } from '../../audit-log/audit-log.schema.js';
import { makeUscc } from '../../seed/demo-data.js';
import { clientImportKind } from '../clients/client.import.js';
import { clients } from '../clients/client.schema.js';
import { answeredGets } from '../../../test/get-operations.js';
import { importRunHead, insertStagedRows, saveUpload } from './import.repo.js';
import { users } from '../auth/auth.schema.js';
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

async function noContractColumn(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('客户信息').addRows([
    ['组织名称', '联系电话'],
    ['苏州某公司', '010-1'],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Uploads and waits for the worker's preview. */
async function previewed(file: Buffer, cookie: string) {
  const sent = await send(file, cookie);
  expect(sent.statusCode).toBe(202);
  expect(sent.json().status).toBe('checking');
  await importsSettled(w.db);
  return record(sent.json().id, cookie);
}

/** Confirmed, and its first `rows` staged rows written hidden, as a worker killed right after that chunk leaves it (lease run out). */
async function writtenHidden(id: string, rows: number) {
  await w.db.update(importRuns).set({ status: 'writing' }).where(eq(importRuns.id, id));
  const [head] = await w.db.select(importRunHead).from(importRuns).where(eq(importRuns.id, id));
  await w.db.transaction(async (tx) => {
    const chunk = await clientImportKind.writeHidden!(tx, head!, { id: null, name: 'x' }, 0, rows);
    await tx
      .update(importRuns)
      .set({ writtenThroughRow: chunk.lastRow, rowsWritten: chunk.handled, leaseUntil: new Date(Date.now() - 1000) })
      .where(eq(importRuns.id, id));
  });
}

describe('the import worker', () => {
  it('checks and stages a file in chunks, sees a repeat across chunks, and merges every chunk in one go', async () => {
    w = await setUpWorld(undefined, { IMPORT_CHUNK_ROWS: '2', IMPORT_WRITE_CHUNK_ROWS: '2' });
    const cookie = await w.login('service');
    // seven rows: four chunks of two; row 8 repeats row 2's contract number two chunks later
    const bad = await previewed(await workbook([1, 2, 3, 4, 5, 6].map((i) => row(i)).concat([row(7, 'HT-R-1')])), cookie);
    expect(bad).toMatchObject({ status: 'previewed', rowsChecked: 7, canConfirm: false, summary: { rows: 7, created: 6, refused: 1 } });
    expect(await n(importStagedRows)).toBe(0); // never to be written
    expect(bad.preview.refusedRows).toEqual([
      {
        row: 8,
        contractNo: 'HT-R-1',
        name: expect.any(String),
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
    // the refused preview says so in the list, where it can never be confirmed
    expect(list.map((r: { summary: { refused: number } }) => r.summary.refused)).toEqual([0, 1]);
  });

  it('reads a large file on a thread of its own and previews and stages exactly what the main thread would', async () => {
    w = await setUpWorld(undefined, { IMPORT_CHUNK_ROWS: '2' });
    const cookie = await w.login('service');
    const [service] = await w.db.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.username, 'service'));
    const file = await workbook([
      ...[1, 2, 3].map((i) => row(i)),
      ['HT-R-9', '重慶銳博紡織有限责任公司', makeUscc('500103', 9), '重庆市', '解放碑1号', '北京总部', ''],
      ['HT-A-001', '', '', '', '', '', '010-11112222'],
      row(4, 'HT-R-2'),
    ]);
    /** one upload checked by the worker, on a thread of its own or not; what it kept */
    const checked = async (offThreadBytes: number) => {
      const run = await saveUpload(w.db, service!, { kind: 'clients', fileName: 'clients.xlsx', content: file, scope: { kind: 'all' } });
      await runImports(w.db, [clientImportKind], { chunkRows: 2, offThreadBytes });
      const staged = await w.db
        .select({
          rowNo: importStagedRows.rowNo,
          action: importStagedRows.action,
          data: importStagedRows.data,
          changes: importStagedRows.changes,
        })
        .from(importStagedRows)
        .where(eq(importStagedRows.importId, run.id))
        .orderBy(importStagedRows.rowNo);
      const { status, summary, preview, fingerprint } = await record(run.id, cookie);
      return { status, summary, preview, fingerprint, staged };
    };
    const onThread = await checked(0);
    const here = await checked(Number.MAX_SAFE_INTEGER);
    expect(onThread).toMatchObject({ status: 'previewed', summary: { rows: 6, created: 4, updated: 1, refused: 1 } });
    expect(onThread).toEqual(here);

    // a file without the contract-number column is refused on the thread with the same code and message
    const headless = await saveUpload(w.db, service!, {
      kind: 'clients',
      fileName: 'c.xlsx',
      content: await noContractColumn(),
      scope: { kind: 'all' },
    });
    await runImports(w.db, [clientImportKind], { offThreadBytes: 0 });
    expect(await record(headless.id, cookie)).toMatchObject({
      status: 'failed',
      error: { code: 'IMPORT.MISSING_COLUMNS', message: { zh: expect.stringContaining('合同编号') } },
    });
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

  it('shows nothing of an import until it is applied, then all of it at once', async () => {
    w = await setUpWorld();
    const cookie = await w.login('service');
    const admin = await w.login('admin');
    const p = await previewed(await workbook([row(1), row(2), ['HT-A-001', '', '', '', '', '', '010-99990000']]), cookie);
    expect(p.summary).toMatchObject({ created: 2, updated: 1 });
    const logTotal = async () => (await w.app.inject({ method: 'GET', url: '/api/audit-log', headers: { cookie: admin } })).json().total;
    const listTotal = async () => (await w.app.inject({ method: 'GET', url: '/api/clients', headers: { cookie: admin } })).json().total;
    const [entriesBefore, clientsBefore] = [await logTotal(), await listTotal()];
    // every staged row written hidden, as the worker does before its final transaction
    await writtenHidden(p.id, 100);
    const hidden = await w.db.select().from(clients).where(eq(clients.importId, p.id));
    expect(hidden.map((c) => c.contractNo).sort()).toEqual(['HT-R-1', 'HT-R-2']);
    expect([await logTotal(), await listTotal()]).toEqual([entriesBefore, clientsBefore]);

    // no reader sees any of it: not a name, a number, a code, the update's new phone, nor a count
    const secrets = [...hidden.flatMap((c) => [c.name, c.contractNo, c.uscc.trim()]), '010-99990000'];
    const answers = await answeredGets(w.app, admin, [...hidden.map((c) => c.id), w.huaxin]);
    expect(answers.length).toBeGreaterThan(50);
    for (const { url, res } of answers) for (const s of secrets) expect(res.body.includes(s), `${url} shows ${s}`).toBe(false);
    expect((await w.app.inject({ method: 'GET', url: `/api/clients/${hidden[0]!.id}`, headers: { cookie: admin } })).statusCode).toBe(404);
    expect(await listTotal()).toBe(clientsBefore);
    const entriesWalked = await logTotal(); // (the walk's exports are logged)

    await runImports(w.db, [clientImportKind]);
    expect(await record(p.id, cookie)).toMatchObject({ status: 'applied', rowsWritten: 3, result: { created: 2, updated: 1 } });
    expect([await logTotal(), await listTotal()]).toEqual([entriesWalked + 3, clientsBefore + 2]);
    const found = await w.app.inject({ method: 'GET', url: '/api/clients?q=HT-R-2', headers: { cookie: admin } });
    expect(found.json().items.map((c: { contractNo: string }) => c.contractNo)).toEqual(['HT-R-2']);
  });

  it('goes on from the last chunk a dead writer wrote, and removes what it wrote when the rest turns out stale', async () => {
    w = await setUpWorld(undefined, { IMPORT_WRITE_CHUNK_ROWS: '2' });
    const cookie = await w.login('service');
    const halfWritten = async (rows: string[][]) => {
      const p = await previewed(await workbook(rows), cookie);
      await writtenHidden(p.id, 2);
      return p;
    };
    const clientsBefore = await n(clients);
    const resumed = await halfWritten([row(1), row(2), row(3), row(4), row(5)]);
    await runImports(w.db, [clientImportKind]);
    expect(await record(resumed.id, cookie)).toMatchObject({ status: 'applied', rowsWritten: 5, result: { created: 5 } });
    expect(await n(clients)).toBe(clientsBefore + 5);
    expect((await w.db.select({ n: count() }).from(auditLog).where(eq(auditLog.importId, resumed.id)))[0]!.n).toBe(5);

    const stale = await halfWritten([row(6), row(7), row(8)]);
    // meanwhile someone enters row 8's client by hand
    const admin = await w.login('admin');
    const byHand = await w.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: { cookie: admin },
      payload: clientInput(w.branchA, { contractNo: 'HT-R-8', name: '苏州手工录入有限公司', uscc: makeUscc('320571', 999) }),
    });
    expect(byHand.statusCode, byHand.body).toBe(201);
    const entriesBefore = (await w.app.inject({ method: 'GET', url: '/api/audit-log', headers: { cookie: admin } })).json().total;
    await runImports(w.db, [clientImportKind]);
    expect(await record(stale.id, cookie)).toMatchObject({
      status: 'failed',
      error: {
        code: 'IMPORT.ROWS_STALE',
        message: { zh: expect.stringContaining('合同编号 HT-R-8') },
        details: { rows: [{ errors: [{ field: 'contractNo', code: 'CONTRACT_NO_TAKEN' }] }] },
      },
    });
    // rows 6 and 7 were written hidden: they are gone, and their audit entries are kept but never shown
    expect(await w.db.select().from(clients).where(eq(clients.importId, stale.id))).toEqual([]);
    expect(await n(clients)).toBe(clientsBefore + 5 + 1);
    expect((await w.db.select({ n: count() }).from(auditLog).where(eq(auditLog.importId, stale.id)))[0]!.n).toBe(2);
    expect((await w.app.inject({ method: 'GET', url: '/api/audit-log', headers: { cookie: admin } })).json().total).toBe(entriesBefore);
  });

  it('removes the hidden clients a crash left behind a failed import', async () => {
    w = await setUpWorld();
    const cookie = await w.login('service');
    const p = await previewed(await workbook([row(1), row(2)]), cookie);
    await writtenHidden(p.id, 100);
    // failed, and the process died before removing what it had written
    await w.db.update(importRuns).set({ status: 'failed' }).where(eq(importRuns.id, p.id));
    expect(await w.db.select({ n: count() }).from(clients).where(eq(clients.importId, p.id))).toEqual([{ n: 2 }]);
    await runImports(w.db, [clientImportKind]);
    expect(await w.db.select({ n: count() }).from(clients).where(eq(clients.importId, p.id))).toEqual([{ n: 0 }]);
  });

  it('writes nothing when the final transaction fails: the hidden rows go, their audit entries are never shown', async () => {
    w = await setUpWorld();
    const cookie = await w.login('service');
    const p = await previewed(await workbook([row(1), row(2)]), cookie);
    expect((await confirm(p.id, cookie)).statusCode).toBe(202);
    await importsSettled(w.db); // (the route's own worker has written it; run a failing one on a second import)
    const q = await previewed(await workbook([row(3), row(4)]), cookie);
    await w.db.update(importRuns).set({ status: 'writing' }).where(eq(importRuns.id, q.id));
    const clientsBefore = await n(clients);
    const admin = await w.login('admin');
    const shownEntries = async () =>
      (await w.app.inject({ method: 'GET', url: '/api/audit-log', headers: { cookie: admin } })).json().total;
    const logBefore = await shownEntries();
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
    expect(await shownEntries()).toBe(logBefore);
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
