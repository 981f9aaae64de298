/**
 * The filters of <lw-activity-picker>: the panel's native controls, the
 * active filters as chips, and what each control does. Loaded on demand (the
 * panel opened, or filters set by the host), so a page that only searches
 * never downloads them or the default needs taxonomy.
 */
import {
  defaultTaxonomy,
  formatDistance,
  groups,
  isValidPostcode,
  needsInGroup,
  normalisePostcode,
  termLabel,
  type AttendanceMode,
  type Backend,
  type GeoPoint,
  type Locale,
  type MessageKey,
  type MessageParams,
  type Taxonomy,
  type TimeOfDay,
  type Weekday,
} from '@linkwork/core';
import { html, nothing, type TemplateResult } from 'lit';
import { checkboxes, select, textInput } from '../fields/index.js';
// The loader adds these to the picker (`addStyles`, `addMessages`) before the panel first renders.
export { activityPickerFiltersEn } from '@linkwork/core';
export { filterPanelStyles } from './filter-panel.styles.js';
import {
  ACCESSIBILITY_KEYS,
  clearFilters,
  filterChips,
  MODES,
  parseAge,
  RADII,
  TIMES_OF_DAY,
  WEEKDAY_CODES,
  type ChipWording,
  type PickerFilters,
} from './picker-filters.js';

/** What a person has typed into the filters that is not (yet) a filter, and its errors. */
export interface FilterFormState {
  readonly postcode: string;
  readonly postcodeError: string | undefined;
  readonly age: string;
  readonly ageError: string | undefined;
  readonly locationError: string | undefined;
}

/** What the filters need from the picker. */
export interface FilterHost {
  readonly locale: Locale;
  readonly filters: PickerFilters;
  /** The host's taxonomy; `undefined` for the Linkwork needs taxonomy. */
  readonly taxonomy: Taxonomy | undefined;
  readonly languages: readonly string[];
  readonly backend: Backend | undefined;
  readonly form: FilterFormState;
  /** A disabled form or fieldset around the picker disables every control. */
  readonly disabled: boolean;
  t(key: MessageKey, params?: MessageParams): string;
  languageName(code: string): string;
  setFilters(filters: PickerFilters): void;
  setForm(patch: Partial<FilterFormState>): void;
  /** After "Clear all": focus goes back to the search box. */
  focusSearch(): void;
}

/** The radius in words for a number of miles: `3 miles`. */
export function radiusLabel(miles: number, locale: Locale): string {
  return formatDistance(miles, locale);
}

const taxonomyOf = (host: FilterHost): Taxonomy => host.taxonomy ?? defaultTaxonomy;

/** Applies a postcode typed into "Near": checked, geocoded by the backend when it can, then searched near. */
export async function applyPostcode(host: FilterHost, raw: string): Promise<void> {
  const text = raw.trim();
  const { filters } = host;
  if (text === '') {
    host.setForm({ postcode: '', postcodeError: undefined });
    if (filters.origin?.kind === 'postcode') host.setFilters({ ...filters, origin: undefined });
    return;
  }
  if (!isValidPostcode(text)) {
    host.setForm({
      postcode: raw,
      postcodeError: host.t('activity-picker.filter.postcode.invalid'),
    });
    return;
  }
  const postcode = normalisePostcode(text);
  if (filters.origin?.kind === 'postcode' && filters.origin.postcode === postcode) return;
  let point: GeoPoint | undefined;
  if (host.backend?.geocode) {
    try {
      point = await host.backend.geocode(postcode);
    } catch {
      point = undefined;
    }
    if (!point) {
      host.setForm({
        postcode: raw,
        postcodeError: host.t('activity-picker.filter.postcode.unknown'),
      });
      return;
    }
  }
  host.setForm({ postcode, postcodeError: undefined, locationError: undefined });
  host.setFilters({
    ...host.filters,
    origin: point ? { kind: 'postcode', postcode, point } : { kind: 'postcode', postcode },
  });
}

