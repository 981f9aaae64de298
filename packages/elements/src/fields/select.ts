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
import type { ChoiceOption } from './choice.js';

export interface SelectOptions extends FieldText {
  readonly name: string;
  readonly value: string;
  readonly options: readonly ChoiceOption[];
  /** The first, empty option (`Select a relationship`); absent means none. */
  readonly placeholder?: string;
  readonly autocomplete?: AutofillToken;
  readonly disabled?: boolean;
  readonly onChange?: (value: string) => void;
  readonly onBlur?: (value: string) => void;
}

/** A labelled native select. Prefer radios for fewer than about eight options. */
export function select(options: SelectOptions): TemplateResult {
  return fieldGroup(
    options,
    html`${labelled(options)}
      <select
        id=${options.id}
        name=${options.name}
        class="lw-select"
        part="select"
        autocomplete=${ifDefined(options.autocomplete)}
        aria-describedby=${describedBy(options)}
        aria-invalid=${options.error ? 'true' : 'false'}
        ?disabled=${options.disabled ?? false}
        @change=${(event: Event) => options.onChange?.(controlValue(event))}
        @blur=${(event: Event) => options.onBlur?.(controlValue(event))}
      >
        ${
          options.placeholder !== undefined
            ? html`<option value="" .selected=${live(options.value === '')}>
                ${options.placeholder}
              </option>`
            : ''
        }
        ${options.options.map(
          (option) =>
            html`<option
              .value=${option.value}
              .selected=${live(option.value === options.value)}
              ?disabled=${option.disabled ?? false}
            >
              ${option.label}
            </option>`,
        )}
      </select>`,
  );
}
