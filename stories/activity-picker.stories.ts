import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import {
  createMemoryBackend,
  fromOrukV3Service,
  Unavailable,
  type Activity,
  type Backend,
  type Page,
  type Taxonomy,
} from '@linkwork/core';
import '../packages/elements/src/define/lw-activity-picker.js';
import type { ActivityPicker } from '../packages/elements/src/activity-picker/activity-picker.js';
import {
  NO_FILTERS,
  type PickerFilters,
} from '../packages/elements/src/activity-picker/picker-filters.js';
import { inWelsh } from './support/welsh.js';
import { hostileBackend } from '../packages/elements/src/activity-picker/testing/hostile-corpus.js';
import { cssProperties } from './support/css-properties.js';
import riversideServices from '../test/fixtures/riverside.oruk3.json';
import taxonomyJson from '../test/fixtures/taxonomy.json';

const NOW = new Date('2026-11-26T12:00:00Z');
const activities: Activity[] = (riversideServices as unknown[]).map(fromOrukV3Service);
const taxonomy = taxonomyJson as unknown as Taxonomy;
const riverside = (): Backend => createMemoryBackend({ activities, taxonomy, now: () => NOW });

const unused = () => Promise.reject(new Error('Not used in this story'));
/** A backend whose searches answer with `search`. */
const backendOf = (search: Backend['searchActivities']): Backend => ({
  searchActivities: search,
  getActivity: unused,
  submitReferral: unused,
  recordConsent: unused,
  withdrawConsent: unused,
});

/** 10,000 activities made from the Riverside ones, each with its own id and name. */
function tenThousand(): Backend {
  const many = Array.from({ length: 10_000 }, (_, i) => {
    const base = activities[i % activities.length] as Activity;
    return { ...base, id: `${base.id}-${i}`, name: `${base.name} ${i + 1}` };
  });
  return createMemoryBackend({ activities: many, taxonomy, now: () => NOW });
}

/** The taxonomy term whose English label is `label`. */
const termId = (label: string): string =>
  taxonomy.terms.find((term) => term.label.en === label)?.id ?? label;

interface Args {
  backend: () => Backend | undefined;
  maxSelections?: number;
  pageSize?: number;
  theme?: Record<string, string>;
  selected?: readonly string[];
  filters?: PickerFilters;
}

// The host's theme through the CSSOM: a `style` attribute would be blocked by a strict CSP.
const render = (args: Args) =>
  html`<div ${cssProperties(args.theme ?? {})}>
    <lw-activity-picker
      name="activities"
      max-selections=${args.maxSelections ?? 0}
      page-size=${args.pageSize ?? 10}
      .taxonomy=${taxonomy}
      .now=${() => NOW}
      .selected=${args.selected ?? []}
      .filters=${args.filters ?? NO_FILTERS}
      .backend=${args.backend()}
    ></lw-activity-picker>
  </div>`;

const pickerIn = (canvas: HTMLElement): ActivityPicker =>
  canvas.querySelector('lw-activity-picker') as ActivityPicker;
const rootOf = (canvas: HTMLElement): ShadowRoot => pickerIn(canvas).shadowRoot as ShadowRoot;
const status = (canvas: HTMLElement): string =>
  rootOf(canvas).querySelector('#results-status')?.textContent?.trim() ?? '';
const announced = (canvas: HTMLElement): string =>
  rootOf(canvas).querySelector('#announcer')?.textContent?.trim() ?? '';
const found = /\d+ (activities found|o weithgareddau wedi’u canfod)/;

/**
 * Generous: the machines that run stories as tests are shared, and the sweep renders
 * several stories at once on two cores; a short list is filled in only when the page is
 * idle, which on such a machine took over 5 s.
 */
const patiently = { timeout: 15_000 };

/** Waits until the results are listed (a short list is filled in after its first paint). */
const listed = async (canvas: HTMLElement): Promise<void> => {
  await waitFor(() => expect(status(canvas)).toMatch(found), patiently);
  await waitFor(
    () => expect(rootOf(canvas).querySelector('.results')?.getAttribute('aria-busy')).toBe('false'),
    patiently,
  );
};

/**
 * Find, compare and shortlist local activities from any directory. Every
 * story is also an accessibility test; switch the language in the toolbar
 * (each main state also has a Welsh story of its own).
 */
const meta: Meta<Args> = {
  title: 'Components/Activity picker',
  component: 'lw-activity-picker',
  tags: ['autodocs'],
  render,
  // Ten cards a page show every state; Results shows the picker's own page of fifty. (Each
  // story is checked by axe in every language and theme, and fifty cards cost it a second each.)
  args: { backend: riverside, pageSize: 10 },
};
export default meta;

type Story = StoryObj<Args>;

/** The same story, in Welsh. */
const welsh = (story: Story, name: string): Story => inWelsh(story, { name });

export const Results: Story = {
  args: { pageSize: 50 },
  play: async ({ canvasElement }) => {
    await listed(canvasElement);
    await expect(announced(canvasElement)).toBe(status(canvasElement));
  },
};

