import { css } from 'lit';
import { baseStyles } from '../base/base.styles.js';
import { actionStyles } from '../base/actions.styles.js';
import { token } from '../base/tokens.js';
import { choiceStyles, fieldFrameStyles, fieldsetStyles } from '../fields/index.js';

/**
 * <lw-consent-capture>'s look as it first renders (the questions), NHS.UK
 * frontend's patterns, from tokens only. What only later screens show (text
 * inputs and textareas, the error summary, the summary list, a choice's
 * conditional fields, the record's panel and print rules) is in
 * `later.styles.ts`, added with the chunk that draws them.
 */
export const consentCaptureStyles = [
  baseStyles,
  // The sheets of the fields its first step renders (radios and checkboxes), in fieldStyles' order.
  fieldFrameStyles,
  fieldsetStyles,
  choiceStyles,
  actionStyles,
  css`
    .lw-root {
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
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
    .lw-warning {
      margin-block: 0 ${token('--lw-space-4')};
      padding: ${token('--lw-space-3')};
      border: 4px solid ${token('--lw-color-error')};
      background: ${token('--lw-color-surface')};
    }
    @media (forced-colors: active) {
      .lw-warning,
      .lw-details__text {
        border-color: CanvasText;
      }
    }
  `,
];
