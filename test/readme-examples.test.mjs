/**
 * The TypeScript examples in packages/core/README.md compile: every ```ts block
 * is written to a fresh temporary directory as its own module and typechecked
 * with the repository's TypeScript, with `@linkwork/core` mapped to the
 * package's source.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readmePath = join(root, 'packages', 'core', 'README.md');
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

const blocks = tsBlocks(readFileSync(readmePath, 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'linkwork-readme-'));

after(() => rmSync(work, { recursive: true, force: true }));

describe('packages/core/README.md examples', () => {
  it('has at least 8 TypeScript examples', () => {
    assert.ok(blocks.length >= 8, `found ${blocks.length} \`\`\`ts blocks, expected at least 8`);
  });

  it('typechecks every example as its own module', () => {
    // Named after the README line each example starts on, so tsc's errors point at it.
    const files = blocks.map(({ line, code }) => {
      const name = `readme-line-${line}.ts`;
      writeFileSync(join(work, name), code);
      return name;
    });
    const tsconfig = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'ESNext',
        moduleResolution: 'Bundler',
        target: 'ES2022',
        lib: ['ES2023', 'DOM'],
        skipLibCheck: true,
        types: [],
        allowImportingTsExtensions: false,
        paths: { '@linkwork/core': [join(root, 'packages', 'core', 'src', 'index.ts')] },
      },
      files,
    };
    writeFileSync(join(work, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    const result = spawnSync(tsc, ['-p', join(work, 'tsconfig.json'), '--pretty', 'false'], {
      cwd: work,
      encoding: 'utf8',
    });
    assert.equal(result.error, undefined, `could not run ${tsc}: ${result.error}`);
    assert.equal(
      result.status,
      0,
      `tsc found errors in the README examples (files are named after README lines):\n${result.stdout}${result.stderr}`,
    );
  });
});
