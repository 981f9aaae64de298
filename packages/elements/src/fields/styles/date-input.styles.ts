import { css } from 'lit';
import { token } from '../../base/tokens.js';

/** The date input's three boxes in a row (with `fieldsetStyles`, `textControlStyles`, `inputWidthStyles`). */
export const dateInputStyles = css`
  .lw-date-input {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--lw-space-3')};
  }

  .lw-date-input__label {
    margin-block-end: ${token('--lw-space-1')};
  }
`;
