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
