/**
 * The outbox: referrals on their way to the backend. Every submission is
 * written here before it is sent (so closing the tab mid-retry loses nothing)
 * and removed once the backend has it. What cannot be sent now stays
 * `pending` and goes with the next flush: when the browser comes back online,
 * when the page loads again, or when the host asks. What the backend refused
 * stays `failed` with its reason until the user removes it.
 */
import type { Backend } from '../backend/backend.js';
import type { Receipt, Referral } from '../model/referral.js';
import { newIdempotencyKey } from './idempotency.js';
import { openOutboxStore } from './outbox-store-choice.js';
import type { OutboxStoreChoice } from './outbox-store-choice.js';
import type { FailureReason, OutboxEntry, OutboxStore, PendingReason } from './outbox-store.js';
import { backoffDelay, resolveRetryPolicy, sendWithRetry } from './retry.js';
import type { RetryOutcome, RetryPolicy } from './retry.js';
import { abortReason, sleep as platformSleep } from './timing.js';
import type { Sleep } from './timing.js';

/** Counts the host can show ("2 referrals waiting to be sent"). */
export interface OutboxStatus {
  /** Waiting for a flush (in this tab's view: not being sent by this outbox now). */
  readonly pending: number;
  /** Being sent by this outbox now. */
  readonly sending: number;
  /** Refused by the backend; kept until the user removes them. */
  readonly failed: number;
  /** Delivered by this outbox since it was created (delivered entries are removed). */
  readonly delivered: number;
}

/** What just happened to one entry. */
export type OutboxChange =
  | { readonly type: 'pending'; readonly key: string; readonly reason: PendingReason }
  | { readonly type: 'delivered'; readonly key: string; readonly receipt: Receipt }
  | { readonly type: 'failed'; readonly key: string; readonly failure: FailureReason }
  | { readonly type: 'removed'; readonly key: string };

/** Told the status once on subscribing (without a change), then after every change. */
export type OutboxListener = (status: OutboxStatus, change?: OutboxChange) => void;

/** The result of sending one referral through the outbox. */
export type DeliveryResult =
  | { readonly status: 'delivered'; readonly receipt: Receipt }
  /** Kept for a later flush; `in-progress` when another tab or call is sending it now. */
  | { readonly status: 'pending'; readonly reason: PendingReason | 'in-progress' }
  | { readonly status: 'failed'; readonly failure: FailureReason };

/** What one flush did. */
export interface FlushSummary {
  readonly delivered: number;
  readonly failed: number;
  /** Pending entries left in the store afterwards. */
  readonly pending: number;
}

/** Anything with `online` events: `globalThis` in a browser, an `EventTarget` in tests. */
export interface ConnectivityTarget {
  addEventListener(type: 'online' | 'offline', listener: () => void): void;
  removeEventListener(type: 'online' | 'offline', listener: () => void): void;
}

/** Options for `Outbox`. */
export interface OutboxOptions {
  readonly backend: Pick<Backend, 'submitReferral'>;
  /** A store, a promise of one, or a choice (default `auto`: IndexedDB in browsers, else memory). */
  readonly store?: OutboxStore | Promise<OutboxStore> | OutboxStoreChoice;
  readonly policy?: Partial<RetryPolicy>;
  readonly random?: () => number;
  readonly sleep?: Sleep;
  readonly deadline?: Sleep;
  readonly now?: () => Date;
  /** This outbox's lease owner id (default: a random UUID). */
  readonly owner?: string;
  /** Where failures of background flushes go (default `globalThis.reportError`, else `console.error`). */
  readonly reportError?: (error: unknown) => void;
}

const LEASE_MARGIN_MS = 10_000;

/**
 * Why an entry may be pending that only time mends: the network, a timeout,
 * the backend busy or down. (`offline` waits for the `online` event and
 * `unauthorised` for the host to sign in again: retrying sooner would fail.)
 */
const MENDED_BY_TIME: ReadonlySet<string | undefined> = new Set([
  'network',
  'timeout',
  'unavailable',
]);

function defaultReportError(error: unknown): void {
  const report = (globalThis as { reportError?: (error: unknown) => void }).reportError;
  if (typeof report === 'function') report(error);
  else console.error(error);
}

