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

export interface TextareaOptions extends FieldText {
  readonly name: string;
  readonly value: string;
  readonly rows?: number;
  /** The limit the count counts down to. The textarea never truncates what someone types. */
  readonly maxLength?: number;
  /**
   * Words for the count, in the user's language: `remaining(n)` while under the
   * limit, `over(n)` past it (`You have 12 characters too many`).
   */
  readonly count?: {
    readonly remaining: (n: number) => string;
    readonly over: (n: number) => string;
  };
  readonly autocomplete?: AutofillToken;
  readonly disabled?: boolean;
  readonly onInput?: (value: string) => void;
  readonly onBlur?: (value: string) => void;
}

export const countId = (id: string): string => `${id}-count`;

/**
 * A labelled textarea with, when it has a limit, the GOV.UK character count:
 * a visible count under the field and the same text in a polite live region,
 * so that screen readers hear it without being interrupted on every key.
 */
export function textarea(options: TextareaOptions): TemplateResult {
  const { id, maxLength, count } = options;
  const length = [...options.value].length;
  const left = maxLength === undefined ? undefined : maxLength - length;
  const countText =
    left === undefined || !count
      ? undefined
      : left >= 0
        ? count.remaining(left)
        : count.over(-left);
  return fieldGroup(
    options,
    html`${labelled(options)}
      <textarea
        id=${id}
        name=${options.name}
        class="lw-textarea ${left !== undefined && left < 0 ? 'lw-textarea--over' : ''}"
        part="textarea"
        rows=${options.rows ?? 5}
        .value=${live(options.value)}
        autocomplete=${ifDefined(options.autocomplete)}
        aria-describedby=${describedBy(options, countText ? countId(id) : undefined)}
        aria-invalid=${options.error ? 'true' : 'false'}
        ?disabled=${options.disabled ?? false}
        @input=${(event: Event) => options.onInput?.(controlValue(event))}
        @blur=${(event: Event) => options.onBlur?.(controlValue(event))}
      ></textarea>
      ${
        countText
          ? html`<div
              id=${countId(id)}
              class="lw-count ${left !== undefined && left < 0 ? 'lw-count--over' : ''}"
              part="count"
              aria-live="polite"
            >
              ${countText}
            </div>`
          : ''
      }`,
  );
}
