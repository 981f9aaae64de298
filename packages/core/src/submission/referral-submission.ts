/**
 * The façade components use to submit a referral: a key when the user starts,
 * an optional draft while they type, and a submit that retries, falls back to
 * the outbox, and says plainly what happened.
 */
import type { Backend } from '../backend/backend.js';
import type { FieldError } from '../backend/errors.js';
import type { Receipt, Referral } from '../model/referral.js';
import type { Draft, DraftStore } from './drafts.js';
import { newIdempotencyKey } from './idempotency.js';
import type { KeyFactory } from './idempotency.js';
import { Outbox } from './outbox.js';
import type { ConnectivityTarget, DeliveryResult, OutboxOptions } from './outbox.js';
import type { PendingReason } from './outbox-store.js';

/**
 * What `submit` tells the component.
 *
 * - `delivered`: the backend stored it; show `receipt.reference`.
 * - `queued`: kept in the outbox and sent automatically later (`reason` says
 *   why not now: `offline`, `network`, `timeout`, `unavailable`, or
 *   `in-progress` when another tab or call is sending it now).
 * - `invalid`: the backend rejected fields; show `errors`. Nothing was stored,
 *   the outbox keeps it as failed, and submitting again (fixed) reuses the key.
 * - `unauthorised`: credentials refused; kept pending in the outbox and sent
 *   by the next flush once the host has signed in again.
 * - `rejected`: the backend refused it for good (`conflict`: the key was used
 *   with another body; `refused`: another final refusal). Kept as failed in
 *   the outbox until the user removes it.
 *
 * The draft is cleared for every result except `invalid` and `unauthorised`,
 * where the user can still act on the form and submit again with the same key.
 */
export type SubmitResult =
  | { readonly status: 'delivered'; readonly key: string; readonly receipt: Receipt }
  | {
      readonly status: 'queued';
      readonly key: string;
      readonly reason: Exclude<PendingReason, 'unauthorised'> | 'in-progress';
    }
  | { readonly status: 'invalid'; readonly key: string; readonly errors: readonly FieldError[] }
  | { readonly status: 'unauthorised'; readonly key: string }
  | { readonly status: 'rejected'; readonly key: string; readonly reason: 'conflict' | 'refused' };

/** Options for `ReferralSubmission`. */
export interface ReferralSubmissionOptions<T> {
  readonly backend: Pick<Backend, 'submitReferral'>;
  /**
   * The outbox to use, or options for a new one (store choice, retry policy,
   * injected `random`/`sleep`/`deadline`/`now`).
   */
  readonly outbox?: Outbox | Omit<OutboxOptions, 'backend'>;
  /** Drafts of the form state; none unless the host opts in. */
  readonly drafts?: DraftStore<T>;
  /** Makes idempotency keys (default `crypto.randomUUID`). */
  readonly newKey?: KeyFactory;
  /**
   * Whether the device is online now (hosts may pass `() => navigator.onLine`).
   * Without it, `connect` follows `online`/`offline` events, starting online.
   */
  readonly isOnline?: () => boolean;
}

function defaultConnectivityTarget(): ConnectivityTarget | undefined {
  const scope = globalThis as Partial<ConnectivityTarget>;
  return typeof scope.addEventListener === 'function' &&
    typeof scope.removeEventListener === 'function'
    ? (scope as ConnectivityTarget)
    : undefined;
}

function toSubmitResult(key: string, result: DeliveryResult): SubmitResult {
  switch (result.status) {
    case 'delivered':
      return { status: 'delivered', key, receipt: result.receipt };
    case 'pending':
      return result.reason === 'unauthorised'
        ? { status: 'unauthorised', key }
        : { status: 'queued', key, reason: result.reason };
    case 'failed':
      return result.failure.reason === 'invalid'
        ? { status: 'invalid', key, errors: result.failure.errors }
        : { status: 'rejected', key, reason: result.failure.reason };
  }
}

/**
 * Submits referrals reliably. One per page; `start()` once per referral the
 * user begins, `connect()` once when the component connects.
 */
export class ReferralSubmission<T = unknown> {
  /** The outbox behind every submission: status, subscription, flush, removal. */
  readonly outbox: Outbox;
  readonly #drafts: DraftStore<T> | undefined;
  readonly #newKey: KeyFactory;
  readonly #isOnline: (() => boolean) | undefined;
  #online = true;

  constructor(options: ReferralSubmissionOptions<T>) {
    this.outbox =
      options.outbox instanceof Outbox
        ? options.outbox
        : new Outbox({ ...options.outbox, backend: options.backend });
    this.#drafts = options.drafts;
    this.#newKey = options.newKey ?? newIdempotencyKey;
    this.#isOnline = options.isOnline;
  }

