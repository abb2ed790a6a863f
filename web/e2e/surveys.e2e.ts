import { describe, expect, it } from 'vitest';
import { demoBrowser } from './server.js';

const { signIn } = demoBrowser();

interface Form {
  id: string;
  issuedOn: string;
  answeredOn: string | null;
}

describe('satisfaction survey and dashboards in the browser', () => {
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
    for (const code of ['C1', 'C2', 'A1', 'A2', 'A3', 'A4', 'S1', 'S2', 'S3']) {
      await dialog.locator(`[data-testid="q-${code}"] input, input[data-testid="q-${code}"]`).first().fill('9');
    }
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
});
