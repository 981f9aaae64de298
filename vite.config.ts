/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vite';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.mjs';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The demo, Storybook and Vitest run the workspace packages from source. */
const workspaceSources = {
  '@linkwork/core': here('./packages/core/src/index.ts'),
  '@linkwork/elements': here('./packages/elements/src/index.ts'),
};

export default defineConfig({
  resolve: { alias: workspaceSources },
  server: { host: 'localhost', port: 5173 },
  preview: { host: 'localhost', port: 5173 },
  optimizeDeps: {
    // One Lit for the whole page, however many entry points import it.
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directive-helpers.js',
      'lit/directives/style-map.js',
      '@lit/context',
    ],
  },
  test: {
    projects: [
      {
        // @linkwork/core has no DOM: its tests also run in plain Node.
        resolve: { alias: workspaceSources },
        test: {
          name: 'node',
          root: here('.'),
          include: [
            'packages/core/src/**/*.test.ts',
            'packages/server/src/**/*.test.ts',
            'test/fixtures.test.ts',
          ],
          environment: 'node',
          globals: true,
          setupFiles: [here('./test/vitest-mocha-globals.ts')],
          // `npm run bench`: performance is measured here, never asserted in tests.
          benchmark: { include: ['bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: here('./.storybook') })],
        test: {
          name: 'storybook',
          root: here('.'),
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
