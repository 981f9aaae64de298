import { expect, oneEvent } from '@open-wc/testing';
import { createMemoryBackend, type Activity } from '@linkwork/core';
import { expectAccessible } from '../../../../test/helpers/axe.js';
import { NOW, cardNames, picker, required, settled, shadow } from './testing/picker-fixtures.js';

/** A complete activity, as a directory might publish it. */
const walk: Activity = {
  id: 'walk-1',
  name: 'Riverside Health Walk',
  organisation: { name: 'Riverside Ramblers', url: 'https://ramblers.example' },
  description:
    'A gentle hour-long walk along the river for people who want to get moving.\n\nWalk leaders are trained in first aid. Meet at the café.',
  status: 'active',
  taxonomyTermIds: [],
  locations: [
    {
      id: 'loc-1',
      name: 'Riverside Park Café',
      addressLines: ['1 Park Lane'],
      town: 'Riverside',
      postcode: 'LE7 2PQ',
      point: { lat: 52.6, lng: -1.1 },
      accessibility: [{ feature: 'Wheelchair accessible' }, { feature: 'Accessible toilet' }],
    },
  ],
  modes: ['in-person'],
  schedules: [
    {
      id: 's1',
      freq: 'WEEKLY',
      interval: 1,
      byDay: [{ day: 'TU' }],
      byMonthDay: [],
      opensAt: '10:00',
      closesAt: '11:00',
      mode: 'in-person',
    },
  ],
  costs: [{ kind: 'fixed', amountPence: 350, label: 'per session' }],
  eligibility: { minimumAge: 18, description: 'Adults who can walk for an hour' },
  languages: ['en', 'cy'],
  url: 'https://walks.example/riverside',
  email: 'walks@riverside.example',
  contacts: [{ name: 'Sam', phones: [{ number: '0116 496 0123' }] }],
  applicationProcess: 'Just turn up.',
};

function card(el: HTMLElement): HTMLElement {
  return required(shadow(el).querySelector<HTMLElement>('.results .card'), 'a card');
}

function fact(el: HTMLElement, label: string): string {
  const row = [...card(el).querySelectorAll('.fact')].find(
    (node) => node.querySelector('dt')?.textContent?.trim() === label,
  );
  return row?.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('<lw-activity-picker> result cards', () => {
  it('show what a person needs to choose, in words', async () => {
    const backend = createMemoryBackend({ activities: [walk], now: () => NOW });
    const el = await picker(backend);
    expect(cardNames(el)).to.deep.equal(['Riverside Health Walk']);
    expect(card(el).querySelector('.card-organisation')?.textContent).to.contain(
      'Riverside Ramblers',
    );
    expect(card(el).querySelector('.card-summary')?.textContent?.trim()).to.equal(
      'A gentle hour-long walk along the river for people who want to get moving.',
    );
    // 26 November 2026 is a Thursday: the next Tuesday is 1 December.
    expect(fact(el, 'When')).to.equal(
      'Tuesdays, 10am to 11am Next session: Tuesday 1 December, 10am to 11am',
    );
    expect(fact(el, 'Where')).to.equal('Riverside Park Café, 1 Park Lane, Riverside, LE7 2PQ');
    expect(fact(el, 'Cost')).to.equal('£3.50: per session');
    expect(fact(el, 'Who it is for')).to.equal('Ages 18 and over. Adults who can walk for an hour');
    expect(fact(el, 'Accessibility')).to.equal('Wheelchair accessible, Accessible toilet');
    expect(fact(el, 'Languages')).to.equal('English, Welsh');
    const links = [...card(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal([
      'https://walks.example/riverside',
      'mailto:walks@riverside.example',
      'tel:01164960123',
    ]);
    await expectAccessible(el);
  });

  it('show how far away an activity is when searching near a postcode', async () => {
    const backend = createMemoryBackend({ activities: [walk], now: () => NOW });
    const el = await picker(backend);
    el.filters = {
      ...el.filters,
      origin: { kind: 'postcode', postcode: 'LE7 2PQ', point: { lat: 52.6, lng: -1.1 } },
    };
    await settled(el);
    expect(fact(el, 'Where')).to.contain('less than 0.1 miles away');
  });

  it('expand details in place and tell the host, unless the host handles it', async () => {
    const backend = createMemoryBackend({ activities: [walk], now: () => NOW });
    const el = await picker(backend);
    const button = required(
      card(el).querySelector<HTMLButtonElement>('[part="details-button"]'),
      'details button',
    );
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const opened = oneEvent(el, 'lw-activity-open');
    button.click();
    const event = await opened;
    expect(event.detail.id).to.equal('walk-1');
    await el.updateComplete;
    await settled(el);
    const expanded = required(
      card(el).querySelector<HTMLButtonElement>('[part="details-button"]'),
      'details button',
    );
    expect(expanded.getAttribute('aria-expanded')).to.equal('true');
    const details = required(
      shadow(el).getElementById(expanded.getAttribute('aria-controls') ?? ''),
      'details',
    );
    expect(details.textContent).to.contain('Walk leaders are trained in first aid.');
    expect(details.textContent).to.contain('Just turn up.');
    await expectAccessible(el);
    expanded.click();
    await el.updateComplete;
    expect(card(el).querySelector('[part="card-details"]')).to.equal(null);

    el.addEventListener('lw-activity-open', (e) => e.preventDefault(), { once: true });
    expanded.click();
    await el.updateComplete;
    expect(card(el).querySelector('[part="card-details"]')).to.equal(null);
  });
});
