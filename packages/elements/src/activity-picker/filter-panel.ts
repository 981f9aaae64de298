import {
  formatDistance,
  groups,
  needsInGroup,
  termLabel,
  type ActivitySort,
  type AttendanceMode,
  type Locale,
  type MessageKey,
  type MessageParams,
  type Taxonomy,
  type TimeOfDay,
  type Weekday,
} from '@linkwork/core';
import { html, nothing, type TemplateResult } from 'lit';
import { checkboxes, select, textInput } from '../fields/index.js';
import {
  ACCESSIBILITY_KEYS,
  MODES,
  RADII,
  SORTS,
  TIMES_OF_DAY,
  WEEKDAY_CODES,
  type FilterChip,
  type PickerFilters,
} from './picker-filters.js';

/** What the filter panel needs from the picker. */
export interface FilterPanelContext {
  readonly locale: Locale;
  readonly filters: PickerFilters;
  readonly taxonomy: Taxonomy;
  readonly languages: readonly string[];
  readonly postcode: string;
  readonly postcodeError: string | undefined;
  readonly age: string;
  readonly ageError: string | undefined;
  readonly locationError: string | undefined;
  readonly canLocate: boolean;
  readonly open: boolean;
  /** A disabled form or fieldset around the picker disables every control. */
  readonly disabled: boolean;
  t(key: MessageKey, params?: MessageParams): string;
  languageName(code: string): string;
  onChange(filters: PickerFilters): void;
  onPostcode(value: string): void;
  onPostcodeDraft(value: string): void;
  onAge(value: string): void;
  onLocate(): void;
  onToggle(open: boolean): void;
}

/** The radius in words for a number of miles: `Within 3 miles`. */
export function radiusLabel(miles: number, locale: Locale): string {
  return formatDistance(miles, locale);
}

/** The collapsible panel of native filter controls. */
export function filterPanel(context: FilterPanelContext): TemplateResult {
  const { t } = context;
  return html`<details
    class="filters"
    part="filters"
    ?open=${context.open}
    @toggle=${(event: Event) => context.onToggle((event.target as HTMLDetailsElement).open)}
  >
    <summary part="filters-summary">${t('activity-picker.filters.heading')}</summary>
    ${filterForm(context)}
  </details>`;
}

/**
 * On small screens: a button that opens the filters in a modal native
 * `<dialog>` (focus kept inside, Escape closes, focus returns to the button).
 */
export function filterDialog(
  context: FilterPanelContext & { onOpenDialog(): void; onCloseDialog(): void },
): TemplateResult {
  const { t } = context;
  return html`<button
      type="button"
      class="secondary filters-open"
      part="filters-button"
      aria-haspopup="dialog"
      ?disabled=${context.disabled}
      @click=${() => context.onOpenDialog()}
    >
      ${t('activity-picker.filters.heading')}
    </button>
    <dialog
      class="filters-dialog"
      part="filters-dialog"
      aria-labelledby="filters-dialog-heading"
      @close=${() => context.onCloseDialog()}
    >
      <h2 id="filters-dialog-heading">${t('activity-picker.filters.heading')}</h2>
      ${filterForm(context)}
      <button
        type="button"
        part="filters-done"
        @click=${(event: Event) => (event.target as HTMLElement).closest('dialog')?.close()}
      >
        ${t('activity-picker.filters.done')}
      </button>
    </dialog>`;
}

