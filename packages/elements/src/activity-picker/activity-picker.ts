import {
  activityPickerStartEn,
  addMessages,
  type Activity,
  type Backend,
  type Taxonomy,
} from '@linkwork/core';
import { html, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { addStyles } from '../base/late-styles.js';
import { LinkworkElement } from '../base/linkwork-element.js';
import { onDemand } from '../base/on-demand.js';
import { fieldFrameStyles, selectStyles, textControlStyles, textInput } from '../fields/index.js';
import { activityPickerStyles } from './activity-picker.styles.js';
import { ActivityResults } from './activity-results.js';
import type * as FilterPanelModule from './filter-panel.js';
import type { FilterFormState, FilterHost } from './filter-panel.js';
import type { ListWindow } from './list-window.js';
import { hasActiveFilters, NO_FILTERS, toQuery, type PickerFilters } from './picker-filters.js';
import type * as ResultsViewModule from './results-view.js';
import { Shortlist } from './shortlist.js';
import { sortControl } from './sort-control.js';
import { textOf } from './text-of.js';

/** The filters' module, loaded on demand. */
type FilterPanel = typeof FilterPanelModule;
/** The results view's module (list window, cards, their styles and words), loaded on demand. */
type ResultsView = typeof ResultsViewModule;

// The filters' words and styles come with the filters (loadFilterPanel), the cards' with the results view.
addMessages(activityPickerStartEn);

/** The results view, with its words (added here: see `results-view.ts`), once for every picker on the page. */
const resultsViewChunk = onDemand(() =>
  import('./results-view.js').then((module) => {
    addMessages(module.activityPickerResultsEn);
    return module;
  }),
);

// Fetched as soon as this module runs, not at a picker's first update: a page that defines the
// picker will show results, and the chunk then arrives before, or with, the first search's answer.
resultsViewChunk.load().catch(() => {
  // Tried again by the first picker's first update, and reported if there are results to show.
});

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
 * Lists longer than this stay windowed: only the cards near the viewport
 * (and the focused one) are in the DOM. Shorter ones are rendered whole once
 * the visible cards have been painted, so a screen reader's browse mode and
 * the browser's find-in-page reach every card.
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
 * @csspart results - The (windowed) list of result cards.
 * @csspart card - One result card.
 * @csspart shortlist - The shortlist summary.
 */
export class ActivityPicker extends LinkworkElement {
  static formAssociated = true;
  // The search box and the sort order's fields; the filters bring their own (filterPanelStyles).
  static override styles = [
    ...LinkworkElement.styles,
    fieldFrameStyles,
    textControlStyles,
    selectStyles,
    activityPickerStyles,
  ];

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
  /** The needs taxonomy shown in "What it helps with"; unset, the Linkwork needs taxonomy (loaded with the filters). */
  taxonomy: Taxonomy | undefined;
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
  /** The windowed list, made when the results view has loaded. */
  private listWindow: ListWindow | undefined;
  /** The results view, once loaded and set up on this picker (its styles added, its list window made). */
  private resultsView: ResultsView | undefined;
  /** The results view could not be loaded: the results area says so, with Try again. */
  private resultsViewFailed = false;
  private renderedLocale: string | undefined;
  /** The backend and filters of the search on show (or on its way). */
  private searched: { backend: Backend | undefined; filters: PickerFilters } | undefined;
  private expanded = new Set<string>();
  /** The filters' code, once loaded: the panel opened, or the host set filters that need chips. */
  private filterPanel: FilterPanel | undefined;
  private filterPanelLoading: Promise<void> | undefined;
  private state = {
    announcement: '',
    form: {
      postcode: '',
      postcodeError: undefined,
      age: '',
      ageError: undefined,
      locationError: undefined,
    } as FilterFormState,
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
    this.listWindow?.invalidate();
    this.requestUpdate();
  }

  /** The shortlisted activities this picker has seen (ids restored from elsewhere may be missing). */
  get selectedActivities(): readonly Activity[] {
    return this.shortlist.activities;
  }

  private readonly onOnline = (): void => {
    if (this.results.status === 'offline') this.results.retry();
    if (this.resultsViewFailed) this.retryResultsView();
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
    // Compared with what was last searched, not read from `changed`: while Welsh words
    // load, updates are held back and the changes they would have carried are dropped.
    if (this.backend !== this.searched?.backend || this.filters !== this.searched?.filters) {
      this.searched = { backend: this.backend, filters: this.filters };
      this.results.search(this.backend, toQuery(this.filters));
    }
    if (changed.has('maxSelections') || changed.has('required') || !this.hasUpdated)
      this.syncForm();
    if (!this.filterPanel && (this.state.filtersOpen || hasActiveFilters(this.filters)))
      void this.loadFilterPanel();
    // Normally here already (fetched when the module ran); tried again if that failed.
    if (!this.hasUpdated)
      this.loadResults().catch(() => {
        // Reported when there are results to show (resultsViewFailed), with Try again.
      });
    if (this.locale !== this.renderedLocale) {
      // Cards are worded afresh in another language: their heights change.
      this.renderedLocale = this.locale;
      this.listWindow?.invalidate();
    }
  }

  override render() {
    const { t } = this.bound;
    const { narrow, disabled } = this.state;
    const panel = this.filterPanel;
    const host = this.filterHost;
    const { filters } = this;
    // The panel and chips are rendered again only when something they show has changed.
    const panelInputs = [
      this.locale,
      disabled,
      this.state.form,
      this.taxonomy,
      this.languages,
      filters.taxonomy,
      filters.days,
      filters.timesOfDay,
      filters.freeOnly,
      filters.origin,
      filters.radiusMiles,
      filters.age,
      filters.accessibility,
      filters.modes,
      filters.languages,
    ];
    const form = () => (panel ? guard(panelInputs, () => panel.filterForm(host)) : nothing);
    const prefetch = () => void this.loadFilterPanel();
    // The rows first: a new result list restarts the window, and with it `filling`.
    const rows = this.listWindow?.rows() ?? [];
    const view = this.resultsView;
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
          disabled,
          onInput: (text) => this.setFilters({ ...this.filters, text }),
        })}
      </div>
      ${
        narrow
          ? html`<button
                type="button"
                class="secondary filters-open"
                part="filters-button"
                aria-haspopup="dialog"
                ?disabled=${disabled}
                @pointerenter=${prefetch}
                @focus=${prefetch}
                @click=${() => void this.openFilterDialog()}
              >
                ${t('activity-picker.filters.heading')}
              </button>
              ${
                panel
                  ? panel.filterDialog(host, form(), () =>
                      this.renderRoot
                        .querySelector<HTMLElement>('[part="filters-button"]')
                        ?.focus(),
                    )
                  : nothing
              }`
          : html`<details
              class="filters"
              part="filters"
              ?open=${this.state.filtersOpen}
              @toggle=${(event: Event) => {
                const open = (event.target as HTMLDetailsElement).open;
                if (open !== this.state.filtersOpen)
                  this.state = { ...this.state, filtersOpen: open };
              }}
            >
              <summary part="filters-summary" @pointerenter=${prefetch} @focus=${prefetch}>
                ${t('activity-picker.filters.heading')}
              </summary>
              ${form()}
            </details>`
      }
      ${panel ? guard([...panelInputs, filters.sort], () => panel.filterChipList(host)) : nothing}
      ${this.renderShortlist()}
      <section class="results-section" aria-labelledby="results-heading">
        <div class="results-header">
          <h2 id="results-heading" class="results-heading">
            ${t('activity-picker.results.heading')}
          </h2>
          ${sortControl({
            filters: this.filters,
            disabled,
            t,
            onChange: (filters) => this.setFilters(filters),
          })}
        </div>
        <p class="status" part="status" id="results-status">${this.statusText()}</p>
        ${this.renderStateAction()}
        <div
          class="results"
          part="results"
          role="list"
          aria-labelledby="results-heading"
          aria-describedby="results-status"
          aria-busy=${this.results.status === 'loading' || this.listWindow?.filling ? 'true' : 'false'}
          ?hidden=${this.results.items.length === 0 || !view}
          @focusin=${(event: FocusEvent) => this.listWindow?.focusIn(event)}
          @focusout=${(event: FocusEvent) => this.listWindow?.focusOut(event)}
        >
          ${
            view
              ? repeat(
                  rows,
                  (row) => row.key,
                  (row) =>
                    row.kind === 'gap'
                      ? html`<div class="gap" aria-hidden="true" ${view.gapSize(row.size)}></div>`
                      : this.renderCard(view, row.index),
                )
              : nothing
          }
        </div>
        ${
          this.results.hasMore && view
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

  private renderCard(view: ResultsView, index: number) {
    const activity = this.results.items[index] as Activity;
    const expanded = this.expanded.has(activity.id);
    const selected = this.shortlist.has(activity.id);
    const distance = this.results.distances[activity.id];
    const now = this.now();
    const { total } = this.results;
    const { disabled } = this.state;
    // A card is rendered again only when something it shows has changed.
    return guard(
      [
        activity,
        this.locale,
        Math.floor(now.getTime() / 60_000),
        expanded,
        selected,
        distance,
        index,
        total,
        disabled,
      ],
      () => {
        try {
          return view.activityCard(activity, {
            locale: this.locale,
            now,
            t: this.bound.t,
            languageName: (code) => this.languageName(code),
            distance,
            expanded,
            selected,
            position: index + 1,
            setSize: total,
            disabled,
            onDetails: (item) => this.toggleDetails(item),
            onSelect: (item, checked, input) => this.toggleSelected(item, checked, input),
          });
        } catch {
          // A record too broken to show is left out; the rest of the list stays.
          return html`<div
            role="listitem"
            class="card card--broken"
            aria-setsize=${total}
            aria-posinset=${index + 1}
          >
            ${textOf(activity?.name)}
          </div>`;
        }
      },
    );
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
    const { status, partial, loadingMore, items } = this.results;
    const { t } = this.bound;
    if (!this.resultsView && items.length > 0)
      // Only after a failure: until the results view is here, an update that would show results waits (scheduleUpdate).
      return html`<div role="alert">
        <p class="note warning">${t('activity-picker.results.load-failed')}</p>
        <button
          type="button"
          class="secondary"
          ?disabled=${this.state.disabled}
          @click=${() => this.retryResultsView()}
        >
          ${t('activity-picker.retry')}
        </button>
      </div>`;
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
    this.listWindow?.invalidate();
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
    this.listWindow?.invalidate();
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

  /** Loads the results view (once for the page) and sets it up on this picker. */
  private loadResults(): Promise<void> {
    return resultsViewChunk.load().then((module) => {
      if (this.resultsView) return;
      // Before the render that shows the first card, so none shows unstyled.
      addStyles(this, [module.resultsViewStyles]);
      this.listWindow = new module.ListWindow(this, {
        list: () => this.renderRoot?.querySelector<HTMLElement>('.results'),
        keys: () => this.results.ids,
        renderWholeUpTo: VIRTUALISE_ABOVE,
        onNearEnd: () => this.results.loadMore(),
      });
      this.resultsView = module;
      this.resultsViewFailed = false;
    });
  }

  private retryResultsView(): void {
    this.resultsViewFailed = false;
    // The update waits for the results view again (scheduleUpdate).
    this.requestUpdate();
  }

  /**
   * Holds an update that would show results until the results view has
   * arrived, so no half state shows and `updateComplete` still means
   * "rendered"; the count is announced with the render that shows the cards.
   * If it cannot be loaded the update goes ahead and the results area says so.
   */
  // Lit's own signature: a promise only when the update must wait, so other updates cost nothing more.
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.resultsView || this.resultsViewFailed || this.results.items.length === 0)
      return super.scheduleUpdate();
    return this.loadResults().then(
      () => this.scheduleUpdate(),
      () => {
        this.resultsViewFailed = true;
        super.scheduleUpdate();
      },
    );
  }

  /** Loads the filters' module once; the panel, dialog and chips render when it arrives. */
  private loadFilterPanel(): Promise<void> {
    this.filterPanelLoading ??= import('./filter-panel.js').then(
      (module) => {
        addMessages(module.activityPickerFiltersEn);
        addStyles(this, module.filterPanelStyles);
        this.filterPanel = module;
        this.requestUpdate();
      },
      () => {
        // Offline or blocked: try again the next time the filters are wanted.
        this.filterPanelLoading = undefined;
      },
    );
    return this.filterPanelLoading;
  }

  /** `updateComplete` also waits for the filters' module when it is on its way, and its render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.filterPanelLoading && !this.filterPanel) {
      await this.filterPanelLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private async openFilterDialog(): Promise<void> {
    await this.loadFilterPanel();
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.filters-dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** The picker as the filters' module sees it: read live, so late answers (geocoding) see today's filters. */
  private readonly filterHost: FilterHost = this.createFilterHost();

  private createFilterHost(): FilterHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const picker = this;
    return {
      get locale() {
        return picker.locale;
      },
      get filters() {
        return picker.filters;
      },
      get taxonomy() {
        return picker.taxonomy;
      },
      get languages() {
        return picker.languages;
      },
      get backend() {
        return picker.backend;
      },
      get form() {
        return picker.state.form;
      },
      get disabled() {
        return picker.state.disabled;
      },
      t: (key, params) => picker.t(key, params),
      languageName: (code) => picker.languageName(code),
      setFilters: (filters) => picker.setFilters(filters),
      setForm: (patch) => {
        picker.state = { ...picker.state, form: { ...picker.state.form, ...patch } };
      },
      focusSearch: () =>
        void picker.updateComplete.then(() =>
          picker.renderRoot.querySelector<HTMLInputElement>('#search')?.focus(),
        ),
    };
  }

  private languageNames:
    | { locale: string; display: Intl.DisplayNames | undefined; names: Map<string, string> }
    | undefined;

  /** A language's name in the picker's language (`Welsh`, `Cymraeg`), or its code. */
  private languageName(code: string): string {
    if (this.languageNames?.locale !== this.locale) {
      let display: Intl.DisplayNames | undefined;
      try {
        display = new Intl.DisplayNames([`${this.locale}-GB`, 'en-GB'], { type: 'language' });
      } catch {
        display = undefined;
      }
      this.languageNames = { locale: this.locale, display, names: new Map() };
    }
    const { display, names } = this.languageNames;
    let name = names.get(code);
    if (name === undefined) {
      try {
        name = display?.of(code) ?? code;
      } catch {
        name = code;
      }
      names.set(code, name);
    }
    return name;
  }
}
