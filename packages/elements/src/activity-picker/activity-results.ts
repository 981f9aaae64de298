import type { Activity, ActivityQuery, Backend } from '@linkwork/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a search stands: nothing asked yet, waiting, answered, or failed. */
export type ResultsStatus = 'idle' | 'loading' | 'ready' | 'error' | 'offline';

function isOffline(): boolean {
  const navigatorLike = (globalThis as { navigator?: { onLine?: boolean } }).navigator;
  return navigatorLike?.onLine === false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The results of the current query, page by page. Each new query aborts the
 * one before it (through its `AbortSignal`) and an answer that arrives for a
 * query that is no longer current is dropped, even when a backend ignores
 * the signal: stale results never overwrite fresh ones. Records without a
 * string id, and repeated ids, are left out so one bad record cannot break
 * the list.
 */
export class ActivityResults implements ReactiveController {
  status: ResultsStatus = 'idle';
  items: Activity[] = [];
  /** The items' ids, in order: a new array for each search, the same one as pages are added. */
  ids: string[] = [];
  total = 0;
  distances: Record<string, number> = {};
  /** A later page failed: the items shown are not all that match. */
  partial = false;
  loadingMore = false;

  private controller: AbortController | undefined;
  private backend: Backend | undefined;
  private query: ActivityQuery = {};
  private pagesLoaded = 0;
  private seen = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly pageSize: () => number,
    private readonly onSettled: () => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  /** Whether more matches exist than are loaded. */
  get hasMore(): boolean {
    return this.status === 'ready' && this.items.length < this.total && !this.partial;
  }

  /** Starts a new search, abandoning any in flight. */
  search(backend: Backend | undefined, query: ActivityQuery): void {
    this.controller?.abort();
    this.backend = backend;
    this.query = query;
    if (!backend) {
      this.controller = undefined;
      this.reset('idle');
      this.host.requestUpdate();
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.status = 'loading';
    this.loadingMore = false;
    this.host.requestUpdate();
    void this.fetchPage(backend, 1, controller);
  }

  /** Asks for the next page of the current search, when there is one and none is loading. */
  loadMore(): void {
    const { backend, controller } = this;
    if (!backend || !controller || this.loadingMore || !this.hasMore) return;
    this.loadingMore = true;
    this.host.requestUpdate();
    void this.fetchPage(backend, this.pagesLoaded + 1, controller);
  }

  /** Runs the current search again (after an error, or on coming back online). */
  retry(): void {
    if (this.partial && this.backend && this.controller) {
      this.partial = false;
      this.loadMore();
      return;
    }
    this.search(this.backend, this.query);
  }

  private reset(status: ResultsStatus): void {
    this.status = status;
    this.items = [];
    this.ids = [];
    this.total = 0;
    this.distances = {};
    this.partial = false;
    this.loadingMore = false;
    this.pagesLoaded = 0;
    this.seen = new Set();
  }

  private async fetchPage(
    backend: Backend,
    page: number,
    controller: AbortController,
  ): Promise<void> {
    const size = this.pageSize();
    try {
      const answer = await backend.searchActivities(
        { ...this.query, page, size },
        { signal: controller.signal },
      );
      if (controller !== this.controller || controller.signal.aborted) return;
      if (page === 1) this.reset('ready');
      const before = this.items.length;
      this.accept(answer.items, answer.distances);
      this.total = Math.max(Number.isFinite(answer.total) ? answer.total : 0, this.items.length);
      // A short page is the last, and a page that brings nothing new ends the list,
      // whatever the total says (records left out would otherwise be counted).
      const served = Array.isArray(answer.items) ? answer.items.length : 0;
      const pageSize =
        Number.isFinite(answer.size) && answer.size > 0 ? Math.min(size, answer.size) : size;
      if (served < pageSize || this.items.length === before) this.total = this.items.length;
      this.pagesLoaded = page;
      this.status = 'ready';
    } catch (error) {
      if (controller !== this.controller || controller.signal.aborted) return;
      if (page > 1) this.partial = true;
      else {
        this.reset(isOffline() ? 'offline' : 'error');
        this.error = error;
      }
    }
    this.loadingMore = false;
    this.host.requestUpdate();
    this.onSettled();
  }

  /** The last failure, for hosts that log it (never shown: it may carry server detail). */
  error: unknown;

  private accept(items: unknown, distances: unknown): void {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      if (!isRecord(item) || typeof item.id !== 'string' || this.seen.has(item.id)) continue;
      this.seen.add(item.id);
      this.items.push(item as unknown as Activity);
      this.ids.push(item.id);
    }
    if (isRecord(distances))
      for (const [id, miles] of Object.entries(distances))
        if (typeof miles === 'number' && Number.isFinite(miles) && miles >= 0)
          this.distances[id] = miles;
  }
}
