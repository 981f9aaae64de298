import { css } from 'lit';
import { token } from '../base/tokens.js';

/** The referral form's own styles (progress, notices, the confirmation panel); the rest is shared. Tokens only. */
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

  .lw-summary__title {
    margin: 0 0 ${token('--lw-space-2')};
    font-size: 1.1875rem;
  }

  .lw-summary__list {
    margin: 0 0 ${token('--lw-space-2')};
  }

  .lw-notice,
  .lw-warning,
  .lw-panel {
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

  .lw-panel {
    border-color: ${token('--lw-color-button')};
    background: ${token('--lw-color-button')};
    color: ${token('--lw-color-button-text')};
    text-align: center;
  }

  .lw-panel--pending {
    border-color: ${token('--lw-color-primary')};
    background: ${token('--lw-color-surface')};
    color: ${token('--lw-color-text')};
  }

  .lw-panel__title {
    margin: 0 0 ${token('--lw-space-3')};
    font-size: 2rem;
  }

  .lw-panel__body {
    margin: 0;
    font-size: 1.5rem;
  }

  .lw-reference {
    overflow-wrap: anywhere;
  }

  .lw-consent:focus {
    outline: none;
  }

  @media (forced-colors: active) {
    .lw-notice,
    .lw-warning,
    .lw-panel {
      border-color: CanvasText;
    }
  }
`;
