import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  createMemoryBackend,
  createOrukBackend,
  loadLocale,
  type Activity,
  type Backend,
} from '@linkwork/core';
import { expectAccessible } from '../../../../test/helpers/axe.js';
import {
  emulateForcedColors,
  overflowsHorizontally,
  viewport,
} from '../../../../test/helpers/browser.js';
import { openTestDirectory } from '../../../../test/servers/oruk-directory.js';
import type { ActivityPicker } from './activity-picker.js';
import {
  NOW,
  announcement,
  cardNames,
  picker,
  required,
  riverside,
  riversideBackend,
  settled,
  shadow,
  statusText,
} from './testing/picker-fixtures.js';

/** What has focus inside the picker, as "tag#id" or "tag[part]". */
function focused(el: ActivityPicker): Element | null {
  return shadow(el).activeElement;
}

async function tabUntil(
  el: ActivityPicker,
  match: (node: Element) => boolean,
  limit = 40,
): Promise<Element[]> {
  const visited: Element[] = [];
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const node = focused(el);
    if (node) visited.push(node);
    if (node && match(node)) return visited;
  }
  throw new Error(
    `Tab never reached the target; visited ${visited.map((n) => n.id || n.tagName).join(', ')}`,
  );
}

describe('<lw-activity-picker> keyboard and screen readers', () => {
  afterEach(async () => {
    await viewport(800, 600);
    await emulateForcedColors(false);
  });

  it('can be used with the keyboard alone: search, open details, shortlist', async () => {
    const el = await picker(await riversideBackend());
    required(shadow(el).querySelector<HTMLInputElement>('#search'), 'search').focus();
    await sendKeys({ type: 'choir' });
    await settled(el);
    expect(statusText(el)).to.match(/^\d+ activit(y|ies) found$/);
    const first = cardNames(el)[0];
    const visited = await tabUntil(el, (node) => node.getAttribute('part') === 'details-button');
    // The filters come before the results, in reading order.
    expect(visited.map((node) => node.tagName.toLowerCase())).to.include.members([
      'summary',
      'select',
    ]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('part')).to.equal('shortlist-checkbox');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(announcement(el)).to.equal(`${first} added to shortlist`);
    expect(el.selected).to.have.length(1);

    // Opening the filters and choosing one, by keyboard.
    const summary = required(
      shadow(el).querySelector<HTMLElement>('details.filters > summary'),
      'summary',
    );
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(
      required(shadow(el).querySelector<HTMLDetailsElement>('details.filters'), 'details').open,
    ).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('type')).to.equal('checkbox');
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(shadow(el).querySelectorAll('[part="chip"]')).to.have.length(1);
    await expectAccessible(el);
  });

  it('speaks Welsh, with schedules and counts in Welsh', async () => {
    await loadLocale('cy');
    const el = await picker(await riversideBackend(), { lang: 'cy' });
    expect(statusText(el)).to.match(/^\d+ o weithgareddau wedi’u canfod$/);
    expect(announcement(el)).to.equal(statusText(el));
    expect(
      required(shadow(el).querySelector('label[for="search"]'), 'label').textContent?.trim(),
    ).to.equal('Chwilio am weithgareddau');
    expect(shadow(el).textContent).to.contain('Sesiwn nesaf:');
    expect(shadow(el).textContent).to.contain('Ychwanegu at y rhestr fer');
    await expectAccessible(el);
  });

  it('reflows at 200% text size in a 640px window, with its result cards (WCAG 1.4.4)', async () => {
    await viewport(640, 800);
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await picker(await riversideBackend());
      await settled(el);
      expect(cardNames(el).length).to.be.greaterThan(0);
      expect(overflowsHorizontally(el)).to.equal(false);
      await expectAccessible(el);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('reflows at 320 CSS pixels, with the filters in a dialog', async () => {
    await viewport(320, 640);
    const el = await picker(await riversideBackend());
    await waitUntil(() => shadow(el).querySelector('[part="filters-button"]'), 'no filters button');
    expect(shadow(el).querySelector('details.filters')).to.equal(null);
    expect(overflowsHorizontally(el)).to.equal(false);
    const opener = required(
      shadow(el).querySelector<HTMLButtonElement>('[part="filters-button"]'),
      'opener',
    );
    opener.focus();
    await sendKeys({ press: 'Enter' });
    // The dialog and its controls load with the first opening (on their way once the button had focus).
    await waitUntil(
      () => shadow(el).querySelector<HTMLDialogElement>('dialog.filters-dialog')?.open,
      'the dialog did not open',
    );
    const dialog = required(
      shadow(el).querySelector<HTMLDialogElement>('dialog.filters-dialog'),
      'dialog',
    );
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.contains(shadow(el).activeElement)).to.equal(true);
    expect(overflowsHorizontally(el)).to.equal(false);
    await expectAccessible(el);
    const monday = required(
      [...dialog.querySelectorAll('input')].find(
        (input) => input.labels?.[0]?.textContent?.trim() === 'Monday',
      ),
      'Monday',
    );
    monday.click();
    await settled(el);
    expect(dialog.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(shadow(el).activeElement).to.equal(opener);
    expect(shadow(el).querySelectorAll('[part="chip"]')).to.have.length(1);
  });

  it('keeps card and control edges in forced colours', async () => {
    await emulateForcedColors(true);
    const el = await picker(await riversideBackend());
    const card = required(shadow(el).querySelector('.card'), 'card');
    expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(card).borderTopColor).to.equal(getComputedStyle(document.body).color);
    await expectAccessible(el);
  });
});

