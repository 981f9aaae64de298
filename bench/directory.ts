/**
 * A large synthetic directory for benchmarks: the shared seeded generator's
 * ORUK v3 output (test/fixtures/generate.mjs), mapped to activities the way
 * the ORUK adapter maps them. Same count and seed, same data, every run.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mapOrukServices, type Activity } from '@linkwork/core';

export function generatedActivities(count: number, seed = 1): Activity[] {
  const generator = fileURLToPath(new URL('../test/fixtures/generate.mjs', import.meta.url));
  const json = execFileSync(
    process.execPath,
    [generator, '--count', String(count), '--seed', String(seed)],
    {
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    },
  );
  const invalid: unknown[] = [];
  const activities = mapOrukServices(JSON.parse(json) as unknown[], 'v3', (report) =>
    invalid.push(report),
  );
  if (invalid.length > 0)
    throw new Error(`The generator produced ${invalid.length} invalid records`);
  return activities;
}