/** The filter controls themselves, in a form whose submit (Enter) applies the postcode. */
function filterForm(context: FilterPanelContext): TemplateResult {
  const { t, filters, locale } = context;
  const errorPrefix = t('common.error-prefix');
  const change = (patch: Partial<PickerFilters>): void =>
    context.onChange({ ...filters, ...patch });
  return html`<form
    class="filters-body"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      const input = (event.target as HTMLFormElement).querySelector<HTMLInputElement>(
        '#filter-postcode',
      );
      if (input) context.onPostcode(input.value);
    }}
  >
    <fieldset class="lw-fieldset taxonomy" part="fieldset">
      <legend class="lw-legend" part="legend">${t('activity-picker.filter.taxonomy')}</legend>
      ${groups(context.taxonomy).map((group, index) =>
        checkboxes({
          id: `filter-taxonomy-${index}`,
          name: 'taxonomy',
          label: termLabel(context.taxonomy, group.id, locale) ?? group.id,
          errorPrefix,
          disabled: context.disabled,
          value: filters.taxonomy,
          options: needsInGroup(context.taxonomy, group.id).map((term) => ({
            value: term.id,
            label: term.label[locale] ?? term.label.en,
          })),
          onChange: (value) => {
            const inGroup = new Set(
              needsInGroup(context.taxonomy, group.id).map((term) => term.id),
            );
            change({
              taxonomy: [...filters.taxonomy.filter((id) => !inGroup.has(id)), ...value],
            });
          },
        }),
      )}
    </fieldset>
    ${checkboxes({
      id: 'filter-days',
      name: 'days',
      label: t('activity-picker.filter.days'),
      errorPrefix,
      disabled: context.disabled,
      value: filters.days,
      options: WEEKDAY_CODES.map((day) => ({
        value: day,
        label: t(`activity-picker.day.${day}`),
      })),
      onChange: (value) => change({ days: value as Weekday[] }),
    })}
    ${checkboxes({
      id: 'filter-times',
      name: 'times',
      label: t('activity-picker.filter.times'),
      errorPrefix,
      disabled: context.disabled,
      value: filters.timesOfDay,
      options: TIMES_OF_DAY.map((time) => ({
        value: time,
        label: t(`activity-picker.time.${time}`),
      })),
      onChange: (value) => change({ timesOfDay: value as TimeOfDay[] }),
    })}
    ${checkboxes({
      id: 'filter-free',
      name: 'free',
      label: t('activity-picker.filter.cost'),
      errorPrefix,
      disabled: context.disabled,
      value: filters.freeOnly ? ['free'] : [],
      options: [{ value: 'free', label: t('activity-picker.filter.free') }],
      onChange: (value) => change({ freeOnly: value.includes('free') }),
    })}
    <div class="near">
      ${textInput({
        id: 'filter-postcode',
        name: 'postcode',
        label: t('activity-picker.filter.postcode'),
        hint: t('activity-picker.filter.postcode.hint'),
        error: context.postcodeError,
        errorPrefix,
        disabled: context.disabled,
        value: context.postcode,
        autocomplete: 'postal-code',
        spellcheck: false,
        width: 10,
        onInput: (value) => context.onPostcodeDraft(value),
        onBlur: (value) => context.onPostcode(value),
      })}
      ${select({
        id: 'filter-radius',
        name: 'radius',
        label: t('activity-picker.filter.radius'),
        errorPrefix,
        disabled: context.disabled,
        value: String(filters.radiusMiles),
        options: RADII.map((miles) => ({
          value: String(miles),
          label: radiusLabel(miles, locale),
        })),
        onChange: (value) => change({ radiusMiles: Number(value) }),
      })}
      ${
        context.canLocate
          ? html`<button
              type="button"
              class="secondary"
              ?disabled=${context.disabled}
              @click=${() => context.onLocate()}
            >
              ${t('activity-picker.filter.my-location')}
            </button>`
          : nothing
      }
      ${
        context.locationError
          ? html`<p class="lw-error-message">
              <span class="lw-visually-hidden">${errorPrefix}:</span> ${context.locationError}
            </p>`
          : nothing
      }
    </div>
    ${textInput({
      id: 'filter-age',
      name: 'age',
      label: t('activity-picker.filter.age'),
      hint: t('activity-picker.filter.age.hint'),
      error: context.ageError,
      errorPrefix,
      disabled: context.disabled,
      value: context.age,
      inputmode: 'numeric',
      width: 3,
      onInput: (value) => context.onAge(value),
    })}
    ${checkboxes({
      id: 'filter-accessibility',
      name: 'accessibility',
      label: t('activity-picker.filter.accessibility'),
      errorPrefix,
      disabled: context.disabled,
      value: filters.accessibility,
      options: ACCESSIBILITY_KEYS.map((key) => ({
        value: key,
        label: t(`activity-picker.access.${key}`),
      })),
      onChange: (value) => change({ accessibility: value }),
    })}
    ${checkboxes({
      id: 'filter-modes',
      name: 'modes',
      label: t('activity-picker.filter.modes'),
      errorPrefix,
      disabled: context.disabled,
      value: filters.modes,
      options: MODES.map((mode) => ({ value: mode, label: t(`activity-picker.mode.${mode}`) })),
      onChange: (value) => change({ modes: value as AttendanceMode[] }),
    })}
    ${
      context.languages.length
        ? checkboxes({
            id: 'filter-languages',
            name: 'languages',
            label: t('activity-picker.filter.languages'),
            errorPrefix,
            disabled: context.disabled,
            value: filters.languages,
            options: context.languages.map((code) => ({
              value: code,
              label: context.languageName(code),
            })),
            onChange: (value) => change({ languages: value }),
          })
        : nothing
    }
  </form>`;
}

/** The sort control: a native select. */
export function sortControl(
  context: Pick<FilterPanelContext, 't' | 'filters' | 'onChange' | 'disabled'>,
): TemplateResult {
  const { t, filters } = context;
  const hasOrigin = filters.origin !== undefined;
  return select({
    id: 'sort',
    name: 'sort',
    label: t('activity-picker.sort'),
    errorPrefix: t('common.error-prefix'),
    disabled: context.disabled,
    value: filters.sort,
    options: SORTS.filter((sort) => sort !== 'distance' || hasOrigin).map((sort) => ({
      value: sort,
      label: t(`activity-picker.sort.${sort}`),
    })),
    onChange: (value) => context.onChange({ ...filters, sort: value as ActivitySort }),
  });
}

/** Active filters as removable chips, with "Clear all". */
export function filterChipList(
  chips: readonly FilterChip[],
  context: Pick<FilterPanelContext, 't' | 'onChange' | 'disabled'> & { onClear(): void },
): TemplateResult | typeof nothing {
  if (chips.length === 0) return nothing;
  const { t } = context;
  return html`<div class="chips" part="chips">
    <h3 class="lw-visually-hidden" id="chips-heading">${t('activity-picker.filters.active')}</h3>
    <ul aria-labelledby="chips-heading">
      ${chips.map(
        (chip) =>
          html`<li>
            <button
              type="button"
              class="chip"
              part="chip"
              data-chip=${chip.key}
              ?disabled=${context.disabled}
              @click=${() => context.onChange(chip.without)}
            >
              <span class="lw-visually-hidden">${t('activity-picker.filters.remove')}:</span>
              ${chip.label}<span aria-hidden="true" class="chip-cross">×</span>
            </button>
          </li>`,
      )}
    </ul>
    <button
      type="button"
      class="link-button"
      part="clear-filters"
      ?disabled=${context.disabled}
      @click=${() => context.onClear()}
    >
      ${t('activity-picker.filters.clear')}
    </button>
  </div>`;
}
