import { css } from 'lit';
import { token } from '../base/tokens.js';

/**
 * Layout of <lw-activity-picker>: tokens only, reflows down to 320 CSS px.
 * The filters' own layout (panel body, dialog, chips) comes with their code:
 * `filter-panel.styles.ts`; the result cards' with theirs: `results-view.styles.ts`.
 */
export const activityPickerStyles = css`
  :host {
    max-inline-size: 100%;
  }

  h2,
  h3,
  h4 {
    margin-block: 0 ${token('--lw-space-2')};
    line-height: 1.25;
  }

  button {
    font: inherit;
    min-block-size: 44px;
    padding: ${token('--lw-space-2')} ${token('--lw-space-3')};
    border: ${token('--lw-border-width')} solid ${token('--lw-color-button')};
    border-radius: ${token('--lw-radius')};
    background: ${token('--lw-color-button')};
    color: ${token('--lw-color-button-text')};
    cursor: pointer;
  }

  button.secondary {
    background: ${token('--lw-color-background')};
    color: ${token('--lw-color-link')};
    border-color: ${token('--lw-color-link')};
  }

  button.link-button {
    background: none;
    border-color: transparent;
    color: ${token('--lw-color-link')};
    text-decoration: underline;
    padding-inline: ${token('--lw-space-1')};
  }

  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  a {
    color: ${token('--lw-color-link')};
    overflow-wrap: anywhere;
  }

  .filters {
    margin-block: ${token('--lw-space-3')};
    border: 1px solid ${token('--lw-color-border-subtle')};
    border-radius: ${token('--lw-radius')};
    background: ${token('--lw-color-surface')};
  }

  .filters > summary {
    cursor: pointer;
    padding: ${token('--lw-space-3')};
    font-weight: 600;
    color: ${token('--lw-color-link')};
    min-block-size: 44px;
  }

  .filters-open {
    margin-block: ${token('--lw-space-3')};
  }

  .shortlist {
    margin-block: ${token('--lw-space-3')};
    padding: ${token('--lw-space-3')};
    border-inline-start: 4px solid ${token('--lw-color-primary')};
    background: ${token('--lw-color-surface')};
  }

  .shortlist-heading:focus {
    outline: none;
  }

  .shortlist-items {
    list-style: none;
    padding: 0;
    margin: 0 0 ${token('--lw-space-2')};
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--lw-space-2')};
    flex-direction: column;
  }

  .shortlist-items li {
    display: flex;
    gap: ${token('--lw-space-2')};
    align-items: center;
    justify-content: space-between;
    overflow-wrap: anywhere;
  }

  .results-header {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('--lw-space-3')};
    align-items: flex-end;
    justify-content: space-between;
  }

  .status {
    font-weight: 600;
  }

  .note.warning {
    border-inline-start: 4px solid ${token('--lw-color-error')};
    padding-inline-start: ${token('--lw-space-2')};
  }

  .results {
    display: flex;
    flex-direction: column;
    position: relative;
  }

  .gap {
    flex: none;
  }

  .results[hidden] {
    display: none;
  }

  @media (forced-colors: active) {
    .shortlist,
    .filters {
      border-color: CanvasText;
    }
    button {
      border-color: ButtonText;
    }
  }

  @media print {
    .search,
    .filters,
    .results-section,
    .shortlist button,
    [role='status'] {
      display: none;
    }
  }
`;