/** "Use my location": the browser asks the person only now, on their click. */
export function locate(host: FilterHost): void {
  const geolocation = (globalThis.navigator as Navigator | undefined)?.geolocation;
  if (!geolocation) return;
  geolocation.getCurrentPosition(
    (position) => {
      const point = { lat: position.coords.latitude, lng: position.coords.longitude };
      host.setForm({ postcode: '', postcodeError: undefined, locationError: undefined });
      host.setFilters({ ...host.filters, origin: { kind: 'location', point } });
    },
    () => host.setForm({ locationError: host.t('activity-picker.filter.my-location.denied') }),
    { maximumAge: 600_000, timeout: 15_000 },
  );
}

function applyAge(host: FilterHost, value: string): void {
  const age = parseAge(value);
  const invalid = age !== undefined && Number.isNaN(age);
  host.setForm({
    age: value,
    ageError: invalid ? host.t('activity-picker.filter.age.invalid') : undefined,
  });
  if (!invalid && age !== host.filters.age) host.setFilters({ ...host.filters, age });
}

/** Clears every filter (keeping the search text and sort) and returns focus to the search box. */
export function clearAll(host: FilterHost): void {
  host.setForm({ postcode: '', postcodeError: undefined, age: '', ageError: undefined });
  host.setFilters(clearFilters(host.filters));
  host.focusSearch();
}

/**
 * On narrow screens: the filters in a modal native `<dialog>` (focus kept
 * inside, Escape closes, `onClose` returns focus to the button that opened it).
 */
export function filterDialog(host: FilterHost, form: unknown, onClose: () => void): TemplateResult {
  const { t } = host;
  return html`<dialog
    class="filters-dialog"
    part="filters-dialog"
    aria-labelledby="filters-dialog-heading"
    @close=${onClose}
  >
    <h2 id="filters-dialog-heading">${t('activity-picker.filters.heading')}</h2>
    ${form}
    <button
      type="button"
      part="filters-done"
      @click=${(event: Event) => (event.target as HTMLElement).closest('dialog')?.close()}
    >
      ${t('activity-picker.filters.done')}
    </button>
  </dialog>`;
}

