import { expect } from '@open-wc/testing';
import type { Activity, ActivityQuery, Backend, Page } from '@linkwork/core';
import { expectAccessible } from '../../../../test/helpers/axe.js';
import {
  announcement,
  cardNames,
  picker,
  riverside,
  riversideBackend,
  settled,
  shadow,
  statusText,
  typeSearch,
} from './testing/picker-fixtures.js';

describe('<lw-activity-picker> search', () => {
  it('lists the directory and announces the count politely', async () => {
    const backend = await riversideBackend();
    const el = await picker(backend);
    const all = await backend.searchActivities({ size: 1 });
    expect(statusText(el)).to.equal(`${all.total} activities found`);
    expect(announcement(el)).to.equal(`${all.total} activities found`);
    const live = shadow(el).querySelector('#announcer')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(cardNames(el).length).to.be.greaterThan(0);
    await expectAccessible(el);
  });

  it('searches as you type, accent-insensitively', async () => {
    const backend = await riversideBackend();
    const el = await picker(backend);
    await typeSearch(el, 'walk');
    await settled(el);
    const expected = await backend.searchActivities({ text: 'walk', size: 50 });
    expect(expected.total).to.be.greaterThan(0);
    expect(statusText(el)).to.equal(
      expected.total === 1 ? '1 activity found' : `${expected.total} activities found`,
    );
    expect(cardNames(el)).to.deep.equal(
      expected.items.map((a) => a.name).slice(0, cardNames(el).length),
    );
  });

  it('shows the empty state with a hint to remove a filter', async () => {
    const el = await picker(await riversideBackend());
    await typeSearch(el, 'zzqxv nothing like this');
    await settled(el);
    expect(statusText(el)).to.equal('No activities match. Try removing a filter');
    expect(announcement(el)).to.equal('No activities match. Try removing a filter');
    expect(cardNames(el)).to.deep.equal([]);
    await expectAccessible(el);
  });
});

/** A backend whose answers the test releases by hand, in any order; it ignores abort signals. */
function manualBackend(activities: readonly Activity[]) {
  const calls: {
    query: ActivityQuery;
    signal: AbortSignal | undefined;
    answer(items?: readonly Activity[], total?: number): void;
    fail(error: unknown): void;
  }[] = [];
  const backend: Backend = {
    searchActivities(query, options) {
      return new Promise<Page<Activity>>((resolve, reject) => {
        calls.push({
          query,
          signal: options?.signal,
          answer: (items = activities, total = items.length) =>
            resolve({ items, total, page: query.page ?? 1, size: query.size ?? 50 }),
          fail: reject,
        });
      });
    },
    getActivity: () => Promise.reject(new Error('not used')),
    submitReferral: () => Promise.reject(new Error('not used')),
    recordConsent: () => Promise.reject(new Error('not used')),
    withdrawConsent: () => Promise.reject(new Error('not used')),
  };
  return { backend, calls };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('<lw-activity-picker> requests', () => {
  it('aborts the previous request and never lets a stale answer overwrite a fresh one', async () => {
    const { activities } = await riverside();
    const walking = activities.filter((a) => /walk/i.test(a.name));
    const choir = activities.filter((a) => /choir|côr/i.test(a.name));
    expect(walking.length).to.be.greaterThan(0);
    expect(choir.length).to.be.greaterThan(0);
    const { backend, calls } = manualBackend(activities);
    const el = await picker(undefined);
    el.backend = backend;
    await el.updateComplete;
    calls[0]!.answer(activities);
    await settled(el);
    await typeSearch(el, 'walk');
    await typeSearch(el, 'choir');
    expect(calls.map((call) => call.query.text)).to.deep.equal([undefined, 'walk', 'choir']);
    expect(calls[1]!.signal!.aborted).to.equal(true);
    expect(calls[2]!.signal!.aborted).to.equal(false);
    // The fresh answer arrives first, the stale one after it.
    calls[2]!.answer(choir);
    await settled(el);
    calls[1]!.answer(walking);
    await nextFrame();
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(choir.map((a) => a.name));
    expect(statusText(el)).to.equal(
      choir.length === 1 ? '1 activity found' : `${choir.length} activities found`,
    );
  });

  it('shows an error with a retry that searches again', async () => {
    const { activities } = await riverside();
    const { backend, calls } = manualBackend(activities);
    const el = await picker(undefined);
    el.backend = backend;
    await el.updateComplete;
    calls[0]!.fail(new Error('500 with server detail that must not be shown'));
    await settled(el);
    expect(statusText(el)).to.equal(
      'Sorry, activities cannot be shown at the moment. Try again later',
    );
    expect(shadow(el).textContent).to.not.contain('server detail');
    expect(announcement(el)).to.equal(statusText(el));
    await expectAccessible(el);
    shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await el.updateComplete;
    expect(calls).to.have.length(2);
    calls[1]!.answer(activities.slice(0, 3));
    await settled(el);
    expect(statusText(el)).to.equal('3 activities found');
  });

  it('says when the person is offline and searches again when they are back', async () => {
    const { activities } = await riverside();
    const { backend, calls } = manualBackend(activities);
    const el = await picker(undefined);
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      el.backend = backend;
      await el.updateComplete;
      calls[0]!.fail(new TypeError('Failed to fetch'));
      await settled(el);
      expect(statusText(el)).to.equal(
        'You are offline. Activities will be shown again when you are back online',
      );
      await expectAccessible(el);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(calls).to.have.length(2);
    calls[1]!.answer(activities.slice(0, 2));
    await settled(el);
    expect(statusText(el)).to.equal('2 activities found');
  });

  it('keeps what it has and says so when a later page fails', async () => {
    const { activities } = await riverside();
    const { backend, calls } = manualBackend(activities);
    const el = await picker(undefined, { attributes: 'page-size="5"' });
    el.backend = backend;
    await el.updateComplete;
    expect(calls[0]!.query).to.include({ page: 1, size: 5 });
    calls[0]!.answer(activities.slice(0, 5), 12);
    await settled(el);
    expect(statusText(el)).to.equal('12 activities found');
    const more = [...shadow(el).querySelectorAll('button')].find(
      (button) => button.textContent?.trim() === 'Show more activities',
    )!;
    more.click();
    await el.updateComplete;
    expect(calls[1]!.query).to.include({ page: 2, size: 5 });
    calls[1]!.fail(new Error('timeout'));
    await settled(el);
    expect(shadow(el).textContent).to.contain(
      'Some activities could not be loaded. The ones shown may not be all that match',
    );
    expect(cardNames(el)[0]).to.equal(activities[0]!.name);
    await expectAccessible(el);
    shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await el.updateComplete;
    expect(calls[2]!.query).to.include({ page: 2, size: 5 });
    calls[2]!.answer(activities.slice(5, 10), 12);
    await settled(el);
    expect(shadow(el).textContent).to.not.contain('could not be loaded');
  });
});
