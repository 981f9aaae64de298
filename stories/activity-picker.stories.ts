import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
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

interface Args {
  backend: () => Backend;
  maxSelections?: number;
  pageSize?: number;
  theme?: Record<string, string>;
  selected?: readonly string[];
}

const render = (args: Args) =>
  html`<div style=${styleMap(args.theme ?? {})}>
    <lw-activity-picker
      name="activities"
      max-selections=${args.maxSelections ?? 0}
      page-size=${args.pageSize ?? 50}
      .taxonomy=${taxonomy}
      .now=${() => NOW}
      .selected=${args.selected ?? []}
      .backend=${args.backend()}
    ></lw-activity-picker>
  </div>`;

const pickerIn = (canvas: HTMLElement): ActivityPicker =>
  canvas.querySelector('lw-activity-picker') as ActivityPicker;
const status = (canvas: HTMLElement): string =>
  pickerIn(canvas).shadowRoot?.querySelector('#results-status')?.textContent?.trim() ?? '';

/**
 * Find, compare and shortlist local activities from any directory. Every
 * story is also an accessibility test; switch the language in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Components/Activity picker',
  tags: ['autodocs'],
  render,
  args: { backend: riverside },
};
export default meta;

type Story = StoryObj<Args>;

export const Results: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(status(canvasElement)).toMatch(/\d+ (activities found|o weithgareddau)/),
    );
  },
};

export const Loading: Story = {
  args: { backend: () => backendOf(() => new Promise<Page<Activity>>(() => undefined)) },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(status(canvasElement)).toMatch(/Searching for activities|Wrthi’n chwilio/),
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
};

export const Shortlisted: Story = {
  name: 'Shortlist with a limit',
  args: { maxSelections: 3, selected: activities.slice(0, 2).map((activity) => activity.id) },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(
        pickerIn(canvasElement).shadowRoot?.querySelector('.shortlist-count')?.textContent?.trim(),
      ).toMatch(/^2 (of|o) 3/),
    );
  },
};

export const TenThousandResults: Story = {
  name: '10,000 results (virtualised)',
  args: { backend: tenThousand, pageSize: 500 },
  play: async ({ canvasElement }) => {
    // Inactive and withdrawn services are left out, as in the directory they copy.
    await waitFor(() =>
      expect(status(canvasElement)).toMatch(/^9,\d{3} (activities found|o weithgareddau)/),
    );
    const items =
      pickerIn(canvasElement).shadowRoot?.querySelectorAll('[role="listitem"]').length ?? 0;
    await expect(items).toBeLessThan(100);
  },
};

export const Welsh: Story = {
  globals: { locale: 'cy' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(status(canvasElement)).toMatch(/o weithgareddau wedi’u canfod/));
  },
};

export const CouncilTheme: Story = {
  name: 'Themed: a council’s colours',
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