/** The filter controls, in a form whose submit (Enter) applies the postcode. */
export function filterForm(host: FilterHost): TemplateResult {
  const { t, filters, locale, form, disabled } = host;
  const taxonomy = taxonomyOf(host);
  const errorPrefix = t('common.error-prefix');
  const change = (patch: Partial<PickerFilters>): void =>
    host.setFilters({ ...host.filters, ...patch });
  const canLocate = Boolean((globalThis.navigator as Navigator | undefined)?.geolocation);
  return html`<form
    class="filters-body"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      const input = (event.target as HTMLFormElement).querySelector<HTMLInputElement>(
        '#filter-postcode',
      );
      if (input) void applyPostcode(host, input.value);
    }}
  >
    <fieldset class="lw-fieldset taxonomy" part="fieldset">
      <legend class="lw-legend" part="legend">${t('activity-picker.filter.taxonomy')}</legend>
      ${groups(taxonomy).map((group, index) =>
        checkboxes({
          id: `filter-taxonomy-${index}`,
          name: 'taxonomy',
          label: termLabel(taxonomy, group.id, locale) ?? group.id,
          errorPrefix,
          disabled,
          value: filters.taxonomy,
          options: needsInGroup(taxonomy, group.id).map((term) => ({
            value: term.id,
            label: term.label[locale] ?? term.label.en,
          })),
          onChange: (value) => {
            const inGroup = new Set(needsInGroup(taxonomy, group.id).map((term) => term.id));
            change({
              taxonomy: [...host.filters.taxonomy.filter((id) => !inGroup.has(id)), ...value],
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
      disabled,
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
      disabled,
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
      disabled,
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
        error: form.postcodeError,
        errorPrefix,
        disabled,
        value: form.postcode,
        autocomplete: 'postal-code',
        spellcheck: false,
        width: 10,
        onInput: (value) => host.setForm({ postcode: value }),
        onBlur: (value) => void applyPostcode(host, value),
      })}
      ${select({
        id: 'filter-radius',
        name: 'radius',
        label: t('activity-picker.filter.radius'),
        errorPrefix,
        disabled,
        value: String(filters.radiusMiles),
        options: RADII.map((miles) => ({
          value: String(miles),
          label: radiusLabel(miles, locale),
        })),
        onChange: (value) => change({ radiusMiles: Number(value) }),
      })}
      ${
        canLocate
          ? html`<button
              type="button"
              class="secondary"
              ?disabled=${disabled}
              @click=${() => locate(host)}
            >
              ${t('activity-picker.filter.my-location')}
            </button>`
          : nothing
      }
      ${
        form.locationError
          ? html`<p class="lw-error-message">
              <span class="lw-visually-hidden">${errorPrefix}:</span> ${form.locationError}
            </p>`
          : nothing
      }
    </div>
    ${textInput({
      id: 'filter-age',
      name: 'age',
      label: t('activity-picker.filter.age'),
      hint: t('activity-picker.filter.age.hint'),
      error: form.ageError,
      errorPrefix,
      disabled,
      value: form.age,
      inputmode: 'numeric',
      width: 3,
      onInput: (value) => applyAge(host, value),
    })}
    ${checkboxes({
      id: 'filter-accessibility',
      name: 'accessibility',
      label: t('activity-picker.filter.accessibility'),
      errorPrefix,
      disabled,
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
      disabled,
      value: filters.modes,
      options: MODES.map((mode) => ({ value: mode, label: t(`activity-picker.mode.${mode}`) })),
      onChange: (value) => change({ modes: value as AttendanceMode[] }),
    })}
    ${
      host.languages.length
        ? checkboxes({
            id: 'filter-languages',
            name: 'languages',
            label: t('activity-picker.filter.languages'),
            errorPrefix,
            disabled,
            value: filters.languages,
            options: host.languages.map((code) => ({
              value: code,
              label: host.languageName(code),
            })),
            onChange: (value) => change({ languages: value }),
          })
        : nothing
    }
  </form>`;
}

/** How chips word each filter, in the picker's language. */
export function chipWording(host: FilterHost): ChipWording {
  const { t, locale } = host;
  const taxonomy = taxonomyOf(host);
  const distance = (miles: number) => formatDistance(miles, locale);
  return {
    taxonomy: (id) => termLabel(taxonomy, id, locale) ?? id,
    day: (day) => t(`activity-picker.day.${day}`),
    time: (time) => t(`activity-picker.time.${time}`),
    free: () => t('activity-picker.filter.free'),
    near: (origin, miles) =>
      origin.kind === 'postcode'
        ? t('activity-picker.filter.near-chip', {
            distance: distance(miles),
            postcode: origin.postcode,
          })
        : t('activity-picker.filter.my-location.chip', { distance: distance(miles) }),
    age: (age) => t('activity-picker.filter.age.chip', { age }),
    accessibility: (key) =>
      (ACCESSIBILITY_KEYS as readonly string[]).includes(key)
        ? t(`activity-picker.access.${key as (typeof ACCESSIBILITY_KEYS)[number]}`)
        : key,
    mode: (mode) => t(`activity-picker.mode.${mode}`),
    language: (code) => host.languageName(code),
  };
}

/** Active filters as removable chips, with "Clear all"; nothing when no filter is active. */
export function filterChipList(host: FilterHost): TemplateResult | typeof nothing {
  const chips = filterChips(host.filters, chipWording(host));
  if (chips.length === 0) return nothing;
  const { t, disabled } = host;
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
              ?disabled=${disabled}
              @click=${() => host.setFilters(chip.without)}
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
      ?disabled=${disabled}
      @click=${() => clearAll(host)}
    >
      ${t('activity-picker.filters.clear')}
    </button>
  </div>`;
}
