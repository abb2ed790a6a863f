import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, pageOptions, recordCspViolations, reportPagesOnFailure, startServer } from './server.js';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;
const blocked: string[] = []; // what the Content-Security-Policy refused

beforeAll(async () => {
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

interface Cert {
  id: string;
  certificateNo: string;
  status: string;
  expiresOn: string;
  clientId: string;
}

describe('certificate lifecycle in the browser', () => {
  it('a decision-maker suspends a certificate, and the public register shows it suspended', async () => {
    await page.goto(server.url);
    await page.getByLabel('用户名').fill('jueding');
    await page.getByLabel('密码').fill('Demo#2026');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('current-user').waitFor();

    // a valid certificate with more than six months left, found through the same session's API
    const clients = (await (await page.request.get(`${server.url}/api/clients?pageSize=100`)).json()).items as { id: string }[];
    let target: Cert | undefined;
    const horizon = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    for (const c of clients) {
      const certs = (await (await page.request.get(`${server.url}/api/clients/${c.id}/certificates`)).json()) as Cert[];
      target = certs.find((x) => x.status === 'valid' && x.expiresOn > horizon);
      if (target) break;
    }
    expect(target).toBeDefined();

    await page.goto(`${server.url}/clients/${target!.clientId}`);
    await page.getByRole('tab', { name: '认证证书' }).click();
    await page.getByTestId('certificates').getByText(target!.certificateNo).click();
    const drawer = page.getByTestId('certificate-drawer');
    await drawer.getByRole('button', { name: /^暂\s*停$/ }).click();
    const form = page.getByTestId('certificate-action-form');
    await form.getByLabel('理由类别').click();
    await page.getByTitle('未按规定缴纳认证费用').click();
    await form.getByLabel('说明').fill('监督审核费用逾期三个月未缴');
    await page.getByRole('button', { name: /^确\s*定$/ }).click();
    await expect.poll(() => drawer.getByTestId('certificate-history').textContent()).toContain('监督审核费用逾期三个月未缴');
    await page.screenshot({ path: 'test-results/certificate-suspended.png' });
    // the "saved" message sits over the drawer's close button, and stays while the pointer is on it
    await page.mouse.move(5, 880);
    await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
    await page.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });
    await page.getByRole('tab', { name: '通知' }).click();
    await expect.poll(() => page.getByTestId('client-notices').textContent()).toContain('暂停期间不得使用认证证书和认证标志');
    // the ground picked reads in the notice in the same words
    expect(await page.getByTestId('client-notices').textContent()).toContain(
      '暂停理由：未按规定缴纳认证费用（监督审核费用逾期三个月未缴）',
    );
    // the server runs without SMTP: the notice's e-mail waits for the worker, which marks mail off; the letter prints
    expect(await page.getByTestId('notice-delivery').first().textContent()).toMatch(/^(邮件待发送|邮件未启用|无邮箱地址)$/);
    const href = await page
      .getByTestId('client-notices')
      .getByRole('link', { name: /打印函件/ })
      .first()
      .getAttribute('href');
    const letter = await page.request.get(`${server.url}${href}`);
    expect(letter.headers()['content-type']).toBe('application/pdf');

    // the public register, with no login
    const visitor = await browser.newPage({ ...pageOptions, viewport: { width: 1280, height: 900 } });
    recordCspViolations(visitor, blocked);
    // as a notice e-mail links to it: the register opened on the certificate's number
    await visitor.goto(`${server.url}/register?q=${encodeURIComponent(target!.certificateNo)}`);
    const result = visitor.getByTestId('register-result');
    await expect.poll(() => result.textContent()).toContain('暂停');
    expect(await result.textContent()).toContain(target!.certificateNo);
    expect(await result.textContent()).not.toMatch(/费用|联系/);
    expect(await visitor.getByTestId('register-count').textContent()).toMatch(/^共找到 \d+ 张证书/);
    // the number typed full-width with a separator finds it too (issue 19)
    const typed = [...`${target!.certificateNo.slice(0, 4)}-${target!.certificateNo.slice(4)}`]
      .map((ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))
      .join('');
    await visitor.getByTestId('register-search').locator('input').fill(typed);
    await visitor.getByTestId('register-search').locator('input').press('Enter');
    await expect
      .poll(async () => (await visitor.getByTestId('register-result').first().textContent()) ?? '')
      .toContain(target!.certificateNo);
    await visitor.screenshot({ path: 'test-results/register-suspended.png' });
    await visitor.getByText('EN', { exact: true }).click();
    await expect.poll(() => result.textContent()).toContain('suspended');
  });
});
