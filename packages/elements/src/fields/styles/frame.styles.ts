import { css } from 'lit';
import { token } from '../../base/tokens.js';

/** Every field's frame: the group and its error bar, the label (or legend), hint and error message. */
export const fieldFrameStyles = css`
  .lw-field {
    margin-block: 0 ${token('--lw-space-4')};
  }

  .lw-field--error {
    border-inline-start: 4px solid ${token('--lw-color-error')};
    padding-inline-start: ${token('--lw-space-3')};
  }

  .lw-label,
  .lw-legend {
    display: block;
    margin-block-end: ${token('--lw-space-1')};
    color: ${token('--lw-color-text')};
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

  @media (forced-colors: active) {
    .lw-field--error {
      border-color: CanvasText;
    }
  }
`;
