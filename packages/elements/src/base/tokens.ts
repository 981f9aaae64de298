import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The design tokens every Linkwork element reads, with the default theme:
 * NHS.UK frontend's colours, type and spacing. A host themes Linkwork by
 * setting any of these custom properties on the element or an ancestor; the
 * default applies where none is set.
 */
export const defaultTheme = {
  '--lw-font-family': 'Frutiger W01, Arial, Helvetica, sans-serif',
  '--lw-font-size': '1rem',
  '--lw-font-size-small': '0.875rem',
  '--lw-font-size-heading': '1.5rem',
  '--lw-line-height': '1.5',
  '--lw-color-text': '#212b32',
  '--lw-color-text-secondary': '#4c6272',
  '--lw-color-background': '#ffffff',
  '--lw-color-surface': '#f0f4f5',
  '--lw-color-primary': '#005eb8',
  '--lw-color-primary-text': '#ffffff',
  '--lw-color-button': '#007f3b',
  '--lw-color-button-hover': '#00662f',
  '--lw-color-button-text': '#ffffff',
  '--lw-color-link': '#005eb8',
  '--lw-color-link-hover': '#7c2855',
  '--lw-color-link-visited': '#330072',
  '--lw-color-border': '#4c6272',
  '--lw-color-border-subtle': '#d8dde0',
  '--lw-color-error': '#d5281b',
  '--lw-color-success': '#007f3b',
  '--lw-color-focus': '#ffeb3b',
  '--lw-color-focus-text': '#212b32',
  '--lw-border-width': '2px',
  '--lw-focus-width': '4px',
  '--lw-radius': '4px',
  '--lw-space-1': '0.25rem',
  '--lw-space-2': '0.5rem',
  '--lw-space-3': '1rem',
  '--lw-space-4': '1.5rem',
  '--lw-space-5': '2rem',
  '--lw-space-6': '3rem',
} as const;

export type TokenName = keyof typeof defaultTheme;

export const tokenNames = Object.keys(defaultTheme) as TokenName[];

/**
 * A token as a CSS value: `var(--lw-…, default)`. Styles use this rather than
 * literal colours so that every value can be themed from outside.
 */
export function token(name: TokenName): CSSResult {
  // Safe: both parts are constants of this module, never host input.
  return unsafeCSS(`var(${name}, ${defaultTheme[name]})`);
}
