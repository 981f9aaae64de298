import { css } from 'lit';
import { token } from '../base/tokens.js';

/**
 * Styles of the field primitives, NHS.UK frontend's look, from tokens only.
 * Components add this to their `static styles` beside `baseStyles`.
 */
export const fieldStyles = css`
  .lw-field {
    margin-block: 0 ${token('--lw-space-4')};
  }

  .lw-field--error {
    border-inline-start: 4px solid ${token('--lw-color-error')};
    padding-inline-start: ${token('--lw-space-3')};
  }

  .lw-fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .lw-label,
  .lw-legend {
    display: block;
    margin-block-end: ${token('--lw-space-1')};
    color: ${token('--lw-color-text')};
  }

  .lw-legend {
    padding: 0;
    font-weight: 600;
  }

  .lw-legend__heading {
    margin: 0;
    font-size: ${token('--lw-font-size-heading')};
    line-height: 1.25;
  }

  .lw-hint {
    display: block;
    margin-block-end: ${token('--lw-space-3')};
    color: ${token('--lw-color-text-secondary')};
  }

  .lw-error-message {
    display: block;
    margin-block: 0 ${token('--lw-space-3')};
    color: ${token('--lw-color-error')};
    font-weight: 600;
  }

  .lw-input,
  .lw-select,
  .lw-textarea {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 100%;
    min-block-size: 2.5rem;
    padding: ${token('--lw-space-1')};
    border: ${token('--lw-border-width')} solid ${token('--lw-color-border')};
    border-radius: 0;
    background: ${token('--lw-color-background')};
    color: ${token('--lw-color-text')};
    font: inherit;
    appearance: none;
  }

  .lw-select {
    appearance: auto;
    inline-size: auto;
    min-inline-size: 12em;
  }

  .lw-textarea {
    resize: vertical;
  }

  .lw-input--width-2 {
    max-inline-size: 5.4ex;
  }
  .lw-input--width-3 {
    max-inline-size: 7.2ex;
  }
  .lw-input--width-4 {
    max-inline-size: 9ex;
  }
  .lw-input--width-5 {
    max-inline-size: 10.8ex;
  }
  .lw-input--width-10 {
    max-inline-size: 20ex;
  }
  .lw-input--width-20 {
    max-inline-size: 38ex;
  }
  .lw-input--width-30 {
    max-inline-size: 56ex;
  }

  .lw-input:focus,
  .lw-select:focus,
  .lw-textarea:focus {
    outline: ${token('--lw-focus-width')} solid ${token('--lw-color-focus')};
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px ${token('--lw-color-focus-text')};
    border-color: ${token('--lw-color-focus-text')};
  }

  [aria-invalid='true'].lw-input,
  [aria-invalid='true'].lw-select,
  [aria-invalid='true'].lw-textarea,
  .lw-textarea--over {
    border-color: ${token('--lw-color-error')};
  }

  .lw-date-input {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--lw-space-3')};
  }

  .lw-date-input__label {
    margin-block-end: ${token('--lw-space-1')};
  }

  .lw-choices {
    display: flex;
    flex-direction: column;
    gap: ${token('--lw-space-2')};
  }

  .lw-choices--inline {
    flex-flow: row wrap;
    gap: ${token('--lw-space-4')};
  }

  .lw-choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: ${token('--lw-space-2')};
    align-items: start;
  }

  .lw-choice__input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: ${token('--lw-color-primary')};
  }

  .lw-choice__label {
    margin: 0;
    padding-block-start: 0.1rem;
    cursor: pointer;
  }

  .lw-choice__hint {
    grid-column: 2;
    margin-block-end: 0;
  }

  .lw-count {
    margin-block-start: ${token('--lw-space-1')};
    color: ${token('--lw-color-text-secondary')};
  }

  .lw-count--over {
    color: ${token('--lw-color-error')};
    font-weight: 600;
  }

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
    .lw-input:focus,
    .lw-select:focus,
    .lw-textarea:focus,
    .lw-error-summary:focus {
      outline-color: Highlight;
    }
    .lw-field--error,
    .lw-error-summary {
      border-color: CanvasText;
    }
  }
`;
