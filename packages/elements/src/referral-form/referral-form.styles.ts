import { css } from 'lit';
import { token } from '../base/tokens.js';

/**
 * The referral form's own styles for its first steps (progress, notices); the later steps'
 * (check your answers, the confirmation panel) come with them (`later.styles.ts`). Tokens only.
 */
export const referralFormStyles = css`
  .lw-progress,
  .lw-caption {
    display: block;
    margin: 0 0 ${token('--lw-space-2')};
    color: ${token('--lw-color-text-secondary')};
  }

  .lw-back {
    display: inline-block;
    margin-block-end: ${token('--lw-space-3')};
  }

  .lw-notice,
  .lw-warning {
    margin: 0 0 ${token('--lw-space-4')};
    padding: ${token('--lw-space-3')};
    border: 4px solid ${token('--lw-color-primary')};
    background: ${token('--lw-color-surface')};
  }

  .lw-warning {
    border-color: ${token('--lw-color-error')};
  }

  .lw-notice p,
  .lw-warning p {
    margin: 0 0 ${token('--lw-space-2')};
  }

  .lw-consent:focus {
    outline: none;
  }

  @media (forced-colors: active) {
    .lw-notice,
    .lw-warning {
      border-color: CanvasText;
    }
  }
`;
