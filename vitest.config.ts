import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Document and browser tests start LibreOffice and Chromium; a cold start on 2 cores takes seconds.
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // Unit tests are quick; LibreOffice and Chromium must not fight over 2 cores.
    maxWorkers: 2,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    // Browser assertions poll the page; a cold Chromium on 2 cores needs more than the 1 s default.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
