import { css } from 'lit';
import { token } from './tokens.js';

/** Styles every Linkwork element starts from: type, colour, focus, and a visually hidden helper. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: ${token('--lw-font-family')};
    font-size: ${token('--lw-font-size')};
    line-height: ${token('--lw-line-height')};
    color: ${token('--lw-color-text')};
    -webkit-font-smoothing: antialiased;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline-width: ${token('--lw-focus-width')};
    outline-style: solid;
    outline-color: ${token('--lw-color-focus')};
    outline-offset: 0;
    box-shadow: 0 0 0 ${token('--lw-focus-width')} ${token('--lw-color-focus-text')};
  }

  .lw-visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
