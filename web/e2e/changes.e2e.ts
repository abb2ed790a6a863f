import { describe, expect, it } from 'vitest';
import { demoBrowser } from './server.js';

const { signIn } = demoBrowser();

describe('the client portal', () => {
  it("shows a client its own record without the CB's internal columns, and its pages work", async () => {
    const portal = await signIn('huaxin');
    await portal.getByRole('menuitem', { name: '客户信息' }).click();
    const table = portal.locator('.ant-table');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(1);
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.join('|')).toContain('组织名称');
    for (const internal of ['客户状态', '分类等级', 'VIP', '分支机构', '初审费用']) expect(headers).not.toContain(internal);
    expect(await portal.getByRole('button', { name: '导出 Excel' }).count()).toBe(0);
    await portal
      .getByRole('link', { name: /北京华信/ })
      .first()
      .click();
    await expect.poll(() => portal.locator('.ant-descriptions').textContent()).toContain('统一社会信用代码');
    expect(await portal.locator('.ant-descriptions').textContent()).not.toContain('分类等级');
    await portal.getByRole('menuitem', { name: '事件自报' }).click();
    await expect.poll(() => portal.locator('form').count()).toBeGreaterThan(0);
    await portal.close();
  });
});

describe('one’s own password', () => {
  it('is changed in the header, refused when common, and the new one signs in', async () => {
    const page = await signIn('zhiliang');
    await page.getByTestId('change-password').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('当前密码').fill('Demo#2026');
    await dialog.getByLabel('新密码', { exact: true }).fill('1234567890');
    await dialog.getByLabel('再次输入新密码').fill('1234567890');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('太容易被猜到');
    await dialog.getByLabel('新密码', { exact: true }).fill('Quality!2026-new');
    await dialog.getByLabel('再次输入新密码').fill('Quality!2026-new');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: /退出登录/ }).click();
    await page.getByLabel('用户名').fill('zhiliang');
    await page.getByLabel('密码').fill('Quality!2026-new');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('current-user').waitFor();
    await page.close();
  });
});

describe('contract changes in the browser', () => {
  it('a client files a contact change in its portal; customer service reviews and carries it out', async () => {
    const portal = await signIn('huaxin');
    await portal.getByRole('menuitem', { name: '客户信息' }).click();
    await portal
      .getByRole('link', { name: /北京华信/ })
      .first()
      .click();
    await portal.getByRole('tab', { name: '合同变更' }).click();
    await portal.getByRole('button', { name: /提交变更申请/ }).click();
    const dialog = portal.getByRole('dialog');
    await dialog.getByLabel('变更类别').click();
    await portal.locator('.ant-select-dropdown:visible').getByTitle('联系人/电话变更').click();
    await dialog.getByLabel('联系人', { exact: true }).fill('王建国');
    await dialog.getByLabel('变更说明').fill('原联系人离职');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => portal.getByTestId('contract-changes').textContent()).toContain('待审核');
    await portal.close();

    const page = await signIn('kefu');
    await page.getByRole('menuitem', { name: '合同变更' }).click();
    const changes = page.getByTestId('contract-changes');
    await changes
      .getByRole('button', { name: /审\s*核/ })
      .first()
      .click();
    await page.getByRole('dialog').getByLabel('意见').fill('已电话核实');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await page.getByText('已批准待实施', { exact: true }).click();
    await changes
      .getByRole('button', { name: /实\s*施/ })
      .first()
      .click();
    await page.getByRole('dialog').getByLabel('意见').fill('已更新客户信息');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await page.getByText('已实施', { exact: true }).click();
    await expect.poll(() => changes.textContent()).toContain('联系人/电话变更');
    // the application prints on its form F01, as filed and as it went
    const form = await changes.getByRole('link', { name: /F01/ }).first().getAttribute('href');
    const pdf = await page.request.get(new URL(form!, page.url()).toString());
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await page.screenshot({ path: 'test-results/contract-change.png' });
    await page.close();
  });
});
