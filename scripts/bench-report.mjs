#!/usr/bin/env node
/**
 * Gathers every benchmark into bench/results.json as one flat JSON object of
 * numbers: the Node benchmarks (Vitest's report, bench/vitest.json) as
 * `<file>.<benchmark>.mean_ms` and `.p99_ms`, and the Chromium picker
 * benchmark (bench/picker.results.json) as it wrote them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
const round = (value) => Math.round(value * 1000) / 1000;

const results = {};
const vitest = 'bench/vitest.json';
if (existsSync(vitest)) {
  for (const file of JSON.parse(readFileSync(vitest, 'utf8')).files ?? []) {
    const prefix = slug(
      file.filepath
        .split('/')
        .pop()
        .replace(/\.bench\.ts$/, ''),
    );
    for (const group of file.groups ?? []) {
      for (const bench of group.benchmarks ?? []) {
        const key = `${prefix}.${slug(bench.name)}`;
        results[`${key}.mean_ms`] = round(bench.mean);
        results[`${key}.p99_ms`] = round(bench.p99);
      }
    }
  }
}
const picker = 'bench/picker.results.json';
if (existsSync(picker)) Object.assign(results, JSON.parse(readFileSync(picker, 'utf8')));
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(`bench/results.json: ${Object.keys(results).length} figures`);
