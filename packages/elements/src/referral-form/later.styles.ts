import { css } from 'lit';
import { token } from '../base/tokens.js';

/**
 * The referral form's styles for what only its later steps show (check your answers, the
 * confirmation panel): a module of its own, so they travel with the later steps' chunk and are
 * added to each form before it first shows one of them. They come after every sheet the form
 * starts with, as they did when they were the last rules of `referralFormStyles`.
 */
export const referralFormLaterStyles = css`
  .lw-summary__title {
    margin: 0 0 ${token('--lw-space-2')};
    font-size: 1.1875rem;
  }

  .lw-summary__list {
    margin: 0 0 ${token('--lw-space-2')};
  }

  .lw-panel {
    margin: 0 0 ${token('--lw-space-4')};
    padding: ${token('--lw-space-3')};
    border: 4px solid ${token('--lw-color-button')};
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

  @media (forced-colors: active) {
    .lw-panel {
      border-color: CanvasText;
    }
  }
`;
