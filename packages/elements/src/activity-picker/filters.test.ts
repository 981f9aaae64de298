import { expect, waitUntil } from '@open-wc/testing';
import type { Activity, ActivityQuery, Backend, CallOptions, Page } from '@linkwork/core';
import { expectAccessible } from '../../../../test/helpers/axe.js';
import type { ActivityPicker } from './activity-picker.js';
import {
  cardNames,
  picker,
  required,
  riverside,
  riversideBackend,
  settled,
  shadow,
  statusText,
} from './testing/picker-fixtures.js';

/** The Riverside memory backend, recording every query the picker sends. */
async function recordingBackend(): Promise<{
  backend: Backend;
  queries: ActivityQuery[];
  inner: Backend;
}> {
  const inner = await riversideBackend();
  const queries: ActivityQuery[] = [];
  const backend: Backend = {
    ...inner,
    searchActivities(query: ActivityQuery, options?: CallOptions): Promise<Page<Activity>> {
      queries.push(query);
      return inner.searchActivities(query, options);
    },
    geocode: (postcode, options) => inner.geocode!(postcode, options),
  };
  return { backend, queries, inner };
}

async function openFilters(el: ActivityPicker): Promise<void> {
  const details = required(
    shadow(el).querySelector<HTMLDetailsElement>('details.filters'),
    'filters',
  );
  details.open = true;
  // The panel's controls are loaded when it first opens.
  await waitUntil(() => details.querySelector('form.filters-body'), 'the filters did not load');
  await el.updateComplete;
}

/** Checks (or unchecks) the box whose label reads `label` inside the fieldset whose legend is `legend`. */
async function toggle(el: ActivityPicker, legend: string, label: string): Promise<void> {
  const fieldset = [...shadow(el).querySelectorAll('details.filters fieldset')].find(
    (node) => node.querySelector(':scope > legend')?.textContent?.trim() === legend,
  );
  const input = [...required(fieldset, `fieldset ${legend}`).querySelectorAll('input')].find(
    (node) => node.labels?.[0]?.textContent?.trim() === label,
  );
  required(input, `${legend}: ${label}`).click();
  await settled(el);
}

async function typeInto(
  el: ActivityPicker,
  selector: string,
  value: string,
  commit = true,
): Promise<void> {
  const input = required(shadow(el).querySelector<HTMLInputElement>(selector), selector);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (commit) input.dispatchEvent(new Event('blur'));
  await settled(el);
}

const lastQuery = (queries: ActivityQuery[]): ActivityQuery => required(queries.at(-1), 'a query');

async function expectCountOf(
  el: ActivityPicker,
  inner: Backend,
  query: ActivityQuery,
): Promise<number> {
  const page = await inner.searchActivities({ ...query, size: 1 });
  expect(statusText(el)).to.equal(
    page.total === 1
      ? '1 activity found'
      : page.total === 0
        ? 'No activities match. Try removing a filter'
        : `${page.total} activities found`,
  );
  return page.total;
}

const chips = (el: ActivityPicker): string[] =>
  [...shadow(el).querySelectorAll('[part="chip"]')].map((chip) =>
    (chip.textContent ?? '').replace(/\s+/g, ' ').replace('×', '').trim(),
  );

