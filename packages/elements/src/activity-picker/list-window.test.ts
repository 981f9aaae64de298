import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import { css, html, LitElement } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  FIRST_ESTIMATE_PX,
  gapSize,
  ListWindow,
  mergeRanges,
  offsetsOf,
  OVERSCAN_PX,
  rangeInBand,
  rowsFor,
  type IdleScheduler,
} from './list-window.js';

describe('list window arithmetic', () => {
  it('adds heights up into start offsets', () => {
    expect([...offsetsOf(4, (i) => [10, 20, 30, 40][i] ?? 0)]).to.deep.equal([0, 10, 30, 60, 100]);
    expect([...offsetsOf(0, () => 10)]).to.deep.equal([0]);
  });

  it('finds the rows a band overlaps, grown by the overscan', () => {
    const offsets = offsetsOf(10, () => 100);
    expect(rangeInBand(offsets, { top: 0, bottom: 250 }, 0)).to.deep.equal({ start: 0, end: 3 });
    expect(rangeInBand(offsets, { top: 450, bottom: 460 }, 0)).to.deep.equal({ start: 4, end: 5 });
    expect(rangeInBand(offsets, { top: 450, bottom: 460 }, 100)).to.deep.equal({
      start: 3,
      end: 6,
    });
    // Beyond the end: still the last row, so the list never renders nothing.
    expect(rangeInBand(offsets, { top: 5000, bottom: 5100 }, 0)).to.deep.equal({
      start: 9,
      end: 10,
    });
    expect(
      rangeInBand(
        offsetsOf(0, () => 1),
        { top: 0, bottom: 100 },
        0,
      ),
    ).to.deep.equal({
      start: 0,
      end: 0,
    });
  });

  it('merges ranges that overlap or touch, and drops empty ones', () => {
    expect(
      mergeRanges([
        { start: 8, end: 10 },
        { start: 0, end: 3 },
        { start: 3, end: 4 },
        { start: 5, end: 5 },
        { start: 9, end: 12 },
      ]),
    ).to.deep.equal([
      { start: 0, end: 4 },
      { start: 8, end: 12 },
    ]);
  });

  it('lays rows out as segments with gaps as tall as the rows they stand for', () => {
    const offsets = offsetsOf(6, (i) => (i + 1) * 10);
    const rows = rowsFor(
      [
        { start: 1, end: 2 },
        { start: 4, end: 5 },
      ],
      offsets,
      (i) => `k${i}`,
    );
    expect(rows).to.deep.equal([
      { kind: 'gap', key: 'gap:0', size: 10 },
      { kind: 'item', key: 'k1', index: 1 },
      { kind: 'gap', key: 'gap:1', size: 70 },
      { kind: 'item', key: 'k4', index: 4 },
      { kind: 'gap', key: 'gap:end', size: 60 },
    ]);
  });

  it('always accounts for the whole list, in order, whatever the segments', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(70), fc.nat(10)), { maxLength: 5 }),
        (heights, spans) => {
          const offsets = offsetsOf(heights.length, (i) => heights[i] ?? 0);
          const segments = mergeRanges(
            spans.map(([start, length]) => ({
              start: Math.min(start, heights.length),
              end: Math.min(start + length, heights.length),
            })),
          );
          const rows = rowsFor(segments, offsets, (i) => `k${i}`);
          const items = rows.flatMap((row) => (row.kind === 'item' ? [row.index] : []));
          const gaps = rows.reduce((sum, row) => sum + (row.kind === 'gap' ? row.size : 0), 0);
          const shown = items.reduce((sum, index) => sum + (heights[index] ?? 0), 0);
          expect(items).to.deep.equal([...items].sort((a, b) => a - b));
          expect(new Set(items).size).to.equal(items.length);
          expect(gaps + shown).to.equal(offsets[heights.length]);
          expect(rows.at(-1)?.kind).to.equal('gap');
        },
      ),
      { seed: 20261126, numRuns: 200 },
    );
  });
});

/** An idle scheduler the test runs by hand. */
function manualIdle(): IdleScheduler & { run(ms?: number): boolean } {
  let queued: ((deadline: { timeRemaining(): number }) => void) | undefined;
  const idle = ((work) => {
    queued = work;
    return () => (queued = undefined);
  }) as IdleScheduler & { run(ms?: number): boolean };
  idle.run = (ms = 50) => {
    const work = queued;
    queued = undefined;
    work?.({ timeRemaining: () => ms });
    return work !== undefined;
  };
  return idle;
}

const ROW_PX = 100;

