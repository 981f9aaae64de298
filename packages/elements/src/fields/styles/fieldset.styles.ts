import { css } from 'lit';
import { token } from '../../base/tokens.js';

/** The fieldset and legend around a group of controls (radios, checkboxes, the date input), after `fieldFrameStyles`. */
export const fieldsetStyles = css`
  .lw-fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
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
`;
