/**
 * The demo pages, built as a consumer would build them: from the published
 * shape of the packages (their dist/, through node_modules), without the
 * repository's source aliases. `scripts/demo.mjs` builds the packages first.
 *
 * Every page must run under `default-src 'self'` with Trusted Types: no
 * inline scripts or styles, no data: URLs for small assets.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** Each page of the demo (public/ holds the script-tag page, served as it is). */
export const DEMO_PAGES = {
  index: here('./index.html'),
  'sign-in': here('./sign-in/index.html'),
  practice: here('./practice/index.html'),
  council: here('./council/index.html'),
  'council-find': here('./council/find/index.html'),
  'council-self-referral': here('./council/self-referral/index.html'),
  inbox: here('./inbox/index.html'),
  npm: here('./npm/index.html'),
  react: here('./react/index.html'),
};

export default defineConfig({
  root: here('.'),
  base: '/',
  publicDir: here('./public'),
  logLevel: 'warn',
  plugins: [react()],
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    // A data: URL would need `img-src data:`: every asset stays a file on this origin.
    assetsInlineLimit: 0,
    // Chromium, Firefox and Safari support modulepreload: no polyfill script.
    modulePreload: { polyfill: false },
    rolldownOptions: { input: DEMO_PAGES },
  },
});
