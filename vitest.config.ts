import { defineConfig } from 'vitest/config';

// One runner for every package. Browser tests (packages/web/test) drive Debian's Chromium
// through playwright-core against a real server, so they get a longer timeout.
export default defineConfig({
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'packages/*/test/**/*.test.tsx',
      'bench/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