  /** Whether `submit` tries the network now, or goes straight to the outbox. */
  get online(): boolean {
    return this.#isOnline ? this.#isOnline() : this.#online;
  }

  /**
   * Begins (or resumes) a referral. Resumes the saved draft and its key when
   * there is one; otherwise makes a new key now, so every retry and every
   * later flush of this referral sends the same key.
   */
  start(): ReferralInProgress<T> {
    const draft = this.#drafts?.load();
    return new ReferralInProgress<T>(this, draft?.idempotencyKey ?? this.#newKey(), draft);
  }

  /**
   * Flushes the outbox now (the page has loaded) and whenever `target` goes
   * online, retries in the background what the network or the backend let
   * down (`Outbox.retryInBackground`), and follows `offline`/`online` to
   * decide whether to try the network. `target` defaults to `globalThis`
   * where it has events. Returns the function that disconnects.
   */
  connect(target: ConnectivityTarget | undefined = defaultConnectivityTarget()): () => void {
    const onOffline = (): void => {
      this.#online = false;
    };
    const onOnline = (): void => {
      this.#online = true;
    };
    let detachOutbox = (): void => undefined;
    const stopRetrying = this.outbox.retryInBackground();
    if (target) {
      target.addEventListener('offline', onOffline);
      target.addEventListener('online', onOnline);
      detachOutbox = this.outbox.attachConnectivity(target);
    }
    this.outbox.flush().catch((error: unknown) => {
      const report = (globalThis as { reportError?: (error: unknown) => void }).reportError;
      if (typeof report === 'function') report(error);
      else console.error(error);
    });
    return () => {
      target?.removeEventListener('offline', onOffline);
      target?.removeEventListener('online', onOnline);
      detachOutbox();
      stopRetrying();
    };
  }

  /** @internal Used by `ReferralInProgress`. */
  async submitWithKey(
    key: string,
    referral: Referral,
    signal: AbortSignal | undefined,
  ): Promise<SubmitResult> {
    const result = this.online
      ? await this.outbox.send(key, referral, { signal })
      : await this.outbox.enqueue(key, referral, 'offline');
    const outcome = toSubmitResult(key, result);
    // Once delivered, or kept by the outbox (queued, or refused for good and kept as
    // failed), the draft has done its job. A draft stays only while the user can still
    // act on the form: fixing fields (`invalid`) or signing in again (`unauthorised`).
    if (outcome.status !== 'invalid' && outcome.status !== 'unauthorised') this.#drafts?.clear();
    return outcome;
  }

  /** @internal Used by `ReferralInProgress`. */
  saveDraft(value: T, key: string): boolean {
    return this.#drafts?.save(value, key) ?? false;
  }

  /** @internal Used by `ReferralInProgress`. */
  async discard(key: string): Promise<void> {
    this.#drafts?.clear();
    const entry = (await this.outbox.entries()).find((candidate) => candidate.key === key);
    if (entry?.state === 'failed') await this.outbox.remove(key);
  }
}

/** One referral the user has started: its key, its restored draft, and its submit. */
export class ReferralInProgress<T> {
  readonly #submission: ReferralSubmission<T>;
  /** The idempotency key sent with every attempt to submit this referral. */
  readonly key: string;
  /** The draft restored by `start()`, if there was one. */
  readonly restored: Draft<T> | undefined;

  /** Made by `ReferralSubmission.start()`. */
  constructor(submission: ReferralSubmission<T>, key: string, restored: Draft<T> | undefined) {
    this.#submission = submission;
    this.key = key;
    this.restored = restored;
  }

  /** Saves the form state as a draft (when the host opted in). */
  saveDraft(value: T): boolean {
    return this.#submission.saveDraft(value, this.key);
  }

  /**
   * Submits the referral. Resolves with what happened (see `SubmitResult`);
   * rejects only when `signal` aborts or the outbox store fails. Aborted
   * before sending began, nothing is written; aborted later, the referral
   * stays pending in the outbox (it may already have arrived: the key makes
   * the next flush safe) and the draft is kept.
   */
  submit(
    referral: Referral,
    options: { readonly signal?: AbortSignal } = {},
  ): Promise<SubmitResult> {
    return this.#submission.submitWithKey(this.key, referral, options.signal);
  }

  /** The user gives up this referral: deletes its draft and any failed outbox entry. */
  discard(): Promise<void> {
    return this.#submission.discard(this.key);
  }
}
