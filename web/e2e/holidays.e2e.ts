import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoBrowser } from './server.js';

const { signIn } = demoBrowser();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A/AA rules over the page as it stands: the serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Violation[] }> } }).axe;
    const { violations } = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

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

  it('enters a festival from the year view: a run of days off by drag, a worked Saturday by a click, a mistake cleared after confirmation', async () => {
    // the demo holds no day of 2031
    const page = await signIn('admin');
    const origin = new URL(page.url()).origin;
    await page.goto(`${origin}/holidays?year=2031&view=year`);
    const october = page.getByRole('table', { name: '2031年10月' });
    await october.waitFor();
    expect(await page.getByTestId('holiday-year').getByRole('table').count()).toBe(12);
    const day = (date: string) => page.locator(`button[data-date="${date}"]`);
    // each day button is named by its date and what the day is (the text a screen reader reads)
    const nameOf = (date: string) => day(date).locator('.holiday-day-label').textContent();
    expect(await nameOf('2031-10-01')).toBe('2031-10-01 工作日');
    expect(await nameOf('2031-10-04')).toBe('2031-10-04 周末');
    const panel = page.getByTestId('holiday-year-panel');
    const selection = page.getByTestId('holiday-selection');
    const apply = page.getByTestId('holiday-mark-apply');

    // 1–3 October dragged over, named once: the English name comes with the Chinese one
    const centre = async (date: string) => {
      const box = (await day(date).boundingBox())!;
      return [box.x + box.width / 2, box.y + box.height / 2] as const;
    };
    // the bar below the grid stays over the viewport's foot: the month is brought to the middle first
    await october.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.mouse.move(...(await centre('2031-10-01')));
    await page.mouse.down();
    await page.mouse.move(...(await centre('2031-10-02')), { steps: 4 });
    await page.mouse.move(...(await centre('2031-10-03')), { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => selection.textContent()).toBe('已选 2031-10-01 至 2031-10-03，共 3 天');
    expect(await day('2031-10-02').getAttribute('aria-pressed')).toBe('true');
    // a run with weekdays cannot be worked as a weekend
    expect(await panel.getByRole('radio', { name: '调休上班' }).isDisabled()).toBe(true);
    await page.getByLabel('名称（中文）').fill('国庆节');
    await expect.poll(() => page.getByLabel('名称（英文）').inputValue()).toBe('National Day');
    await page.keyboard.press('Escape'); // the suggestions close
    await apply.click();
    for (const date of ['2031-10-01', '2031-10-02', '2031-10-03']) await expect.poll(() => nameOf(date)).toBe(`${date} 国庆节 放假`);
    expect(await day('2031-10-01').getAttribute('title')).toBe('国庆节 · 放假');
    expect(await page.getByRole('button', { name: '2031-10-01 国庆节 放假', exact: true }).count()).toBe(1);
    expect(await day('2031-10-02').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(255, 241, 240)');
    expect(await selection.count()).toBe(0);

    // 4–5 October by click and shift-click, marked, then cleared again: a removal asks first
    await day('2031-10-04').click();
    await day('2031-10-05').click({ modifiers: ['Shift'] });
    await expect.poll(() => selection.textContent()).toBe('已选 2031-10-04 至 2031-10-05，共 2 天');
    expect(await page.getByLabel('名称（中文）').inputValue()).toBe('国庆节');
    await apply.click();
    await expect.poll(() => day('2031-10-05').getAttribute('data-kind')).toBe('holiday');
    await day('2031-10-04').click();
    await day('2031-10-05').click({ modifiers: ['Shift'] });
    await panel.getByText('普通日（清除设置）').click();
    await apply.click();
    const confirm = page.locator('.ant-popconfirm:visible');
    await expect.poll(() => confirm.textContent()).toContain('清除 2 天的设置（2031-10-04、2031-10-05）');
    await confirm.getByRole('button', { name: /^确\s*定$/ }).click();
    await expect.poll(() => nameOf('2031-10-05')).toBe('2031-10-05 周末');
    expect(await day('2031-10-04').getAttribute('data-kind')).toBe('weekend');

    // Saturday 27 September worked for the festival: one click, the kind, and the name follows the festival
    await day('2031-09-27').click();
    await expect.poll(() => selection.textContent()).toBe('已选 2031-09-27');
    await panel.getByText('调休上班', { exact: true }).click();
    await expect.poll(() => page.getByLabel('名称（中文）').inputValue()).toBe('国庆节调休上班');
    expect(await page.getByLabel('名称（英文）').inputValue()).toBe('National Day (adjusted working day)');
    await page.screenshot({ path: 'test-results/holiday-year-view.png', fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await apply.click();
    await expect.poll(() => nameOf('2031-09-27')).toBe('2031-09-27 国庆节调休上班 调休上班');
    expect(await day('2031-09-27').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(230, 244, 255)');

    // a weekday chosen next is offered as a day off again, under the festival's own name
    await day('2031-10-06').click();
    await expect.poll(() => page.getByLabel('名称（中文）').inputValue()).toBe('国庆节');
    expect(await panel.getByRole('radio', { name: '放假' }).isChecked()).toBe(true);

    // one day with an entry opens the page's own dialog from the calendar
    await day('2031-10-01').click();
    await expect.poll(() => selection.textContent()).toBe('已选 2031-10-01');
    await panel.getByTestId('holiday-edit-entry').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByLabel('名称（中文）').inputValue()).toBe('国庆节');
    await dialog.getByRole('button', { name: /^取\s*消$/ }).click();

    // the list shows the same entries, and the view is in the address
    await page.getByTestId('holidays-view').getByText('列表').click();
    await expect.poll(() => page.url()).toContain('view=list');
    const rows = page.getByTestId('holidays-table').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(4);
    expect(await rows.allTextContents()).toEqual([
      expect.stringMatching(/^2031-09-27.*调休上班.*国庆节调休上班/),
      expect.stringMatching(/^2031-10-01.*放假.*国庆节/),
      expect.stringMatching(/^2031-10-02.*放假.*国庆节/),
      expect.stringMatching(/^2031-10-03.*放假.*国庆节/),
    ]);
    const saved = (await (await page.request.get(`${origin}/api/holidays?year=2031`)).json()) as object[];
    expect(saved.map((h) => ({ ...h, version: undefined }))).toEqual([
      { date: '2031-09-27', kind: 'workday', nameZh: '国庆节调休上班', nameEn: 'National Day (adjusted working day)', version: undefined },
      ...['2031-10-01', '2031-10-02', '2031-10-03'].map((date) => ({
        date,
        kind: 'holiday',
        nameZh: '国庆节',
        nameEn: 'National Day',
        version: undefined,
      })),
    ]);
    await page.close();

    // customer service sees the same year, and cannot change it
    const service = await signIn('kefu');
    await service.goto(`${origin}/holidays?year=2031`);
    const holiday = service.getByRole('cell', { name: '2031-10-02 国庆节 放假' });
    await holiday.waitFor();
    expect(await holiday.getAttribute('title')).toBe('国庆节 · 放假');
    expect(await service.getByRole('cell', { name: '2031-09-27 国庆节调休上班 调休上班' }).count()).toBe(1);
    expect(await service.getByTestId('holiday-year').getByRole('button').count()).toBe(0);
    await holiday.click();
    expect(await service.getByTestId('holiday-year-panel').count()).toBe(0);
    expect(await seriousViolations(service)).toEqual([]);
    await service.close();
  });
});