export const Loading: Story = {
  args: { backend: () => backendOf(() => new Promise<Page<Activity>>(() => undefined)) },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(status(canvasElement)).toMatch(/Searching for activities|Wrthi’n chwilio/),
    );
    await expect(rootOf(canvasElement).querySelector('.results')?.getAttribute('aria-busy')).toBe(
      'true',
    );
  },
};

export const Empty: Story = {
  args: {
    backend: () =>
      backendOf(async (query) => ({
        items: [],
        total: 0,
        page: query.page ?? 1,
        size: query.size ?? 50,
      })),
  },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(status(canvasElement)).toMatch(/No activities match|Does dim gweithgareddau/),
    );
  },
};

export const DirectoryError: Story = {
  name: 'Error',
  args: {
    backend: () =>
      backendOf(() => Promise.reject(new Unavailable('The directory could not be reached'))),
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(status(canvasElement)).toMatch(/cannot be shown|does dim modd/));
    await expect(rootOf(canvasElement).querySelector('[part="retry"]')).not.toBeNull();
  },
};

/** `navigator.onLine` reads false until the story is torn down. */
const offline = (): (() => void) => {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => {
    delete (navigator as unknown as Record<string, unknown>)['onLine'];
  };
};

export const Offline: Story = {
  args: { backend: () => backendOf(() => Promise.reject(new TypeError('Failed to fetch'))) },
  beforeEach: offline,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(status(canvasElement)).toMatch(/You are offline|Rydych chi all-lein/),
    );
  },
};

export const NoDirectory: Story = {
  name: 'No directory connected',
  args: { backend: () => undefined },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(status(canvasElement)).toMatch(/No directory is connected|Nid oes cyfeiriadur/),
    );
  },
};

export const PartialFailure: Story = {
  name: 'Some results could not be loaded',
  args: {
    pageSize: 5,
    backend: () =>
      backendOf(async (query) => {
        if ((query.page ?? 1) > 1) throw new Unavailable('Timed out');
        return { items: activities.slice(0, 5), total: 40, page: 1, size: 5 };
      }),
  },
  play: async ({ canvasElement }) => {
    await listed(canvasElement);
    const more = rootOf(canvasElement).querySelector<HTMLButtonElement>(
      '.results-section > button.secondary',
    );
    more?.click();
    await waitFor(() =>
      expect(rootOf(canvasElement).querySelector('.note.warning')?.textContent).toMatch(
        /could not be loaded|Nid oedd modd llwytho/,
      ),
    );
  },
};

export const FiltersOpen: Story = {
  name: 'Filters open',
  play: async ({ canvasElement }) => {
    await listed(canvasElement);
    // A picker narrower than its breakpoint (a phone, the sweep's 320 px) shows the filters
    // behind a button that opens them in a dialog, not in a <details>: open whichever it has.
    const root = rootOf(canvasElement);
    const opener = await waitFor(() => {
      const found = root.querySelector<HTMLElement>(
        'details.filters > summary, [part="filters-button"]',
      );
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    opener.click();
    // The filters' module loads on demand: as patient as the list.
    await waitFor(
      () =>
        expect(
          root.querySelector('details.filters form, dialog.filters-dialog form'),
        ).not.toBeNull(),
      patiently,
    );
    const legends = [...root.querySelectorAll('.filters legend, .filters-dialog legend')].map(
      (legend) => legend.textContent?.trim(),
    );
    await expect(legends).toContain(
      /cy/.test(document.documentElement.lang) ? 'Diwrnod o’r wythnos' : 'Day of the week',
    );
  },
};

export const FiltersInADialog: Story = {
  name: 'Filters in a dialog (small screens)',
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    await listed(canvasElement);
    const opener = await waitFor(() => {
      const button =
        rootOf(canvasElement).querySelector<HTMLButtonElement>('[part="filters-button"]');
      expect(button).not.toBeNull();
      return button as HTMLButtonElement;
    });
    opener.click();
    await waitFor(() =>
      expect(
        rootOf(canvasElement).querySelector<HTMLDialogElement>('dialog.filters-dialog')?.open,
      ).toBe(true),
    );
  },
};

export const ActiveFilters: Story = {
  name: 'Active filters as chips',
  args: {
    filters: {
      ...NO_FILTERS,
      taxonomy: [termId('Loneliness and isolation')],
      days: ['TU'],
      freeOnly: true,
      languages: ['cy'],
    },
  },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(rootOf(canvasElement).querySelectorAll('[part="chip"]').length).toBe(4),
    );
    await expect(rootOf(canvasElement).querySelector('[part="clear-filters"]')).not.toBeNull();
  },
};

export const Shortlisted: Story = {
  name: 'Shortlist with a limit',
  args: { maxSelections: 3, selected: activities.slice(0, 2).map((activity) => activity.id) },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(rootOf(canvasElement).querySelector('.shortlist-count')?.textContent?.trim()).toMatch(
        /^2 (of|o) 3/,
      ),
    );
  },
};

