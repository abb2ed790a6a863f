import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoBrowser } from './server.js';

const { signIn, anonymous } = demoBrowser();

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** what a reader must never see in the Chinese UI: ids, true/false, the fields' English keys */
const RAW = /\b(true|false|null|branchId|contractNo|initialAuditFee|plannedSurveillanceOn|confidential)\b/;

async function shown(page: Page, testId: string) {
  return (await page.getByTestId(testId).locator('tbody').textContent()) ?? '';
}

describe('the audit log in the browser (issue 17.9)', () => {
  it('the administrator filters it, opens a client’s whole history and reads it in words; sign-ins are on the second tab', async () => {
    // customer service changes a client, and someone mistypes a password
    const service = await signIn('kefu');
    const origin = new URL(service.url()).origin;
    const found = await (await service.request.get(`${origin}/api/clients?q=bjhx`)).json();
    const huaxin = found.items[0] as { id: string; contractNo: string; version: number; branchId: string };
    const branches = (await (await service.request.get(`${origin}/api/branches`)).json()) as { id: string; nameZh: string }[];
    const otherBranch = branches.find((b) => b.id !== huaxin.branchId)!;
    const patched = await service.request.patch(`${origin}/api/clients/${huaxin.id}`, {
      data: { version: huaxin.version, phone: '010-62999888', vip: true, branchId: otherBranch.id },
    });
    expect(patched.status()).toBe(200);
    const stranger = await anonymous('/');
    await stranger.getByLabel('用户名').fill('kefu');
    await stranger.getByLabel('密码').fill('not-the-password');
    await stranger.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => stranger.getByTestId('login-error').textContent()).toContain('用户名或密码错误');

    const page = await signIn('admin');
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await expect.poll(() => page.getByTestId('audit-log').locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);

    // the client's entries, by its contract number
    await page.getByTestId('audit-log-entity').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('客户', { exact: true }).click();
    const record = page.getByTestId('audit-log-record').locator('input');
    await record.fill(huaxin.contractNo);
    await record.press('Enter');
    await expect.poll(() => shown(page, 'audit-log')).toContain('联系电话');
    // only the client's own entries once the filters apply (the unfiltered list shows surveys and proposals too)
    await expect.poll(() => shown(page, 'audit-log')).not.toContain('满意度调查');
    const table = await shown(page, 'audit-log');
    expect(table).not.toContain('暂停建议');
    expect(table).toContain('北京华信电子科技有限公司');
    expect(table).toContain('李娜');
    expect(table).toContain(`分支机构：`);
    expect(table).toContain(`→ ${otherBranch.nameZh}`);
    expect(table).toContain('VIP：否 → 是');
    expect(table).not.toMatch(UUID);
    expect(table).not.toMatch(RAW);
    expect(page.url()).toContain(`record=${huaxin.contractNo}`);
    await page.screenshot({ path: 'test-results/audit-log.png', fullPage: true });

    // its whole history, from a row
    await page.getByTestId('audit-log').getByRole('button', { name: '北京华信电子科技有限公司' }).first().click();
    const drawer = page.getByTestId('record-history');
    await expect.poll(() => shown(page, 'record-history')).toContain('新建');
    const story = await shown(page, 'record-history');
    expect(story).toContain('组织名称：北京华信电子科技有限公司');
    expect(story).toContain('系统');
    expect(story).toContain('联系电话');
    expect(story).not.toMatch(UUID);
    expect(story).not.toMatch(RAW);
    await drawer.screenshot({ path: 'test-results/audit-log-record.png' });
    await page.keyboard.press('Escape');

    // sign-ins and refusals: the failed attempt, with its reason and address
    await page.getByRole('tab', { name: '登录与访问' }).click();
    await expect.poll(() => shown(page, 'audit-log')).toContain('登录失败');
    const security = await shown(page, 'audit-log');
    expect(security).toContain('原因：密码错误');
    expect(security).toContain('李娜（kefu）');
    expect(security).toContain('127.0.0.1');
    expect(security).not.toMatch(UUID);

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(file.suggestedFilename()).toBe('审计日志.xlsx');
    await page.close();
    await service.close();
    await stranger.close();
  });

  it('is not on the menu of customer service, and its address answers 403', async () => {
    const page = await signIn('kefu');
    await expect.poll(() => page.getByRole('menuitem', { name: '客户信息' }).count()).toBe(1);
    expect(await page.getByRole('menuitem', { name: '审计日志' }).count()).toBe(0);
    const origin = new URL(page.url()).origin;
    expect((await page.request.get(`${origin}/api/audit-log`)).status()).toBe(403);
    await page.close();
  });
});
