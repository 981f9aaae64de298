/**
 * The demo: builds what it needs (the packages, the script-tag bundle, the
 * pages), then runs the reference server with its embedded PGlite database
 * and serves, on one port, the API under /api, the bundle under /dist and
 * the pages everywhere else, each page under a strict CSP.
 *
 * `npm run demo` runs scripts/demo.mjs, which uses this; so do the demo's
 * browser tests (test/e2e/demo.test.mjs), on a free port and a fresh
 * database.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** Where the built pages and the script-tag bundle are. */
export const DEMO_PAGES_DIR = at('demo/dist');
export const BUNDLE_DIR = at('dist');

/** What the pages need built, in order (each package builds from its dependencies' dist). */
const BUILD_STEPS = [
  [
    'npm',
    [
      'run',
      'build',
      '--workspace',
      '@linkwork/core',
      '--workspace',
      '@linkwork/elements',
      '--workspace',
      '@linkwork/server',
      '--workspace',
      '@linkwork/react',
    ],
  ],
  ['npx', ['vite', 'build', '--config', 'scripts/bundle/vite.config.ts']],
  ['npx', ['vite', 'build', '--config', 'demo/vite.config.ts']],
];

/**
 * Builds the packages, the bundle and the pages. `quiet` keeps the tools'
 * output unless a step fails. Throws when a step fails.
 */
export function buildDemo({ quiet = false } = {}) {
  // CI builds the packages and the bundle once (npm test does) and says so, so that each
  // browser test that serves the demo builds only its pages.
  const steps = process.env.LINKWORK_PACKAGES_BUILT === '1' ? BUILD_STEPS.slice(-1) : BUILD_STEPS;
  for (const [command, args] of steps) {
    const result = spawnSync(command, args, {
      cwd: root,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      if (quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
      throw new Error(`Demo build failed: ${command} ${args.join(' ')}`);
    }
  }
}

/**
 * A UUID for the n-th sample referral, the same on every run, so restarting
 * with a kept database (LINKWORK_DATA_DIR) repeats the same keys and stores
 * nothing twice.
 */
export const sampleKey = (n) => `5a3b1e00-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * Puts the shared fixture's valid referrals in the inbox, oldest first (so the
 * inbox, newest first, lists them in the order they were submitted, newest on
 * top). Returns how many the server took; throws if it refused any.
 */
export async function seedInbox(url, staffToken) {
  const referrals = JSON.parse(await readFile(at('test/fixtures/referrals.valid.json'), 'utf8'));
  const ordered = referrals
    .map((referral, index) => ({ referral, index }))
    .sort((a, b) => Date.parse(a.referral.submittedAt) - Date.parse(b.referral.submittedAt));
  for (const { referral, index } of ordered) {
    const response = await fetch(`${url}/api/referrals`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${staffToken}`,
        'Idempotency-Key': sampleKey(index),
      },
      body: JSON.stringify(referral),
    });
    if (!response.ok)
      throw new Error(`The sample referral ${index} was refused (HTTP ${response.status})`);
  }
  return ordered.length;
}

/** One short line per API request: method, route pattern, status, time. Never a body or an id. */
export function compactLog(entry) {
  process.stdout.write(
    `  ${entry.method} ${entry.route} → ${entry.status} (${entry.durationMs} ms)${entry.error ? ` ${entry.error}` : ''}\n`,
  );
}

/**
 * Starts the demo server on built pages. Options: `port` (default 5173; 0
 * for any free port), `host` (default 127.0.0.1), `staffToken` (default a
 * random one), `dataDir` (PGlite's folder; default in memory), `seed`
 * (default true: the sample referrals in the inbox), `log`.
 */
export async function startDemo(options = {}) {
  for (const built of [
    at('packages/server/dist/index.js'),
    `${DEMO_PAGES_DIR}/index.html`,
    `${BUNDLE_DIR}/linkwork.js`,
  ])
    if (!existsSync(built))
      throw new Error(`The demo is not built (no ${built}): run npm run demo without --no-build`);
  const { startServer } = await import('../packages/server/dist/index.js');
  const staffToken = options.staffToken ?? randomBytes(24).toString('base64url');
  const server = await startServer({
    port: options.port ?? 5173,
    host: options.host ?? '127.0.0.1',
    staffToken,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    log: options.log ?? (() => {}),
    site: { root: DEMO_PAGES_DIR, mounts: { '/dist': BUNDLE_DIR } },
  });
  try {
    const seeded = options.seed === false ? 0 : await seedInbox(server.url, staffToken);
    return { url: server.url, port: server.port, staffToken, seeded, close: () => server.close() };
  } catch (error) {
    await server.close();
    throw error;
  }
}