export const ShortlistFull: Story = {
  name: 'Shortlist full',
  args: { maxSelections: 3, selected: activities.slice(0, 3).map((activity) => activity.id) },
  play: async ({ canvasElement }) => {
    await listed(canvasElement);
    const boxes = [
      ...rootOf(canvasElement).querySelectorAll<HTMLInputElement>('[part="shortlist-checkbox"]'),
    ];
    const unticked = boxes.find((box) => !box.checked);
    unticked?.click();
    await waitFor(() =>
      expect(announced(canvasElement)).toMatch(
        /shortlist up to 3 activities|hyd at 3 o weithgareddau/,
      ),
    );
    await expect(unticked?.checked).toBe(false);
    await expect(pickerIn(canvasElement).selected.length).toBe(3);
  },
};

export const DetailsExpanded: Story = {
  name: 'Details expanded',
  play: async ({ canvasElement }) => {
    await listed(canvasElement);
    rootOf(canvasElement).querySelector<HTMLButtonElement>('[part="details-button"]')?.click();
    await waitFor(() =>
      expect(rootOf(canvasElement).querySelector('[part="card-details"]')).not.toBeNull(),
    );
    await expect(
      rootOf(canvasElement).querySelector('[part="details-button"]')?.getAttribute('aria-expanded'),
    ).toBe('true');
  },
};

export const HostileRecords: Story = {
  name: 'Hostile and broken records',
  args: { backend: () => hostileBackend },
  play: async ({ canvasElement }) => {
    await listed(canvasElement);
    const root = rootOf(canvasElement);
    await expect(root.querySelectorAll('script, img, iframe').length).toBe(0);
    for (const link of root.querySelectorAll('a'))
      await expect(link.getAttribute('href')).toMatch(/^(https?:\/\/|tel:|mailto:)/);
  },
};

export const TenThousandResults: Story = {
  name: '10,000 results (windowed)',
  args: { backend: tenThousand, pageSize: 500 },
  play: async ({ canvasElement }) => {
    // Inactive and withdrawn services are left out, as in the directory they copy.
    await waitFor(() =>
      expect(status(canvasElement)).toMatch(/^9,\d{3} (activities found|o weithgareddau)/),
    );
    const items = [...rootOf(canvasElement).querySelectorAll('[role="listitem"]')];
    await expect(items.length).toBeLessThan(100);
    await expect(items[0]?.getAttribute('aria-setsize')).toMatch(/^9\d{3}$/);
  },
};

export const Welsh: Story = welsh(Results, 'Welsh: results');
export const LoadingWelsh: Story = welsh(Loading, 'Welsh: loading');
export const EmptyWelsh: Story = welsh(Empty, 'Welsh: empty');
export const ErrorWelsh: Story = welsh(DirectoryError, 'Welsh: error');
export const OfflineWelsh: Story = welsh(Offline, 'Welsh: offline');
export const PartialFailureWelsh: Story = welsh(
  PartialFailure,
  'Welsh: some results could not be loaded',
);
export const FiltersOpenWelsh: Story = welsh(FiltersOpen, 'Welsh: filters open');
export const FiltersInADialogWelsh: Story = welsh(FiltersInADialog, 'Welsh: filters in a dialog');
export const ActiveFiltersWelsh: Story = welsh(ActiveFilters, 'Welsh: active filters as chips');
export const ShortlistFullWelsh: Story = welsh(ShortlistFull, 'Welsh: shortlist full');
export const DetailsExpandedWelsh: Story = welsh(DetailsExpanded, 'Welsh: details expanded');
export const HostileRecordsWelsh: Story = welsh(HostileRecords, 'Welsh: hostile records');

/*
 * The themed stories bring their own tokens, which override any toolbar theme's, so the
 * toolbar's theme is pinned (as a Welsh story pins its language). Under real forced colours
 * the browser paints over these colours as it does every story's (the sweep checks the
 * forced-colours palette on every other story); axe would misread it here, taking the
 * unforced `-webkit-text-fill-color` that Chromium reports as the text's colour.
 */
export const CouncilTheme: Story = {
  name: 'Themed: a council’s colours',
  globals: { theme: 'nhs' },
  args: {
    theme: {
      '--lw-color-primary': '#1d4f91',
      '--lw-color-link': '#1d4f91',
      '--lw-color-button': '#1d4f91',
      '--lw-color-surface': '#eef2f7',
      '--lw-font-family': 'Georgia, serif',
    },
  },
};

export const HighContrastTheme: Story = {
  name: 'Themed: dark, high contrast',
  globals: { theme: 'nhs' },
  args: {
    theme: {
      '--lw-color-text': '#ffffff',
      '--lw-color-text-secondary': '#e0e0e0',
      '--lw-color-background': '#000000',
      '--lw-color-surface': '#1a1a1a',
      '--lw-color-primary': '#ffd400',
      '--lw-color-link': '#ffd400',
      '--lw-color-button': '#ffd400',
      '--lw-color-button-text': '#000000',
      '--lw-color-border': '#ffffff',
      '--lw-color-border-subtle': '#bdbdbd',
      '--lw-color-focus': '#00e5ff',
      '--lw-color-focus-text': '#000000',
      background: '#000000',
      color: '#ffffff',
    },
  },
};
