import { html, type TemplateResult } from 'lit';

/** A step's heading: focused when the step changes, so screen readers start there. */
export function heading(text: string): TemplateResult {
  return html`<h2 id="consent-heading" class="lw-heading" tabindex="-1">${text}</h2>`;
}

/** A button of a step: primary, or `secondary`. */
export function button(label: string, onClick: () => void, secondary = false): TemplateResult {
  return html`<button
    type="button"
    class="lw-button ${secondary ? 'lw-button--secondary' : ''}"
    part="button"
    @click=${onClick}
  >
    ${label}
  </button>`;
}
