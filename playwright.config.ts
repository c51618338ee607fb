import fs from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive Chromium against the built renderer served by the web host (test/e2e/fixtures.ts starts
 * one per test). No browser is downloaded: we use the first Chromium found, or stop at once saying how to get one.
 */
function findChromium(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!fs.existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // Playwright has no browser of its own installed.
  }
  if (bundled && fs.existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

export default defineConfig({
  testMatch: '**/*.spec.ts',
  // `shots` is the screenshot tour (npm run shots); `npm test` runs only `e2e`.
  projects: [
    { name: 'e2e', testDir: 'test/e2e' },
    { name: 'shots', testDir: 'test/shots' },
  ],
  fullyParallel: true,
  // Two cores: one browser plus one web host per worker keeps both busy without thrashing.
  workers: 2,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      // Without the networking flags Chromium keeps trying hosts this machine cannot reach.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-quic',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
});
