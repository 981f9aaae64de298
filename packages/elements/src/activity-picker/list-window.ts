import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** One row of a windowed list: an item, or a gap standing in for the items that are not rendered. */
export type WindowRow =
  | { readonly kind: 'item'; readonly key: string; readonly index: number }
  | { readonly kind: 'gap'; readonly key: string; readonly size: number };

/** A half-open range of item indices, `[start, end)`. */
export interface IndexRange {
  readonly start: number;
  readonly end: number;
}

/** A vertical band of the list, in CSS pixels from the list's top edge. */
export interface Band {
  readonly top: number;
  readonly bottom: number;
}

/** Runs work when the browser is idle; returns a function that cancels it. */
export type IdleScheduler = (work: (deadline: { timeRemaining(): number }) => void) => () => void;

/** `requestIdleCallback` where the browser has it (Safari does not), otherwise a short timeout. */
export const browserIdle: IdleScheduler = (work) => {
  const scope = globalThis as typeof globalThis & {
    requestIdleCallback?: (
      run: (deadline: { timeRemaining(): number }) => void,
      options?: { timeout: number },
    ) => number;
    cancelIdleCallback?: (handle: number) => void;
  };
  if (scope.requestIdleCallback && scope.cancelIdleCallback) {
    // A busy page still gets there, a little at a time.
    const handle = scope.requestIdleCallback(work, { timeout: 250 });
    return () => scope.cancelIdleCallback?.(handle);
  }
  const started = Date.now();
  const handle = setTimeout(
    () => work({ timeRemaining: () => Math.max(0, 12 - (Date.now() - started)) }),
    16,
  );
  return () => clearTimeout(handle);
};

/** Row heights the list has not measured yet are taken to be this, until it has measured some. */
export const FIRST_ESTIMATE_PX = 400;
/** How far beyond the visible band rows are rendered, so a little scrolling shows no blank space. */
export const OVERSCAN_PX = 200;
/** The fewest and most rows added per idle moment while a short list is filled in after its first paint. */
export const FILL_STEP = { min: 2, max: 50 };
/** The least time a fill step may take, in milliseconds, even when the page is never idle. */
export const FILL_BUDGET_MS = 8;
/** A windowed list asks for more when its window comes within this many rows of the end. */
export const NEAR_END_ROWS = 5;
/** Update passes in a row the list may ask for while it settles on its measured heights. */
const MAX_PASSES = 4;

/**
 * The start offset of every item and the total height, from each item's
 * height (measured, or the estimate): `offsets[i]` is where item `i` starts
 * and `offsets[count]` where the list ends.
 */
export function offsetsOf(count: number, heightAt: (index: number) => number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = (offsets[i] ?? 0) + heightAt(i);
  return offsets;
}

/** The first index whose item ends below `y` (`count` when none does). */
function firstEndingBelow(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((offsets[mid + 1] ?? 0) > y) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The items that overlap `band` (grown by `overscan` each way); at least one when there are any. */
export function rangeInBand(offsets: Float64Array, band: Band, overscan: number): IndexRange {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const start = Math.min(firstEndingBelow(offsets, band.top - overscan), count - 1);
  let end = start + 1;
  while (end < count && (offsets[end] ?? 0) < band.bottom + overscan) end++;
  return { start, end };
}

/** Ranges merged where they overlap or touch, in order; empty ones dropped. */
export function mergeRanges(ranges: readonly IndexRange[]): IndexRange[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const merged: IndexRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}

/**
 * The rows to render for `segments` of a list: each segment's items in order,
 * with a gap before, between and after them as tall as the items they stand
 * for. There is always a gap last (zero high when nothing follows), so every
 * item has a next sibling to measure it against.
 */
export function rowsFor(
  segments: readonly IndexRange[],
  offsets: Float64Array,
  keyAt: (index: number) => string,
): WindowRow[] {
  const count = offsets.length - 1;
  const rows: WindowRow[] = [];
  let at = 0;
  segments.forEach((segment, n) => {
    if (segment.start > at)
      rows.push({
        kind: 'gap',
        key: `gap:${n}`,
        size: (offsets[segment.start] ?? 0) - (offsets[at] ?? 0),
      });
    for (let index = segment.start; index < segment.end; index++)
      rows.push({ kind: 'item', key: keyAt(index), index });
    at = segment.end;
  });
  rows.push({ kind: 'gap', key: 'gap:end', size: (offsets[count] ?? 0) - (offsets[at] ?? 0) });
  return rows;
}

/** Sets a gap's height through the CSSOM: no `style` attribute, so strict CSP pages allow it. */
class GapSize extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('gapSize() goes on an element');
  }

  render(_size: number): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [size]: [number]): typeof nothing {
    (part.element as HTMLElement).style.blockSize = `${Math.max(0, Math.round(size))}px`;
    return nothing;
  }
}

