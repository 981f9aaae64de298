/**
 * Gate: the supply chain of the published packages.
 *
 * - `npm audit --omit=dev`: no high or critical advisory. A registry that
 *   does not offer audits (it answers the bulk advisory endpoint with 405)
 *   is reported as such in the figure, not passed off as a clean audit and
 *   not failed; any other audit error fails.
 * - Every runtime dependency (the production tree of core, elements, server
 *   and react, read from the installed package.json files) has a permissive
 *   licence.
 * - What `npm pack` would publish holds no tests, fixtures, stories or
 *   source maps, and no fixture data. Source maps are refused outright
 *   rather than inspected: their sourcesContent would carry the sources,
 *   and with them any test data a source imports, and a consumer's own
 *   build makes maps of what it bundles anyway.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGES = ['core', 'elements', 'server', 'react'];
/** Published (server is private: it is deployed, not installed from npm). */
const PUBLISHED = ['core', 'elements', 'react'];

/** SPDX identifiers that let anyone use, change and ship the code, with notice at most. */
const PERMISSIVE = new Set([
  'MIT',
  'MIT-0',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'BlueOak-1.0.0',
  'Unlicense',
  'CC0-1.0',
  'Zlib',
  'Python-2.0',
]);

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Whether an SPDX expression is permissive: every AND term, at least one OR choice. */
export function permissive(expression) {
  const text = expression.replace(/[()]/g, ' ').trim();
  return text
    .split(/\s+OR\s+/i)
    .some((choice) => choice.split(/\s+AND\s+/i).every((id) => PERMISSIVE.has(id.trim())));
}

/** The licence a package.json declares (the `license` string, or the old object and array forms). */
function licenceOf(manifest) {
  const { license, licenses } = manifest;
  if (typeof license === 'string') return license;
  if (license && typeof license.type === 'string') return license.type;
  if (Array.isArray(licenses)) return licenses.map((l) => l.type ?? l).join(' OR ');
  return 'UNKNOWN';
}

/** Where Node would find `name` from a package in `from`: the nearest node_modules up the tree. */
function installed(name, from) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

test('npm audit of the production dependencies: no high or critical advisory', () => {
  const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    assert.fail(`npm audit did not answer JSON (exit ${result.status}): ${result.stderr}`);
  }
  // This registry (a mirror) has no advisory database: it refuses the bulk endpoint.
  if (report.statusCode === 405 && /advisories\/bulk/.test(report.uri ?? '')) {
    console.log('audit: not offered by the registry (405)');
    return;
  }
  assert.ok(report.metadata?.vulnerabilities, `npm audit failed: ${result.stdout.slice(0, 500)}`);
  const { high, critical, total } = report.metadata.vulnerabilities;
  console.log(`audit: ${total} advisories, ${high} high, ${critical} critical`);
  assert.equal(high + critical, 0, Object.keys(report.vulnerabilities ?? {}).join(', '));
});

test('every runtime dependency has a permissive licence', () => {
  const seen = new Map();
  const refused = [];
  const visit = (manifestPath) => {
    const manifest = readJson(manifestPath);
    const dir = dirname(manifestPath);
    const deps = {
      ...manifest.dependencies,
      ...manifest.optionalDependencies,
      ...manifest.peerDependencies,
    };
    for (const name of Object.keys(deps)) {
      const found = installed(name, dir);
      // An optional or peer dependency that is not installed is not shipped from here.
      if (!found) {
        if (manifest.dependencies?.[name]) refused.push(`${name}: not installed`);
        continue;
      }
      if (seen.has(found)) continue;
      const dependency = readJson(found);
      const licence = licenceOf(dependency);
      seen.set(found, `${dependency.name}@${dependency.version} ${licence}`);
      if (!dependency.name.startsWith('@linkwork/') && !permissive(licence))
        refused.push(`${dependency.name}@${dependency.version}: ${licence}`);
      visit(found);
    }
  };
  for (const name of PACKAGES) visit(join(root, 'packages', name, 'package.json'));
  const licences = new Map();
  for (const entry of seen.values()) {
    const licence = entry.split(' ').slice(1).join(' ');
    licences.set(licence, (licences.get(licence) ?? 0) + 1);
  }
  console.log(
    `licences: ${seen.size} runtime dependencies, ${[...licences].map(([l, n]) => `${n} ${l}`).join(', ')}; ${refused.length} not permissive`,
  );
  assert.deepEqual(refused, []);
});

test('the packed packages hold no tests, fixtures, stories, source maps or fixture data', () => {
  // --ignore-scripts: list what is built (npm test builds first) without building again.
  const result = spawnSync(
    'npm',
    [
      'pack',
      '--dry-run',
      '--json',
      '--ignore-scripts',
      ...PUBLISHED.flatMap((name) => ['--workspace', `@linkwork/${name}`]),
    ],
    { cwd: root, encoding: 'utf8', timeout: 60_000 },
  );
  assert.equal(result.status, 0, result.stderr);
  const packs = JSON.parse(result.stdout);
  // Patients and referrers of test/fixtures and of the elements' test helpers: none belongs in a
  // published file. (NHS numbers from 999 are reserved for testing: the docs' examples use them;
  // openapi.json's examples show a fictional referral on purpose and are not scanned.)
  const fixtureData = /Prydderch|ap Gruffydd|Amira Haddad|riversidemedical\.example|hostileCorpus/;
  const problems = [];
  let files = 0;
  for (const pack of packs) {
    const dir = join(root, 'packages', pack.name.replace('@linkwork/', ''));
    assert.ok(
      pack.files.some((file) => file.path.startsWith('dist/')),
      `${pack.name} has no dist/: build it first`,
    );
    for (const { path } of pack.files) {
      files++;
      if (
        /\.test\.|\.spec\.|\.stories\.|(^|\/)(test|tests|testing|fixtures|__tests__)\//.test(path)
      )
        problems.push(`${pack.name}: ${path} is a test or fixture`);
      if (/\.map$/.test(path)) problems.push(`${pack.name}: ${path} is a source map`);
      if (/^src\//.test(path)) problems.push(`${pack.name}: ${path} is a source file`);
      if (
        /\.(m?js|cjs|json|d\.ts)$/.test(path) &&
        path !== 'openapi.json' &&
        fixtureData.test(readFileSync(join(dir, path), 'utf8'))
      )
        problems.push(`${pack.name}: ${path} holds fixture data`);
    }
  }
  console.log(
    `pack: ${packs.length} packages, ${files} files, ${problems.length} tests, fixtures, maps or fixture data`,
  );
  assert.deepEqual(problems, []);
});
