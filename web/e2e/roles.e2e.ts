import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoBrowser } from './server.js';

const { signIn } = demoBrowser();

/** What the page's API requests came to: the refusals (403) and other failures, and how many are still under way. */
function watch(page: Page) {
  const failed: string[] = [];
  const open = new Set<Request>();
  page.on('request', (req) => open.add(req));
  page.on('requestfinished', (req) => open.delete(req));
  page.on('requestfailed', (req) => open.delete(req));
  page.on('response', (res) => {
    if (res.url().includes('/api/') && res.status() >= 400) failed.push(`${page.url()} → ${res.status()} ${res.url()}`);
  });
  return {
    failed,
    /** until the page's loads have all come back */
    settled: async () => {
      await page.waitForTimeout(300);
      await expect.poll(() => open.size, { timeout: 10_000 }).toBe(0);
    },
  };
}

const menu = (page: Page) => page.getByRole('menu').getByRole('menuitem').allTextContents();
// these two open in a tab of their own
const elsewhere = ['公开查询', 'API 文档'];

// issue 17.5: the menu is what the role may open, from the permissions the server sends
const portal = ['工作台', '客户信息', '事件自报', '申诉与投诉', '满意度调查', '公开查询'];
const auditor = [
  '工作台',
  '客户信息',
  '到期提醒',
  '暂停建议',
  '风险信息',
  '风险事件',
  '售后认证申请',
  '申诉与投诉',
  '客户分类',
  '满意度调查',
  '客户维护',
  '审核员资格',
  '方案参数',
  '节假日',
  '公开查询',
];

describe('each role’s menu', () => {
  it.each(['huaxin', 'auditor', 'jueding', 'zhiliang', 'shenhe', 'zonghe', 'kefu', 'admin'])(
    '%s: every item once, each opens without a refusal or an error message',
    async (username) => {
      const page = await signIn(username);
      const { failed, settled } = watch(page);
      const items = await menu(page);
      expect(new Set(items).size, items.join('|')).toBe(items.length);
      if (username === 'huaxin') expect(items).toEqual(portal);
      if (username === 'auditor') expect(items).toEqual(auditor);
      if (username === 'admin') expect(items).toEqual(expect.arrayContaining([...auditor, '合同变更', '监管报送', 'API 文档']));
      else expect(items).not.toContain('API 文档');
      for (const [i, item] of items.entries()) {
        if (elsewhere.includes(item)) continue;
        await page.getByRole('menu').getByRole('menuitem').nth(i).click();
        await settled();
        expect(await page.locator('.ant-message-error').allTextContents(), item).toEqual([]);
      }
      expect(failed).toEqual([]);
      // the API's description opens for whoever's menu has it, and only for them
      const docs = await page.request.get(new URL('/api/docs/json', page.url()).toString());
      expect(docs.status()).toBe(items.includes('API 文档') ? 200 : 403);
      // a page outside the menu, its address typed by hand, is not drawn: the dashboard opens instead
      const outside = { huaxin: '/parameters', auditor: '/users' }[username as 'huaxin' | 'auditor'];
      if (outside) {
        await page.goto(new URL(outside, page.url()).toString());
        await expect.poll(() => new URL(page.url()).pathname).toBe('/dashboard');
      }
      await page.close();
    },
  );
});

describe('fees in the browser', () => {
  it('are on the client’s page and form for customer service, and simply not there for an auditor', async () => {
    const open = async (username: string) => {
      const page = await signIn(username);
      await page.getByRole('menuitem', { name: '客户信息' }).click();
      await expect.poll(() => page.locator('.ant-table tbody tr.ant-table-row').count()).toBeGreaterThan(0);
      const headers = await page.locator('.ant-table thead th').allTextContents();
      await page
        .getByRole('link', { name: /北京华信/ })
        .first()
        .click();
      await expect.poll(() => page.locator('.ant-descriptions').textContent()).toContain('统一社会信用代码');
      return { page, headers, details: (await page.locator('.ant-descriptions').textContent()) ?? '' };
    };
    const service = await open('kefu');
    expect(service.headers).toContain('初审费用');
    expect(service.details).toContain('监督费用');
    await service.page.getByRole('button', { name: /编\s*辑/ }).click();
    await expect.poll(() => service.page.getByTestId('client-form').textContent()).toContain('初审费用');
    await service.page.close();
    const auditorPage = await open('auditor');
    for (const text of ['初审费用', '监督费用']) {
      expect(auditorPage.headers).not.toContain(text);
      expect(auditorPage.details).not.toContain(text);
    }
    await auditorPage.page.close();
  });
});
