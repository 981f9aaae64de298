import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { orukTestMiddleware } from './test/servers/oruk-server.mjs';
import { restTestMiddleware } from './test/servers/rest-server.mjs';

const workspaceSources = {
  '@linkwork/core': '/packages/core/src/index.ts',
  '@linkwork/elements': '/packages/elements/src/index.ts',
};

/** Tests run against the sources of sibling packages, not their last build. */
const workspaceSourcesPlugin = {
  name: 'linkwork-workspace-sources',
  resolveImport({ source }) {
    return workspaceSources[source];
  },
};

/**
 * `executeServerCommand('forced-colors', { active })`: emulates Windows High
 * Contrast (forced colours) in the test's page, through the DevTools protocol.
 */
const devtoolsSessions = new WeakMap();
const forcedColorsPlugin = {
  name: 'linkwork-forced-colors',
  async executeCommand({ command, session, payload }) {
    if (command !== 'forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    // Puppeteer's emulateMediaFeatures does not know forced-colors: ask DevTools directly.
    if (!devtoolsSessions.has(page)) devtoolsSessions.set(page, await page.createCDPSession());
    const active = Boolean(payload && payload.active);
    await devtoolsSessions.get(page).send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }],
    });
    return true;
  },
};

/** Writes reports/wtr.json with the passed and failed counts, for .ci/run. */
function tallyReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0 };
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) continue;
          counts[test.passed ? 'passed' : 'failed']++;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        const failedBefore = counts.failed;
        if (session.testResults) walk(session.testResults);
        // A file that failed to load, or failed outside any test, still fails: count it once.
        if (!session.passed && counts.failed === failedBefore) counts.failed++;
      }
      // The benchmark run (npm run bench) reports elsewhere, so it never replaces the tests' counts.
      const report = process.env.WTR_REPORT ?? 'reports/wtr.json';
      mkdirSync(dirname(report), { recursive: true });
      writeFileSync(report, `${JSON.stringify(counts)}\n`);
    },
  };
}

/**
 * Benchmarks (`npm run bench` sets WTR_BENCH=1) measure what users get: Lit's production build,
 * not its development build with its extra checks. (Headless Chromium keeps its 60 Hz frame clock
 * whatever the flags, so a time "until painted" includes the wait for the next frame.)
 */
const bench = process.env.WTR_BENCH === '1';

export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: [
    'packages/*/src/**/*.test.ts',
    'test/**/*.test.ts',
    // The reference server is Node only: its tests run under Vitest's node project.
    '!packages/server/**',
  ],
  nodeResolve: { exportConditions: bench ? ['browser', 'production'] : ['browser', 'development'] },
  // Test servers: the REST API (under /__test__/rest) and an ORUK directory (under /__test__/oruk).
  middleware: [restTestMiddleware(), orukTestMiddleware('/__test__/oruk')],
  plugins: [
    workspaceSourcesPlugin,
    forcedColorsPlugin,
    // This tsconfig sets experimentalDecorators itself: the plugin ignores `extends`.
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  // One page at a time: background tabs stall axe and focus, and CI has two cores anyway.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), tallyReporter()],
};
