import { mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, recordCspViolations, startServer } from './server.js';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;
const blocked: string[] = []; // what the Content-Security-Policy refused

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  recordCspViolations(page, blocked);
});

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

  it('switches the interface to English', async () => {
    await page.getByText('EN', { exact: true }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Change history' }).count()).toBe(1);
  });
});
