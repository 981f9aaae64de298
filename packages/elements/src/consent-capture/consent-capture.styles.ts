import { css } from 'lit';
import { baseStyles } from '../base/base.styles.js';
import { token } from '../base/tokens.js';
import { fieldStyles } from '../fields/index.js';

/** <lw-consent-capture>'s look, NHS.UK frontend's patterns, from tokens only. */
export const consentCaptureStyles = [
  baseStyles,
  fieldStyles,
  css`
    .lw-root {
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    .lw-heading {
      margin-block: 0 ${token('--lw-space-4')};
      font-size: ${token('--lw-font-size-heading')};
      line-height: 1.25;
    }
    .lw-heading:focus {
      outline: none;
    }
    .lw-body,
    .lw-item__text {
      margin-block: 0 ${token('--lw-space-3')};
      overflow-wrap: anywhere;
    }
    .lw-item__text {
      font-weight: 600;
    }
    .lw-item {
      margin-block-end: ${token('--lw-space-4')};
      padding-block-end: ${token('--lw-space-3')};
      border-block-end: 1px solid ${token('--lw-color-border-subtle')};
    }
    .lw-item .lw-field {
      margin-block-end: ${token('--lw-space-3')};
    }
    .lw-legend,
    .lw-label {
      overflow-wrap: anywhere;
    }
    .lw-details__summary {
      display: inline-block;
      color: ${token('--lw-color-link')};
      cursor: pointer;
      text-decoration: underline;
    }
    .lw-details__summary:hover {
      color: ${token('--lw-color-link-hover')};
    }
    .lw-details__text {
      margin-block-start: ${token('--lw-space-2')};
      padding: ${token('--lw-space-3')};
      border-inline-start: 4px solid ${token('--lw-color-border-subtle')};
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .lw-conditional {
      margin-block-end: ${token('--lw-space-4')};
      margin-inline-start: 0.75rem;
      padding-inline-start: ${token('--lw-space-4')};
      border-inline-start: 4px solid ${token('--lw-color-border-subtle')};
    }
    .lw-summary {
      margin: 0 0 ${token('--lw-space-5')};
    }
    .lw-summary__row {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
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
      overflow-wrap: anywhere;
    }
    @media (max-width: 40em) {
      .lw-summary__row {
        grid-template-columns: minmax(0, 1fr);
        gap: ${token('--lw-space-1')};
      }
    }
    .lw-panel,
    .lw-warning {
      margin-block: 0 ${token('--lw-space-4')};
      padding: ${token('--lw-space-3')};
      border: 4px solid ${token('--lw-color-primary')};
      background: ${token('--lw-color-surface')};
    }
    .lw-warning {
      border-color: ${token('--lw-color-error')};
    }
    .lw-actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('--lw-space-3')};
    }
    .lw-button {
      min-block-size: 2.75rem;
      padding: ${token('--lw-space-2')} ${token('--lw-space-3')};
      border: ${token('--lw-border-width')} solid transparent;
      border-radius: ${token('--lw-radius')};
      background: ${token('--lw-color-button')};
      box-shadow: 0 4px 0 ${token('--lw-color-focus-text')};
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
      .lw-panel,
      .lw-warning,
      .lw-details__text,
      .lw-conditional {
        border-color: CanvasText;
      }
    }
    @media print {
      .lw-no-print {
        display: none;
      }
    }
  `,
];
