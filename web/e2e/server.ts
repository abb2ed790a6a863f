import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';

/** The real server, as `npm start` runs it, on a fresh PGlite directory and a free port. */
export async function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'certdesk-e2e-'));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  // node itself, not npx: a signal to npx does not reach the server
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('is running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error('Chromium is not installed: apt-get install chromium');
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Collects what went wrong on the page without a test looking: what the Content-Security-Policy
 * blocked (Chromium reports each on the console) and any uncaught error (a page that went blank).
 */
export function recordCspViolations(page: Page, into: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) into.push(message.text());
  });
  page.on('pageerror', (err) => into.push(`${page.url()}: ${err.message}`));
}

/**
 * How every test page opens: a desktop window in Chinese, asking for reduced motion as some
 * people do (the app honours it, `theme.ts`), so that no click lands on a dialog or a list still
 * flying in — on a busy machine one did, and the dialog then took the focus from the field clicked.
 */
export const pageOptions = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN', reducedMotion: 'reduce' } as const;

/**
 * When a test fails, says what its pages showed at that moment — the address, any dialog,
 * message or form error, the focused element — and keeps a screenshot in test-results/: a
 * failure on another machine is then read from CI's log rather than guessed.
 */
export function reportPagesOnFailure(pages: () => Page[]): void {
  beforeEach(({ onTestFailed, task }) => {
    onTestFailed(async () => {
      mkdirSync('test-results', { recursive: true });
      for (const [i, page] of pages().entries()) {
        if (page.isClosed()) continue;
        const shown = await page
          .evaluate(() => {
            const texts = [
              ...document.querySelectorAll(
                '.ant-modal-title, .ant-message-notice, .ant-notification-notice, .ant-form-item-explain-error, .ant-alert',
              ),
            ].map((e) => e.textContent?.trim());
            const focused = document.activeElement;
            return { texts, focused: focused ? `${focused.tagName} ${focused.className}`.slice(0, 120) : '' };
          })
          .catch((err: Error) => ({ texts: [err.message], focused: '' }));
        const file = `test-results/failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}-${i}.png`;
        await page.screenshot({ path: file }).catch(() => undefined);
        console.error(
          `[${task.name}] page ${i}: ${page.url()}\n  shown: ${shown.texts.join(' | ')}\n  focused: ${shown.focused}\n  screenshot: ${file}`,
        );
      }
    });
  });
}

/** A browser somewhere other than the CB: its time zone, and the instant its clock shows. */
type Elsewhere = { timezoneId?: string; at?: Date };

/**
 * A demo server and a browser for one test file, started before its tests and stopped after;
 * `signIn` opens a page signed in as a demo user.
 */
export function demoBrowser() {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  const blocked: string[] = [];
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  reportPagesOnFailure(() => browser?.contexts().flatMap((c) => c.pages()) ?? []);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    // the pages ran under the server's Content-Security-Policy: nothing they needed was blocked, nothing crashed
    expect(blocked).toEqual([]);
  });
  const newPage = async ({ timezoneId, at }: Elsewhere = {}) => {
    const page = await browser.newPage({ ...pageOptions, timezoneId });
    if (at) await page.clock.setFixedTime(at);
    recordCspViolations(page, blocked);
    return page;
  };
  return {
    /** A page without a session (the public register). */
    async anonymous(path: string): Promise<Page> {
      const page = await newPage();
      await page.goto(`${server.url}${path}`);
      return page;
    },
    /** `elsewhere`: the browser in another time zone (`Europe/London`), its clock stopped at `at`. */
    async signIn(username: string, elsewhere?: Elsewhere): Promise<Page> {
      const page = await newPage(elsewhere);
      await page.goto(server.url);
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码').fill('Demo#2026');
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.getByTestId('current-user').waitFor();
      return page;
    },
  };
}

/**
 * Chooses an option of an antd Select with the keyboard, as a person may, and waits until the
 * select shows it. Not by a click on the open list: on a busy machine antd sometimes leaves the
 * list where it first placed it, over the field, and moves it only on the click's mousedown, so
 * the mouseup lands on the field and nothing is chosen (measured: 1 to 4 in 30 quick tries).
 */
export async function chooseOption(page: Page, select: Locator, title: string): Promise<void> {
  // one list open at a time: the one chosen from before may still be closing
  const open = page.locator('.ant-select-dropdown:visible');
  await expect.poll(() => open.count()).toBe(0);
  await select.click();
  await open.getByTitle(title, { exact: true }).waitFor();
  for (let moves = 0; ; moves++) {
    const active = await open
      .locator('.ant-select-item-option-active')
      .getAttribute('title', { timeout: 1_000 })
      .catch(() => null);
    if (active === title) break;
    if (moves > 50) throw new Error(`option ${title} not reached with the keyboard`);
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect.poll(() => select.textContent()).toContain(title);
  await expect.poll(() => open.count()).toBe(0);
}
