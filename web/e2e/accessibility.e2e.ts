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
  zonghe: ['/dashboard', '/clients', '/due', '/reports', '/complaints', '/changes'],
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

  it('the public register has none', async () => {
    const page = await anonymous('/register');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
