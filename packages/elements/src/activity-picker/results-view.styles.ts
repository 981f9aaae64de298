import { css } from 'lit';
import { token } from '../base/tokens.js';

/**
 * The result cards' layout, added to the picker's sheets with the results
 * view's code (`results-view.ts`), before the first render that shows a card.
 * It comes after the picker's own sheet, so none of these rules may compete
 * with one of it on equal specificity.
 */
export const resultsViewStyles = css`
  .card {
    inline-size: 100%;
    padding: ${token('--lw-space-3')};
    margin-block-end: ${token('--lw-space-3')};
    border: 1px solid ${token('--lw-color-border-subtle')};
    border-radius: ${token('--lw-radius')};
    background: ${token('--lw-color-background')};
    overflow-wrap: anywhere;
  }

  .card--selected {
    border-color: ${token('--lw-color-primary')};
    border-inline-start-width: 6px;
  }

  .card-name {
    font-size: 1.25rem;
  }

  .card-organisation,
  .card-summary {
    margin-block: 0 ${token('--lw-space-2')};
  }

  .card-organisation {
    color: ${token('--lw-color-text-secondary')};
  }

  .card-alert {
    border-inline-start: 4px solid ${token('--lw-color-error')};
    padding-inline-start: ${token('--lw-space-2')};
  }

  .facts {
    margin: 0;
    display: grid;
    gap: ${token('--lw-space-1')};
  }

  .fact {
    display: grid;
    grid-template-columns: minmax(0, 9em) minmax(0, 1fr);
    gap: ${token('--lw-space-2')};
  }

  .fact dt {
    font-weight: 600;
  }

  .fact dd {
    margin: 0;
  }

  .line {
    display: block;
  }

  .contacts {
    list-style: none;
    padding: 0;
    margin: 0;
  }

  .card-actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--lw-space-3')};
    align-items: center;
    margin-block-start: ${token('--lw-space-3')};
  }

  .checkbox {
    display: flex;
    gap: ${token('--lw-space-2')};
    align-items: center;
  }

  .checkbox input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: ${token('--lw-color-primary')};
  }

  @media (max-width: 30em) {
    .fact {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .card--selected {
      border-color: Highlight;
    }
  }
`;
