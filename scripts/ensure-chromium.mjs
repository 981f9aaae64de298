#!/usr/bin/env node
/**
 * Makes sure a Chromium is there before the browser tests: uses $CHROME_PATH or
 * Debian's /usr/bin/chromium; as root, installs Debian's `chromium` when
 * neither exists; otherwise stops with one line that says what to do.
 */
import { execSync } from 'node:child_process';
import { chromiumPath } from './chromium.mjs';

let path = chromiumPath();
if (!path && !process.env.CHROME_PATH && process.getuid?.() === 0) {
  console.log('Chromium not found: installing Debian’s chromium package (apt-get)…');
  const quiet = {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  };
  execSync('apt-get update', quiet);
  execSync('apt-get install -y --no-install-recommends chromium', quiet);
  path = chromiumPath();
}
if (!path) {
  console.error(
    process.env.CHROME_PATH
      ? `CHROME_PATH points to ${process.env.CHROME_PATH}, which does not exist: fix it or unset it.`
      : 'Chromium is needed for the browser tests: run `sudo apt-get install -y chromium` (or set CHROME_PATH), then `npm test` again.',
  );
  process.exit(1);
}
console.log(`Chromium: ${path}`);
