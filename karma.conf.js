// Karma configuration for `ng test` (@angular/build:karma). ES module because package.json is "type": "module";
// Node >= 20.19 lets Karma require() it.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.dirname(fileURLToPath(import.meta.url));

process.env.CHROME_BIN ||= '/usr/bin/chromium';

const isCi = Boolean(process.env.CI);

/** @param {import('karma').Config} config */
export default function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      require('karma-jasmine-html-reporter'),
      require('karma-coverage'),
    ],
    client: {
      jasmine: {
        random: true,
      },
      clearContext: false,
    },
    jasmineHtmlReporter: {
      suppressAll: true,
    },
    coverageReporter: {
      dir: path.join(root, 'coverage'),
      subdir: '.',
      reporters: [{ type: 'html' }, { type: 'text-summary' }],
    },
    // Line-per-spec progress output floods non-interactive logs; dots still print every failure in full.
    reporters: process.stdout.isTTY ? ['progress', 'kjhtml'] : ['dots'],
    customLaunchers: {
      // Chromium runs as root here, which requires --no-sandbox.
      ChromeHeadlessNoSandbox: {
        base: 'ChromeHeadless',
        flags: [
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
    browsers: ['ChromeHeadlessNoSandbox'],
    // Other engineers run suites concurrently on 2 cores: give the browser time.
    captureTimeout: 180000,
    browserNoActivityTimeout: 120000,
    browserDisconnectTimeout: 30000,
    singleRun: isCi,
    restartOnFileChange: !isCi,
  });
}
