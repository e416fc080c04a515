import { defineConfig } from '@playwright/test';

/** The Electron smoke test: separate from the counted suites, because it needs the Electron binary. */
export default defineConfig({
  testDir: 'test/electron',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results/electron',
});