describe('<lw-activity-picker> at scale', () => {
  it('windows 10,000 activities and keeps focus order and list positions', async () => {
    const { activities } = await riverside();
    const many: Activity[] = Array.from({ length: 10_000 }, (_, i) => {
      const base = activities[i % activities.length] as Activity;
      return { ...base, id: `${base.id}-${i}`, name: `${base.name} ${i + 1}` };
    });
    const memory = createMemoryBackend({ activities: many, now: () => NOW });
    const pages: number[] = [];
    const backend: Backend = {
      ...memory,
      searchActivities: (query, options) => {
        pages.push(query.page ?? 1);
        return memory.searchActivities(query, options);
      },
    };
    const el = await picker(backend, { attributes: 'page-size="500"' });
    const all = await memory.searchActivities({ size: 1 });
    expect(statusText(el)).to.equal(`${all.total.toLocaleString('en-GB')} activities found`);
    const items = [...shadow(el).querySelectorAll('.results [role="listitem"]')];
    expect(items.length).to.be.greaterThan(0).and.lessThan(100);
    expect(items[0]?.getAttribute('aria-setsize')).to.equal(String(all.total));
    expect(items.map((item) => Number(item.getAttribute('aria-posinset')))).to.deep.equal(
      items.map((_, i) => i + 1),
    );
    // Tab from the last checkbox first rendered reaches the next card, rendered on demand.
    const boxes = [...shadow(el).querySelectorAll<HTMLInputElement>('[part="shortlist-checkbox"]')];
    const last = required(boxes.at(-1), 'last checkbox');
    const position = Number(last.closest('[role="listitem"]')?.getAttribute('aria-posinset'));
    // Focus scrolls the card into view; the focused card's neighbours are rendered with it.
    last.focus();
    await settled(el);
    expect(focused(el)).to.equal(last);
    await sendKeys({ press: 'Tab' });
    await settled(el);
    const next = required(focused(el), 'focus');
    // The first control of the next card: a contact link or its details button.
    expect(next.matches('a[href], [part="details-button"]')).to.equal(true);
    expect(Number(next.closest('[role="listitem"]')?.getAttribute('aria-posinset'))).to.equal(
      position + 1,
    );
    // Scrolling to the end of what is loaded fetches the next page.
    expect(pages).to.deep.equal([1]);
    window.scrollTo(0, document.documentElement.scrollHeight);
    await waitUntil(() => pages.includes(2), 'the next page was not asked for');
    await settled(el);
    const positions = [...shadow(el).querySelectorAll('.results [role="listitem"]')].map((item) =>
      Number(item.getAttribute('aria-posinset')),
    );
    expect(Math.max(...positions)).to.be.at.least(490);
    window.scrollTo(0, 0);
  });
});

describe('<lw-activity-picker> with the directory adapters', () => {
  for (const dialect of ['v3', 'v1'] as const) {
    it(`lists the Riverside directory from Open Referral UK ${dialect} as the memory backend does`, async () => {
      const directory = await openTestDirectory();
      const { taxonomy } = await riverside();
      const oruk = createOrukBackend({
        baseUrl: `${directory.root}/${dialect}`,
        dialect,
        taxonomy,
        now: () => NOW,
        pageSize: 20,
      });
      const memory = await riversideBackend();
      const el = await picker(oruk);
      const expected = await memory.searchActivities({ size: 50 });
      expect(statusText(el)).to.equal(`${expected.total} activities found`);
      expect(cardNames(el)).to.deep.equal(expected.items.map((a) => a.name));
      await directory.close();
    });
  }
});
