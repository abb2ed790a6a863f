import { describe, expect, it } from 'vitest';
import { chooseOption, demoBrowser } from './server.js';

const { signIn } = demoBrowser();

describe('analyses in the browser: charts, tables and figures', () => {
  it('client care shows the quarterly follow-ups against the target and the churn with its definition', async () => {
    const page = await signIn('kefu');
    await page.goto(new URL('/communication', page.url()).toString());
    await page.getByRole('tab', { name: '电话回访季度汇总' }).click();
    const followUps = page.getByTestId('follow-up-summary');
    await followUps.getByTestId('chart-by-quarter').locator('svg').waitFor();
    await expect.poll(() => followUps.textContent()).toContain('年累计回访比例（目标 30%）');
    await expect.poll(() => followUps.locator('thead').first().textContent()).toContain('有效客户数');
    await page.screenshot({ path: 'test-results/analyses-follow-ups.png', fullPage: true });

    await page.getByRole('tab', { name: '流失 / 异常客户' }).click();
    const churn = page.getByTestId('churn-analysis');
    await churn.getByTestId('chart-rate-by-year').locator('svg').waitFor();
    await expect.poll(() => churn.textContent()).toContain('流失率 = 年内登记为“流失”的年初客户数 ÷ 年初客户数');
    await page.screenshot({ path: 'test-results/analyses-churn.png', fullPage: true });
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('complaints are analysed by cause, branch and month, for the year or a quarter', async () => {
    const page = await signIn('zonghe');
    await page.goto(new URL('/complaints', page.url()).toString());
    const analysis = page.getByTestId('complaints-analysis');
    await analysis.getByTestId('chart-by-month').locator('svg').waitFor();
    await expect.poll(() => analysis.locator('thead').nth(1).textContent()).toContain('月份');
    // the demo's cases by the cause the CB gave them; one not answered yet is not classified
    await expect.poll(() => analysis.locator('thead').first().textContent()).toContain('原因');
    const causes = (await analysis.locator('tbody').first().textContent()) ?? '';
    for (const cause of ['获证组织产品、服务或体系', '误用证书或认证标志', '尚未分类']) expect(causes).toContain(cause);
    await expect.poll(() => analysis.locator('tbody').nth(1).locator('tr.ant-table-row').count()).toBe(12);
    const period = page
      .getByLabel('期间')
      .locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
    await chooseOption(page, period, '第2季度');
    // a quarter's table by month has its three months
    await expect.poll(() => analysis.locator('tbody').nth(1).locator('tr.ant-table-row').count()).toBe(3);
    await page.screenshot({ path: 'test-results/analyses-complaints.png', fullPage: true });
  });

  it('incidents are analysed by kind, branch and month', async () => {
    const page = await signIn('zhiliang');
    await page.goto(new URL('/incidents', page.url()).toString());
    const analysis = page.getByTestId('incidents-analysis');
    await analysis.getByTestId('chart-by-category').locator('svg').waitFor();
    await expect.poll(() => analysis.locator('tbody').first().textContent()).toContain('质量');
  });
});
