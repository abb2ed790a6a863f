import { describe, expect, it } from 'vitest';
import { demoBrowser } from './server.js';

const { signIn } = demoBrowser();

describe('regulatory reporting in the browser', () => {
  it('general administration checks last month, generates the CNCA report and exports CertSearch data', async () => {
    const page = await signIn('zonghe');
    await page.getByRole('menuitem', { name: '监管报送' }).click();
    await page.getByTestId('cnca-issues').waitFor();
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /生成月报/ }).click()]);
    expect(report.suggestedFilename()).toMatch(/^CNCA-.*\.xlsx$/);
    await expect.poll(() => page.getByTestId('cnca-history').locator('tbody tr.ant-table-row').count()).toBe(1);
    await page.screenshot({ path: 'test-results/reports.png', fullPage: true });

    await expect.poll(() => page.getByTestId('certsearch-duty').textContent()).toContain('已超期');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 JSON/ }).click()]);
    expect(json.suggestedFilename()).toMatch(/^certsearch-\d{8}\.json$/);
    await expect.poll(() => page.getByTestId('certsearch-duty').textContent()).not.toContain('已超期');
    await page.close();
  });
});
