import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits for what a page or a server shows; vitest's default of one second is
    // shorter than a round trip through the bridge on a busy two-core machine. The deadline
    // matches Playwright's own waits.
    expect: { poll: { timeout: 30_000 } },
    pool: 'forks',
  },
});
