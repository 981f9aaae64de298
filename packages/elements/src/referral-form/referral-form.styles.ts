import { css } from 'lit';
import { token } from '../base/tokens.js';

/** The referral form's own styles (progress, back, check your answers headings); the rest is shared. Tokens only. */
export const referralFormStyles = css`
  .lw-progress {
    margin: 0 0 ${token('--lw-space-2')};
    color: ${token('--lw-color-text-secondary')};
  }

  .lw-back {
    display: inline-block;
    margin-block-end: ${token('--lw-space-3')};
  }

  .lw-summary__title {
    margin: 0 0 ${token('--lw-space-2')};
    font-size: 1.1875rem;
  }

  .lw-summary__list {
    margin: 0 0 ${token('--lw-space-2')};
  }
`;
