import { describe, expect, it } from 'vitest';
import { usccCheckCharacter } from '../../src/lib/uscc.js';
import { demoBrowser } from './server.js';

const { signIn } = demoBrowser();
const uscc = '91110105MA01XK777' + usccCheckCharacter('91110105MA01XK777');

describe('after-sales applications in the browser', () => {
  it('customer service receives an application, records the credit check and accepts it into a client', async () => {
    const page = await signIn('kefu');
    await page.getByRole('menuitem', { name: '售后认证申请' }).click();
    await page.getByRole('button', { name: /受理申请/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('申请组织').fill('北京安居家电服务有限公司');
    await dialog.getByLabel('统一社会信用代码').fill(uscc);
    await dialog.getByLabel('省份').fill('北京市');
    await dialog.getByLabel('详细地址').fill('北京市朝阳区望京街10号');
    await dialog.getByLabel('联系人').fill('孙经理');
    await dialog.getByLabel('联系电话').fill('010-64001234');
    await dialog.getByLabel('认证范围内人数').fill('28');
    await dialog.getByLabel('分支机构').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('北京总部').click();
    await dialog.getByLabel('认证范围', { exact: true }).fill('家用电器的安装和维修服务');
    for (const m of ['营业执照等法律地位证明', '服务过程文件及标准', '服务流程图']) await dialog.getByLabel(m).check();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();

    await page.getByTestId('applications').locator('tbody tr', { hasText: '北京安居家电服务有限公司' }).click();
    const drawer = page.getByTestId('application-drawer');
    await drawer.getByRole('button', { name: '信用查询' }).click();
    await page.getByRole('dialog').last().getByLabel('意见').fill('公示系统查询无记录');
    await page
      .getByRole('dialog')
      .last()
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await expect.poll(() => drawer.textContent()).toContain('严重违法失信名单：无');
    await drawer.getByRole('button', { name: /受理（签订合同）/ }).click();
    await page.getByRole('dialog').last().getByLabel('意见').fill('材料齐全，信用良好，同意受理');
    await page
      .getByRole('dialog')
      .last()
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await expect.poll(() => drawer.textContent()).toContain('已受理');
    await page.screenshot({ path: 'test-results/application-accepted.png' });
    await drawer.getByRole('link', { name: '查看客户与审核方案' }).click();
    await page.getByRole('tab', { name: '审核方案' }).click();
    await expect.poll(() => page.getByTestId('programmes').textContent()).toMatch(/AFTER_SALES.*申请阶段/);
    await page.close();
  });
});
