import { css } from 'lit';
import { token } from '../../base/tokens.js';

/** Radios and checkboxes (with `fieldsetStyles`). */
export const choiceStyles = css`
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
`;