describe('<lw-activity-picker> filters', () => {
  it('filter by need, day, time, cost, mode, accessibility and language, each as a chip', async () => {
    const { backend, queries, inner } = await recordingBackend();
    const { taxonomy } = await riverside();
    const el = await picker(backend, { taxonomy });
    const all = (await inner.searchActivities({ size: 1 })).total;
    await openFilters(el);

    await toggle(el, 'Wellbeing', 'Loneliness and isolation');
    expect(lastQuery(queries).taxonomy).to.deep.equal(['b196bb38-ff68-56a9-931b-338925c09ba4']);
    const needs = await expectCountOf(el, inner, lastQuery(queries));
    expect(needs).to.be.greaterThan(0).and.lessThan(all);

    await toggle(el, 'Day of the week', 'Tuesday');
    expect(lastQuery(queries).days).to.deep.equal(['TU']);
    await expectCountOf(el, inner, lastQuery(queries));

    await toggle(el, 'Time of day', 'Morning');
    expect(lastQuery(queries).timesOfDay).to.deep.equal(['morning']);
    await expectCountOf(el, inner, lastQuery(queries));

    await toggle(el, 'Cost', 'Free activities only');
    expect(lastQuery(queries).freeOnly).to.equal(true);
    await expectCountOf(el, inner, lastQuery(queries));
    expect(chips(el)).to.deep.equal([
      'Remove filter: Loneliness and isolation',
      'Remove filter: Tuesday',
      'Remove filter: Morning',
      'Remove filter: Free activities only',
    ]);
    await expectAccessible(el);

    // Clear all keeps the search text and returns every activity.
    required(
      shadow(el).querySelector<HTMLButtonElement>('[part="clear-filters"]'),
      'clear',
    ).click();
    await settled(el);
    expect(lastQuery(queries)).to.deep.equal({ sort: 'relevance', page: 1, size: 50 });
    expect(statusText(el)).to.equal(`${all} activities found`);
    expect(chips(el)).to.deep.equal([]);
    expect(shadow(el).activeElement?.id).to.equal('search');

    await toggle(el, 'How people take part', 'Online');
    expect(lastQuery(queries).modes).to.deep.equal(['online']);
    const online = await expectCountOf(el, inner, lastQuery(queries));
    expect(online).to.be.greaterThan(0);
    await toggle(el, 'How people take part', 'Online');

    await toggle(el, 'Accessibility', 'Wheelchair accessible');
    expect(lastQuery(queries).accessibility).to.deep.equal(['step-free']);
    await expectCountOf(el, inner, lastQuery(queries));
    await toggle(el, 'Accessibility', 'Wheelchair accessible');

    await toggle(el, 'Language', 'Welsh');
    expect(lastQuery(queries).languages).to.deep.equal(['cy']);
    const welsh = await expectCountOf(el, inner, lastQuery(queries));
    expect(welsh).to.be.greaterThan(0).and.lessThan(all);
    // Removing the chip removes the filter.
    required(
      shadow(el).querySelector<HTMLButtonElement>('[data-chip="language:cy"]'),
      'chip',
    ).click();
    await settled(el);
    expect(lastQuery(queries).languages).to.equal(undefined);
    expect(statusText(el)).to.equal(`${all} activities found`);
  });

  it('filter by age, refusing what is not an age', async () => {
    const { backend, queries, inner } = await recordingBackend();
    const el = await picker(backend);
    await openFilters(el);
    await typeInto(el, '#filter-age', '8');
    expect(lastQuery(queries).age).to.equal(8);
    const children = await expectCountOf(el, inner, lastQuery(queries));
    expect(chips(el)).to.deep.equal(['Remove filter: Age 8']);
    await typeInto(el, '#filter-age', 'eight');
    expect(shadow(el).querySelector('#filter-age-error')?.textContent).to.contain(
      'Enter an age in years, like 42',
    );
    expect(shadow(el).querySelector('#filter-age')?.getAttribute('aria-invalid')).to.equal('true');
    expect(lastQuery(queries).age).to.equal(8);
    await expectCountOf(el, inner, { age: 8 });
    expect(children).to.be.greaterThan(0);
    await expectAccessible(el);
  });

  it('filter by distance from a postcode through the backend’s geocode, and sort by distance', async () => {
    const { backend, queries, inner } = await recordingBackend();
    const el = await picker(backend);
    await openFilters(el);
    await typeInto(el, '#filter-postcode', 'le71aa');
    const point = await inner.geocode!('LE7 1AA');
    expect(point === undefined, 'LE7 1AA is a venue postcode').to.equal(false);
    expect(lastQuery(queries).near).to.deep.equal({ point });
    expect(lastQuery(queries).radiusMiles).to.equal(3);
    await expectCountOf(el, inner, lastQuery(queries));
    expect(chips(el)).to.deep.equal(['Remove filter: Within 3 miles of LE7 1AA']);

    const radius = required(
      shadow(el).querySelector<HTMLSelectElement>('#filter-radius'),
      'radius',
    );
    expect([...radius.options].map((o) => o.textContent?.trim())).to.deep.equal([
      '1 mile',
      '3 miles',
      '5 miles',
      '10 miles',
    ]);
    radius.value = '1';
    radius.dispatchEvent(new Event('change'));
    await settled(el);
    expect(lastQuery(queries).radiusMiles).to.equal(1);
    const near = await expectCountOf(el, inner, lastQuery(queries));
    expect(near).to.be.greaterThan(0);

    const sort = required(shadow(el).querySelector<HTMLSelectElement>('#sort'), 'sort');
    sort.value = 'distance';
    sort.dispatchEvent(new Event('change'));
    await settled(el);
    expect(lastQuery(queries).sort).to.equal('distance');
    const expected = await inner.searchActivities({ ...lastQuery(queries) });
    expect(cardNames(el)).to.deep.equal(expected.items.map((a) => a.name));
    expect(shadow(el).querySelector('.card .fact:nth-child(2) dd')?.textContent).to.match(/away/);

    await typeInto(el, '#filter-postcode', 'SW1A 1AA');
    expect(shadow(el).querySelector('#filter-postcode-error')?.textContent).to.contain(
      'We could not find that postcode',
    );
    await typeInto(el, '#filter-postcode', 'not a postcode');
    expect(shadow(el).querySelector('#filter-postcode-error')?.textContent).to.contain(
      'Enter a real postcode',
    );
    await expectAccessible(el);
  });

  it('sort by name and by soonest next session', async () => {
    const { backend, queries, inner } = await recordingBackend();
    const el = await picker(backend);
    const sort = required(shadow(el).querySelector<HTMLSelectElement>('#sort'), 'sort');
    expect([...sort.options].map((o) => o.value)).to.deep.equal(['relevance', 'soonest', 'name']);
    for (const order of ['name', 'soonest'] as const) {
      sort.value = order;
      sort.dispatchEvent(new Event('change'));
      await settled(el);
      expect(lastQuery(queries).sort).to.equal(order);
      const expected = await inner.searchActivities({ sort: order, size: 50 });
      expect(cardNames(el)).to.deep.equal(expected.items.map((a) => a.name));
    }
    const names = cardNames(el);
    expect(names.length).to.equal(50);
  });
});

