import { defineConfig } from 'vitest/config';

export default defineConfig(({ mode }) => ({
  esbuild: { jsx: 'automatic' },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits for what a page or a server shows; vitest's default of one second is
    // shorter than a round trip through the bridge on a busy two-core machine. The deadline
    // matches Playwright's own waits.
    expect: { poll: { timeout: 30_000 } },
    pool: 'forks',
    // `npm run test:unit` runs the first without a browser (its mode `unit` skips the few tests
    // outside the e2e files that print through Chromium), `npm run test:e2e` the second (test/e2e/
    // and any *.e2e.test.ts), `npm test` both.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'test/**/*.e2e.test.ts'],
          env: mode === 'unit' ? { PROXLAB_NO_BROWSER: '1' } : {},
        },
      },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts', 'test/**/*.e2e.test.ts'] } },
    ],
  },
}));
