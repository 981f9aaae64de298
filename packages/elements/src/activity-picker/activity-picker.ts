import {
  activityPickerEn,
  addMessages,
  defaultTaxonomy,
  formatDistance,
  isValidPostcode,
  normalisePostcode,
  termLabel,
  type Activity,
  type Backend,
  type GeoPoint,
  type Taxonomy,
} from '@linkwork/core';
import { html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { LinkworkElement } from '../base/linkwork-element.js';
import { fieldStyles, textInput } from '../fields/index.js';
import { activityCard, textOf } from './activity-card.js';
import { activityPickerStyles } from './activity-picker.styles.js';
import { ActivityResults } from './activity-results.js';
import { filterChipList, filterDialog, filterPanel, sortControl } from './filter-panel.js';
import {
  ACCESSIBILITY_KEYS,
  clearFilters,
  filterChips,
  NO_FILTERS,
  parseAge,
  toQuery,
  type ChipWording,
  type PickerFilters,
} from './picker-filters.js';
import { Shortlist } from './shortlist.js';

addMessages(activityPickerEn);

/** Detail of `lw-selection-change`: the shortlisted ids in the order they were added. */
export interface SelectionChangeDetail {
  readonly ids: readonly string[];
  readonly activities: readonly Activity[];
}

/** Detail of `lw-activity-open`: the activity whose details were asked for. */
export interface ActivityOpenDetail {
  readonly id: string;
  readonly activity: Activity;
}

declare global {
  interface HTMLElementEventMap {
    'lw-selection-change': CustomEvent<SelectionChangeDetail>;
    'lw-activity-open': CustomEvent<ActivityOpenDetail>;
  }
}

/**
 * Lists longer than this are virtualised: only the cards near the viewport
 * are in the DOM. Shorter ones are rendered whole, so a screen reader's
 * browse mode and the browser's find-in-page reach every card.
 */
export const VIRTUALISE_ABOVE = 100;

/** Below this width in CSS pixels (40em at 16px) the filters open in a dialog rather than a panel. */
export const NARROW_BELOW = 640;

/** Languages offered in the language filter unless the host gives its own list. */
const DEFAULT_LANGUAGES = ['en', 'cy', 'bfi'];

/**
 * Find, compare and shortlist local activities from any directory: search as
 * you type, filters, result cards and a shortlist that posts with a form.
 *
 * @tagname lw-activity-picker
 * @summary Search a directory of community activities and shortlist some for a patient.
 * @fires lw-selection-change - The shortlist changed; `detail.ids` and `detail.activities`.
 * @fires lw-activity-open - "More details" was pressed (cancelable: prevent it to show your own page instead of expanding the card).
 * @csspart search - The search field's group.
 * @csspart filters - The collapsible filter panel (`<details>`).
 * @csspart chips - The active filter chips and "Clear all".
 * @csspart status - The visible count or state message.
 * @csspart results - The (virtualised) list of result cards.
 * @csspart card - One result card.
 * @csspart shortlist - The shortlist summary.
 * @cssprop [--lw-picker-list-height=70vh] - Height of the scrolling result list.
 */
export class ActivityPicker extends LinkworkElement {
  static formAssociated = true;
  static override styles = [...LinkworkElement.styles, fieldStyles, activityPickerStyles];

  static override properties = {
    backend: { attribute: false },
    taxonomy: { attribute: false },
    languages: { attribute: false },
    now: { attribute: false },
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    maxSelections: { type: Number, attribute: 'max-selections' },
    pageSize: { type: Number, attribute: 'page-size' },
    filters: { attribute: false },
    selected: { attribute: false },
    state: { state: true },
  };

  /** The directory to search: any core Backend (memory, REST, Open Referral UK). */
  backend: Backend | undefined;
  /** The needs taxonomy shown in "What it helps with". */
  taxonomy: Taxonomy = defaultTaxonomy;
  /** ISO 639 codes offered in the language filter. */
  languages: readonly string[] = DEFAULT_LANGUAGES;
  /** The clock, for next sessions (tests pin it). */
  now: () => Date = () => new Date();
  /** The form field name the shortlisted ids post under. */
  name = '';
  /** When set, a form with an empty shortlist does not submit. */
  required = false;
  /** The most activities the shortlist may hold; 0 or absent for no limit. */
  maxSelections = 0;
  /** How many results are fetched at a time. */
  pageSize = 50;
  /** The current search text and filters. */
  filters: PickerFilters = NO_FILTERS;

  private readonly internals = this.attachInternals();
  private readonly results = new ActivityResults(
    this,
    () => Math.max(1, Math.floor(this.pageSize) || 50),
    () => {
      this.shortlist.learn(this.results.items);
      this.announceResults();
    },
  );
  private readonly shortlist = new Shortlist();
  private expanded = new Set<string>();
  private state = {
    announcement: '',
    postcode: '',
    postcodeError: undefined as string | undefined,
    age: '',
    ageError: undefined as string | undefined,
    locationError: undefined as string | undefined,
    filtersOpen: false,
    disabled: false,
    /** The picker is narrower than NARROW_BELOW: filters open in a dialog. */
    narrow: false,
  };

  private readonly resizeObserver =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver((entries) => {
          const width = entries[0]?.contentRect.width ?? 0;
          const narrow = width > 0 && width < NARROW_BELOW;
          if (narrow !== this.state.narrow) this.state = { ...this.state, narrow };
        });

  /** The shortlisted activity ids, in the order they were added. */
  get selected(): readonly string[] {
    return this.shortlist.ids;
  }
  set selected(ids: readonly string[]) {
    this.shortlist.replace(ids, this.results.items);
    this.syncForm();
    this.requestUpdate();
  }

  /** The shortlisted activities this picker has seen (ids restored from elsewhere may be missing). */
  get selectedActivities(): readonly Activity[] {
    return this.shortlist.activities;
  }

  private readonly onOnline = (): void => {
    if (this.results.status === 'offline') this.results.retry();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('online', this.onOnline);
    this.resizeObserver?.observe(this);
    this.syncForm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('online', this.onOnline);
    this.resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('backend') || changed.has('filters')) {
      this.results.search(this.backend, toQuery(this.filters));
    }
    if (changed.has('maxSelections') || changed.has('required')) this.syncForm();
  }

  override render() {
    const { t } = this.bound;
    const chips = filterChips(this.filters, this.chipWording());
    const panelContext = this.panelContext();
    return html`
      <div class="search" part="search" role="search">
        ${textInput({
          id: 'search',
          name: 'search',
          type: 'search',
          label: t('activity-picker.search.label'),
          hint: t('activity-picker.search.hint'),
          errorPrefix: t('common.error-prefix'),
          value: this.filters.text,
          spellcheck: false,
          disabled: this.state.disabled,
          onInput: (text) => this.setFilters({ ...this.filters, text }),
        })}
      </div>
      ${
        this.state.narrow
          ? filterDialog({
              ...panelContext,
              onOpenDialog: () =>
                this.renderRoot
                  .querySelector<HTMLDialogElement>('dialog.filters-dialog')
                  ?.showModal(),
              onCloseDialog: () =>
                this.renderRoot.querySelector<HTMLElement>('[part="filters-button"]')?.focus(),
            })
          : filterPanel(panelContext)
      }
      ${filterChipList(chips, { ...panelContext, onClear: () => this.clearAll() })}
      ${this.renderShortlist()}
      <section class="results-section" aria-labelledby="results-heading">
        <div class="results-header">
          <h2 id="results-heading" class="results-heading">
            ${t('activity-picker.results.heading')}
          </h2>
          ${sortControl(panelContext)}
        </div>
        <p class="status" part="status" id="results-status">${this.statusText()}</p>
        ${this.renderStateAction()}
        <div
          class="results"
          part="results"
          role="list"
          aria-labelledby="results-heading"
          aria-describedby="results-status"
          aria-busy=${this.results.status === 'loading' ? 'true' : 'false'}
          ?hidden=${this.results.items.length === 0}
          @rangeChanged=${(event: Event & { last?: number }) => {
            if ((event.last ?? -1) >= this.results.items.length - 5) this.results.loadMore();
          }}
        >
          ${
            this.results.items.length > VIRTUALISE_ABOVE
              ? virtualize({
                  items: this.results.items,
                  keyFunction: (activity: Activity) => activity.id,
                  renderItem: (activity: Activity, index: number) =>
                    this.renderCard(activity, index),
                })
              : repeat(
                  this.results.items,
                  (activity) => activity.id,
                  (activity, index) => this.renderCard(activity, index),
                )
          }
        </div>
        ${
          this.results.hasMore
            ? html`<button
                type="button"
                class="secondary"
                ?disabled=${this.results.loadingMore || this.state.disabled}
                @click=${() => this.results.loadMore()}
              >
                ${t('activity-picker.load-more')}
              </button>`
            : nothing
        }
      </section>
      <div class="lw-visually-hidden" role="status" aria-live="polite" id="announcer">
        ${this.state.announcement}
      </div>
    `;
  }

  /** `t` bound to this element, for templates in other modules. */
  private get bound(): { t: ActivityPicker['t'] } {
    return { t: (key, params) => this.t(key, params) };
  }

  private renderCard(activity: Activity, index: number) {
    try {
      return activityCard(activity, {
        locale: this.locale,
        now: this.now(),
        t: this.bound.t,
        languageName: (code) => this.languageName(code),
        distance: this.results.distances[activity.id],
        expanded: this.expanded.has(activity.id),
        selected: this.shortlist.has(activity.id),
        position: index + 1,
        setSize: this.results.total,
        disabled: this.state.disabled,
        onDetails: (item) => this.toggleDetails(item),
        onSelect: (item, checked, input) => this.toggleSelected(item, checked, input),
      });
    } catch {
      // A record too broken to show is left out; the rest of the list stays.
      return html`<div
        role="listitem"
        class="card card--broken"
        aria-setsize=${this.results.total}
        aria-posinset=${index + 1}
      >
        ${textOf(activity?.name)}
      </div>`;
    }
  }

  private statusText(): string {
    const { t } = this.bound;
    const { status, items, total } = this.results;
    if (!this.backend) return t('activity-picker.no-backend');
    if (status === 'loading' && items.length === 0) return t('activity-picker.loading');
    if (status === 'error') return t('activity-picker.error');
    if (status === 'offline') return t('activity-picker.offline');
    if (status === 'ready' && total === 0) return t('activity-picker.empty');
    return this.countText(total);
  }

  private countText(total: number): string {
    return total === 1
      ? this.t('activity-picker.count.one')
      : this.t('activity-picker.count.other', { count: total });
  }

  private renderStateAction() {
    const { status, partial, loadingMore } = this.results;
    const { t } = this.bound;
    if (loadingMore) return html`<p class="note">${t('activity-picker.loading-more')}</p>`;
    if (status === 'error' || status === 'offline' || partial)
      return html`${partial ? html`<p class="note warning">${t('activity-picker.partial')}</p>` : nothing}
        <button
          type="button"
          class="secondary"
          part="retry"
          ?disabled=${this.state.disabled}
          @click=${() => this.results.retry()}
        >
          ${t('activity-picker.retry')}
        </button>`;
    return nothing;
  }

  private renderShortlist() {
    const { t } = this.bound;
    const activities = this.shortlist.entries;
    const max = this.maxSelections > 0 ? this.maxSelections : undefined;
    return html`<section class="shortlist" part="shortlist" aria-labelledby="shortlist-heading">
      <h2 id="shortlist-heading" class="shortlist-heading">
        ${t('activity-picker.shortlist.heading')}
      </h2>
      <p class="shortlist-count">
        ${
          activities.length === 0
            ? t('activity-picker.shortlist.empty')
            : max
              ? t('activity-picker.shortlist.count', { count: activities.length, max })
              : t('activity-picker.shortlist.count-unlimited', { count: activities.length })
        }
      </p>
      ${
        activities.length
          ? html`<ul class="shortlist-items">
                ${activities.map(({ id, activity }) => {
                  const name = textOf(activity?.name).trim() || id;
                  return html`<li>
                    <span>${name}</span>
                    <button
                      type="button"
                      class="link-button"
                      ?disabled=${this.state.disabled}
                      @click=${() => this.removeFromShortlist(id, name)}
                    >
                      <span aria-hidden="true">×</span
                      ><span class="lw-visually-hidden"
                        >${t('activity-picker.shortlist.remove', { name })}</span
                      >
                    </button>
                  </li>`;
                })}
              </ul>
              <button
                type="button"
                class="secondary"
                part="print"
                ?disabled=${this.state.disabled}
                @click=${() => globalThis.print?.()}
              >
                ${t('common.print')}
              </button>`
          : nothing
      }
    </section>`;
  }

  private toggleDetails(activity: Activity): void {
    const opening = !this.expanded.has(activity.id);
    if (
      opening &&
      !this.emit('lw-activity-open', { id: activity.id, activity }, { cancelable: true })
    )
      return;
    const next = new Set(this.expanded);
    if (opening) next.add(activity.id);
    else next.delete(activity.id);
    this.expanded = next;
    this.requestUpdate();
  }

  private toggleSelected(activity: Activity, checked: boolean, input: HTMLInputElement): void {
    const name = textOf(activity.name).trim() || activity.id;
    if (checked) {
      if (this.maxSelections > 0 && this.shortlist.ids.length >= this.maxSelections) {
        input.checked = false;
        this.announce(this.t('activity-picker.shortlist.full', { max: this.maxSelections }));
        return;
      }
      this.shortlist.add(activity);
      this.announce(this.t('activity-picker.shortlist.added', { name }));
    } else {
      this.shortlist.remove(activity.id);
      this.announce(this.t('activity-picker.shortlist.removed', { name }));
    }
    this.selectionChanged();
  }

  private removeFromShortlist(id: string, name: string): void {
    this.shortlist.remove(id);
    this.announce(this.t('activity-picker.shortlist.removed', { name }));
    this.selectionChanged();
    // The button that had focus is gone: keep focus on the shortlist.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#shortlist-heading')?.focus(),
    );
  }

  private selectionChanged(): void {
    this.syncForm();
    this.requestUpdate();
    this.emit<SelectionChangeDetail>('lw-selection-change', {
      ids: [...this.shortlist.ids],
      activities: [...this.shortlist.activities],
    });
  }

  private syncForm(): void {
    const ids = this.shortlist.ids;
    if (this.name && ids.length) {
      const data = new FormData();
      for (const id of ids) data.append(this.name, id);
      this.internals.setFormValue(data, data);
    } else this.internals.setFormValue(null);
    const anchor = this.renderRoot?.querySelector<HTMLElement>('#search') ?? undefined;
    if (this.required && ids.length === 0)
      this.internals.setValidity(
        { valueMissing: true },
        this.t('activity-picker.shortlist.required'),
        anchor,
      );
    else this.internals.setValidity({});
  }

  /** Form reset: an empty shortlist. */
  formResetCallback(): void {
    this.shortlist.replace([], []);
    this.syncForm();
    this.requestUpdate();
  }

  /** Back/forward and autofill: the shortlisted ids come back. */
  formStateRestoreCallback(state: unknown): void {
    if (!(state instanceof FormData)) return;
    const ids = state.getAll(this.name).filter((id): id is string => typeof id === 'string');
    this.shortlist.replace(ids, this.results.items);
    this.syncForm();
    this.requestUpdate();
  }

  /** A disabled fieldset or form disables every control. */
  formDisabledCallback(disabled: boolean): void {
    this.state = { ...this.state, disabled };
  }

  private announce(text: string): void {
    this.state = { ...this.state, announcement: text };
  }

  private announceResults(): void {
    const { status, total } = this.results;
    if (!this.isConnected) return;
    const text =
      status === 'error'
        ? this.t('activity-picker.error')
        : status === 'offline'
          ? this.t('activity-picker.offline')
          : total === 0
            ? this.t('activity-picker.empty')
            : this.countText(total);
    this.announce(text);
  }

  private setFilters(filters: PickerFilters): void {
    this.filters = filters;
  }

  private clearAll(): void {
    this.state = {
      ...this.state,
      postcode: '',
      postcodeError: undefined,
      age: '',
      ageError: undefined,
    };
    this.setFilters(clearFilters(this.filters));
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus(),
    );
  }

  private async applyPostcode(raw: string): Promise<void> {
    const text = raw.trim();
    if (text === '') {
      this.state = { ...this.state, postcode: '', postcodeError: undefined };
      if (this.filters.origin?.kind === 'postcode')
        this.setFilters({ ...this.filters, origin: undefined });
      return;
    }
    if (!isValidPostcode(text)) {
      this.state = {
        ...this.state,
        postcode: raw,
        postcodeError: this.t('activity-picker.filter.postcode.invalid'),
      };
      return;
    }
    const postcode = normalisePostcode(text);
    if (this.filters.origin?.kind === 'postcode' && this.filters.origin.postcode === postcode)
      return;
    let point: GeoPoint | undefined;
    if (this.backend?.geocode) {
      try {
        point = await this.backend.geocode(postcode);
      } catch {
        point = undefined;
      }
      if (!point) {
        this.state = {
          ...this.state,
          postcode: raw,
          postcodeError: this.t('activity-picker.filter.postcode.unknown'),
        };
        return;
      }
    }
    this.state = { ...this.state, postcode, postcodeError: undefined, locationError: undefined };
    this.setFilters({
      ...this.filters,
      origin: point ? { kind: 'postcode', postcode, point } : { kind: 'postcode', postcode },
    });
  }

  private locate(): void {
    const geolocation = (globalThis.navigator as Navigator | undefined)?.geolocation;
    if (!geolocation) return;
    geolocation.getCurrentPosition(
      (position) => {
        const point = { lat: position.coords.latitude, lng: position.coords.longitude };
        this.state = {
          ...this.state,
          postcode: '',
          postcodeError: undefined,
          locationError: undefined,
        };
        this.setFilters({ ...this.filters, origin: { kind: 'location', point } });
      },
      () => {
        this.state = {
          ...this.state,
          locationError: this.t('activity-picker.filter.my-location.denied'),
        };
      },
      { maximumAge: 600_000, timeout: 15_000 },
    );
  }

  private panelContext() {
    return {
      locale: this.locale,
      filters: this.filters,
      taxonomy: this.taxonomy,
      languages: this.languages,
      postcode: this.state.postcode,
      postcodeError: this.state.postcodeError,
      age: this.state.age,
      ageError: this.state.ageError,
      locationError: this.state.locationError,
      canLocate: Boolean((globalThis.navigator as Navigator | undefined)?.geolocation),
      open: this.state.filtersOpen,
      disabled: this.state.disabled,
      t: this.bound.t,
      languageName: (code: string) => this.languageName(code),
      onChange: (filters: PickerFilters) => this.setFilters(filters),
      onPostcode: (value: string) => void this.applyPostcode(value),
      onPostcodeDraft: (value: string) => {
        this.state = { ...this.state, postcode: value };
      },
      onAge: (value: string) => {
        const age = parseAge(value);
        const invalid = age !== undefined && Number.isNaN(age);
        this.state = {
          ...this.state,
          age: value,
          ageError: invalid ? this.t('activity-picker.filter.age.invalid') : undefined,
        };
        if (!invalid && age !== this.filters.age) this.setFilters({ ...this.filters, age });
      },
      onLocate: () => this.locate(),
      onToggle: (open: boolean) => {
        if (open !== this.state.filtersOpen) this.state = { ...this.state, filtersOpen: open };
      },
    };
  }

  private chipWording(): ChipWording {
    const t = this.bound.t;
    const distance = (miles: number) => formatDistance(miles, this.locale);
    return {
      taxonomy: (id) => termLabel(this.taxonomy, id, this.locale) ?? id,
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
      language: (code) => this.languageName(code),
    };
  }

  private languageNames: { locale: string; names: Intl.DisplayNames | undefined } | undefined;

  /** A language's name in the picker's language (`Welsh`, `Cymraeg`), or its code. */
  private languageName(code: string): string {
    if (this.languageNames?.locale !== this.locale) {
      let names: Intl.DisplayNames | undefined;
      try {
        names = new Intl.DisplayNames([`${this.locale}-GB`, 'en-GB'], { type: 'language' });
      } catch {
        names = undefined;
      }
      this.languageNames = { locale: this.locale, names };
    }
    try {
      return this.languageNames.names?.of(code) ?? code;
    } catch {
      return code;
    }
  }
}
