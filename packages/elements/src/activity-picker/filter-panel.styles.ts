import { css } from 'lit';
import { token } from '../base/tokens.js';
import { choiceStyles, fieldsetStyles, inputWidthStyles } from '../fields/index.js';

/**
 * The filters' styles, loaded with their code and added to the picker's shadow
 * root before the panel first renders (`addStyles`). They come after the
 * picker's own sheet: none of these rules competes with one of it on equal
 * specificity. The panel's checkboxes and fixed-width inputs bring their
 * primitives' styles; its text inputs and selects use the ones the picker
 * already has for its search box and sort order.
 */
export const filterPanelStyles = [
  fieldsetStyles,
  inputWidthStyles,
  choiceStyles,
  css`
    .filters-dialog {
      inline-size: 100%;
      max-inline-size: 100%;
      max-block-size: 100%;
      margin: 0;
      padding: ${token('--lw-space-3')};
      border: none;
      background: ${token('--lw-color-background')};
      color: ${token('--lw-color-text')};
    }

    .filters-dialog::backdrop {
      background: color-mix(in srgb, ${token('--lw-color-text')} 60%, transparent);
    }

    .filters-dialog [part='filters-done'] {
      inline-size: 100%;
    }

    .filters-body {
      padding: 0 ${token('--lw-space-3')} ${token('--lw-space-3')};
    }

    .near {
      display: flex;
      flex-wrap: wrap;
      gap: 0 ${token('--lw-space-3')};
      align-items: flex-end;
    }

    .near > * {
      min-inline-size: 0;
    }

    .chips ul {
      list-style: none;
      padding: 0;
      margin: 0 0 ${token('--lw-space-2')};
      display: flex;
      flex-wrap: wrap;
      gap: ${token('--lw-space-2')};
    }

    .chip {
      background: ${token('--lw-color-background')};
      color: ${token('--lw-color-text')};
      border-color: ${token('--lw-color-border')};
      max-inline-size: 100%;
      overflow-wrap: anywhere;
      text-align: start;
    }

    .chip-cross {
      margin-inline-start: ${token('--lw-space-2')};
    }

    @media (forced-colors: active) {
      .chip {
        border-color: CanvasText;
      }
    }

    @media print {
      .chips {
        display: none;
      }
    }
  `,
];
