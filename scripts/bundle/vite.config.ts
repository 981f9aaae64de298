/**
 * Builds the script-tag bundle (`dist/linkwork.js`, see linkwork.ts) from the
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
    lib: { entry: here('./linkwork.ts'), formats: ['es'], fileName: () => 'linkwork.js' },
    rolldownOptions: {
      output: { chunkFileNames: 'linkwork-[name]-[hash].js', minify: true },
    },
  },
});
