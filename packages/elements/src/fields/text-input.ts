import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  controlValue,
  describedBy,
  fieldGroup,
  labelled,
  type AutofillToken,
  type FieldText,
} from './field.js';

export interface TextInputOptions extends FieldText {
  readonly name: string;
  readonly value: string;
  readonly type?: 'text' | 'email' | 'tel' | 'search';
  /** An HTML autofill token: `given-name`, `postal-code`, `tel`, `email`… */
  readonly autocomplete?: AutofillToken;
  readonly inputmode?: 'text' | 'numeric' | 'tel' | 'email' | 'search';
  readonly spellcheck?: boolean;
  /** Width in characters, as GOV.UK's fixed-width inputs (`10` for an NHS number). */
  readonly width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  readonly required?: boolean;
  readonly disabled?: boolean;
  readonly onInput?: (value: string) => void;
  readonly onBlur?: (value: string) => void;
}

/** A labelled native text input with hint and inline error. */
export function textInput(options: TextInputOptions): TemplateResult {
  const { id, error } = options;
  return fieldGroup(
    options,
    html`${labelled(options)}
      <input
        id=${id}
        name=${options.name}
        class="lw-input ${options.width ? `lw-input--width-${options.width}` : ''}"
        part="input"
        type=${options.type ?? 'text'}
        .value=${live(options.value)}
        autocomplete=${ifDefined(options.autocomplete)}
        inputmode=${ifDefined(options.inputmode)}
        spellcheck=${ifDefined(
          options.spellcheck === undefined ? undefined : options.spellcheck ? 'true' : 'false',
        )}
        aria-describedby=${describedBy(options)}
        aria-invalid=${error ? 'true' : 'false'}
        ?required=${options.required ?? false}
        ?disabled=${options.disabled ?? false}
        @input=${(event: Event) => options.onInput?.(controlValue(event))}
        @blur=${(event: Event) => options.onBlur?.(controlValue(event))}
      />`,
  );
}
