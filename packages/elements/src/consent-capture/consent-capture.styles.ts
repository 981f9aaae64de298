import { css } from 'lit';
import { baseStyles } from '../base/base.styles.js';
import { controlStyles } from '../base/controls.styles.js';
import { token } from '../base/tokens.js';
import {
  choiceStyles,
  errorSummaryStyles,
  fieldFrameStyles,
  fieldsetStyles,
  textareaStyles,
  textControlStyles,
} from '../fields/index.js';

/** <lw-consent-capture>'s look, NHS.UK frontend's patterns, from tokens only. */
export const consentCaptureStyles = [
  baseStyles,
  // The sheets of the fields it renders (text inputs, textareas, radios and checkboxes, the error
  // summary), in fieldStyles' order; not the select, input widths or date input.
  fieldFrameStyles,
  fieldsetStyles,
  textControlStyles,
  textareaStyles,
  choiceStyles,
  errorSummaryStyles,
  controlStyles,
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
    .lw-conditional {
      margin-block-end: ${token('--lw-space-4')};
      margin-inline-start: 0.75rem;
      padding-inline-start: ${token('--lw-space-4')};
      border-inline-start: 4px solid ${token('--lw-color-border-subtle')};
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
    @media (forced-colors: active) {
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
