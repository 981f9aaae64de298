import { css } from 'lit';
import { summaryStyles } from '../base/summary.styles.js';
import { token } from '../base/tokens.js';
import { errorSummaryStyles, textareaStyles, textControlStyles } from '../fields/index.js';

/**
 * <lw-consent-capture>'s styles for what only comes after its untouched first
 * screen: the second step's text inputs and textarea, the error summary, the summary
 * list of the read-back and record, a choice's conditional fields, the saved
 * record's panel and what it leaves out of print. They travel in the chunk
 * (`later.ts`) and are added to each element before it first renders
 * something from it (`addStyles`). They come after the element's own sheets;
 * none of their rules competes with those on equal specificity.
 */
export const consentCaptureLaterStyles = [
  textControlStyles,
  textareaStyles,
  errorSummaryStyles,
  summaryStyles,
  css`
    .lw-conditional {
      margin-block-end: ${token('--lw-space-4')};
      margin-inline-start: 0.75rem;
      padding-inline-start: ${token('--lw-space-4')};
      border-inline-start: 4px solid ${token('--lw-color-border-subtle')};
    }
    .lw-panel {
      margin-block: 0 ${token('--lw-space-4')};
      padding: ${token('--lw-space-3')};
      border: 4px solid ${token('--lw-color-primary')};
      background: ${token('--lw-color-surface')};
    }
    @media (forced-colors: active) {
      .lw-panel,
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
