/**
 * The published packages work for a real consumer: pack both workspaces as
 * npm would publish them, install the tarballs into a fresh Vite app, then
 * typecheck against their .d.ts, import core in plain Node (no DOM), and
 * build the app with Vite.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const version = (name) => rootPackage.devDependencies[name];
const work = mkdtempSync(join(tmpdir(), 'linkwork-pack-'));
const app = join(work, 'app');
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let packed;

before(() => {
  // `prepack` builds each package, so the tarballs hold what `npm publish` would.
  const output = run(
    'npm',
    [
      'pack',
      '--json',
      // CI has just built every package (npm test): its `prepack` builds would only repeat that.
      ...(process.env.LINKWORK_PACKAGES_BUILT === '1' ? ['--ignore-scripts'] : []),
      '--workspace',
      '@linkwork/core',
      '--workspace',
      '@linkwork/elements',
      '--pack-destination',
      work,
    ],
    root,
  );
  packed = Object.fromEntries(
    JSON.parse(output.slice(output.search(/^\[\s*\{/m))).map((entry) => [entry.name, entry]),
  );
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'consumer-app',
      private: true,
      type: 'module',
      dependencies: {
        '@linkwork/core': `file:../${packed['@linkwork/core'].filename}`,
        '@linkwork/elements': `file:../${packed['@linkwork/elements'].filename}`,
      },
      devDependencies: { vite: version('vite'), typescript: version('typescript') },
    }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack', () => {
  for (const name of ['@linkwork/core', '@linkwork/elements']) {
    it(`${name} ships built ES modules and types, and no tests or sources`, () => {
      const files = packed[name].files.map((file) => file.path);
      assert.ok(files.includes('dist/index.js'), 'dist/index.js');
      assert.ok(files.includes('dist/index.d.ts'), 'dist/index.d.ts');
      assert.deepEqual(
        files.filter((file) => /\.test\.|^src\/|\/testing\/|\.map$/.test(file)),
        [],
      );
    });
  }

  it('@linkwork/elements ships its custom elements manifest, named in package.json', () => {
    const dir = join(app, 'node_modules/@linkwork/elements');
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(dir, pkg.customElements), 'utf8'));
    assert.equal(manifest.schemaVersion, '1.0.0');
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
    const base = declarations.find((declaration) => declaration.name === 'LinkworkElement');
    assert.ok(base, 'LinkworkElement is documented');
    assert.ok(base.cssProperties.some((property) => property.name === '--lw-color-primary'));
  });
});

describe('a consumer app', () => {
  it('imports @linkwork/core in plain Node, without a DOM', () => {
    const output = run(
      'node',
      [
        '--input-type=module',
        '-e',
        "const core = await import('@linkwork/core'); console.log(core.matchLocale('cy-GB'), typeof document);",
      ],
      app,
    );
    assert.equal(output.trim(), 'cy undefined');
  });

  for (const moduleResolution of ['Bundler', 'NodeNext']) {
    it(`typechecks against the packed types (moduleResolution ${moduleResolution})`, () => {
      writeFileSync(
        join(app, 'src/typed.ts'),
        [
          "import { matchLocale, type Locale } from '@linkwork/core';",
          "import { LinkworkElement, define, defaultTheme } from '@linkwork/elements';",
          "const locale: Locale | undefined = matchLocale('en');",
          'class Greeting extends LinkworkElement {}',
          "export const registered: boolean = define('lw-typed-check', Greeting);",
          "export const primary: string = defaultTheme['--lw-color-primary'];",
          'export { locale };',
          '// @ts-expect-error: a token that does not exist',
          "export const missing = defaultTheme['--lw-not-a-token'];",
        ].join('\n'),
      );
      const module = moduleResolution === 'Bundler' ? 'ESNext' : 'NodeNext';
      run(
        join(app, 'node_modules/.bin/tsc'),
        [
          '--noEmit',
          '--strict',
          '--target',
          'ES2022',
          '--lib',
          'ES2023,DOM',
          '--skipLibCheck',
          'false',
          '--module',
          module,
          '--moduleResolution',
          moduleResolution,
          '--experimentalDecorators',
          'src/typed.ts',
        ],
        app,
      );
    });
  }

  it('builds with Vite and defines an element from the packages', () => {
    writeFileSync(
      join(app, 'index.html'),
      '<!doctype html><html lang="en"><body><lw-pack-check></lw-pack-check><script type="module" src="/src/main.js"></script></body></html>',
    );
    writeFileSync(
      join(app, 'src/main.js'),
      [
        "import { createRestBackend, matchLocale } from '@linkwork/core';",
        "import { LinkworkElement, define } from '@linkwork/elements';",
        "globalThis.linkworkBackend = createRestBackend({ baseUrl: 'https://api.example/linkwork/' });",
        "import { html } from 'lit';",
        'class PackCheck extends LinkworkElement {',
        "  render() { return html`<p>${matchLocale(this.locale) === 'cy' ? 'Helo' : 'Hello'} from the packed build</p>`; }",
        '}',
        "define('lw-pack-check', PackCheck);",
      ].join('\n'),
    );
    run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], app);
    const html = readFileSync(join(app, 'dist/index.html'), 'utf8');
    const entry = /src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
    assert.ok(entry, 'the page loads one entry bundle');
    const bundle = readFileSync(join(app, 'dist/assets', entry), 'utf8');
    // Welsh messages are a chunk of their own, fetched only when a page is in Welsh.
    const chunks = readdirSync(join(app, 'dist/assets')).filter(
      (file) => file.endsWith('.js') && file !== entry,
    );
    assert.equal(chunks.length, 1);
    assert.match(
      readFileSync(join(app, 'dist/assets', chunks[0]), 'utf8'),
      /Mae problem wedi codi/,
    );
    assert.doesNotMatch(bundle, /Mae problem wedi codi/);
    assert.match(bundle, /lw-pack-check/);
    assert.match(bundle, /linkwork\.registry/);
    // zod's code generation stays off in a consumer's bundle (strict CSP): the side-effect import survives.
    assert.match(bundle, /jitless:\s*(!0|true)/);
    // Lit's dev-mode warnings must not reach a production build.
    assert.doesNotMatch(bundle, /Lit is in dev mode/);
  });
});
