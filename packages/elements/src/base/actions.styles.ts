import { css } from 'lit';
import { token } from './tokens.js';

/**
 * The pieces every Linkwork form shares, NHS.UK frontend's look from tokens:
 * the step heading, buttons (primary and secondary) and the row of actions. A
 * module of its own beside the summary list (`summary.styles.ts`), so a
 * component that shows the list only later (the referral form's check your
 * answers) can load it later.
 */
export const actionStyles = css`
  .lw-heading {
    margin-block: 0 ${token('--lw-space-4')};
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
    border: ${token('--lw-border-width')} solid transparent;
    border-radius: ${token('--lw-radius')};
    box-shadow: 0 4px 0 ${token('--lw-color-focus-text')};
    background: ${token('--lw-color-button')};
    color: ${token('--lw-color-button-text')};
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .lw-button:hover {
    background: ${token('--lw-color-button-hover')};
  }

  .lw-button--secondary {
    border-color: ${token('--lw-color-primary')};
    background: ${token('--lw-color-background')};
    color: ${token('--lw-color-primary')};
  }

  .lw-button--secondary:hover {
    background: ${token('--lw-color-surface')};
  }

  .lw-button:focus-visible {
    outline: ${token('--lw-focus-width')} solid ${token('--lw-color-focus')};
    background: ${token('--lw-color-focus')};
    color: ${token('--lw-color-focus-text')};
  }

  @media (forced-colors: active) {
    .lw-button {
      border-color: ButtonText;
    }
    .lw-button:focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * A button that looks like a link (the referral form's Back and Start again),
 * a sheet of its own so that a component without one does not carry it. It
 * follows `actionStyles`.
 */
export const linkButtonStyles = css`
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
`;
