import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // every audit-log entry a test writes has a label for its entity, action and fields
    setupFiles: ['test/audit-readable.setup.ts'],
    // one database per worker, shared by that worker's files: PGlite takes seconds and ~0.5 GB to start
    pool: 'forks',
    maxWorkers: 2,
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TZ: 'Asia/Shanghai' },
  },
});
