import { html, nothing, type TemplateResult } from 'lit';

/**
 * What every field shows around its control, in the GOV.UK / NHS.UK pattern:
 * a label (or legend), optional hint, and the error message when there is one.
 * All strings are text: Lit escapes them, none is parsed as HTML.
 */
export interface FieldText {
  /** The element id of the control (unique within the component's shadow root). */
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  /** The message to show, already decided by the interaction state; absent hides it. */
  readonly error?: string | undefined;
  /** The visually hidden prefix read before the message: `Error` or `Gwall`. */
  readonly errorPrefix: string;
}

/** The HTML autofill tokens our fields use (a subset of the HTML standard's list). */
export type AutofillToken =
  | 'off'
  | 'name'
  | 'given-name'
  | 'family-name'
  | 'bday-day'
  | 'bday-month'
  | 'bday-year'
  | 'sex'
  | 'street-address'
  | 'address-line1'
  | 'address-line2'
  | 'address-line3'
  | 'address-level2'
  | 'postal-code'
  | 'tel'
  | 'email'
  | 'organization'
  | 'organization-title'
  | 'language';

export const hintId = (id: string): string => `${id}-hint`;
export const errorId = (id: string): string => `${id}-error`;

/** The `aria-describedby` value of a control: its hint then its error, or nothing. */
export function describedBy(
  field: Pick<FieldText, 'id' | 'hint' | 'error'>,
  ...more: (string | undefined)[]
): string | typeof nothing {
  const ids = [
    field.hint ? hintId(field.id) : '',
    field.error ? errorId(field.id) : '',
    ...more,
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : nothing;
}

export function hint(field: Pick<FieldText, 'id' | 'hint'>): TemplateResult | typeof nothing {
  return field.hint
    ? html`<div id=${hintId(field.id)} class="lw-hint" part="hint">${field.hint}</div>`
    : nothing;
}

export function errorMessage(
  field: Pick<FieldText, 'id' | 'error' | 'errorPrefix'>,
): TemplateResult | typeof nothing {
  return field.error
    ? html`<p id=${errorId(field.id)} class="lw-error-message" part="error-message">
        <span class="lw-visually-hidden">${field.errorPrefix}:</span> ${field.error}
      </p>`
    : nothing;
}

/** A single control's label, then its hint and error message, in the GOV.UK order. */
export function labelled(field: FieldText): TemplateResult {
  return html`<label class="lw-label" for=${field.id} part="label">${field.label}</label>
    ${hint(field)} ${errorMessage(field)}`;
}

/** The group around one field: marks the error state for styling (a red bar, as NHS.UK does). */
export function fieldGroup(
  field: Pick<FieldText, 'error'>,
  content: TemplateResult,
  extraClass = '',
): TemplateResult {
  return html`<div
    class="lw-field ${field.error ? 'lw-field--error' : ''} ${extraClass}"
    part=${field.error ? 'field field-error' : 'field'}
  >
    ${content}
  </div>`;
}

/** The value of the input, select or textarea that fired an event. */
export function controlValue(event: Event): string {
  return (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
}
