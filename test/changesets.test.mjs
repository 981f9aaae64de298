/**
 * Releasing with changesets keeps the workspace consistent: in a copy of the
 * packages' manifests, a patch changeset for core is applied the way
 * `npm run version-packages` applies it, and every published package moves
 * to the same version (`fixed`), the exact pins between our packages follow,
 * the private server's pin too, the changelog gets the entry, and the
 * elements' VERSION constant matches its package.json.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'linkwork-changesets-'));
const PACKAGES = ['core', 'elements', 'react', 'server'];
const readJson = (base, path) => JSON.parse(readFileSync(join(base, path), 'utf8'));
const manifest = (base, name) => readJson(base, `packages/${name}/package.json`);
const nextPatch = (version) => {
  const [major, minor, patch] = version.split('.').map(Number);
  return `${major}.${minor}.${patch + 1}`;
};

let initial;

before(() => {
  cpSync(join(root, 'package.json'), join(copy, 'package.json'));
  mkdirSync(join(copy, '.changeset'));
  cpSync(join(root, '.changeset/config.json'), join(copy, '.changeset/config.json'));
  for (const name of PACKAGES) {
    mkdirSync(join(copy, `packages/${name}`), { recursive: true });
    cpSync(
      join(root, `packages/${name}/package.json`),
      join(copy, `packages/${name}/package.json`),
    );
    const changelog = join(root, `packages/${name}/CHANGELOG.md`);
    if (existsSync(changelog)) cpSync(changelog, join(copy, `packages/${name}/CHANGELOG.md`));
  }
  mkdirSync(join(copy, 'packages/elements/src/base'), { recursive: true });
  cpSync(
    join(root, 'packages/elements/src/base/version.ts'),
    join(copy, 'packages/elements/src/base/version.ts'),
  );
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  initial = Object.fromEntries(PACKAGES.map((name) => [name, manifest(copy, name)]));

  writeFileSync(
    join(copy, '.changeset/fix-postcodes.md'),
    "---\n'@linkwork/core': patch\n---\n\nPostcodes with a lower-case outward code are accepted.\n",
  );
  execFileSync(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], {
    cwd: copy,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  execFileSync(process.execPath, [join(root, 'scripts/sync-version.mjs'), copy], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
});

after(() => rmSync(copy, { recursive: true, force: true }));

describe('a release with changesets', () => {
  it('moves the three published packages to one new version', () => {
    const expected = nextPatch(initial.core.version);
    for (const name of ['core', 'elements', 'react'])
      assert.equal(manifest(copy, name).version, expected, `@linkwork/${name}`);
  });

  it('keeps the exact pins between our packages, the private server included', () => {
    const core = manifest(copy, 'core').version;
    const elements = manifest(copy, 'elements').version;
    assert.equal(manifest(copy, 'elements').dependencies['@linkwork/core'], core);
    assert.equal(manifest(copy, 'react').dependencies['@linkwork/elements'], elements);
    assert.equal(manifest(copy, 'server').dependencies['@linkwork/core'], core);
    assert.equal(manifest(copy, 'server').version, nextPatch(initial.server.version));
    assert.equal(manifest(copy, 'server').private, true);
  });

  it("writes the changeset into core's changelog, newest first", () => {
    const changelog = readFileSync(join(copy, 'packages/core/CHANGELOG.md'), 'utf8');
    const version = manifest(copy, 'core').version;
    assert.ok(
      changelog.startsWith(
        `# @linkwork/core\n\n## ${version}\n\n### Patch Changes\n\n- Postcodes with a lower-case outward code are accepted.\n`,
      ),
      changelog.slice(0, 300),
    );
  });

  it("keeps the elements' VERSION constant equal to their package.json", () => {
    const source = readFileSync(join(copy, 'packages/elements/src/base/version.ts'), 'utf8');
    assert.match(
      source,
      new RegExp(`export const VERSION = '${manifest(copy, 'elements').version}';`),
    );
  });

  it('consumes the changeset', () => {
    assert.equal(existsSync(join(copy, '.changeset/fix-postcodes.md')), false);
  });
});
