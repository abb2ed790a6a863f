import { mkdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { demoBrowser } from './server.js';

const { signIn, anonymous } = demoBrowser();

interface Row {
  certificateNo: string;
  organisationName: string;
  status: string;
  suspendedScope: string | null;
}

/** The demo CB's certificates as the API lists them to this session: the test finds its examples there, not in its own text. */
async function certificates(page: Page, query: string): Promise<Row[]> {
  const res = await page.request.get(new URL(`/api/certificates?pageSize=500&${query}`, page.url()).toString());
  expect(res.status()).toBe(200);
  return ((await res.json()) as { items: Row[] }).items;
}

const rows = (page: Page) => page.getByTestId('certificate-register').locator('tbody tr.ant-table-row');

describe('the certificate register (证书台账)', () => {
  it('general administration finds a certificate by a number typed loosely, filters by status, exports and opens one', async () => {
    const page = await signIn('zonghe');
    await page.getByRole('menuitem', { name: '证书台账' }).click();
    await expect.poll(() => rows(page).count()).toBeGreaterThan(5);
    const total = (await certificates(page, '')).length;
    expect(await page.locator('.ant-pagination-total-text').textContent()).toBe(`共 ${total} 条`);

    // a number in lower case, spaced where it has no space
    const [example] = await certificates(page, 'status=valid');
    const loose = `${example!.certificateNo.slice(0, 4)} ${example!.certificateNo.slice(4)}`.toLowerCase();
    await page.getByRole('searchbox', { name: '证书编号或组织名称' }).fill(loose);
    await page.getByRole('searchbox', { name: '证书编号或组织名称' }).press('Enter');
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await rows(page).first().textContent()).toContain(example!.certificateNo);
    expect(page.url()).toContain(`q=${encodeURIComponent(loose).replace(/%20/g, '+')}`);
    await page.getByRole('button', { name: /重\s*置/ }).click();
    await expect.poll(() => rows(page).count()).toBeGreaterThan(5);

    // suspended only: every row says so, in words
    const suspended = await certificates(page, 'status=suspended');
    expect(suspended.length).toBeGreaterThan(0);
    await page.getByTestId('register-status').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('暂停', { exact: true }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => rows(page).count()).toBe(suspended.length);
    for (const text of await rows(page).allTextContents()) expect(text).toContain('暂停');
    expect(page.url()).toContain('status=suspended');

    // the list as filtered, to Excel
    mkdirSync('test-results', { recursive: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出/ }).click()]);
    const file = `test-results/${download.suggestedFilename()}`;
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/证书台账.*\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('证书台账')!;
    expect(sheet.rowCount).toBe(suspended.length + 1);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toContain('暂停');

    // a row opens the certificate, with its history and the decisions the user may take
    const firstNo = await rows(page).first().locator('td').first().textContent();
    await rows(page).first().click();
    const drawer = page.getByTestId('certificate-drawer');
    await drawer.waitFor();
    expect(await drawer.locator('.ant-drawer-title').textContent()).toContain(firstNo);
    await expect.poll(() => drawer.getByTestId('certificate-history').textContent()).toContain('暂停');
    expect(await drawer.textContent()).not.toMatch(/management_system|after_sales|AFTER_SALES|suspended/);
    await page.screenshot({ path: 'test-results/certificate-register.png' });
    await page.close();
  });

  it('is not on the portal’s menu, and its address answers the portal with a refusal', async () => {
    const page = await signIn('huaxin');
    expect(await page.getByRole('menuitem', { name: '证书台账' }).count()).toBe(0);
    const res = await page.request.get(new URL('/api/certificates', page.url()).toString());
    expect(res.status()).toBe(403);
    await page.close();
  });
});

