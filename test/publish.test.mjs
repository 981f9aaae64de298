/**
 * What npm would publish is well formed: packs every publishable package
 * (`prepack` builds it), then checks each tarball with publint (package.json
 * against the files) and Are the Types Wrong (types for every entry point),
 * and typechecks a React app against the packed @linkwork/react.
 *
 * The packages are ES modules only (decision 0005): attw runs with its
 * `esm-only` profile, so `require()` from CommonJS is not a goal.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('..', import.meta.url));
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const version = (name) => rootPackage.devDependencies[name];
const work = mkdtempSync(join(tmpdir(), 'linkwork-publish-'));
const bin = (name) => join(root, 'node_modules/.bin', name);
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Every package we publish, with the subpaths attw cannot find on its own (wildcard exports). */
const PUBLISHED = {
  '@linkwork/core': [],
  '@linkwork/elements': [
    './define/lw-activity-picker.js',
    './define/lw-consent-capture.js',
    './define/lw-referral-form.js',
  ],
  '@linkwork/react': [],
};

/** Resolution modes the `esm-only` profile leaves out: CommonJS `require` and pre-exports Node. */
const NOT_SUPPORTED = new Set(['node10', 'node16-cjs']);

let packed;

before(() => {
  const output = run(
    'npm',
    [
      'pack',
      '--json',
      // CI has just built every package (npm test): its `prepack` builds would only repeat that.
      ...(process.env.LINKWORK_PACKAGES_BUILT === '1' ? ['--ignore-scripts'] : []),
      ...Object.keys(PUBLISHED).flatMap((name) => ['--workspace', name]),
      '--pack-destination',
      work,
    ],
    root,
  );
  packed = Object.fromEntries(
    JSON.parse(output.slice(output.search(/^\[\s*\{/m))).map((entry) => [entry.name, entry]),
  );
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack output', () => {
  it('holds every publishable workspace, and only those', () => {
    const publishable = rootPackage.workspaces
      .map((dir) => JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')))
      .filter((pkg) => !pkg.private)
      .map((pkg) => pkg.name)
      .sort();
    assert.deepEqual(publishable, Object.keys(PUBLISHED).sort());
    assert.deepEqual(Object.keys(packed).sort(), publishable);
  });

  for (const [name, extraEntrypoints] of Object.entries(PUBLISHED)) {
    it(`${name}: publint finds no errors or warnings`, async () => {
      const tarball = readFileSync(join(work, packed[name].filename));
      const { messages, pkg } = await publint({
        pack: {
          tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.length),
        },
        level: 'warning',
      });
      assert.deepEqual(
        messages.map(
          (message) => `${message.type}: ${formatMessage(message, pkg, { color: false })}`,
        ),
        [],
      );
    });

    it(`${name}: Are the Types Wrong finds no problems for ES module consumers`, () => {
      const args = [
        join(work, packed[name].filename),
        '--format',
        'json',
        '--profile',
        'esm-only',
        ...(extraEntrypoints.length > 0 ? ['--include-entrypoints', ...extraEntrypoints] : []),
      ];
      let output;
      try {
        output = run(bin('attw'), args, work);
      } catch (error) {
        // attw exits 1 when it finds problems; its report is still on stdout.
        output = error.stdout;
      }
      const { analysis } = JSON.parse(output);
      assert.equal(analysis.types.kind, 'included', `${name} ships its own types`);
      for (const entrypoint of extraEntrypoints)
        assert.ok(entrypoint in analysis.entrypoints, `attw checked ${entrypoint}`);
      const problems = analysis.problems.filter(
        (problem) => !NOT_SUPPORTED.has(problem.resolutionKind),
      );
      assert.deepEqual(problems, []);
    });
  }
});

describe('@linkwork/react in a React app', () => {
  const app = join(work, 'react-app');

  before(() => {
    mkdirSync(join(app, 'src'), { recursive: true });
    const tarball = (name) => `file:../${packed[name].filename}`;
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({
        name: 'react-consumer',
        private: true,
        type: 'module',
        dependencies: {
          '@linkwork/core': tarball('@linkwork/core'),
          '@linkwork/elements': tarball('@linkwork/elements'),
          '@linkwork/react': tarball('@linkwork/react'),
          react: version('react'),
          'react-dom': version('react-dom'),
        },
        devDependencies: {
          '@types/react': version('@types/react'),
          '@types/react-dom': version('@types/react-dom'),
          typescript: version('typescript'),
        },
      }),
    );
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
    writeFileSync(
      join(app, 'src/app.tsx'),
      [
        "import type { Activity } from '@linkwork/core';",
        "import { ActivityPicker, ConsentCapture, ReferralForm } from '@linkwork/react';",
        '',
        'export function App(props: { onShortlist: (activities: readonly Activity[]) => void }) {',
        '  return (',
        '    <>',
        '      <ReferralForm',
        '        mode="staff"',
        "        prefill={{ patient: { givenName: 'Siân' }, referrer: { role: 'GP' } }}",
        '        minimumAge={16}',
        '        onLwStepChange={(event) => console.log(event.detail.step, event.detail.total)}',
        '        onLwSubmitted={(event) => console.log(event.detail.receipt.reference)}',
        '      />',
        '      <ActivityPicker',
        '        maxSelections={3}',
        '        onLwSelectionChange={(event) => props.onShortlist(event.detail.activities)}',
        '      />',
        '      <ConsentCapture mode="self" onLwConsentGiven={(event) => console.log(event.detail.consent.referral)} />',
        '      {/* @ts-expect-error: the step-change detail has no `name` */}',
        '      <ReferralForm onLwStepChange={(event) => event.detail.name} />',
        "      {/* @ts-expect-error: prefill takes the referral's shape, not free text */}",
        '      <ReferralForm prefill="Siân" />',
        '    </>',
        '  );',
        '}',
      ].join('\n'),
    );
  });

  for (const moduleResolution of ['Bundler', 'NodeNext']) {
    it(`typechecks props and event props against the packed types (moduleResolution ${moduleResolution})`, () => {
      run(
        join(app, 'node_modules/.bin/tsc'),
        [
          '--noEmit',
          '--strict',
          '--jsx',
          'react-jsx',
          '--target',
          'ES2022',
          '--lib',
          'ES2023,DOM',
          '--skipLibCheck',
          'false',
          '--module',
          moduleResolution === 'Bundler' ? 'ESNext' : 'NodeNext',
          '--moduleResolution',
          moduleResolution,
          'src/app.tsx',
        ],
        app,
      );
    });
  }
});
