import { describe, expect, it } from 'vitest';
import { demoBrowser } from './server.js';

const { signIn } = demoBrowser();

describe('database backups in the browser (issue 18.2)', () => {
  it('the administrator sees the daily backup the server made at start, in words, and no warning on the dashboard', async () => {
    const page = await signIn('admin');
    // the worker takes the day's backup job within moments of the start
    const status = new URL('/api/backups/status', page.url()).toString();
    await expect.poll(async () => (await (await page.request.get(status)).json()).last, { timeout: 20_000 }).not.toBeNull();
    await page.reload();
    await page.getByTestId('dashboard').waitFor();
    expect(await page.getByTestId('backup-warning').count()).toBe(0);

    await page.getByRole('menuitem', { name: '数据备份' }).click();
    const card = page.getByTestId('backups');
    await expect.poll(() => card.textContent()).toContain('每日自动备份');
    const text = (await card.textContent()) ?? '';
    expect(text).toMatch(/最近一次备份\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(text).toMatch(/文件大小\d+\.\d (KB|MB)/);
    expect(text).toContain('最近 14 份');
    expect(text).not.toMatch(/\b(true|false|null|daily|manual)\b/);
    await page.close();
  });

  it('is not in the menu of other roles', async () => {
    const page = await signIn('zonghe');
    expect(await page.getByRole('menu').getByRole('menuitem').allTextContents()).not.toContain('数据备份');
    await page.close();
  });
});
