import { css } from 'lit';
import { token } from '../../base/tokens.js';

/** The box, focus ring and error border every text control shares: text input, select, textarea. */
export const textControlStyles = css`
  .lw-input,
  .lw-select,
  .lw-textarea {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 100%;
    min-block-size: 2.5rem;
    padding: ${token('--lw-space-1')};
    border: ${token('--lw-border-width')} solid ${token('--lw-color-border')};
    border-radius: 0;
    background: ${token('--lw-color-background')};
    color: ${token('--lw-color-text')};
    font: inherit;
    appearance: none;
  }

  .lw-input:focus,
  .lw-select:focus,
  .lw-textarea:focus {
    outline: ${token('--lw-focus-width')} solid ${token('--lw-color-focus')};
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px ${token('--lw-color-focus-text')};
    border-color: ${token('--lw-color-focus-text')};
  }

  [aria-invalid='true'].lw-input,
  [aria-invalid='true'].lw-select,
  [aria-invalid='true'].lw-textarea {
    border-color: ${token('--lw-color-error')};
  }

  @media (forced-colors: active) {
    .lw-input:focus,
    .lw-select:focus,
    .lw-textarea:focus {
      outline-color: Highlight;
    }
  }
`;
