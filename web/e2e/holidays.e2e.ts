import { describe, expect, it } from 'vitest';
import { demoBrowser } from './server.js';

const { signIn } = demoBrowser();

// a line of the State Council's notice for 2026 (国务院办公厅 2025-11-04), as published
const springFestival2026 =
  '二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。';

describe('the holiday calendar in the browser', () => {
  it('warns admin and general administration, not others, that a year’s holidays are missing', async () => {
    // the demo carries the official years up to 2026; later years are for the administrator to enter
    const admin = await signIn('admin');
    await expect.poll(() => admin.getByTestId('holiday-years-missing').textContent()).toContain('年的节假日安排尚未录入');
    expect(await admin.getByTestId('holiday-years-missing').getByRole('link', { name: '去录入' }).count()).toBe(1);
    await admin.close();
    // general administration cannot enter them (SPEC §1): it is told whom to ask, and the page says so too
    const general = await signIn('zonghe');
    const warning = general.getByTestId('holiday-years-missing');
    await expect.poll(() => warning.textContent()).toContain('请联系系统管理员');
    expect(await warning.getByRole('link', { name: '去录入' }).count()).toBe(0);
    await warning.getByRole('link', { name: '查看节假日' }).click();
    await expect.poll(() => general.getByTestId('holiday-who-maintains').textContent()).toContain('节假日由系统管理员维护');
    expect(await general.getByTestId('holidays-bulk').count()).toBe(0);
    await general.close();
    const service = await signIn('kefu');
    await service.getByTestId('dashboard').waitFor();
    expect(await service.getByTestId('holiday-years-missing').count()).toBe(0);
    await service.close();
  });

  it('reads a pasted notice for review, refuses days already entered, and reports a notice read against the wrong year', async () => {
    const page = await signIn('admin');
    await page.getByTestId('holiday-years-missing').getByRole('link', { name: '去录入' }).click();
    await page.getByTestId('holidays-bulk').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('spinbutton').fill('2026');
    await dialog.getByTestId('notice-text').fill(springFestival2026);
    await dialog.getByTestId('notice-parse').click();
    const review = dialog.getByTestId('notice-review');
    await expect.poll(() => review.textContent()).toContain('2026-02-15');
    expect(await review.textContent()).toContain('春节调休上班');
    await page.screenshot({ path: 'test-results/holiday-notice-review.png' });
    // 2026 is in the calendar already: the whole entry is refused with the dates it holds
    await dialog.getByTestId('bulk-save').click();
    await expect.poll(() => page.locator('.ant-message, .ant-notification').textContent()).toContain('日历中已有这些日期的设置');

    // the same lines read as 2027: the weekdays no longer match, nothing can be saved
    await dialog.getByRole('spinbutton').fill('2027');
    await dialog.getByTestId('notice-parse').click();
    await expect.poll(() => dialog.textContent()).toContain('请核对年份');
    expect(await dialog.getByTestId('bulk-save').isDisabled()).toBe(true);
    await page.close();
  });
});
