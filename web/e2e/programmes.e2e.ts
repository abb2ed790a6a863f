import { describe, expect, it } from 'vitest';
import { demoBrowser } from './server.js';

const { signIn } = demoBrowser();

describe('surveillance scheduling in the browser', () => {
  it('audit management finds an overdue surveillance on the due-list, plans it and assigns a registered team', async () => {
    const page = await signIn('shenhe');
    await page.getByRole('menuitem', { name: '到期提醒' }).click();
    const buckets = page.getByTestId('due-buckets');
    await buckets.getByText('已逾期').click();
    const table = page.getByTestId('due-items');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    const overdueRow = table.locator('tbody tr.ant-table-row', { hasText: '监督审核' }).first();
    const clientName = (await overdueRow.locator('a').first().textContent())!;
    await page.screenshot({ path: 'test-results/due-list-overdue.png' });
    await overdueRow.locator('a').first().click();

    await page.getByRole('tab', { name: '审核方案' }).click();
    const programme = page.getByTestId('programmes').locator('.ant-card', { hasText: '进行中' }).first();
    await expect.poll(() => programme.getByTestId('due-surveillance').count()).toBe(1);
    await programme.getByRole('button', { name: /安排审核/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^确\s*定$/ })
      .click();
    const planned = programme.locator('tbody tr.ant-table-row', { hasText: '已计划' }).first();
    await planned.waitFor();

    await planned.getByRole('button', { name: '指定审核组' }).click();
    const candidates = page.getByTestId('team-candidates');
    await expect.poll(() => candidates.textContent()).toContain('杨磊');
    await page.getByLabel('担任 杨磊').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('组长').click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^保\s*存$/ })
      .click();
    await expect.poll(() => planned.textContent()).toContain('杨磊（组长）');
    await page.screenshot({ path: 'test-results/programme-planned.png' });

    // back on the due-list the overdue surveillance now shows the planned date
    await page.getByRole('menuitem', { name: '到期提醒' }).click();
    await buckets.getByText('已逾期').click();
    const row = page.getByTestId('due-items').locator('tbody tr.ant-table-row', { hasText: clientName }).first();
    await expect.poll(() => row.textContent()).toMatch(/\d{4}-\d{2}-\d{2}.*监督审核.*\d{4}-\d{2}-\d{2}/);

    // the same list as a calendar: the month's items on their due days
    await page.getByText('日历', { exact: true }).click();
    await expect.poll(() => page.getByTestId('due-calendar').locator('li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/due-calendar.png' });
    await page.close();
  });

  it('a decision-maker dismisses a suspension proposal with a reason', async () => {
    const page = await signIn('jueding');
    await page.getByRole('menuitem', { name: '暂停建议' }).click();
    const table = page.getByTestId('proposals');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    const before = await table.locator('tbody tr.ant-table-row').count();
    await table.locator('tbody tr.ant-table-row').first().getByRole('button', { name: '不予暂停' }).click();
    await page.getByRole('dialog').getByLabel('理由').fill('已与客户约定下周进行监督审核');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^确\s*定$/ })
      .click();
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(before - 1);
    await page.getByText('不予暂停', { exact: true }).first().click();
    await expect.poll(() => table.textContent()).toContain('已与客户约定下周进行监督审核');
    await page.close();
  });
});
