import { describe, expect, it } from 'vitest';
import { demoBrowser } from './server.js';

const { anonymous, signIn } = demoBrowser();

describe('complaints in the browser', () => {
  it('a member of the public complains on the register page; customer service answers it in writing', async () => {
    const visitor = await anonymous('/register');
    await visitor.getByRole('tab', { name: '投诉与申诉' }).click();
    await visitor.getByLabel('您的姓名').fill('张先生');
    await visitor.getByLabel('联系电话或电子邮箱').fill('13900001111');
    await visitor.getByLabel('涉及的组织').fill('北京华信电子科技有限公司');
    await visitor.getByLabel('事由').fill('售后维修拖延');
    await visitor.getByLabel('详细情况').fill('示波器送修两个月仍未修好。');
    await visitor.getByRole('button', { name: /提\s*交/ }).click();
    const receipt = visitor.getByTestId('complaint-receipt');
    await expect.poll(() => receipt.textContent()).toMatch(/TS-\d{4}-\d{4}/);
    const number = /TS-\d{4}-\d{4}/.exec((await receipt.textContent())!)![0];
    await visitor.close();

    const page = await signIn('kefu');
    await page.getByRole('menuitem', { name: '申诉与投诉' }).click();
    const row = page.getByTestId('complaints').locator('tbody tr', { hasText: number });
    await row.click();
    const drawer = page.getByTestId('complaint-drawer');
    await drawer.getByRole('button', { name: '书面答复' }).click();
    await page.getByRole('dialog').last().getByLabel('书面答复').fill('已督促企业在 7 日内完成维修，并将跟踪结果。');
    await page
      .getByRole('dialog')
      .last()
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await expect.poll(() => drawer.textContent()).toContain('已书面答复');
    await page.screenshot({ path: 'test-results/complaint-answered.png' });
    await page.close();
  });
});
