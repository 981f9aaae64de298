import { executeServerCommand, setViewport } from '@web/test-runner-commands';

/** Emulates forced colours (Windows High Contrast) for the rest of the test, or turns it off. */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('forced-colors', { active });
}

/** Sets the viewport; 320 CSS px wide is WCAG 1.4.10's reflow width. */
export async function viewport(width: number, height = 640): Promise<void> {
  await setViewport({ width, height });
}

/** True when `element` (and so its page) scrolls sideways: a reflow failure at narrow widths. */
export function overflowsHorizontally(element: Element): boolean {
  const root = document.scrollingElement ?? document.documentElement;
  return root.scrollWidth > root.clientWidth || element.scrollWidth > element.clientWidth;
}
