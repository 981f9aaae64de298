#!/usr/bin/env node
/**
 * Adds up the reports every test runner wrote to reports/ and prints the one
 * line CI reads: `N passed, N failed`. A runner named on the command line that
 * left no report (it crashed, or an earlier step failed) counts as one failure.
 * Exits non-zero when anything failed.
 */
import { existsSync, readFileSync } from 'node:fs';

/** Each runner's report shape, reduced to { passed, failed }. */
function counts(report) {
  if (Array.isArray(report)) {
    // size-limit --json: one entry per budget.
    const failed = report.filter((entry) => entry.passed === false).length;
    return { passed: report.length - failed, failed };
  }
  if ('numPassedTests' in report) {
    // Vitest's JSON reporter; a file that failed to load has no tests but fails the suite.
    const brokenFiles = report.testResults.filter(
      (file) => file.status === 'failed' && file.assertionResults.length === 0,
    ).length;
    return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
  }
  return { passed: report.passed, failed: report.failed };
}

let passed = 0;
let failed = 0;
for (const name of process.argv.slice(2)) {
  const file = `reports/${name}.json`;
  if (!existsSync(file)) {
    console.log(`  ${name}: no report (the runner did not finish)`);
    failed += 1;
    continue;
  }
  let result;
  try {
    result = counts(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    result = undefined;
  }
  if (!Number.isInteger(result?.passed) || !Number.isInteger(result?.failed)) {
    console.log(`  ${name}: unreadable report (the runner failed before reporting)`);
    failed += 1;
    continue;
  }
  console.log(`  ${name}: passed ${result.passed}, failed ${result.failed}`);
  passed += result.passed;
  failed += result.failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
