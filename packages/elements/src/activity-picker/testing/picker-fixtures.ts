import { fixture, waitUntil } from '@open-wc/testing';
import {
  createMemoryBackend,
  fromOrukV3Service,
  type Activity,
  type Backend,
  type Taxonomy,
} from '@linkwork/core';
import { loadFixture } from '../../../../../test/fixtures.js';
import '../../define/lw-activity-picker.js';
import type { ActivityPicker } from '../activity-picker.js';

/*
 * The picker's ResizeObserver (narrow layout) can finish a frame with
 * notifications left for the next one; Chromium then reports "ResizeObserver loop completed with
 * undelivered notifications" to window.onerror. It is a browser notice, not a
 * failure (nothing is lost: the rest arrive next frame), so tests let it pass
 * and every other error still fails them.
 */
window.addEventListener(
  'error',
  (event) => {
    if (/ResizeObserver loop/.test(event.message)) {
      event.stopImmediatePropagation();
      event.preventDefault();
    }
  },
  { capture: true },
);

/** The pinned "now" of every picker test: the fixtures are written as of this day. */
export const NOW = new Date('2026-11-26T12:00:00Z');

/** The Riverside fixture directory as activities, and the needs taxonomy. */
export async function riverside(): Promise<{ activities: Activity[]; taxonomy: Taxonomy }> {
  const raws = await loadFixture<unknown[]>('riverside.oruk3.json');
  return {
    activities: raws.map(fromOrukV3Service),
    taxonomy: await loadFixture<Taxonomy>('taxonomy.json'),
  };
}

/** A memory backend over the Riverside fixtures, clock pinned. */
export async function riversideBackend(): Promise<
  Backend & { geocode: NonNullable<Backend['geocode']> }
> {
  const { activities, taxonomy } = await riverside();
  return createMemoryBackend({ activities, taxonomy, now: () => NOW });
}

/** A picker in the page, with its backend and clock, settled after its first search. */
export async function picker(
  backend: Backend | undefined,
  options: { lang?: string; attributes?: string; taxonomy?: Taxonomy; wrap?: boolean } = {},
): Promise<ActivityPicker> {
  const wrapper = document.createElement('div');
  wrapper.lang = options.lang ?? 'en';
  wrapper.innerHTML = `<lw-activity-picker ${options.attributes ?? ''}></lw-activity-picker>`;
  const el = required(wrapper.querySelector('lw-activity-picker'), 'the picker');
  el.now = () => NOW;
  if (options.taxonomy) el.taxonomy = options.taxonomy;
  el.backend = backend;
  await fixture(wrapper);
  await el.updateComplete;
  if (backend) await settled(el);
  return el;
}

const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Waits until the picker is not loading and its list has caught up with its
 * results: `aria-busy` stays true while a short list is still being filled in
 * after its first paint. Generous timeouts: CI machines are shared.
 */
export async function settled(el: ActivityPicker): Promise<void> {
  await el.updateComplete;
  const busy = (): boolean =>
    shadow(el).querySelector('.results')?.getAttribute('aria-busy') === 'true' ||
    /Searching|Wrthi/.test(shadow(el).querySelector('#results-status')?.textContent ?? '');
  await waitUntil(() => !busy(), 'the picker kept loading', { timeout: 5000 });
  await el.updateComplete;
  // The window measures its rows and renders any it found missing over the next frames.
  await frame();
  await frame();
  await waitUntil(() => {
    const list = shadow(el).querySelector<HTMLElement>('.results');
    return (
      !list || list.hidden || shadow(el).querySelectorAll('.results [role="listitem"]').length > 0
    );
  }, 'the list did not render');
  await el.updateComplete;
}

/** `value`, or a test failure naming what was missing. */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Missing: ${what}`);
  return value;
}

export const shadow = (el: Element): ShadowRoot => required(el.shadowRoot, 'a shadow root');

/** The names on the rendered cards, in order. */
export function cardNames(el: ActivityPicker): string[] {
  return [...shadow(el).querySelectorAll('.results .card-name')].map(
    (node) => node.textContent?.trim() ?? '',
  );
}

export function statusText(el: ActivityPicker): string {
  return shadow(el).querySelector('#results-status')?.textContent?.trim() ?? '';
}

export function announcement(el: ActivityPicker): string {
  return shadow(el).querySelector('#announcer')?.textContent?.trim() ?? '';
}

/** Types into the search box as a person would (an input event per change). */
export async function typeSearch(el: ActivityPicker, text: string): Promise<void> {
  const input = required(shadow(el).querySelector<HTMLInputElement>('#search'), '#search');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