describe('the verification page a certificate’s QR code opens', () => {
  it('says in words whether the certificate is valid now, suspended, or not one the CB issued', async () => {
    const staff = await signIn('zonghe');
    const [valid] = await certificates(staff, 'status=valid');
    const [suspended] = await certificates(staff, 'status=suspended');
    await staff.close();

    const page = await anonymous(`/register/c/${encodeURIComponent(valid!.certificateNo)}`);
    const verdict = page.getByTestId('verification-verdict');
    await expect.poll(() => verdict.textContent()).toBe('证书有效');
    const card = page.getByTestId('register-result');
    expect(await card.textContent()).toContain(valid!.organisationName);
    expect(await page.getByTestId('verification').textContent()).toMatch(/查询时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）/);
    // nothing but the public fields
    expect(await page.getByTestId('verification').textContent()).not.toMatch(/费用|联系人|电话|分支|VIP/);

    await page.goto(new URL(`/register/c/${encodeURIComponent(suspended!.certificateNo)}`, page.url()).toString());
    await expect.poll(() => verdict.textContent()).toMatch(suspended!.suspendedScope ? /^证书部分暂停/ : /^证书暂停中/);

    await page.goto(new URL('/register/c/CD99X9999R9M', page.url()).toString());
    await expect.poll(() => verdict.textContent()).toBe('本机构没有编号为 CD99X9999R9M 的证书');
    expect(await page.getByTestId('verification').textContent()).toContain('伪造');

    await page.getByText('EN', { exact: true }).click();
    await expect.poll(() => verdict.textContent()).toBe('We have issued no certificate numbered CD99X9999R9M');
    await page.screenshot({ path: 'test-results/verification-missing.png' });
    await page.close();
  });
});

describe('the marks certificates print with', () => {
  it('the administrator uploads the certification mark on the parameters page, sees it, and removes it after confirming', async () => {
    const page = await signIn('admin');
    await page.getByRole('menuitem', { name: '方案参数' }).click();
    const slot = page.getByTestId('mark-certification');
    await expect.poll(() => slot.textContent()).toContain('未上传');
    const square = new PNG({ width: 40, height: 40 });
    for (let i = 0; i < square.data.length; i += 4) square.data.set([31, 95, 170, 255], i);
    await slot.locator('input[type=file]').setInputFiles({ name: '认证标志.png', mimeType: 'image/png', buffer: PNG.sync.write(square) });
    await expect.poll(() => slot.textContent()).toContain('认证标志.png');
    // the image itself shows, served by the API
    await expect.poll(() => slot.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);
    await slot.getByRole('button', { name: /删\s*除/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await expect.poll(() => slot.textContent()).toContain('未上传');
    await page.close();
  });

  it('the administrator changes an accreditation number and removes a field’s accreditation after confirming', async () => {
    const page = await signIn('admin');
    await page.getByRole('menuitem', { name: '方案参数' }).click();
    const card = page.getByTestId('accreditations');
    const row = (code: string) => card.locator('tbody tr.ant-table-row').filter({ hasText: code });
    // the demo CB: CNAS for its management systems, after-sales service not accredited
    await expect.poll(() => row('QMS').textContent()).toContain('CNAS C099-M');
    expect(await row('售后服务认证').textContent()).toContain('未认可');

    await row('QMS')
      .getByRole('button', { name: /修\s*改/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('认可证书号').fill('');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => dialog.textContent()).toContain('请填写认可证书号');
    await dialog.getByLabel('认可证书号').fill('CNAS C100-M');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => row('QMS').textContent()).toContain('CNAS C100-M');

    await row('EnMS')
      .getByRole('button', { name: /删\s*除/ })
      .click();
    const confirm = page.locator('.ant-popconfirm:visible');
    await expect.poll(() => confirm.textContent()).toContain('不再印认可标志');
    await confirm.getByRole('button', { name: /^确\s*定$/ }).click();
    await expect.poll(() => row('EnMS').textContent()).toContain('未认可');
    await card.screenshot({ path: 'test-results/accreditations.png' });
    await page.close();
  });
});
