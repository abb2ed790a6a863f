import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['web/e2e/**/*.e2e.ts'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // a page's answer on a loaded 2-core machine can take longer than expect.poll's default second
    // (the audit log's first page did in CI); a poll ends as soon as its state shows, so passing tests lose nothing
    expect: { poll: { timeout: 10_000 } },
    env: { TZ: 'Asia/Shanghai' },
  },
});
