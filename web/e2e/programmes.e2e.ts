import { describe, expect, it } from 'vitest';
import { chooseOption, demoBrowser } from './server.js';

const { signIn } = demoBrowser();

describe('surveillance scheduling in the browser', () => {
  it('audit management finds an overdue surveillance on the due-list, plans it and assigns a registered team led by a qualified 组长', async () => {
    const page = await signIn('shenhe');
    await page.getByRole('menuitem', { name: '到期提醒' }).click();
    const buckets = page.getByTestId('due-buckets');
    await buckets.getByText('已逾期').click();
    const table = page.getByTestId('due-items');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    const overdueRow = table.locator('tbody tr.ant-table-row', { hasText: '监督审核' }).first();
    const clientName = (await overdueRow.locator('a').first().textContent())!;
    await page.screenshot({ path: 'test-results/due-list-overdue.png' });
    await overdueRow.locator('a').first().click();

    await page.getByRole('tab', { name: '审核方案' }).click();
    const programme = page.getByTestId('programmes').locator('.ant-card', { hasText: '进行中' }).first();
    await expect.poll(() => programme.getByTestId('due-surveillance').count()).toBe(1);
    await programme.getByRole('button', { name: /安排审核/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^确\s*定$/ })
      .click();
    const planned = programme.locator('tbody tr.ant-table-row', { hasText: '已计划' }).first();
    await planned.waitFor();

    await planned.getByRole('button', { name: '指定审核组' }).click();
    const candidates = page.getByTestId('team-candidates');
    await expect.poll(() => candidates.textContent()).toContain('杨磊');
    await expect.poll(() => candidates.textContent()).toContain('周婷');
    const save = page.getByRole('dialog').getByRole('button', { name: /^保\s*存$/ });
    const problems = page.getByTestId('team-problems');
    // the role select of a candidate (its input carries the label)
    const roleOf = (name: string) =>
      page
        .getByLabel(`担任 ${name}`)
        .locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
    // nobody chosen yet: nothing to save
    await expect.poll(() => problems.textContent()).toContain('请为审核组选择成员');
    expect(await save.isDisabled()).toBe(true);

    // 周婷 is a registered auditor without the team-leader qualification: 组长 is offered disabled, with the reason
    await page.getByLabel('担任 周婷').click();
    const list = page.locator('.ant-select-dropdown:visible');
    const notLeader = list.locator('.ant-select-item-option', { hasText: '组长（无组长资格）' });
    await notLeader.waitFor();
    expect(await notLeader.getAttribute('aria-disabled')).toBe('true');
    await notLeader.click({ force: true });
    await page.getByRole('dialog').getByText('可选审核人员').click(); // away from the select: its list closes
    await list.waitFor({ state: 'hidden' });
    expect(await roleOf('周婷').textContent()).toBe('不参加');
    await page.screenshot({ path: 'test-results/team-not-leader.png' });

    // alone as 审核员 she is told, before saving, what the rules say of a one-auditor team (the server's words)
    await chooseOption(page, roleOf('周婷'), '审核员');
    await expect.poll(() => problems.textContent()).toContain('单人审核组的审核员 周婷 须具备组长资格');
    expect(await save.isDisabled()).toBe(true);
    await chooseOption(page, roleOf('周婷'), '不参加');

    // 杨磊 is qualified: chosen as 组长, the team is complete and saves
    await chooseOption(page, roleOf('杨磊'), '组长');
    await expect.poll(() => problems.textContent()).toContain('审核组符合注册资格要求');
    expect(await save.isDisabled()).toBe(false);
    await save.click();
    await expect.poll(() => planned.textContent()).toContain('杨磊（组长）');
    await page.screenshot({ path: 'test-results/programme-planned.png' });

    // back on the due-list the overdue surveillance now shows the planned date
    await page.getByRole('menuitem', { name: '到期提醒' }).click();
    await buckets.getByText('已逾期').click();
    const row = page.getByTestId('due-items').locator('tbody tr.ant-table-row', { hasText: clientName }).first();
    await expect.poll(() => row.textContent()).toMatch(/\d{4}-\d{2}-\d{2}.*监督审核.*\d{4}-\d{2}-\d{2}/);

    // the same list as a calendar: the month's items on their due days
    await page.getByText('日历', { exact: true }).click();
    await expect.poll(() => page.getByTestId('due-calendar').locator('li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/due-calendar.png' });
    await page.close();
  });

  it('the suspension proposals list the most overdue first and show the audit already planned for the surveillance', async () => {
    const page = await signIn('shenhe');
    await page.getByRole('menuitem', { name: '暂停建议' }).click();
    const table = page.getByTestId('proposals');
    const rows = table.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    const dueDates = (await rows.locator('td:nth-child(5)').allTextContents()).map((text) => text.slice(0, 10));
    expect(dueDates).toEqual([...dueDates].sort());

    // an overdue surveillance nobody has planned yet: audit management plans it from the client's programme
    const row = rows.filter({ hasText: '未按期接受监督审核', hasNot: page.getByTestId('planned-audit') }).first();
    const certificateNo = (await row.locator('td:nth-child(2)').textContent())!;
    await row.getByRole('link').first().click();
    await page.getByRole('tab', { name: '审核方案' }).click();
    const programme = page.getByTestId('programmes').locator('.ant-card', { hasText: certificateNo }).filter({ hasText: '进行中' });
    await programme.getByRole('button', { name: /安排审核/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^确\s*定$/ })
      .click();
    const planned = programme.locator('tbody tr.ant-table-row', { hasText: '已计划' }).filter({ hasText: '监督审核' }).first();
    await planned.waitFor();
    const [, start, end] = (await planned.textContent())!.match(/(\d{4}-\d{2}-\d{2}) ~ (\d{4}-\d{2}-\d{2})/)!;

    // the decision-makers' list now says the audit is already planned, so nobody suspends the client for it
    await page.getByRole('menuitem', { name: '暂停建议' }).click();
    const proposal = table.locator('tbody tr.ant-table-row', { hasText: certificateNo });
    await expect.poll(() => proposal.getByTestId('planned-audit').textContent()).toBe(`已安排审核 ${start} ~ ${end}`);
    await page.screenshot({ path: 'test-results/proposals-planned-audit.png' });
    await page.close();
  });

  it('a decision-maker keeps a certificate after its surveillance is held: the audit shows who decided and when', async () => {
    // audit management records a planned surveillance as held today (the demo's held ones are decided already)
    const manager = await signIn('shenhe');
    const origin = new URL(manager.url()).origin;
    const json = async (url: string) => (await manager.request.get(`${origin}${url}`)).json();
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const { items } = (await json('/api/clients?pageSize=100')) as { items: { id: string }[] };
    let found: { clientId: string; certificateNo: string; audit: { id: string; version: number } } | null = null;
    for (const client of items) {
      const programmes = (await json(`/api/clients/${client.id}/programmes`)) as {
        scheme: string;
        certificateNo: string | null;
        audits: { id: string; type: string; status: string; version: number; team: unknown[] }[];
      }[];
      for (const p of programmes.filter((x) => x.scheme === 'management_system' && x.certificateNo)) {
        const audit = p.audits.find((a) => a.type === 'surveillance' && a.status === 'planned' && a.team.length > 0);
        if (audit) found = { clientId: client.id, certificateNo: p.certificateNo!, audit };
      }
      if (found) break;
    }
    expect(found).not.toBeNull();
    const held = await manager.request.post(`${origin}/api/audits/${found!.audit.id}/record`, {
      data: { version: found!.audit.version, actualStart: today, actualEnd: today, result: 'pass' },
    });
    expect(held.status()).toBe(200);
    await manager.close();

    const page = await signIn('jueding');
    const me = (await (await page.request.get(`${origin}/api/auth/me`)).json()) as { displayName: string };
    await page.goto(`${origin}/clients/${found!.clientId}`);
    await page.getByRole('tab', { name: '审核方案' }).click();
    const programme = page.getByTestId('programmes').locator('.ant-card', { hasText: found!.certificateNo }).filter({ hasText: '进行中' });
    const row = programme.locator('tbody tr.ant-table-row', { hasText: today }).filter({ hasText: '监督审核' });
    await row.getByRole('button', { name: '保持认证资格' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain(`保持证书 ${found!.certificateNo} 的认证资格`);
    await page.screenshot({ path: 'test-results/maintain-dialog.png' });
    await dialog.getByRole('button', { name: /^确\s*定$/ }).click();
    await expect.poll(() => row.textContent()).toContain(`保持认证资格${me.displayName} 于 ${today}`);
    expect(await row.getByRole('button', { name: '保持认证资格' }).count()).toBe(0);
    await page.close();
  });

  it('a decision-maker dismisses a suspension proposal with a reason', async () => {
    const page = await signIn('jueding');
    await page.getByRole('menuitem', { name: '暂停建议' }).click();
    const table = page.getByTestId('proposals');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    const before = await table.locator('tbody tr.ant-table-row').count();
    await table.locator('tbody tr.ant-table-row').first().getByRole('button', { name: '不予暂停' }).click();
    await page.getByRole('dialog').getByLabel('理由').fill('已与客户约定下周进行监督审核');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^确\s*定$/ })
      .click();
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(before - 1);
    await page.getByText('不予暂停', { exact: true }).first().click();
    await expect.poll(() => table.textContent()).toContain('已与客户约定下周进行监督审核');
    await page.close();
  });
});
