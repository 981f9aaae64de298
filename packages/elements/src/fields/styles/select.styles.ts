import { css } from 'lit';

/** The select's own look, after `textControlStyles`: the native arrow, and as wide as its options. */
export const selectStyles = css`
  .lw-select {
    appearance: auto;
    inline-size: auto;
    min-inline-size: 12em;
  }
`;
