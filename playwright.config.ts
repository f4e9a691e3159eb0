import { defineConfig, devices } from '@playwright/test';
import chromiumFlags from './scripts/chromium-flags.json';

const port = Number(process.env.E2E_PORT ?? 3100);
// The screenshot comparison runs on its own build of the published edition (scripts/screenshots.mjs).
const screenshots = /screenshots\.once\.spec\.ts$/;
const ignoreScreenshots = process.env.E2E_SCREENSHOTS ? [] : [screenshots];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchOptions = {
  executablePath,
  args: ['--headless', ...chromiumFlags],
};

/**
 * Every spec runs twice: with JavaScript and without it, because every core task
 * must work without JavaScript. Specs named *.js-only.spec.ts test enhancements and
 * *.api.spec.ts send plain HTTP requests; *.once.spec.ts are sweeps over every URL whose
 * no-JavaScript half is covered per page type by pages.spec.ts. These run only in the
 * project with JavaScript.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/e2e.json' }]],
  // Screenshot references (tests/e2e/screenshots.once.spec.ts, docs/screenshots.md).
  snapshotPathTemplate: `${process.env.E2E_SNAPSHOT_DIR ?? '{testDir}/screenshots'}/{arg}{ext}`,
  expect: { toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide' } },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'de-DE',
    launchOptions,
    trace: 'off',
  },
  projects: [
    {
      name: 'mit-js',
      use: { ...devices['Desktop Chrome'], launchOptions },
      testIgnore: [/\.no-js-only\.spec\.ts$/, ...ignoreScreenshots],
    },
    {
      name: 'ohne-js',
      use: { ...devices['Desktop Chrome'], launchOptions, javaScriptEnabled: false },
      // Specs without a browser page (*.api.spec.ts) and enhancement specs run once, with JavaScript.
      testIgnore: /\.(js-only|api|once)\.spec\.ts$/,
    },
  ],
  webServer: {
    // npm test builds in its own copy of the working tree (scripts/test.mjs) and serves it from there.
    cwd: process.env.E2E_APP_DIR,
    command: `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { NEXT_TELEMETRY_DISABLED: '1', REPOSITORY_URL: 'https://github.com/beispiel/vielfalt-in-herne' },
  },
});
