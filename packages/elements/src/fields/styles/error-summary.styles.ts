import { css } from 'lit';
import { token } from '../../base/tokens.js';

/** The GOV.UK error summary. */
export const errorSummaryStyles = css`
  .lw-error-summary {
    margin-block-end: ${token('--lw-space-5')};
    padding: ${token('--lw-space-4')};
    border: 4px solid ${token('--lw-color-error')};
    background: ${token('--lw-color-background')};
  }

  .lw-error-summary:focus {
    outline: ${token('--lw-focus-width')} solid ${token('--lw-color-focus')};
    outline-offset: 0;
  }

  .lw-error-summary__title {
    margin-block: 0 ${token('--lw-space-3')};
    font-size: ${token('--lw-font-size-heading')};
    line-height: 1.25;
  }

  .lw-error-summary__list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .lw-error-summary__list a {
    color: ${token('--lw-color-error')};
    font-weight: 600;
  }

  .lw-error-summary__list a:focus {
    outline: none;
    background: ${token('--lw-color-focus')};
    color: ${token('--lw-color-focus-text')};
    box-shadow: 0 4px 0 ${token('--lw-color-focus-text')};
    text-decoration: none;
  }

  @media (forced-colors: active) {
    .lw-error-summary:focus {
      outline-color: Highlight;
    }
    .lw-error-summary {
      border-color: CanvasText;
    }
  }
`;
