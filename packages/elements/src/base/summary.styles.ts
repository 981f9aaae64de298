import { css } from 'lit';
import { token } from './tokens.js';

/** The summary list (check your answers, a consent's read-back), NHS.UK frontend's look from tokens. */
export const summaryStyles = css`
  .lw-summary {
    margin-block: 0 ${token('--lw-space-5')};
  }

  .lw-summary__row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    gap: ${token('--lw-space-3')};
    padding-block: ${token('--lw-space-2')};
    border-block-end: 1px solid ${token('--lw-color-border-subtle')};
  }

  .lw-summary__key {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .lw-summary__value {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  @media (max-width: 40em) {
    .lw-summary__row {
      grid-template-columns: minmax(0, 1fr);
      gap: ${token('--lw-space-1')};
    }
  }
`;
