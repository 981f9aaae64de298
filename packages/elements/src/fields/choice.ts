import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { describedBy, errorMessage, fieldGroup, hint, type FieldText } from './field.js';

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
  readonly disabled?: boolean;
}

interface ChoiceGroupOptions extends FieldText {
  readonly name: string;
  readonly options: readonly ChoiceOption[];
  /** Lay short options (Yes / No) side by side. */
  readonly inline?: boolean;
  /** The legend as the page heading, as GOV.UK does on one-question pages. */
  readonly legendAsHeading?: boolean;
  readonly disabled?: boolean;
}

export interface RadiosOptions extends ChoiceGroupOptions {
  readonly value: string | undefined;
  readonly onChange?: (value: string) => void;
}

export interface CheckboxesOptions extends ChoiceGroupOptions {
  readonly value: readonly string[];
  readonly onChange?: (value: string[]) => void;
}

/** The id of one option's input; the first carries the field's id so error links land on it. */
export const optionId = (id: string, index: number): string =>
  index === 0 ? id : `${id}-${index}`;

function choiceGroup(
  kind: 'radio' | 'checkbox',
  group: ChoiceGroupOptions,
  isChecked: (value: string) => boolean,
  onToggle: (value: string, checked: boolean) => void,
  onFocusOut?: () => void,
): TemplateResult {
  const { id } = group;
  return fieldGroup(
    group,
    html`<fieldset
      class="lw-fieldset"
      part="fieldset"
      aria-describedby=${describedBy(group)}
      @focusout=${(event: FocusEvent) => {
        const fieldset = event.currentTarget as HTMLElement;
        if (!fieldset.contains(event.relatedTarget as Node | null)) onFocusOut?.();
      }}
    >
      <legend class="lw-legend ${group.legendAsHeading ? 'lw-legend--heading' : ''}" part="legend">
        ${group.legendAsHeading ? html`<h1 class="lw-legend__heading">${group.label}</h1>` : group.label}
      </legend>
      ${hint(group)} ${errorMessage(group)}
      <div class="lw-choices lw-choices--${kind} ${group.inline ? 'lw-choices--inline' : ''}">
        ${group.options.map((option, index) => {
          const inputId = optionId(id, index);
          const optionHintId = option.hint ? `${inputId}-item-hint` : undefined;
          return html`<div class="lw-choice">
            <input
              id=${inputId}
              class="lw-choice__input"
              part=${kind}
              type=${kind}
              name=${group.name}
              .value=${option.value}
              .checked=${live(isChecked(option.value))}
              aria-describedby=${ifDefined(optionHintId)}
              ?disabled=${(group.disabled ?? false) || (option.disabled ?? false)}
              @change=${(event: Event) =>
                onToggle(option.value, (event.target as HTMLInputElement).checked)}
            />
            <label class="lw-label lw-choice__label" for=${inputId} part="choice-label"
              >${option.label}</label
            >
            ${
              optionHintId
                ? html`<div id=${optionHintId} class="lw-hint lw-choice__hint">${option.hint}</div>`
                : ''
            }
          </div>`;
        })}
      </div>
    </fieldset>`,
  );
}

/** A question with one answer: native radios in a fieldset whose legend is the question. */
export function radios(options: RadiosOptions & { readonly onBlur?: () => void }): TemplateResult {
  return choiceGroup(
    'radio',
    options,
    (value) => value === options.value,
    (value, checked) => {
      if (checked) options.onChange?.(value);
    },
    options.onBlur,
  );
}

/** A question with any number of answers: native checkboxes; the value keeps the options' order. */
export function checkboxes(
  options: CheckboxesOptions & { readonly onBlur?: () => void },
): TemplateResult {
  const selected = new Set(options.value);
  return choiceGroup(
    'checkbox',
    options,
    (value) => selected.has(value),
    (value, checked) => {
      const next = new Set(selected);
      if (checked) next.add(value);
      else next.delete(value);
      options.onChange?.(options.options.map((option) => option.value).filter((v) => next.has(v)));
    },
    options.onBlur,
  );
}
