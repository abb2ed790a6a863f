import { describe, expect, it } from 'vitest';
import { demoBrowser } from './server.js';

const { signIn } = demoBrowser();

// a member of staff in London at 20:00 on 3 December: in Beijing it is already 4 December, 04:00
const london = { timezoneId: 'Europe/London', at: new Date('2026-12-03T20:00:00Z') };
const cbToday = '2026-12-04';

/** An instant on the CB's clock (Asia/Shanghai keeps UTC+8 all year): 2026-12-04 04:00. */
const onCbClock = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

describe('dates in the browser follow the CB, not the browser', () => {
  it("a new client request defaults to the CB's date and takes no day after it, in Chinese and in English", async () => {
    const page = await signIn('kefu', london);
    // the browser itself is still on 3 December
    expect(await page.evaluate(() => new Date().getDate())).toBe(3);

    await page.getByRole('menuitem', { name: '客户维护' }).click();
    await page.getByRole('tab', { name: '客户要求' }).click();
    await page.getByRole('button', { name: /登记要求/ }).click();
    const receivedOn = page.getByRole('dialog').getByLabel('受理日期');
    await expect.poll(() => receivedOn.inputValue()).toBe(cbToday);

    await receivedOn.click();
    const panel = page.locator('.ant-picker-dropdown:visible');
    const cell = (day: string) => panel.locator(`td[title="${day}"]`);
    await cell(cbToday).waitFor();
    expect(await cell(cbToday).getAttribute('class')).not.toContain('ant-picker-cell-disabled');
    expect(await cell('2026-12-05').getAttribute('class')).toContain('ant-picker-cell-disabled');

    // English: the same ISO date, never 12/04/2026
    await page.evaluate(() => localStorage.setItem('certdesk.lang', 'en'));
    await page.reload();
    await page.getByRole('tab', { name: 'Requests' }).click();
    await page.getByRole('button', { name: /Log a request/ }).click();
    await expect.poll(() => page.getByRole('dialog').getByLabel('Received').inputValue()).toBe(cbToday);
    await page.close();
  });

  it('the CNCA report log shows when each report was generated on the CB clock', async () => {
    const page = await signIn('zonghe', london);
    await page.getByRole('menuitem', { name: '监管报送' }).click();
    await page.getByTestId('cnca-issues').waitFor();
    // last month at the CB: November
    expect(await page.locator('.ant-card-extra .ant-picker input').inputValue()).toBe('2026-11');
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /生成月报/ }).click()]);
    const row = page.getByTestId('cnca-history').locator('tbody tr.ant-table-row');
    await expect.poll(() => row.count()).toBe(1);

    const origin = new URL(page.url()).origin;
    const check = (await (await page.request.get(`${origin}/api/reports/cnca/2026-11/check`)).json()) as {
      reports: { generatedAt: string }[];
    };
    const generatedAt = check.reports[0]!.generatedAt;
    expect(await row.locator('td').first().textContent()).toBe(onCbClock(generatedAt));
    await page.close();
  });
});
