import { mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, pageOptions, recordCspViolations, reportPagesOnFailure, startServer } from './server.js';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;
const blocked: string[] = []; // what the Content-Security-Policy refused

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage(pageOptions);
  recordCspViolations(page, blocked);
});

reportPagesOnFailure(() => [page]);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  expect(blocked).toEqual([]);
});

describe('client database in the browser', () => {
  it('refuses a wrong password with a Chinese message', async () => {
    await page.goto(server.url);
    await page.getByLabel('用户名').fill('kefu');
    await page.getByLabel('密码').fill('wrong');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('用户名或密码错误');
  });

  it('signs in and finds 北京华信 by its pinyin initials', async () => {
    await page.getByLabel('密码').fill('Demo#2026');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('current-user').waitFor();
    await page.getByRole('menuitem', { name: '客户信息' }).click();
    await page.getByTestId('client-search').locator('input').fill('bjhx');
    await page.getByTestId('client-search').locator('input').press('Enter');
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(1);
    await expect.poll(() => page.locator('.ant-table-tbody').textContent()).toContain('北京华信电子科技有限公司');
    expect(page.url()).toContain('q=bjhx');
    await page.screenshot({ path: 'test-results/client-search.png' });
    // typed in traditional characters, the place asked for first (issue 19)
    await page.getByTestId('client-search').locator('input').fill('北京華信電子');
    await page.getByTestId('client-search').locator('input').press('Enter');
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').first().textContent()).toContain('北京华信电子科技有限公司');
    await page.getByTestId('client-search').locator('input').fill('bjhx');
    await page.getByTestId('client-search').locator('input').press('Enter');
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(1);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(file.suggestedFilename()).toBe('客户信息.xlsx');
  });

  it('opens the client and shows its change history after an edit', async () => {
    await page.getByRole('link', { name: '北京华信电子科技有限公司' }).click();
    await page.getByRole('button', { name: /编\s*辑/ }).click();
    const phone = page.getByTestId('client-form').getByLabel('联系电话');
    await phone.fill('010-62345678');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: 'test-results/after-save.png' });
    await page.getByRole('tab', { name: '变更记录' }).click();
    await expect.poll(() => page.getByTestId('client-history').textContent()).toContain('→ 010-62345678');
    await page.screenshot({ path: 'test-results/client-history.png' });
  });

  it('shows a refused row by its contract number and cell, and lets its uploader discard the preview', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('客户信息');
    sheet.addRow(['合同编号', '组织名称', 'VIP']);
    sheet.addRow(['HT-E2E-404', '放弃测试有限公司', '也许']);
    await page.goto(`${server.url}/clients`);
    await page.locator('input[type=file]').setInputFiles({
      name: 'refused.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    const text = await errors.textContent();
    expect(text).toContain('HT-E2E-404');
    expect(text).toContain('放弃测试有限公司');
    expect(text).toContain('VIP：「也许」应为 是/否');
    // a column the file does not have is missing, not unknown
    expect(text).toContain('分支机构：必填');
    await page.getByTestId('import-discard').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '放弃导入' }).click();
    await expect.poll(() => page.locator('.ant-modal-title').textContent()).toBe('已放弃的导入：refused.xlsx');
    expect(await page.getByTestId('import-discard').count()).toBe(0);
    await page.locator('.ant-modal').getByRole('button', { name: '关闭' }).click();
    await page.getByTestId('recent-imports').click();
    await expect.poll(() => page.locator('.ant-dropdown').textContent()).toContain('refused.xlsx  ·  已放弃');
    await page.keyboard.press('Escape');
  });

  it('previews an update file (a blank cell keeps its value, the marker clears) and writes it only on confirmation', async () => {
    const found = await (await page.request.get(`${server.url}/api/clients?q=bjhx`)).json();
    const huaxin = found.items[0];
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('客户信息');
    sheet.addRow(['合同编号', '联系人', '邮编', '联系电话']);
    sheet.addRow([huaxin.contractNo, null, '（清空）', '010-66778899']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    await page.goto(`${server.url}/clients`);
    await page.locator('input[type=file]').setInputFiles({
      name: 'update.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    const updates = page.getByTestId('import-updates');
    await expect.poll(() => updates.textContent()).toContain('联系电话：010-62345678 → 010-66778899');
    expect(await updates.textContent()).toContain(`邮编：${huaxin.postcode} → （空）`);
    expect(await updates.textContent()).not.toContain('联系人');
    await page.screenshot({ path: 'test-results/import-preview.png' });
    // writing asks once more, saying what it will write
    await page.getByTestId('import-confirm').click();
    const asked = page.locator('.ant-popconfirm');
    await expect.poll(() => asked.textContent()).toContain('写入 0 个新客户、更新 1 个客户？');
    await asked.getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('更新 1');
    const after = await (await page.request.get(`${server.url}/api/clients/${huaxin.id}`)).json();
    expect(after).toMatchObject({ phone: '010-66778899', postcode: null, contactPerson: huaxin.contactPerson });
    await page.goto(`${server.url}/clients/${huaxin.id}`);
  });

  it('keeps the list’s header on one line at 1440×900, the full meaning of a shortened header on hover', async () => {
    await page.goto(`${server.url}/clients`);
    await expect.poll(() => page.locator('.ant-table tbody tr.ant-table-row').count()).toBeGreaterThan(10);
    // 信息保密（不报送 IAF CertSearch） wrapped to 8 lines in a 90 px column: a header ~200 px tall
    const header = await page.locator('.ant-table thead tr').first().boundingBox();
    expect(header!.height).toBeLessThanOrEqual(60);
    const confidential = page.locator('.ant-table thead').getByTestId('column-title-confidential');
    expect(await confidential.textContent()).toBe('信息保密');
    await confidential.hover();
    await expect.poll(() => page.locator('.ant-tooltip:visible').textContent()).toBe('信息保密（不报送 IAF CertSearch）');
    await page.mouse.move(0, 0);
    // more rows fit on the screen than the ~10 under the tall header (13 at 48 px)
    const body = await page.locator('.ant-table tbody').boundingBox();
    const rows = await page
      .locator('.ant-table tbody tr.ant-table-row')
      .evaluateAll((trs) => trs.filter((tr) => tr.getBoundingClientRect().bottom <= window.innerHeight).length);
    expect(body!.y).toBeLessThan(300);
    expect(rows).toBeGreaterThanOrEqual(12);
  });

  it('shows a client’s fees as in the list (10,000.00) and its yes/no fields as 是/否, never true/false', async () => {
    const found = await (await page.request.get(`${server.url}/api/clients?q=bjhx`)).json();
    const huaxin = found.items[0];
    expect(huaxin.initialAuditFee).toBe(10000);
    await page.goto(`${server.url}/clients?q=bjhx`);
    const row = page.locator('.ant-table tbody tr.ant-table-row').first();
    await expect.poll(() => row.textContent()).toContain('10,000.00');
    await page.getByRole('link', { name: '北京华信电子科技有限公司' }).click();
    const details = page.locator('.ant-descriptions');
    await expect.poll(() => details.textContent()).toContain('初审费用');
    const cell = (label: string) =>
      page.locator('.ant-descriptions-item-label', { hasText: label }).locator('xpath=following-sibling::td[1]').first().textContent();
    expect(await cell('初审费用')).toBe('10,000.00');
    expect(await cell('监督费用')).toBe('7,000.00');
    expect(await cell('VIP')).toBe('否');
    expect(await cell('信息保密')).toBe('否');
    expect(await details.textContent()).not.toMatch(/true|false/);
  });

  it('switches the interface to English', async () => {
    await page.getByText('EN', { exact: true }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Change history' }).count()).toBe(1);
    // the sidebar's English names are whole, none cut short with an ellipsis
    const cut = await page
      .locator('.ant-layout-sider .ant-menu-title-content')
      .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
    expect(cut).toEqual([]);
    expect(await page.locator('.ant-layout-sider .ant-menu-title-content').count()).toBeGreaterThan(8);
    // yes/no and money in English too
    const details = page.locator('.ant-descriptions');
    await expect.poll(() => details.textContent()).toContain('Initial audit fee');
    expect(await details.textContent()).toContain('10,000.00');
    expect(await details.textContent()).toContain('No');
    expect(await details.textContent()).not.toMatch(/true|false/);
    // an English header takes two lines at most
    await page.goto(`${server.url}/clients`);
    await expect.poll(() => page.locator('.ant-table tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    const titles = await page.locator('.ant-table thead .ant-table-column-title').evaluateAll((els) =>
      els.map((e) => ({
        text: e.textContent,
        lines: Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)),
      })),
    );
    expect(titles.filter((x) => x.lines > 2)).toEqual([]);
    expect(await page.locator('.ant-table thead').getByTestId('column-title-confidential').textContent()).toBe('Confidential');
  });
});
