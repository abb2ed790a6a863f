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
    // the demo CB is accredited for its management systems, so nothing warns of Unaccredited exports
    expect(await page.getByTestId('certsearch-no-accreditation').count()).toBe(0);
    // an export is not an upload: the duty stands until the file is marked uploaded
    expect(await page.getByTestId('certsearch-duty').textContent()).toContain('已超期');
    const exports = page.getByTestId('certsearch-exports');
    await exports.getByRole('button', { name: '标记已上传' }).click();
    await page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: /^确\s*定$/ })
      .click();
    await expect.poll(() => exports.textContent()).toContain('上传（');
    await expect.poll(() => page.getByTestId('certsearch-duty').textContent()).not.toContain('已超期');
    await page.close();
  });
});
