import 'axe-core';
import type { AxeResults, Result, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
  }
}

/** The WCAG levels Linkwork is held to: 2.2 AA and everything below it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function describeViolation(violation: Result): string {
  const nodes = violation.nodes.map((node) => `    ${node.target.join(' >>> ')}`).join('\n');
  return `  ${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n${nodes}`;
}

/** Runs axe over `element` (shadow roots included) and returns its WCAG 2.2 AA violations. */
export async function axeViolations(element: Element): Promise<Result[]> {
  const results = await window.axe.run(element, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
  });
  return results.violations;
}

/** Fails with a readable list when axe finds any WCAG 2.2 AA violation in `element`. */
export async function expectAccessible(element: Element): Promise<void> {
  const violations = await axeViolations(element);
  if (violations.length > 0) {
    throw new Error(
      `Expected no accessibility violations, found ${violations.length}:\n${violations
        .map(describeViolation)
        .join('\n')}`,
    );
  }
}
