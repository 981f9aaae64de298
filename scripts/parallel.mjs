#!/usr/bin/env node
/**
 * Runs shell commands at the same time and prints each one's output, whole, when it ends (so
 * logs do not interleave). Exits non-zero when any failed. `npm test` uses it for the typecheck
 * beside the lint (both single-threaded; CI has two cores) and for the Node tests beside the
 * Storybook sweep. Not for the browser tests: beside the Node tests, a picker test waiting for
 * its list timed out on a busy machine.
 *
 *   node scripts/parallel.mjs "npm run typecheck" "npm run lint"
 */
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('usage: node scripts/parallel.mjs "<command>" ["<command>" …]');
  process.exit(2);
}

const results = await Promise.all(
  commands.map(
    (command) =>
      new Promise((resolve) => {
        const started = performance.now();
        const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
        const output = [];
        child.stdout.on('data', (chunk) => output.push(chunk));
        child.stderr.on('data', (chunk) => output.push(chunk));
        child.on('close', (code, signal) => {
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          process.stdout.write(`\n$ ${command}\n${Buffer.concat(output).toString()}`);
          process.stdout.write(
            `(${code === 0 ? 'ok' : `failed: ${signal ?? code}`}, ${seconds} s)\n`,
          );
          resolve(code === 0);
        });
      }),
  ),
);
process.exit(results.every(Boolean) ? 0 : 1);
