import { css } from 'lit';

/** The fixed widths of text inputs (`width: 10`), in characters, as GOV.UK's; the date input's boxes use them. */
export const inputWidthStyles = css`
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
`;
