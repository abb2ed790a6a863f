import { describe, expect, it } from 'vitest';
import { chooseOption, demoBrowser } from './server.js';

const { signIn, anonymous } = demoBrowser();

describe('user administration in the browser', () => {
  it('admin creates a branch user; it must change the one-time password, sees only its branch, and is shut out when disabled', async () => {
    const admin = await signIn('admin');
    await admin.getByRole('menuitem', { name: '用户与分支机构' }).click();
    await admin.getByTestId('new-user').click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByTestId('username').fill('wang.li');
    await dialog.getByTestId('display-name').fill('王丽');
    await chooseOption(admin, dialog.getByTestId('branch'), '上海分公司');
    await dialog.getByTestId('generate-password').click();
    const oneTime = await dialog.getByTestId('one-time-password').inputValue();
    expect(oneTime).toMatch(/^\w{5}-\w{5}-\w{5}$/);
    // what is saved is what the form shows
    expect(await dialog.getByTestId('branch').textContent()).toBe('上海分公司');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    // the password stays on screen until the administrator has noted it
    const handedOut = admin.getByTestId('handed-out-password');
    await handedOut.waitFor();
    expect(await handedOut.textContent()).toBe(oneTime);
    await admin.getByRole('button', { name: /知道了|OK/ }).click();
    await handedOut.waitFor({ state: 'hidden' });
    const row = admin.getByTestId('users').locator('tr', { hasText: 'wang.li' });
    await expect.poll(() => row.textContent()).toContain('待修改一次性密码');
    expect(await row.textContent()).toContain('客户服务部');
    expect(await row.textContent()).toContain('上海分公司');

    // the new user signs in with the one-time password and can do nothing before changing it
    const user = await anonymous('/');
    await user.getByLabel('用户名').fill('wang.li');
    await user.getByLabel('密码').fill(oneTime);
    await user.getByRole('button', { name: /登\s*录/ }).click();
    const forced = user.getByTestId('forced-password-change');
    await forced.waitFor();
    expect(await user.getByRole('menuitem').count()).toBe(0);
    await forced.getByTestId('current-password').fill(oneTime);
    await forced.getByTestId('new-password').fill('Shanghai-office-2027');
    await forced.getByTestId('confirm-password').fill('Shanghai-office-2027');
    await forced.getByTestId('save-password').click();
    await user.getByTestId('current-user').waitFor();
    expect(await user.getByTestId('current-user').textContent()).toBe('王丽 · 客户服务部');

    // only the Shanghai branch's clients
    await user.getByRole('menuitem', { name: '客户信息' }).click();
    const table = user.locator('.ant-table');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    const headers = await table.locator('thead th').allTextContents();
    const branchColumn = headers.indexOf('分支机构');
    expect(branchColumn).toBeGreaterThanOrEqual(0);
    const branches = await table.locator(`tbody tr.ant-table-row td:nth-child(${branchColumn + 1})`).allTextContents();
    expect(new Set(branches)).toEqual(new Set(['上海分公司']));

    // the administrator disables the account: the open session ends at its next request
    await admin.reload();
    await row.getByRole('button', { name: '停用' }).click();
    await admin
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /停\s*用/ })
      .click();
    // the list shows active accounts unless asked: the leaver is under 已停用
    await expect.poll(() => row.count()).toBe(0);
    await chooseOption(admin, admin.getByTestId('status-filter'), '已停用');
    await expect.poll(() => row.textContent()).toContain('已停用');
    await user.getByRole('menuitem', { name: '工作台' }).click();
    await user.getByLabel('用户名').waitFor();
    expect(await user.getByRole('menuitem').count()).toBe(0);
    await user.close();
    await admin.close();
  });
});
