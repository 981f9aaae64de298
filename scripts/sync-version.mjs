#!/usr/bin/env node
/**
 * After `changeset version`: writes @linkwork/elements' version into its
 * `VERSION` constant (packages/elements/src/base/version.ts), which the
 * elements use to tell two Linkwork copies on one page apart.
 *
 *   node scripts/sync-version.mjs [repository root]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url)));
const { version } = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8'));
if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(version))
  throw new Error(`@linkwork/elements has an unexpected version: ${version}`);
const file = join(root, 'packages/elements/src/base/version.ts');
const source = readFileSync(file, 'utf8');
const pattern = /export const VERSION = '[^']*';/;
if (!pattern.test(source)) throw new Error(`${file} has no VERSION constant to update`);
writeFileSync(file, source.replace(pattern, `export const VERSION = '${version}';`));
console.log(`@linkwork/elements VERSION is ${version}`);
