import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  controlValue,
  describedBy,
  errorMessage,
  fieldGroup,
  hint,
  type FieldText,
} from './field.js';

export type DatePart = 'day' | 'month' | 'year';

export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export interface DateInputOptions extends FieldText {
  /** Form names are `${name}-day`, `${name}-month`, `${name}-year`. */
  readonly name: string;
  readonly value: DateParts;
  /** Labels of the three boxes: `Day`, `Month`, `Year` / `Diwrnod`, `Mis`, `Blwyddyn`. */
  readonly partLabels: Readonly<Record<DatePart, string>>;
  /** Autofill section: `bday` gives `bday-day`, `bday-month`, `bday-year`. */
  readonly autocomplete?: 'bday';
  /** Which boxes the error is about (GOV.UK highlights only those); all when absent. */
  readonly errorParts?: readonly DatePart[];
  readonly disabled?: boolean;
  readonly onInput?: (value: DateParts) => void;
  /** Called when focus leaves the whole date (not when moving between its boxes). */
  readonly onBlur?: (value: DateParts) => void;
}

const PARTS: readonly DatePart[] = ['day', 'month', 'year'];
const BIRTHDAY_TOKENS = { day: 'bday-day', month: 'bday-month', year: 'bday-year' } as const;

/** The id of one box; the day box carries the field's own id so error links land on it. */
export const datePartId = (id: string, part: DatePart): string =>
  part === 'day' ? id : `${id}-${part}`;

/**
 * The GOV.UK date input: three numeric boxes in a fieldset whose legend is the
 * question. Numeric keyboards on phones, no spinners, autofill for birthdays.
 */
export function dateInput(options: DateInputOptions): TemplateResult {
  const { id, error } = options;
  const errorParts = new Set(error ? (options.errorParts ?? PARTS) : []);
  const change = (part: DatePart, event: Event): DateParts => ({
    ...options.value,
    [part]: controlValue(event),
  });
  return fieldGroup(
    options,
    html`<fieldset
      class="lw-fieldset"
      part="fieldset"
      role="group"
      aria-describedby=${describedBy(options)}
      @focusout=${(event: FocusEvent) => {
        // Leaving the day box for the month box is not leaving the question.
        const group = event.currentTarget as HTMLElement;
        if (!group.contains(event.relatedTarget as Node | null)) options.onBlur?.(options.value);
      }}
    >
      <legend class="lw-legend" part="legend">${options.label}</legend>
      ${hint(options)} ${errorMessage(options)}
      <div class="lw-date-input">
        ${PARTS.map(
          (part) =>
            html`<div class="lw-date-input__item">
              <label class="lw-label lw-date-input__label" for=${datePartId(id, part)}
                >${options.partLabels[part]}</label
              >
              <input
                id=${datePartId(id, part)}
                name=${`${options.name}-${part}`}
                class="lw-input lw-input--width-${part === 'year' ? 4 : 2}"
                part="input date-${part}"
                type="text"
                inputmode="numeric"
                autocomplete=${options.autocomplete ? BIRTHDAY_TOKENS[part] : 'off'}
                maxlength=${part === 'year' ? 4 : 2}
                .value=${live(options.value[part])}
                aria-invalid=${errorParts.has(part) ? 'true' : 'false'}
                ?disabled=${options.disabled ?? false}
                @input=${(event: Event) => options.onInput?.(change(part, event))}
              />
            </div>`,
        )}
      </div>
    </fieldset>`,
  );
}