describe('<lw-activity-picker> filters loaded on demand', () => {
  it('renders no filter controls until the panel opens', async () => {
    const el = await picker(await riversideBackend());
    expect(shadow(el).querySelector('details.filters > summary')).to.not.equal(null);
    expect(shadow(el).querySelector('form.filters-body')).to.equal(null);
    await openFilters(el);
    expect(shadow(el).querySelectorAll('details.filters fieldset').length).to.be.greaterThan(5);
  });

  it('shows chips for filters the host sets, once their words have loaded', async () => {
    const el = await picker(await riversideBackend());
    expect(shadow(el).querySelector('[part="chips"]')).to.equal(null);
    el.filters = { ...el.filters, days: ['TU'], freeOnly: true };
    // updateComplete waits for the filters' module once it is on its way.
    await el.updateComplete;
    expect(chips(el)).to.deep.equal([
      'Remove filter: Tuesday',
      'Remove filter: Free activities only',
    ]);
    await settled(el);
    await expectAccessible(el);
  });
});

describe('<lw-activity-picker> "use my location"', () => {
  let calls = 0;
  let answer: (success: PositionCallback, failure: PositionErrorCallback) => void = () => undefined;
  before(() => {
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition(success: PositionCallback, failure: PositionErrorCallback) {
          calls++;
          answer(success, failure);
        },
      },
    });
  });
  after(() => {
    delete (navigator as unknown as Record<string, unknown>).geolocation;
  });

  const locate = (el: ActivityPicker): HTMLButtonElement =>
    required(
      [...shadow(el).querySelectorAll<HTMLButtonElement>('details.filters button')].find(
        (button) => button.textContent?.trim() === 'Use my location',
      ),
      'Use my location',
    );

  it('asks for the position only when the button is pressed, then searches near it', async () => {
    const { backend, queries } = await recordingBackend();
    calls = 0;
    answer = (success) =>
      success({ coords: { latitude: 52.6, longitude: -1.1 } } as GeolocationPosition);
    const el = await picker(backend);
    await openFilters(el);
    expect(calls).to.equal(0);
    locate(el).click();
    await settled(el);
    expect(calls).to.equal(1);
    expect(lastQuery(queries).near).to.deep.equal({ point: { lat: 52.6, lng: -1.1 } });
    expect(chips(el)).to.deep.equal(['Remove filter: Within 3 miles of my location']);
  });

  it('says when the position cannot be found', async () => {
    const { backend } = await recordingBackend();
    answer = (_, failure) => failure({ code: 1, message: 'denied' } as GeolocationPositionError);
    const el = await picker(backend);
    await openFilters(el);
    locate(el).click();
    await el.updateComplete;
    expect(shadow(el).querySelector('.near .lw-error-message')?.textContent).to.contain(
      'Your location could not be found. Enter a postcode instead',
    );
    await expectAccessible(el);
  });
});
