import { describe, expect, it } from 'vitest';
import { demoBrowser } from './server.js';

const { signIn } = demoBrowser();

interface Form {
  id: string;
  issuedOn: string;
  answeredOn: string | null;
}

describe('client service in the browser: surveys, dashboards, grading', () => {
  it('a client answers its form in the portal and the satisfaction report counts it', async () => {
    const portal = await signIn('huaxin');
    const origin = new URL(portal.url()).origin;
    const forms = (await (await portal.request.get(`${origin}/api/portal/surveys`)).json()) as Form[];
    const open = forms.find((f) => f.answeredOn === null);
    expect(open).toBeDefined();
    const year = open!.issuedOn.slice(0, 4);

    const staff = await signIn('zonghe');
    await staff.goto(`${origin}/surveys?tab=report&year=${year}`);
    const answered = staff.getByTestId('report-answered').locator('.ant-statistic-content-value');
    await answered.waitFor();
    const before = Number(await answered.textContent());

    await portal.getByRole('menuitem', { name: '满意度调查' }).click();
    const row = portal.getByTestId('my-surveys').locator('tbody tr', { hasText: open!.issuedOn });
    await row.getByRole('button', { name: /填\s*写/ }).click();
    const dialog = portal.getByRole('dialog');
    // each question is a 0–10 rating named by the question, the scale's words at its ends
    const rating = (code: string) => dialog.getByTestId(`q-${code}`);
    await expect.poll(() => dialog.getByRole('radiogroup').count()).toBe(9);
    expect(await rating('A2').getAttribute('aria-label')).toBe('A2 审核员的专业能力');
    await expect.poll(() => dialog.getByText('非常不满意', { exact: true }).count()).toBe(9);
    // a score is a button; its radio (named with the score's word) is what assistive technology reads
    const pick = (code: string, name: string) =>
      rating(code)
        .locator('label', { has: portal.getByRole('radio', { name }) })
        .click();
    for (const code of ['C1', 'C2', 'A1', 'A3', 'A4', 'S1', 'S2', 'S3']) await pick(code, '9 非常满意');
    await expect.poll(() => rating('C1').getByRole('radio', { name: '9 非常满意' }).isChecked()).toBe(true);
    // with the keyboard: the arrow keys move the score, the chosen score's word beside it
    await pick('A2', '6 一般');
    await expect.poll(() => dialog.getByTestId('q-A2-word').textContent()).toContain('6 · 一般');
    await rating('A2').getByRole('radio', { name: '6 一般' }).focus();
    await portal.keyboard.press('ArrowRight');
    await portal.keyboard.press('ArrowRight');
    await expect.poll(() => rating('A2').getByRole('radio', { name: '8 满意' }).isChecked()).toBe(true);
    await expect.poll(() => dialog.getByTestId('q-A2-word').textContent()).toContain('8 · 满意');
    await portal.screenshot({ path: 'test-results/survey-rating.png' });
    await dialog.getByLabel('意见与建议').fill('审核组专业、守时');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => row.textContent()).toContain('已回收');

    await staff.reload();
    await expect.poll(async () => Number(await answered.textContent())).toBe(before + 1);
    await staff.getByTestId('chart-stages').locator('svg').waitFor();
  });

  it("an audit manager's home page shows the overdue items with charts", async () => {
    const page = await signIn('shenhe');
    await page.getByTestId('dashboard').waitFor();
    const overdue = page.getByTestId('tile-overdue').locator('.ant-statistic-content-value');
    await expect.poll(async () => Number(await overdue.textContent())).toBeGreaterThan(0);
    await page.getByTestId('chart-due-kind').locator('svg').waitFor();
    await page.getByRole('menuitem', { name: '客户分类' }).click();
    await expect.poll(() => page.getByTestId('campaign-progress').textContent()).toMatch(/已评 \d+ \/ \d+/);
  });

  it('the dashboard’s 已逾期 opens the overdue items, each with its days overdue in words, an audit one on the client’s audit programme', async () => {
    const page = await signIn('shenhe');
    const tile = page.getByTestId('tile-overdue');
    const value = tile.locator('.ant-statistic-content-value');
    await expect.poll(async () => Number(await value.textContent())).toBeGreaterThan(0);
    const overdue = Number(await value.textContent());
    // the dashboard's overdue list: a surveillance item opens its client's audit programme, not its basic data
    const dashboardLinks = await page
      .locator('.ant-card', { hasText: '本部门逾期事项' })
      .locator('a[href^="/clients/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(dashboardLinks.length).toBeGreaterThan(0);
    expect(dashboardLinks.some((h) => h!.endsWith('?tab=programmes'))).toBe(true);

    await tile.click();
    await expect.poll(() => new URL(page.url()).search).toBe('?bucket=overdue');
    await expect.poll(() => page.getByTestId('due-buckets').locator('.ant-segmented-item-selected').textContent()).toContain('已逾期');
    const rows = page.getByTestId('due-items').locator('tbody tr.ant-table-row');
    // the department's overdue items, as the tile counted them: none of the later windows
    await expect.poll(() => rows.count()).toBe(Math.min(overdue, 50));
    const dueCells = await rows.locator('td:first-child').allTextContents();
    for (const text of dueCells) {
      expect(text).toMatch(/逾期 \d+ 天/);
      expect(text).not.toMatch(/\d+d\b/);
    }
    // 682d was how it read: the days counted on the CB's calendar
    const first = await rows.first().locator('td:first-child .ant-tag').textContent();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const days = Math.round((Date.parse(today) - Date.parse(first!)) / 86_400_000);
    expect(dueCells[0]).toContain(`逾期 ${days} 天`);

    // a surveillance audit owed: its client's 审核方案 tab
    const audit = rows.filter({ hasText: '监督审核' }).first();
    const client = await audit.locator('td:nth-child(3) a').textContent();
    await audit.locator('td:nth-child(3) a').click();
    await expect.poll(() => new URL(page.url()).search).toBe('?tab=programmes');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('审核方案');
    expect(await page.locator('.ant-card-head').first().textContent()).toContain(client);

    // the calendar shows what is overdue: said above the month when due earlier, with a way to the list and to its date
    await page.goBack();
    await page.getByTestId('due-view').getByText('日历').click();
    const before = page.getByTestId('calendar-overdue-before');
    await expect.poll(() => before.textContent()).toMatch(/另有 \d+ 项已逾期/);
    await before.getByRole('button', { name: '查看逾期清单' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?bucket=overdue');
    await expect.poll(() => rows.count()).toBe(Math.min(overdue, 50));
    await page.getByTestId('due-view').getByText('日历').click();
    await before.getByRole('button', { name: '转到最早逾期的月份' }).click();
    // on its date, marked overdue
    const marked = page.getByTestId('due-calendar').getByTestId('calendar-overdue');
    await expect.poll(() => marked.count()).toBeGreaterThan(0);
    expect(await marked.first().textContent()).toContain('已逾期');
    expect(await marked.first().getAttribute('title')).toMatch(/^逾期 \d+ 天 · /);
    await page.getByTestId('due-view').getByText('清单').click();

    // in English: '684 days overdue'
    await page.getByText('EN', { exact: true }).click();
    await expect.poll(() => rows.first().locator('td:first-child').textContent()).toMatch(/\d+ days overdue/);
    await page.close();
  });

  it('audit management grades a client with the certificate-only override, and the grade is capped at C', async () => {
    const page = await signIn('shenhe');
    const origin = new URL(page.url()).origin;
    // a client holding a live QMS certificate, found through the same session's API
    const { items } = (await (await page.request.get(`${origin}/api/clients?pageSize=100`)).json()) as { items: { id: string }[] };
    let clientId: string | undefined;
    let historyBefore = 0;
    for (const c of items) {
      const tab = (await (await page.request.get(`${origin}/api/clients/${c.id}/classification`)).json()) as {
        systems: string[];
        history: unknown[];
      };
      if (tab.systems.includes('QMS')) {
        clientId = c.id;
        historyBefore = tab.history.length;
        break;
      }
    }
    expect(clientId).toBeDefined();
    await page.goto(`${origin}/clients/${clientId}?tab=classification`);
    await page.getByRole('button', { name: /评\s*价/ }).click();
    const dialog = page.getByRole('dialog');
    for (const code of ['QMS-STABILITY', 'QMS-MATURITY', 'QMS-RESOURCES', 'QMS-REALISATION', 'QMS-MONITORING', 'QMS-IMPROVEMENT']) {
      await dialog.getByTestId(`grade-${code}`).click();
      await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().getByTitle('A', { exact: true }).click();
    }
    await dialog.getByLabel('只为拿证、不重视绩效 → C').check();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page.getByTestId('client-grade').textContent()).toBe('C');
    const after = (await (await page.request.get(`${origin}/api/clients/${clientId}/classification`)).json()) as {
      history: { overallGrade: string; systemGrades: Record<string, string> }[];
    };
    expect(after.history).toHaveLength(historyBefore + 1);
    expect(after.history[0]).toMatchObject({ overallGrade: 'C', systemGrades: { QMS: 'A' } });
  });

  it('customer service logs a contact in the client file and closes a client request with its outcome', async () => {
    const page = await signIn('kefu');
    await page.getByRole('menuitem', { name: '客户信息' }).click();
    await page
      .getByRole('link', { name: /北京华信/ })
      .first()
      .click();
    await page.getByRole('tab', { name: '沟通记录' }).click();
    const contacts = page.getByTestId('contacts');
    await contacts.waitFor();
    const before = await contacts.locator('tbody tr.ant-table-row').count();
    await page.getByRole('button', { name: /登记联系/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('内容').fill('电话确认12月监督审核安排');
    await dialog.getByLabel('电话回访').check();
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect.poll(() => contacts.locator('tbody tr.ant-table-row').count()).toBe(before + 1);
    await expect.poll(() => contacts.textContent()).toContain('电话确认12月监督审核安排');

    await page.getByRole('menuitem', { name: '客户维护' }).click();
    await page.getByRole('tab', { name: '客户要求' }).click();
    const open = page.locator('tbody tr', { has: page.getByRole('button', { name: /办\s*结/ }) }).first();
    const content = await open.locator('td').nth(2).textContent();
    await open.getByRole('button', { name: /办\s*结/ }).click();
    const modal = page.getByRole('dialog');
    await modal.getByLabel('处理结果').fill('已与客户协商，同意调整至下季度');
    await modal.getByRole('button', { name: /确\s*定|OK/ }).click();
    const row = page.locator('tbody tr', { hasText: content! });
    await expect.poll(() => row.textContent()).toContain('已办结');
  });
});
