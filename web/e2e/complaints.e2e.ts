import { describe, expect, it } from 'vitest';
import { chooseOption, demoBrowser } from './server.js';

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
    // classified as it is answered: the analysis counts the cases by cause
    await chooseOption(page, page.getByRole('dialog').last().getByTestId('complaint-cause'), '获证组织产品、服务或体系');
    await page
      .getByRole('dialog')
      .last()
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await expect.poll(() => drawer.textContent()).toContain('已书面答复');
    expect(await drawer.textContent()).toContain('原因分类获证组织产品、服务或体系');
    await page.screenshot({ path: 'test-results/complaint-answered.png' });
    await page.close();
  });

  it('a certified client files in its portal: its organisation given, one of its own certificates picked from a list', async () => {
    const page = await signIn('huaxin');
    const origin = new URL(page.url()).origin;
    const me = (await (await page.request.get(`${origin}/api/auth/me`)).json()) as { clientId: string };
    const own = (await (await page.request.get(`${origin}/api/clients/${me.clientId}/certificates`)).json()) as {
      certificateNo: string;
    }[];
    expect(own.length).toBeGreaterThan(0);

    await page.getByRole('menuitem', { name: '申诉与投诉' }).click();
    await page.getByRole('button', { name: /登记申投诉/ }).click();
    const dialog = page.getByRole('dialog');
    const organisation = dialog.getByLabel('涉及组织');
    await expect.poll(() => organisation.inputValue()).toBe('北京华信电子科技有限公司');
    expect(await organisation.getAttribute('readonly')).not.toBeNull();

    // the certificate is a list of its own, not a box to type any number into
    const certificate = dialog.getByTestId('complaint-certificate');
    await certificate.click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect.poll(() => options.count()).toBe(own.length);
    const titles = await options.evaluateAll((els) => els.map((e) => e.getAttribute('title')!));
    expect(titles.map((title) => title.split(' · ')[0]).sort()).toEqual(own.map((c) => c.certificateNo).sort());
    await page.keyboard.press('Escape');
    const chosen = titles[0]!;
    await chooseOption(page, certificate, chosen);
    await page.screenshot({ path: 'test-results/portal-complaint-form.png' });

    // filed in the portal user's own name unless changed
    await expect.poll(() => dialog.getByLabel('申投诉人').inputValue()).toBe('黄丽');
    await dialog.getByLabel('联系方式').fill('010-88886666');
    await dialog.getByLabel('事由').fill('对监督审核结论有异议');
    await dialog.getByLabel('详细情况').fill('希望复核本次监督审核的不符合项。');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const row = page.getByTestId('complaints').locator('tbody tr', { hasText: '对监督审核结论有异议' });
    await row.waitFor();
    await row.click();
    await expect.poll(() => page.getByTestId('complaint-drawer').textContent()).toContain(chosen.split(' · ')[0]!);
    await page.close();
  });
});
