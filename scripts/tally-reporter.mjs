/**
 * A Node test-runner reporter that writes `{ "passed": N, "failed": N }`,
 * counting tests and not the suites around them, so .ci/run can add every
 * runner's counts together.
 */
export default async function* tally(source) {
  const counts = { passed: 0, failed: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    // A skipped test neither passed nor failed.
    if (event.data.skip || event.data.todo) continue;
    counts[event.type === 'test:pass' ? 'passed' : 'failed']++;
  }
  yield `${JSON.stringify(counts)}\n`;
}
