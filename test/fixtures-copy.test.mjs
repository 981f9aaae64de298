/**
 * test/fixtures holds copies of the team's shared fixtures, so that any clone
 * runs its tests on its own. Where the shared folder is beside the project (on
 * our machines and in CI), the copies must be byte-for-byte the same.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const copies = fileURLToPath(new URL('./fixtures', import.meta.url));
const shared = fileURLToPath(new URL('../../shared/fixtures', import.meta.url));

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('fixture copies', () => {
  const names = files(copies).map((path) => relative(copies, path));

  it('include the directory, taxonomy, referrals and paged files the tests use', () => {
    for (const name of [
      'riverside.oruk3.json',
      'riverside.oruk1.json',
      'taxonomy.json',
      'referrals.valid.json',
      'referrals.invalid.json',
      'paged/page-1.json',
      'paged-v1/page-6.json',
    ]) {
      assert.ok(names.includes(name), name);
    }
  });

  it(
    'are unchanged copies of the shared fixtures',
    { skip: !existsSync(shared) && 'no shared folder beside this clone' },
    () => {
      const changed = names.filter((name) => {
        const original = join(shared, name);
        return (
          !existsSync(original) || !readFileSync(original).equals(readFileSync(join(copies, name)))
        );
      });
      assert.deepEqual(changed, []);
    },
  );
});
