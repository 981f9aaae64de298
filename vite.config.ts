/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.mjs';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The demo, Storybook and Vitest run the workspace packages from source. */
const workspaceSources = {
  '@linkwork/core': here('./packages/core/src/index.ts'),
  '@linkwork/elements': here('./packages/elements/src/index.ts'),
};

/** One Chromium for every browser project (decision 0001). */
const chromium = () =>
  playwright({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } });

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
            'scripts/**/*.test.ts',
            'test/fixtures.test.ts',
          ],
          environment: 'node',
          globals: true,
          // CI runs these beside the Storybook sweep on two cores: PGlite and PostgreSQL tests
          // can take longer than Vitest's default 5 s there without anything being wrong.
          testTimeout: 20_000,
          hookTimeout: 30_000,
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
            provider: chromium(),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // @linkwork/react's wrappers, rendered by react-dom in Chromium (React is CommonJS,
        // which web-test-runner cannot load; Vite pre-bundles it).
        plugins: [react()],
        resolve: {
          alias: [
            {
              find: /^@linkwork\/elements\/define\/(lw-[a-z-]+)\.js$/,
              replacement: here('./packages/elements/src/define/$1.ts'),
            },
            ...Object.entries(workspaceSources).map(([name, path]) => ({
              find: new RegExp(`^${name}$`),
              replacement: path,
            })),
          ],
        },
        optimizeDeps: {
          // Everything the wrappers and the elements import, so no test sees Vite reload mid-run.
          include: [
            'react',
            'react-dom/client',
            'react/jsx-dev-runtime',
            '@lit/react',
            '@lit/context',
            'lit',
            'lit/decorators.js',
            'lit/directives/if-defined.js',
            'lit/directives/live.js',
            'lit/directives/repeat.js',
          ],
        },
        test: {
          name: 'react',
          root: here('.'),
          include: ['packages/react/src/**/*.test.tsx'],
          globals: true,
          setupFiles: [here('./test/vitest-mocha-globals.ts')],
          browser: {
            enabled: true,
            headless: true,
            provider: chromium(),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
