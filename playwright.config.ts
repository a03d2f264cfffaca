import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

const chromium = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json']],
  outputDir: '.tmp/test-results',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromium?.path, args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 720 },
    trace: 'off',
  },
});
