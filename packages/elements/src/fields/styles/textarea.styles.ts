import { css } from 'lit';
import { token } from '../../base/tokens.js';

/** The textarea's own look and its character count, after `textControlStyles`. */
export const textareaStyles = css`
  .lw-textarea {
    resize: vertical;
  }

  .lw-textarea--over {
    border-color: ${token('--lw-color-error')};
  }

  .lw-count {
    margin-block-start: ${token('--lw-space-1')};
    color: ${token('--lw-color-text-secondary')};
  }

  .lw-count--over {
    color: ${token('--lw-color-error')};
    font-weight: 600;
  }
`;
