import { css } from 'lit';
import { token } from '../base/tokens.js';

/** The referral form's own styles: progress, heading, buttons, check your answers. Tokens only. */
export const referralFormStyles = css`
  .lw-progress {
    margin: 0 0 ${token('--lw-space-2')};
    color: ${token('--lw-color-text-secondary')};
  }

  .lw-heading {
    margin: 0 0 ${token('--lw-space-4')};
    font-size: ${token('--lw-font-size-heading')};
    line-height: 1.25;
  }

  .lw-heading:focus {
    outline: none;
  }

  .lw-actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--lw-space-3')};
    align-items: center;
    margin-block-start: ${token('--lw-space-4')};
  }

  .lw-button {
    min-block-size: 2.75rem;
    padding: ${token('--lw-space-2')} ${token('--lw-space-3')};
    border: 0;
    border-radius: ${token('--lw-radius')};
    box-shadow: 0 4px 0 ${token('--lw-color-text')};
    background: ${token('--lw-color-button')};
    color: ${token('--lw-color-button-text')};
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .lw-button:hover {
    background: ${token('--lw-color-button-hover')};
  }

  .lw-button:focus-visible {
    outline: ${token('--lw-focus-width')} solid ${token('--lw-color-focus')};
    background: ${token('--lw-color-focus')};
    color: ${token('--lw-color-focus-text')};
  }

  .lw-link-button {
    padding: 0;
    border: 0;
    background: none;
    color: ${token('--lw-color-link')};
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .lw-link-button:hover {
    color: ${token('--lw-color-link-hover')};
  }

  .lw-link-button:focus-visible {
    background: ${token('--lw-color-focus')};
    color: ${token('--lw-color-focus-text')};
    text-decoration: none;
  }

  .lw-back {
    display: inline-block;
    margin-block-end: ${token('--lw-space-3')};
  }

  .lw-summary {
    margin-block-end: ${token('--lw-space-5')};
  }

  .lw-summary__title {
    margin: 0 0 ${token('--lw-space-2')};
    font-size: 1.1875rem;
  }

  .lw-summary__list {
    margin: 0 0 ${token('--lw-space-2')};
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

  @media (forced-colors: active) {
    .lw-button {
      border: 2px solid ButtonText;
    }
  }
`;
