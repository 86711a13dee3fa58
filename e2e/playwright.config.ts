import { defineConfig, devices } from '@playwright/test';
import { appBuildURL } from './support/app-build';

/** LOCAL_CLOUD_PORT_OFFSET shifts every local port, the app's included (local-cloud/service.ts). */
const baseURL = `http://localhost:${4200 + Number(process.env['LOCAL_CLOUD_PORT_OFFSET'] ?? 0)}`;

/**
 * End-to-end tests against the whole product on one machine: `npm start` runs the local cloud
 * (Cognito, AppSync, DynamoDB, S3, Lambda, Stripe stand-ins) and serves the app on :4200.
 * Chromium is Debian's (/usr/bin/chromium): Playwright's own browser downloads are not available here.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env['CI']),
  retries: process.env['CI'] ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  outputDir: '../test-results',
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    // aws-amplify always opens subscriptions over wss://; the local data API serves them with a
    // self-signed certificate (see local-cloud/data/README.md).
    ignoreHTTPSErrors: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // Started in this order: the build copies the amplify_outputs.json that `npm start` writes.
  webServer: [
    {
      command: 'npm start',
      url: baseURL,
      reuseExistingServer: !process.env['CI'],
      // The first start installs and synthesizes the backend and builds the app.
      timeout: 15 * 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: 'npm run serve:build',
      url: appBuildURL,
      reuseExistingServer: !process.env['CI'],
      timeout: 10 * 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
