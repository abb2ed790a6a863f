import { describe, expect, it } from 'vitest';
import { chooseOption, demoBrowser } from './server.js';

const { signIn } = demoBrowser();

describe('risk information in the browser', () => {
  it('quality staff record an item, confirm the matched client, and the incident’s steps start on the due-list', async () => {
    const page = await signIn('zhiliang');
    await page.getByRole('menuitem', { name: '风险信息' }).click();
    await page.getByRole('button', { name: /登记风险信息/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('来源', { exact: true }).fill('国家市场监督管理总局');
    await dialog.getByLabel('内容').fill('产品质量国家监督抽查：華信電子科技（北京）有限公司生产的示波器不合格。');
    // the source kind and the category are not assumed (a regulator's notice is no media report): saving without them is refused
    const select = (label: string) =>
      dialog.getByLabel(label).locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
    const sourceKind = select('来源类型');
    expect(await sourceKind.textContent()).toBe('请选择');
    expect(await select('类别').textContent()).toBe('请选择');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect
      .poll(() => dialog.locator('.ant-form-item-explain-error').allTextContents())
      .toEqual(expect.arrayContaining(['请选择来源类型', '请选择类别']));
    expect(page.url()).toMatch(/\/risk$/);
    await chooseOption(page, sourceKind, '政府网站');
    await chooseOption(page, select('类别'), '质量');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page.locator('.ant-descriptions').first().textContent()).toContain('国家市场监督管理总局（政府网站）');

    // the item page lists 北京华信 as the proposed candidate, matched despite traditional characters and the bracketed place:
    // its score in per cent with its level and the reasons in words, proposed as a match, not drawn as a failure
    const candidates = page.getByTestId('candidates');
    await expect.poll(() => candidates.textContent()).toContain('北京华信电子科技有限公司');
    const row = candidates.locator('tbody tr', { hasText: '北京华信电子科技有限公司' });
    await expect.poll(() => row.textContent()).toContain('名称相同');
    expect(await row.getByTestId('candidate-score').textContent()).toMatch(/^\d{1,3}%匹配度(高|中)建议匹配$/);
    expect(await row.locator('.ant-progress, .anticon-close, .anticon-close-circle').count()).toBe(0);
    expect(await row.locator('.ant-tag', { hasText: '建议匹配' }).getAttribute('class')).toContain('ant-tag-green');
    await page.screenshot({ path: 'test-results/risk-candidates.png' });

    // the day of the event is entered, not copied from the publication date: confirming without it is refused
    await row.getByRole('button', { name: '确认是该客户' }).click();
    const confirm = page.getByRole('dialog');
    const eventOn = confirm.getByLabel('事件发生日期');
    expect(await eventOn.inputValue()).toBe('');
    await confirm.getByRole('button', { name: /^确\s*定$/ }).click();
    await expect.poll(() => confirm.locator('.ant-form-item-has-error').textContent()).toContain('事件发生日期');
    const dayBefore = new Date(Date.now() - 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    await eventOn.click();
    await eventOn.fill(dayBefore);
    await eventOn.press('Enter');
    await expect.poll(() => eventOn.inputValue()).toBe(dayBefore);
    await confirm.getByRole('button', { name: /^确\s*定$/ }).click();
    await row.getByRole('link', { name: '查看事件' }).click();
    await expect.poll(() => page.locator('.ant-descriptions').first().textContent()).toContain(`事件日期${dayBefore}`);

    const steps = page.getByTestId('incident-steps');
    const report = steps.locator('[data-step="incident_report_to_audit_management"]');
    await expect.poll(() => report.textContent()).toContain('期限');
    await report.getByRole('button', { name: /记\s*录/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await expect.poll(() => report.textContent()).toContain('刘洋');
    await page.screenshot({ path: 'test-results/incident-steps.png' });
    const incidentUrl = page.url();
    await page.close();

    // customer service sees the incident report owed on its due-list
    const service = await signIn('kefu');
    await service.getByRole('menuitem', { name: '到期提醒' }).click();
    await service.getByTestId('due-buckets').getByText('全部').first().click();
    await expect.poll(() => service.getByTestId('due-items').textContent()).toContain('风险事件报告');

    // and files the client's test report with the incident
    await service.goto(incidentUrl);
    await service
      .locator('input[type=file]')
      .setInputFiles({ name: '检测报告.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') });
    await expect.poll(() => service.getByTestId('evidence-files').textContent()).toContain('检测报告.pdf');
    await service.close();
  });

  it('a certified client reports its own incident from the portal', async () => {
    const page = await signIn('huaxin');
    const rows = page.getByTestId('incidents').locator('tbody tr.ant-table-row');
    // the demo's incidents of this client were found by the CB: the portal lists only what the client reported itself
    await page.getByRole('menuitem', { name: '事件自报' }).click();
    await page.getByTestId('incidents').waitFor();
    await expect.poll(() => page.getByTestId('incidents').locator('.ant-spin-spinning').count()).toBe(0);
    const before = await rows.count();
    await page.getByLabel('内容').fill('生产车间发生火灾，无人员伤亡，已停产整顿。');
    await page.getByRole('button', { name: /提交报告/ }).click();
    await expect.poll(() => rows.count()).toBe(before + 1);
    await expect.poll(() => page.getByTestId('incidents').textContent()).toContain('质量');
    // its public state: what it reported, not the CB's steps
    await page.getByTestId('incidents').getByRole('link').first().click();
    await expect.poll(() => page.locator('.ant-descriptions').textContent()).toContain('生产车间发生火灾');
    expect(await page.locator('body').textContent()).not.toContain('暂停申请');
    await page.close();
  });
});
