import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { orukTestMiddleware } from './test/servers/oruk-server.mjs';

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
        if (session.testResults) walk(session.testResults);
        // A file that failed to load has no results: count it as one failure.
        else if (!session.passed) counts.failed++;
      }
      mkdirSync('reports', { recursive: true });
      writeFileSync('reports/wtr.json', `${JSON.stringify(counts)}\n`);
    },
  };
}

export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: [
    'packages/*/src/**/*.test.ts',
    'test/**/*.test.ts',
    '!test/node/**',
    '!test/pack.test.mjs',
  ],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // The ORUK test directory (test/servers) for core's directory adapter tests.
  middleware: [orukTestMiddleware('/__test__/oruk')],
  plugins: [
    workspaceSourcesPlugin,
    // This tsconfig sets experimentalDecorators itself: the plugin ignores `extends`.
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  // One page at a time: background tabs stall axe and focus, and CI has two cores anyway.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), tallyReporter()],
};
