/**
 * Builds the script-tag bundle (`dist/linkwork.js` and its backends, see linkwork.ts) from the
 * built packages, as any consumer would: Lit and core inside, minified, in
 * Lit's production mode, with Welsh as a lazily loaded chunk beside it.
 *
 *   npx vite build --config scripts/bundle/vite.config.ts
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  // Not the repository's config: no source aliases, no demo settings.
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: here('../../dist'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: {
      // The elements, and each backend as a module of its own: a page loads only the backend it uses.
      entry: {
        linkwork: here('./linkwork.ts'),
        'linkwork-rest': here('./linkwork-rest.ts'),
        'linkwork-oruk': here('./linkwork-oruk.ts'),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      output: { chunkFileNames: 'linkwork-[name]-[hash].js', minify: true },
    },
  },
});