function withoutFields<K extends keyof OutboxEntry>(
  entry: OutboxEntry,
  ...fields: K[]
): Omit<OutboxEntry, K> {
  return Object.fromEntries(
    Object.entries(entry).filter(([name]) => !(fields as string[]).includes(name)),
  ) as Omit<OutboxEntry, K>;
}

/**
 * Keeps referrals until the backend has them. One per page is enough; several
 * (tabs, or instances over one store) cooperate through leases.
 *
 * Double sending is prevented twice over: within an instance by an in-flight
 * set of keys, and across tabs by a lease (owner and expiry time) written on
 * the entry in the same IndexedDB transaction that checks it. A lease rather
 * than a held transaction, because IndexedDB commits a transaction as soon as
 * it waits on anything else (it cannot span a network request), and rather
 * than `navigator.locks`, because core does not touch `navigator` and a lease
 * expires by itself when a tab dies mid-send. Should two senders still race
 * (a lease outlived by a stalled tab), the idempotency key makes the backend
 * store the referral once.
 */
export class Outbox {
  readonly #backend: Pick<Backend, 'submitReferral'>;
  readonly #store: Promise<OutboxStore>;
  readonly #policy: RetryPolicy;
  readonly #random: (() => number) | undefined;
  readonly #sleep: Sleep | undefined;
  readonly #deadline: Sleep | undefined;
  readonly #now: () => Date;
  readonly #owner: string;
  readonly #leaseMs: number;
  readonly #reportError: (error: unknown) => void;
  readonly #inFlight = new Set<string>();
  readonly #listeners = new Set<OutboxListener>();
  readonly #detachers = new Set<() => void>();
  #delivered = 0;
  #notifications: Promise<void> = Promise.resolve();
  #flushing: Promise<FlushSummary> | undefined;
  #flushAgain = false;
  /** Hosts that asked for background retries (`retryInBackground`); retries run while any do. */
  #retrying = 0;
  /** The background retry now waiting or flushing, if any. */
  #retryRun: AbortController | undefined;
  /** Background flushes in a row that delivered nothing: the next waits longer. */
  #idleRetries = 0;
  /** Set when something became pending while a background run was looking: it looks again. */
  #retryAgain = false;

