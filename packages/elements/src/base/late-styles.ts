import {
  adoptStyles,
  supportsAdoptingStyleSheets,
  type CSSResult,
  type ReactiveElement,
} from 'lit';

/**
 * Adds styles to an element's shadow root after it has been made: the CSS of
 * a part loaded on demand travels with that part (the picker's filters).
 * Call it before the render that shows the part, so it never shows unstyled.
 * The sheets come after the element's own, so none of their rules may be
 * meant to lose to the element's on equal specificity.
 */
export function addStyles(element: ReactiveElement, styles: readonly CSSResult[]): void {
  const root = element.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  // Adopted sheets are replaced as a list; `<style>` elements (older browsers) are appended.
  adoptStyles(
    root,
    supportsAdoptingStyleSheets ? [...root.adoptedStyleSheets, ...styles] : [...styles],
  );
}