/** `<div ${gapSize(px)}>`: the height of a gap row. */
export const gapSize = directive(GapSize);

/** What the window needs from the element that renders the list. */
export interface ListWindowOptions {
  /** The list element; its element children are the rows of the last render, in order. */
  list(): HTMLElement | null | undefined;
  /** The loaded items' keys. A new array is a new list (a new search); a longer one, more pages. */
  keys(): readonly string[];
  /** Lists up to this long are rendered whole: the visible rows first, the rest when idle. */
  readonly renderWholeUpTo: number;
  /** The window of a longer list came near its end: load more if there is more. */
  onNearEnd(): void;
  /** When idle work may run (tests pass their own). */
  readonly idle?: IdleScheduler;
}

function isScroller(element: Element): boolean {
  const { overflowY } = getComputedStyle(element);
  return overflowY === 'auto' || overflowY === 'scroll' || overflowY === 'hidden';
}

/** The element's parent, crossing out of shadow roots to their hosts. */
function parentAcross(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * Which rows of a long result list are in the DOM. Only the rows in view
 * (and a little around them) are rendered, with gaps of the right height for
 * the rest, so typing re-renders a handful of cards, not hundreds. Heights are
 * measured after each render and remembered per key; rows not yet seen use
 * the average. The row with keyboard focus and its neighbours stay rendered
 * wherever the page scrolls, so focus is never lost and Tab and Shift+Tab
 * reach the next and previous rows in reading order. Short lists are then
 * filled in when the browser is idle, so a screen reader's browse mode and
 * find-in-page reach every row; `filling` says when that is under way.
 */
export class ListWindow implements ReactiveController {
  private readonly heights = new Map<string, number>();
  private measuredTotal = 0;
  /** The part of the list in view; until it is first read, a window's height from the list's top. */
  private band: Band = { top: 0, bottom: globalThis.innerHeight || 800 };
  private filled = 0;
  private keysSeen: readonly string[] = [];
  private focusKey: string | undefined;
  private offsets: Float64Array = new Float64Array(1);
  private offsetsFor: { keys: readonly string[]; count: number; version: number } | undefined;
  private heightsVersion = 0;
  private rendered: readonly WindowRow[] = [];
  private passes = 0;
  /** Milliseconds a row took to render and lay out while filling in (a first guess until measured). */
  private msPerRow = 2;
  private fillStarted: { at: number; rows: number } | undefined;
  private measuredRows = '';
  private stale = false;
  private cancelIdle: (() => void) | undefined;
  private scrollers: (Element | Window)[] = [];
  private width = 0;
  private readonly resizeObserver =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver((entries) => {
          const width = Math.round(entries[0]?.contentRect.width ?? 0);
          const before = this.width;
          this.width = width;
          // The first notice only says how wide the list starts; later ones that rows wrap anew.
          if (before === 0 || width === before) return;
          this.heights.clear();
          this.measuredTotal = 0;
          this.heightsVersion++;
          this.stale = true;
          // Next frame: rendering inside the observer's callback would make it observe again.
          requestAnimationFrame(() => this.host.requestUpdate());
        });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ListWindowOptions,
  ) {
    host.addController(this);
  }

  private readonly onScroll = (): void => {
    this.passes = 0;
    if (this.readBand()) this.host.requestUpdate();
    this.checkNearEnd();
  };

  hostConnected(): void {
    this.scrollers = [window];
    for (let node = parentAcross(this.host); node; node = parentAcross(node))
      if (node !== document.documentElement && node !== document.body && isScroller(node))
        this.scrollers.push(node);
    for (const scroller of this.scrollers)
      scroller.addEventListener('scroll', this.onScroll, { passive: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
    this.resizeObserver?.observe(this.host);
  }

  hostDisconnected(): void {
    for (const scroller of this.scrollers) scroller.removeEventListener('scroll', this.onScroll);
    window.removeEventListener('resize', this.onScroll);
    this.resizeObserver?.disconnect();
    this.cancelIdle?.();
    this.cancelIdle = undefined;
  }

  /** The average measured row height, or a first guess before any row was measured. */
  get estimate(): number {
    return this.heights.size ? this.measuredTotal / this.heights.size : FIRST_ESTIMATE_PX;
  }

  /** A short list is still being filled in after its first paint. */
  get filling(): boolean {
    const count = this.options.keys().length;
    return count <= this.options.renderWholeUpTo && this.filled < count;
  }

  /** The rows to render now, in order. */
  rows(): readonly WindowRow[] {
    const keys = this.options.keys();
    if (keys !== this.keysSeen) {
      // A new search (more pages of the same one keep the same array): start from what is in view.
      this.filled = 0;
      this.keysSeen = keys;
      this.passes = 0;
    }
    const count = keys.length;
    const offsets = this.offsetsOf(keys);
    const ranges: IndexRange[] = [rangeInBand(offsets, this.band, OVERSCAN_PX)];
    if (count <= this.options.renderWholeUpTo) ranges.push({ start: 0, end: this.filled });
    const focused = this.focusKey === undefined ? -1 : keys.indexOf(this.focusKey);
    if (focused >= 0)
      ranges.push({ start: Math.max(0, focused - 1), end: Math.min(count, focused + 2) });
    else this.focusKey = undefined;
    this.rendered = count ? rowsFor(mergeRanges(ranges), offsets, (i) => keys[i] ?? '') : [];
    return this.rendered;
  }

  /** Call from the list's `focusin`: the focused row and its neighbours stay rendered. */
  focusIn(event: FocusEvent): void {
    const row = (event.target as Element | null)?.closest?.('[role="listitem"]');
    const index = Number(row?.getAttribute('aria-posinset')) - 1;
    const key = this.options.keys()[index];
    if (key === undefined || key === this.focusKey) return;
    this.focusKey = key;
    this.host.requestUpdate();
  }

  /** Call from the list's `focusout`: once focus has left the list, no row is kept for it. */
  focusOut(event: FocusEvent): void {
    const list = this.options.list();
    const next = event.relatedTarget as Node | null;
    if (next && list?.contains(next)) return;
    // With no next target the page may only have lost focus: check once focus has settled.
    queueMicrotask(() => {
      const active = (list?.getRootNode() as ShadowRoot | Document | undefined)?.activeElement;
      if (active && list?.contains(active)) return;
      this.focusKey = undefined;
    });
  }

  /** Row heights may have changed without the rows changing (details opened, another language). */
  invalidate(): void {
    this.stale = true;
  }

  hostUpdated(): void {
    const list = this.options.list();
    if (!list || list.hidden || this.rendered.length === 0) return;
    // Measuring costs a layout: only when other rows were rendered or their heights may have changed.
    const signature = this.rendered.map((row) => row.key).join('\n');
    if (signature !== this.measuredRows || this.stale) {
      this.measuredRows = signature;
      this.stale = false;
      const changed = this.measure(list);
      const needsRows = this.readBand();
      this.checkNearEnd();
      if ((changed || needsRows) && this.passes < MAX_PASSES) {
        this.passes++;
        this.host.requestUpdate();
        return;
      }
    }
    this.scheduleFill();
  }

  private offsetsOf(keys: readonly string[]): Float64Array {
    const cached = this.offsetsFor;
    if (
      cached?.keys === keys &&
      cached.count === keys.length &&
      cached.version === this.heightsVersion
    )
      return this.offsets;
    const estimate = this.estimate;
    this.offsets = offsetsOf(keys.length, (i) => this.heights.get(keys[i] ?? '') ?? estimate);
    this.offsetsFor = { keys, count: keys.length, version: this.heightsVersion };
    return this.offsets;
  }

  /** Reads each rendered row's height (one layout); true when any differs from what was assumed. */
  private measure(list: HTMLElement): boolean {
    const elements = list.children;
    if (elements.length !== this.rendered.length) return false;
    const tops: number[] = [];
    for (let i = 0; i < elements.length; i++) tops.push((elements[i] as HTMLElement).offsetTop);
    let changed = false;
    this.rendered.forEach((row, i) => {
      if (row.kind !== 'item') return;
      const height = (tops[i + 1] ?? 0) - (tops[i] ?? 0);
      if (!(height > 0)) return;
      const before = this.heights.get(row.key);
      if (before !== undefined && Math.abs(before - height) < 1) return;
      this.measuredTotal += height - (before ?? 0);
      this.heights.set(row.key, height);
      changed = true;
    });
    if (changed) this.heightsVersion++;
    return changed;
  }

  /** Reads the band of the list in view; true when it needs rows that are not rendered. */
  private readBand(): boolean {
    const list = this.options.list();
    if (!list || list.hidden) return false;
    const rect = list.getBoundingClientRect();
    let top = 0;
    let bottom = window.innerHeight;
    for (const scroller of this.scrollers) {
      if (scroller === window) continue;
      const clip = (scroller as Element).getBoundingClientRect();
      top = Math.max(top, clip.top);
      bottom = Math.min(bottom, clip.bottom);
    }
    // A list out of view keeps the rows nearest the view.
    const from = Math.min(Math.max(0, top - rect.top), rect.height);
    this.band = { top: from, bottom: Math.max(from + 1, Math.min(rect.height, bottom - rect.top)) };
    const needed = rangeInBand(this.offsetsOf(this.options.keys()), this.band, OVERSCAN_PX);
    const shown = new Set<number>();
    for (const row of this.rendered) if (row.kind === 'item') shown.add(row.index);
    for (let index = needed.start; index < needed.end; index++) if (!shown.has(index)) return true;
    return false;
  }

  private checkNearEnd(): void {
    const keys = this.options.keys();
    if (keys.length <= this.options.renderWholeUpTo) return;
    const { end } = rangeInBand(this.offsetsOf(keys), this.band, OVERSCAN_PX);
    if (end >= keys.length - NEAR_END_ROWS) this.options.onNearEnd();
  }

  private scheduleFill(): void {
    if (this.fillStarted !== undefined) {
      // How long the last step took per row, to size the next one to the idle time there is.
      const perRow = (performance.now() - this.fillStarted.at) / Math.max(1, this.fillStarted.rows);
      this.msPerRow = (this.msPerRow + perRow) / 2;
      this.fillStarted = undefined;
    }
    if (!this.filling || this.cancelIdle) return;
    const idle = this.options.idle ?? browserIdle;
    this.cancelIdle = idle((deadline) => {
      this.cancelIdle = undefined;
      if (!this.filling) return;
      const count = this.options.keys().length;
      const shown = new Set<number>();
      for (const row of this.rendered) if (row.kind === 'item') shown.add(row.index);
      // Fill from the top; rows already rendered further down are skipped over once reached.
      let next = this.filled;
      while (next < count && shown.has(next)) next++;
      // A busy page (called on the timeout, no idle time left) still gets a few milliseconds' worth.
      const budget = Math.max(deadline.timeRemaining(), FILL_BUDGET_MS);
      const step = Math.min(
        FILL_STEP.max,
        Math.max(FILL_STEP.min, Math.floor(budget / this.msPerRow)),
      );
      this.filled = Math.min(count, next + step);
      this.fillStarted = { at: performance.now(), rows: this.filled - next };
      this.host.requestUpdate();
    });
  }
}
