/**
 * The TypeScript examples in the packages' READMEs compile: every ```ts block
 * is written to a fresh temporary directory as its own module and typechecked
 * with the repository's TypeScript, with `@linkwork/*` mapped to the
 * packages' sources.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(root, 'node_modules', '.bin', 'tsc');

/** Each ```ts block of the README, with the README line its code starts on. */
function tsBlocks(markdown) {
  const blocks = [];
  const fence = /^```ts[ \t]*\r?\n([\s\S]*?)^```[ \t]*$/gm;
  for (const match of markdown.matchAll(fence)) {
    const line = markdown.slice(0, match.index).split('\n').length + 1;
    blocks.push({ line, code: match[1] });
  }
  return blocks;
}

const work = mkdtempSync(join(tmpdir(), 'linkwork-readme-'));

after(() => rmSync(work, { recursive: true, force: true }));

const source = (...parts) => join(root, 'packages', ...parts);

/** Writes each ```ts block of a README as its own module and typechecks them together. */
function typecheckReadme(readme, { minimum, paths, compilerOptions = {} }) {
  const readmePath = source(readme);
  const blocks = tsBlocks(readFileSync(readmePath, 'utf8'));
  const dir = join(work, readme.split('/')[0]);
  mkdirSync(dir, { recursive: true });

  describe(`packages/${readme} examples`, () => {
    it(`has at least ${minimum} TypeScript examples`, () => {
      assert.ok(
        blocks.length >= minimum,
        `found ${blocks.length} \`\`\`ts blocks, expected at least ${minimum}`,
      );
    });

    it('typechecks every example as its own module', () => {
      // Named after the README line each example starts on, so tsc's errors point at it.
      const files = blocks.map(({ line, code }) => {
        const name = `readme-line-${line}.ts`;
        writeFileSync(join(dir, name), code);
        return name;
      });
      const tsconfig = {
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'ESNext',
          moduleResolution: 'Bundler',
          target: 'ES2022',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          skipLibCheck: true,
          types: [],
          allowImportingTsExtensions: false,
          paths,
          ...compilerOptions,
        },
        files,
      };
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
      const result = spawnSync(tsc, ['-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], {
        cwd: dir,
        encoding: 'utf8',
      });
      assert.equal(result.error, undefined, `could not run ${tsc}: ${result.error}`);
      assert.equal(
        result.status,
        0,
        `tsc found errors in the README examples of ${readme} (files are named after README lines):\n${result.stdout}${result.stderr}`,
      );
    });
  });
}

const corePaths = { '@linkwork/core': [source('core', 'src', 'index.ts')] };

typecheckReadme('core/README.md', { minimum: 8, paths: corePaths });
typecheckReadme('elements/README.md', {
  minimum: 3,
  paths: {
    ...corePaths,
    '@linkwork/elements': [source('elements', 'src', 'index.ts')],
    '@linkwork/elements/define/*': [source('elements', 'src', 'define', '*')],
  },
  // The elements' sources use Lit's decorators as TypeScript compiles them.
  compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
});