/** A list of fixed-height rows with a focusable button each, windowed as the picker's is. */
class WindowProbe extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .list {
      display: flex;
      flex-direction: column;
    }
    .row {
      block-size: ${ROW_PX}px;
      margin: 0;
    }
  `;

  keys: string[] = [];
  nearEnd = 0;
  idle = manualIdle();
  readonly window = new ListWindow(this, {
    list: () => this.renderRoot?.querySelector<HTMLElement>('.list'),
    keys: () => this.keys,
    get renderWholeUpTo() {
      return probeWholeUpTo;
    },
    onNearEnd: () => this.nearEnd++,
    idle: (work) => this.idle(work),
  });

  override render() {
    return html`<div
      class="list"
      role="list"
      @focusin=${(event: FocusEvent) => this.window.focusIn(event)}
      @focusout=${(event: FocusEvent) => this.window.focusOut(event)}
    >
      ${repeat(
        this.window.rows(),
        (row) => row.key,
        (row) =>
          row.kind === 'gap'
            ? html`<div class="gap" aria-hidden="true" ${gapSize(row.size)}></div>`
            : html`<div
                class="row"
                role="listitem"
                aria-posinset=${row.index + 1}
                aria-setsize=${this.keys.length}
              >
                <button type="button">Row ${row.index + 1}</button>
              </div>`,
      )}
    </div>`;
  }
}
let probeWholeUpTo = 100;
customElements.define('lw-window-probe', WindowProbe);

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

async function probe(count: number, wholeUpTo: number): Promise<WindowProbe> {
  probeWholeUpTo = wholeUpTo;
  const el = await fixture<WindowProbe>(html`<lw-window-probe></lw-window-probe>`);
  el.keys = Array.from({ length: count }, (_, i) => `row-${i}`);
  el.requestUpdate();
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  return el;
}

const positions = (el: WindowProbe): number[] =>
  [...(el.shadowRoot as ShadowRoot).querySelectorAll('[role="listitem"]')].map((row) =>
    Number(row.getAttribute('aria-posinset')),
  );

describe('ListWindow in a page', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('renders the rows in view and a little around them, with gaps for the rest', async () => {
    const el = await probe(1000, 100);
    const top = (el.shadowRoot as ShadowRoot).querySelector('.list')!.getBoundingClientRect().top;
    const lastInView = Math.ceil((innerHeight - top + OVERSCAN_PX) / ROW_PX);
    expect(positions(el)).to.deep.equal(Array.from({ length: lastInView }, (_, i) => i + 1));
    // The gaps make the list as tall as all its rows, so the scroll bar is true.
    expect((el.shadowRoot as ShadowRoot).querySelector('.list')!.scrollHeight).to.equal(
      1000 * ROW_PX,
    );
    expect(el.window.estimate).to.equal(ROW_PX);
    expect(el.window.filling).to.equal(false);

    window.scrollTo(0, top + 500 * ROW_PX);
    await waitUntil(() => positions(el).includes(501), 'row 501 was not rendered on scrolling');
    const shown = positions(el);
    expect(shown[0]).to.be.greaterThan(490);
    expect(shown).to.deep.equal([...shown].sort((a, b) => a - b));
    expect(shown.length).to.be.lessThan(20);
  });

  it('asks for more when a long list is scrolled near its end', async () => {
    const el = await probe(200, 100);
    expect(el.nearEnd).to.equal(0);
    window.scrollTo(0, document.documentElement.scrollHeight);
    await waitUntil(() => el.nearEnd > 0, 'onNearEnd was not called');
    expect(positions(el)).to.include(200);
  });

  it('keeps the focused row and its neighbours rendered wherever the page scrolls', async () => {
    const el = await probe(1000, 100);
    const root = el.shadowRoot as ShadowRoot;
    const top = root.querySelector('.list')!.getBoundingClientRect().top;
    window.scrollTo(0, top + 300 * ROW_PX);
    await waitUntil(() => positions(el).includes(301), 'row 301 was not rendered');
    const button = [...root.querySelectorAll('button')].find(
      (node) => node.textContent === 'Row 301',
    )!;
    button.focus();
    await el.updateComplete;
    window.scrollTo(0, 0);
    await waitUntil(() => positions(el).includes(1), 'the top rows came back');
    await el.updateComplete;
    expect(positions(el)).to.include.members([1, 300, 301, 302]);
    expect(root.activeElement).to.equal(button);
    expect(positions(el)).to.deep.equal([...positions(el)].sort((a, b) => a - b));

    // Tab and Shift+Tab go to the next and previous rows, in reading order.
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.textContent).to.equal('Row 302');
    await el.updateComplete;
    expect(positions(el)).to.include(303);
    await shiftTab();
    await shiftTab();
    expect(root.activeElement?.textContent).to.equal('Row 300');
    await el.updateComplete;
    expect(positions(el)).to.include(299);

    // Once focus leaves the list, the rows far from view are let go.
    (root.activeElement as HTMLElement).blur();
    await new Promise((resolve) => setTimeout(resolve, 10));
    // (Focusing scrolled row 300 back into view.)
    window.scrollTo(0, 0);
    await waitUntil(() => !positions(el).includes(300), 'row 300 stayed rendered');
    expect(positions(el)[0]).to.equal(1);
  });

  it('fills in a short list after its first paint, a step per idle moment', async () => {
    const el = await probe(60, 100);
    const first = positions(el);
    expect(first.length).to.be.lessThan(60);
    expect(el.window.filling).to.equal(true);
    let steps = 0;
    for (let i = 0; i < 100 && el.window.filling; i++) {
      if (el.idle.run(8)) steps++;
      await el.updateComplete;
      await frame();
    }
    expect(steps).to.be.greaterThan(1);
    expect(positions(el)).to.deep.equal(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(el.window.filling).to.equal(false);

    // A new list starts again from what is in view.
    el.keys = Array.from({ length: 60 }, (_, i) => `other-${i}`);
    el.requestUpdate();
    await el.updateComplete;
    expect(positions(el).length).to.be.lessThan(60);
    expect(el.window.filling).to.equal(true);
  });

  it('guesses heights it has not measured from those it has', async () => {
    const empty = await probe(0, 100);
    expect(empty.window.estimate).to.equal(FIRST_ESTIMATE_PX);
    // Rows from the first render, before the resize observer's first notice.
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('lw-window-probe') as WindowProbe;
    el.keys = ['a', 'b', 'c'];
    host.append(el);
    await el.updateComplete;
    await el.updateComplete;
    expect(el.window.estimate).to.equal(ROW_PX);
    // That notice (the width the list starts at) keeps what was measured.
    await frame();
    await frame();
    await el.updateComplete;
    expect(el.window.estimate).to.equal(ROW_PX);
  });
});
