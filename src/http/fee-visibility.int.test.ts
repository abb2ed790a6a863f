import { asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../test/fixtures.js';
import { answeredGets, isJson, isXlsx } from '../../test/get-operations.js';
import { grantSystem } from '../../test/world-helpers.js';
import { users } from '../modules/auth/auth.schema.js';
import { roles, type Role } from '../modules/auth/permissions.js';

/**
 * Issue 17.6: fees are seen by customer service, general administration and the administrator only
 * (ISO/IEC 17021-1 §5.2) — in every answer of every GET operation each role may call, JSON and Excel.
 */

const seeFees: readonly Role[] = ['customer_service', 'general_admin', 'admin'];
const fee = { initialAuditFee: 98765.43, surveillanceFee: 87654.32, proposed: 76543.21 };
const feeValues = Object.values(fee);
// a fee as text: as stored, as the regulator's report writes it, as a person types it
const feeTexts = feeValues.flatMap((v) => [String(v), v.toFixed(2), v.toLocaleString('en-US', { minimumFractionDigits: 2 })]);
// named here, not read from the visibility table or the column table under test: a fee dropped from
// either would otherwise drop out of what this test looks for
const feeKeys = ['initialAuditFee', 'surveillanceFee'];
const feeHeaders = ['初审费用', '监督费用', 'Initial audit fee', 'Surveillance fee'];

let w: World;
const ids: Record<'client' | 'other' | 'certificate' | 'change' | 'report', string> = {
  client: '',
  other: '',
  certificate: '',
  change: '',
  report: '',
};

beforeAll(async () => {
  w = await setUpWorld(() => new Date('2026-11-20T02:00:00Z'));
  const call = async (as: string, method: string, url: string, payload?: object) => {
    const res = await w.app.inject({
      method: method as 'POST',
      url,
      headers: { cookie: await w.login(as) },
      ...(payload ? { payload } : {}),
    });
    expect(res.statusCode, `${url} ${res.body}`).toBeLessThan(300);
    return res.json();
  };
  const client = await call('service', 'GET', `/api/clients/${w.huaxin}`);
  await call('service', 'PATCH', `/api/clients/${w.huaxin}`, {
    version: client.version,
    initialAuditFee: fee.initialAuditFee,
    surveillanceFee: fee.surveillanceFee,
  });
  // granted this month: the CNCA report of the month carries the initial audit fee
  const certificate = await grantSystem(w, await w.login('decider'), w.huaxin, 'QMS', 'CD26Q0001R0M', '2026-11-05');
  const change = await call('service', 'POST', `/api/clients/${w.huaxin}/contract-changes`, {
    kind: 'fees',
    description: `监督费用调整为 ${fee.proposed} 元`,
    proposed: { surveillanceFee: fee.proposed },
  });
  const report = await call('general', 'POST', '/api/reports/cnca/2026-11');
  Object.assign(ids, { client: w.huaxin, other: w.other, certificate: certificate.id, change: change.id, report: report.id });
});
afterAll(() => w.app.close());

/** Where a fee shows in a JSON answer: by key anywhere, or by value. */
function feesIn(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => feesIn(v, `${path}[${i}]`));
  if (typeof value === 'number') return feeValues.includes(value) ? [`${path} = ${value}`] : [];
  if (typeof value === 'string') return feeTexts.some((t) => value.includes(t)) ? [`${path} = ${value}`] : [];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [...(feeKeys.includes(k) ? [`${path}.${k}`] : []), ...feesIn(v, `${path}.${k}`)]);
}

/** Where a fee shows in a workbook: a fee's column header, or its value in any cell of any sheet. */
async function feesInWorkbook(file: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const found: string[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const v = cell.value;
        const hit =
          typeof v === 'number' ? feeValues.includes(v) : typeof v === 'string' && [...feeTexts, ...feeHeaders].some((t) => v.includes(t));
        if (hit) found.push(`${sheet.name}!R${r}C${c} = ${String(v)}`);
      }),
    );
  }
  return found;
}

async function userOf(role: Role) {
  const [user] = await w.db.select().from(users).where(eq(users.role, role)).orderBy(asc(users.username)).limit(1);
  return user!.username;
}

describe('who sees fees', () => {
  it.each(roles)('%s: every GET operation it may call, and its exports', async (role) => {
    const cookie = await w.login(await userOf(role));
    const answers = await answeredGets(w.app, cookie, Object.values(ids));
    expect(answers.length).toBeGreaterThan(10);
    const found = new Map<string, string[]>();
    for (const { url, res } of answers) {
      const fees = isJson(res) ? feesIn(res.json()) : isXlsx(res) ? await feesInWorkbook(res.rawPayload) : [];
      if (fees.length > 0) found.set(url, fees);
    }
    if (!seeFees.includes(role)) {
      expect(Object.fromEntries(found)).toEqual({});
      return;
    }
    // the client, its fee change and the client export carry them; the regulator's report for those who make it
    expect(found.get(`/api/clients/${ids.client}`)).toEqual([
      '.initialAuditFee',
      `.initialAuditFee = ${fee.initialAuditFee}`,
      '.surveillanceFee',
      `.surveillanceFee = ${fee.surveillanceFee}`,
    ]);
    expect(found.get(`/api/contract-changes/${ids.change}`)).toEqual(
      expect.arrayContaining(['.proposed.surveillanceFee', `.proposed.surveillanceFee = ${fee.proposed}`]),
    );
    expect(found.get('/api/clients/export')).toEqual(
      expect.arrayContaining([expect.stringContaining('= 初审费用'), expect.stringContaining(`= ${fee.surveillanceFee}`)]),
    );
    if (role !== 'customer_service')
      expect(found.get(`/api/reports/${ids.report}/file`)).toEqual([expect.stringContaining(`= ${fee.initialAuditFee}`)]);
  });

  it.each(roles)('%s: filters and sorts the client list by fees only if it sees them', async (role) => {
    const cookie = await w.login(await userOf(role));
    for (const query of ['initialAuditFeeFrom=1', 'surveillanceFeeTo=100000', 'sort=initialAuditFee']) {
      for (const list of ['/api/clients', '/api/clients/export']) {
        const res = await w.app.inject({ method: 'GET', url: `${list}?${query}`, headers: { cookie } });
        if (role === 'client' && list.endsWith('export')) expect(res.statusCode).toBe(403);
        else if (seeFees.includes(role)) expect(res.statusCode, res.body).toBe(200);
        else expect(res.json()).toMatchObject({ code: 'CLIENT.COLUMN_NOT_VISIBLE' });
      }
    }
  });
});
