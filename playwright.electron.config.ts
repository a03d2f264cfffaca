import { defineConfig } from '@playwright/test';
import { electronBinaryStatus } from './scripts/electron-binary.mjs';

const electronBinary = electronBinaryStatus();
if (!electronBinary.available && !process.env.TEST_WORKER_INDEX) {
  console.log(`The Electron app specs will skip: Electron binary not installed: ${electronBinary.reason}`);
}

/**
 * Tests of the Electron shell: pure security gates (always run, in Node) and
 * the real app through Playwright's _electron (skipped, with the reason,
 * when no Electron binary is installed).
 */
export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  outputDir: '.tmp/test-results-electron',
});
