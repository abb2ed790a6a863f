import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoBrowser } from './server.js';

const { signIn, anonymous } = demoBrowser();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

/** axe-core's WCAG 2.1 A/AA rules over the page as it stands: the serious and critical violations, each with where. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  // evaluated through the browser's debugger protocol, which the page's Content-Security-Policy does not govern
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${page.url()} ${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')} ${n.html.slice(0, 120)} ${/contrast of [^)]*\)/.exec(n.failureSummary ?? '')?.[0] ?? ''}`,
      ),
    );
}

const rolePages: Record<string, string[]> = {
  admin: ['/dashboard', '/users', '/parameters', '/holidays', '/backups', '/audit-log'],
  zonghe: ['/dashboard', '/clients', '/certificates', '/due', '/reports', '/complaints', '/changes'],
  kefu: ['/dashboard', '/clients', '/surveys', '/communication', '/classification'],
  shenhe: ['/dashboard', '/due', '/proposals', '/registrations', '/applications'],
  zhiliang: ['/dashboard', '/risk', '/incidents'],
  jueding: ['/dashboard', '/proposals'],
  auditor: ['/dashboard'],
  huaxin: ['/dashboard', '/self-report', '/complaints', '/my-surveys'],
};

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it.each(Object.keys(rolePages))('%s: the main pages have no serious or critical violation', async (username) => {
    const page = await signIn(username);
    const found: string[] = [];
    for (const path of rolePages[username]!) {
      await page.goto(new URL(path, page.url()).toString());
      found.push(...(await seriousViolations(page)));
    }
    expect(found).toEqual([]);
  });

  it('the public register and a certificate’s verification page have none', async () => {
    const page = await anonymous('/register');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(new URL('/register/c/CD99X9999R9M', page.url()).toString());
    await page.getByTestId('verification-verdict').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('motion (WCAG 2.3.3)', () => {
  /** Opens the dialog to log a client request and tells whether anything on the page was animated into place. */
  async function dialogAnimated(page: Page): Promise<boolean> {
    await page.getByRole('menuitem', { name: '客户维护' }).click();
    await page.getByRole('tab', { name: '客户要求' }).click();
    await page.evaluate(() => {
      // what antd animates carries its motion's class while it moves (ant-zoom-appear-active, wave-motion-appear-start …);
      // a dialog without motion only passes through -prepare, where antd measures where it opens from
      const moving = (node: Node) => node instanceof Element && /-(appear|enter)-(start|active)\b/.test(node.className);
      const w = window as unknown as { animated: boolean };
      w.animated = false;
      new MutationObserver((changes) => {
        if (changes.some((c) => moving(c.target) || [...c.addedNodes].some(moving))) w.animated = true;
      }).observe(document.body, { attributes: true, attributeFilter: ['class'], subtree: true, childList: true });
    });
    await page.getByRole('button', { name: /登记要求/ }).click();
    await page.getByRole('dialog').getByLabel('受理日期').waitFor();
    await page.waitForTimeout(500);
    return page.evaluate(() => (window as unknown as { animated: boolean }).animated);
  }

  it('a person who asked for reduced motion gets dialogs that simply appear; everyone else sees them open', async () => {
    const still = await signIn('kefu'); // the test pages ask for reduced motion
    expect(await dialogAnimated(still)).toBe(false);

    const moving = await signIn('kefu');
    await moving.emulateMedia({ reducedMotion: 'no-preference' });
    await moving.reload();
    expect(await dialogAnimated(moving)).toBe(true);
  });
});