  constructor(options: OutboxOptions) {
    this.#backend = options.backend;
    const store = options.store ?? 'auto';
    this.#store = typeof store === 'string' ? openOutboxStore(store) : Promise.resolve(store);
    // A store that fails to open is reported by the first operation that needs it.
    this.#store.catch(() => undefined);
    this.#policy = resolveRetryPolicy(options.policy);
    this.#random = options.random;
    this.#sleep = options.sleep;
    this.#deadline = options.deadline;
    this.#now = options.now ?? (() => new Date());
    this.#owner = options.owner ?? newIdempotencyKey();
    this.#reportError = options.reportError ?? defaultReportError;
    const longestWait = Math.max(this.#policy.maxMs, this.#policy.maxRetryAfterMs);
    this.#leaseMs = this.#policy.attemptTimeoutMs + longestWait + LEASE_MARGIN_MS;
  }

  /** The store in use, once chosen (`kind` tells which). */
  store(): Promise<OutboxStore> {
    return this.#store;
  }

  /** Every entry, oldest first. */
  async entries(): Promise<OutboxEntry[]> {
    return (await this.#store).list();
  }

  /** Counts for display. */
  async status(): Promise<OutboxStatus> {
    const entries = await this.entries();
    let pending = 0;
    let failed = 0;
    let sending = 0;
    for (const entry of entries) {
      if (entry.state === 'failed') failed++;
      else if (this.#inFlight.has(entry.key)) sending++;
      else pending++;
    }
    return { pending, sending, failed, delivered: this.#delivered };
  }

  /**
   * Calls `listener` with the current status, then after every change this
   * outbox makes. Returns the function that unsubscribes.
   */
  subscribe(listener: OutboxListener): () => void {
    this.#listeners.add(listener);
    this.#notify(undefined, listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /**
   * Keeps a referral for a later flush without trying to send it (offline).
   * Replaces the body of a pending or failed entry with the same key, unless
   * it is being sent right now.
   */
  async enqueue(
    key: string,
    referral: Referral,
    reason: PendingReason = 'offline',
  ): Promise<DeliveryResult> {
    if (this.#inFlight.has(key)) return { status: 'pending', reason: 'in-progress' };
    const store = await this.#store;
    const at = this.#now();
    let written = false;
    await store.update(key, (current) => {
      if (current && this.#leasedByOther(current, at.getTime())) return undefined;
      written = true;
      return this.#fresh(key, referral, current, at, { lastError: reason });
    });
    if (!written) return { status: 'pending', reason: 'in-progress' };
    this.#notify({ type: 'pending', key, reason });
    return { status: 'pending', reason };
  }

  /**
   * Writes the referral to the outbox, then sends it with retries. Resolves
   * with what happened; rejects when `signal` aborts or the store fails.
   * Aborted before the write, nothing is kept; after it, the referral stays
   * pending (unleased) for the next flush.
   */
  async send(
    key: string,
    referral: Referral,
    options: { readonly signal?: AbortSignal } = {},
  ): Promise<DeliveryResult> {
    if (options.signal?.aborted) throw abortReason(options.signal);
    return this.#claimAndDeliver(key, referral, options.signal);
  }

  /**
   * Sends every pending entry that is due, oldest first, one at a time. A
   * flush while another runs joins it (and makes it look again at the end).
   * Stops early when the backend is still unreachable or refuses credentials.
   */
  flush(options: { readonly signal?: AbortSignal } = {}): Promise<FlushSummary> {
    if (this.#flushing) {
      this.#flushAgain = true;
      return this.#flushing;
    }
    const run = async (): Promise<FlushSummary> => {
      let delivered = 0;
      let failed = 0;
      try {
        for (;;) {
          this.#flushAgain = false;
          const pass = await this.#flushPass(options.signal);
          delivered += pass.delivered;
          failed += pass.failed;
          const { pending, sending } = await this.status();
          // Cleared in the same turn as the last check, so no request to flush is lost.
          if (!this.#flushAgain) {
            this.#flushing = undefined;
            return { delivered, failed, pending: pending + sending };
          }
        }
      } catch (error) {
        this.#flushing = undefined;
        throw error;
      }
    };
    this.#flushing = run();
    return this.#flushing;
  }

  /**
   * Removes an entry the user no longer wants sent (typically a failed one).
   * Refuses, returning `false`, while it is being sent here or in another tab.
   */
  async remove(key: string): Promise<boolean> {
    if (this.#inFlight.has(key)) return false;
    const store = await this.#store;
    const nowMs = this.#now().getTime();
    let removed = false;
    await store.update(key, (current) => {
      if (!current || this.#leasedByOther(current, nowMs)) return undefined;
      removed = true;
      return null;
    });
    if (removed) this.#notify({ type: 'removed', key });
    return removed;
  }

  /**
   * Flushes whenever `target` fires `online`. Core never touches `window`:
   * the host passes `globalThis` (or the façade does it for them).
   * Returns the function that detaches.
   */
  attachConnectivity(target: ConnectivityTarget): () => void {
    const onOnline = (): void => {
      this.flush().catch(this.#reportError);
    };
    target.addEventListener('online', onOnline);
    const detach = (): void => {
      target.removeEventListener('online', onOnline);
      this.#detachers.delete(detach);
    };
    this.#detachers.add(detach);
    return detach;
  }

  /**
   * Keeps sending, by itself, what is pending because the network failed, an
   * attempt timed out or the backend was unavailable: after each such outcome
   * it waits (full-jitter backoff from `baseMs`, doubling while flushes
   * deliver nothing, at most `maxMs`, and never before an entry's
   * `Retry-After`), then flushes. Without it those entries wait for an
   * `online` event, a page load or the host's `flush()`, which may never come
   * while the device stays online. Returns the function that stops it.
   */
  retryInBackground(): () => void {
    this.#retrying++;
    void this.#scheduleRetry();
    const stop = (): void => {
      if (!this.#detachers.delete(stop)) return;
      if (--this.#retrying) return;
      // Stopped: a later `retryInBackground` starts a fresh run rather than joining this one.
      this.#retryRun?.abort();
      this.#retryRun = undefined;
    };
    this.#detachers.add(stop);
    return stop;
  }

  /** Detaches every connectivity target, stops background retries, drops listeners and closes the store. */
  close(): void {
    for (const detach of [...this.#detachers]) detach();
    this.#listeners.clear();
    void this.#store.then((store) => store.close()).catch(() => undefined);
  }

  async #flushPass(
    signal: AbortSignal | undefined,
  ): Promise<{ delivered: number; failed: number }> {
    const store = await this.#store;
    let delivered = 0;
    let failed = 0;
    for (const entry of await store.list()) {
      if (signal?.aborted) throw abortReason(signal);
      if (entry.state !== 'pending' || this.#inFlight.has(entry.key)) continue;
      const nowMs = this.#now().getTime();
      if (!this.#due(entry, nowMs) || this.#leasedByOther(entry, nowMs)) continue;
      const result = await this.#claimAndDeliver(entry.key, undefined, signal);
      if (result.status === 'delivered') delivered++;
      else if (result.status === 'failed') failed++;
      else if (result.reason !== 'in-progress') break;
    }
    return { delivered, failed };
  }

  /** Claims the entry (creating it when `referral` is given), sends it and records the outcome. */
  async #claimAndDeliver(
    key: string,
    referral: Referral | undefined,
    signal: AbortSignal | undefined,
  ): Promise<DeliveryResult> {
    if (this.#inFlight.has(key)) return { status: 'pending', reason: 'in-progress' };
    this.#inFlight.add(key);
    try {
      const store = await this.#store;
      const claimed = await this.#claim(store, key, referral);
      if (!claimed) return { status: 'pending', reason: 'in-progress' };
      let outcome: RetryOutcome<Receipt>;
      try {
        outcome = await sendWithRetry(
          (attemptSignal) =>
            this.#backend.submitReferral(claimed.referral, {
              idempotencyKey: key,
              signal: attemptSignal,
            }),
          {
            policy: this.#policy,
            random: this.#random,
            sleep: this.#sleep,
            deadline: this.#deadline,
            signal,
            beforeAttempt: () => this.#renew(store, key),
          },
        );
      } catch (error) {
        await this.#release(store, key).catch(() => undefined);
        throw error;
      }
      return await this.#settle(store, key, outcome);
    } finally {
      this.#inFlight.delete(key);
    }
  }

  async #claim(
    store: OutboxStore,
    key: string,
    referral: Referral | undefined,
  ): Promise<OutboxEntry | undefined> {
    const at = this.#now();
    const nowMs = at.getTime();
    let claimed: OutboxEntry | undefined;
    await store.update(key, (current) => {
      if (current && this.#leasedByOther(current, nowMs)) return undefined;
      if (referral) {
        claimed = { ...this.#fresh(key, referral, current, at, {}), lease: this.#lease(nowMs) };
        return claimed;
      }
      if (!current || current.state !== 'pending' || !this.#due(current, nowMs)) return undefined;
      claimed = {
        ...withoutFields(current, 'notBefore'),
        updatedAt: at.toISOString(),
        lease: this.#lease(nowMs),
      };
      return claimed;
    });
    return claimed;
  }

  /** Before each attempt: count it and extend the lease, if the entry is still ours. */
  async #renew(store: OutboxStore, key: string): Promise<boolean> {
    const at = this.#now();
    let ours = false;
    await store.update(key, (current) => {
      if (!current || current.lease?.owner !== this.#owner) return undefined;
      ours = true;
      const stamp = at.toISOString();
      return {
        ...current,
        attempts: current.attempts + 1,
        lastAttemptAt: stamp,
        updatedAt: stamp,
        lease: this.#lease(at.getTime()),
      };
    });
    return ours;
  }

  async #release(store: OutboxStore, key: string): Promise<void> {
    await store.update(key, (current) =>
      current?.lease?.owner === this.#owner ? withoutFields(current, 'lease') : undefined,
    );
  }

  async #settle(
    store: OutboxStore,
    key: string,
    outcome: RetryOutcome<Receipt>,
  ): Promise<DeliveryResult> {
    const at = this.#now();
    const stamp = at.toISOString();
    if (outcome.ok) {
      await store.update(key, () => null);
      this.#delivered++;
      this.#notify({ type: 'delivered', key, receipt: outcome.value });
      return { status: 'delivered', receipt: outcome.value };
    }
    const { failure } = outcome;
    switch (failure.kind) {
      case 'superseded':
        return { status: 'pending', reason: 'in-progress' };
      case 'invalid':
      case 'conflict':
      case 'refused': {
        const reason: FailureReason =
          failure.kind === 'invalid'
            ? { reason: 'invalid', errors: failure.errors }
            : { reason: failure.kind };
        await store.update(key, (current) =>
          current
            ? {
                ...withoutFields(current, 'lease', 'lastError', 'notBefore'),
                state: 'failed',
                failure: reason,
                updatedAt: stamp,
              }
            : undefined,
        );
        this.#notify({ type: 'failed', key, failure: reason });
        return { status: 'failed', failure: reason };
      }
      case 'unauthorised':
      case 'exhausted': {
        const reason: PendingReason =
          failure.kind === 'unauthorised' ? 'unauthorised' : failure.last;
        const retryAfterMs = failure.kind === 'exhausted' ? failure.retryAfterMs : undefined;
        await store.update(key, (current) => {
          if (!current) return undefined;
          const next: OutboxEntry = {
            ...withoutFields(current, 'lease', 'notBefore'),
            lastError: reason,
            updatedAt: stamp,
          };
          return retryAfterMs === undefined
            ? next
            : { ...next, notBefore: new Date(at.getTime() + retryAfterMs).toISOString() };
        });
        this.#notify({ type: 'pending', key, reason });
        if (failure.kind === 'exhausted') void this.#scheduleRetry();
        return { status: 'pending', reason };
      }
    }
  }

  /**
   * Starts the next background retry unless one is already waiting or running
   * (or nobody asked for them): waits, flushes, and goes again while entries
   * are still pending for reasons that time mends.
   */
  async #scheduleRetry(): Promise<void> {
    if (this.#retrying === 0) return;
    // A run that is reading the store now may have read it before this entry was written.
    this.#retryAgain = true;
    if (this.#retryRun) return;
    const run = new AbortController();
    this.#retryRun = run;
    try {
      for (;;) {
        this.#retryAgain = false;
        const entries = (await this.entries()).filter(
          (entry) => entry.state === 'pending' && MENDED_BY_TIME.has(entry.lastError),
        );
        // (Stopped meanwhile, the wait below rejects at once.)
        if (entries.length === 0) {
          if (this.#retryAgain) continue;
          // `finally` clears the run in this same turn: whatever becomes pending next starts a new one.
          return;
        }
        const nowMs = this.#now().getTime();
        // Not before the soonest Retry-After; backoff doubling (up to `maxMs`) while flushes
        // deliver nothing.
        const wait = backoffDelay(
          this.#idleRetries,
          this.#policy,
          this.#random ?? Math.random,
          Math.min(
            ...entries.map((entry) => (entry.notBefore ? Date.parse(entry.notBefore) - nowMs : 0)),
          ),
        );
        await (this.#sleep ?? platformSleep)(wait, run.signal);
        this.#idleRetries = (await this.flush()).delivered ? 0 : this.#idleRetries + 1;
      }
    } catch (error) {
      if (!run.signal.aborted) this.#reportError(error);
    } finally {
      if (this.#retryRun === run) this.#retryRun = undefined;
    }
  }

  #fresh(
    key: string,
    referral: Referral,
    current: OutboxEntry | undefined,
    at: Date,
    extra: { readonly lastError?: PendingReason },
  ): OutboxEntry {
    const stamp = at.toISOString();
    const base = current
      ? withoutFields(current, 'failure', 'notBefore', 'lastError', 'lease')
      : { key, attempts: 0, createdAt: stamp };
    return { ...base, ...extra, referral, state: 'pending', updatedAt: stamp };
  }

  #lease(nowMs: number): { owner: string; until: string } {
    return { owner: this.#owner, until: new Date(nowMs + this.#leaseMs).toISOString() };
  }

  #leasedByOther(entry: OutboxEntry, nowMs: number): boolean {
    return (
      entry.lease !== undefined &&
      entry.lease.owner !== this.#owner &&
      Date.parse(entry.lease.until) > nowMs
    );
  }

  #due(entry: OutboxEntry, nowMs: number): boolean {
    return entry.notBefore === undefined || !(Date.parse(entry.notBefore) > nowMs);
  }

  /** Queues a notification so listeners see changes in order, each with a fresh status. */
  #notify(change: OutboxChange | undefined, only?: OutboxListener): void {
    this.#notifications = this.#notifications
      .then(async () => {
        const listeners = only ? [only] : [...this.#listeners];
        if (listeners.length === 0) return;
        const status = await this.status();
        for (const listener of listeners) {
          if (only === undefined && !this.#listeners.has(listener)) continue;
          try {
            listener(status, change);
          } catch (error) {
            this.#reportError(error);
          }
        }
      })
      .catch(this.#reportError);
  }
}
