#!/usr/bin/env node
/** Makes the file paths in Vitest's benchmark report relative to the repository, so it can be committed. */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = process.argv[2] ?? 'bench/results.json';
const report = JSON.parse(readFileSync(file, 'utf8'));
for (const entry of report.files ?? []) entry.filepath = relative(root, entry.filepath);
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
