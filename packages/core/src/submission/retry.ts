/**
 * Sending one request with retries: exponential backoff with full jitter, a
 * deadline per attempt, `Retry-After` as a floor, and a clear line between
 * failures worth retrying and failures that never will succeed.
 */
import {
  BackendError,
  Conflict,
  Unauthorised,
  Unavailable,
  ValidationFailed,
} from '../backend/errors.js';
import type { FieldError } from '../backend/errors.js';
import { abortReason, raceAbort, sleep as platformSleep } from './timing.js';
import type { Sleep } from './timing.js';

/** How hard to try before giving a request to the outbox. */
export interface RetryPolicy {
  /** Attempts in one run, the first included. */
  readonly maxAttempts: number;
  /** The backoff ceiling before the first retry; it doubles for each retry after. */
  readonly baseMs: number;
  /** The largest backoff ceiling. */
  readonly maxMs: number;
  /** How long one attempt may take before it is aborted and counted as a timeout. */
  readonly attemptTimeoutMs: number;
  /**
   * The longest `Retry-After` worth waiting for in line. A longer one ends the
   * run: the outbox keeps the request and sends it after that time.
   */
  readonly maxRetryAfterMs: number;
}

/** Five attempts over at most about a minute of waiting, 15 seconds each. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  maxAttempts: 5,
  baseMs: 500,
  maxMs: 30_000,
  attemptTimeoutMs: 15_000,
  maxRetryAfterMs: 60_000,
});

/** What a failed attempt that is worth retrying was. */
export type TransientFailure = 'network' | 'timeout' | 'unavailable';

/** Why a run ended without a result. */
export type SendFailure =
  /** The backend rejected the content: fix the fields. */
  | { readonly kind: 'invalid'; readonly errors: readonly FieldError[] }
  /** Credentials missing or refused: sign in again, then send again. */
  | { readonly kind: 'unauthorised' }
  /** The key was used with another body, or the record changed meanwhile. */
  | { readonly kind: 'conflict' }
  /** Another final refusal (`NotFound` or an adapter's own non-retryable error). */
  | { readonly kind: 'refused' }
  /** Every attempt failed transiently; `retryAfterMs` is the backend's last `Retry-After`. */
  | {
      readonly kind: 'exhausted';
      readonly last: TransientFailure;
      readonly retryAfterMs?: number;
    }
  /** `beforeAttempt` declined: someone else now owns the request. */
  | { readonly kind: 'superseded' };

/** The result of `sendWithRetry`. Aborting the outer signal rejects instead. */
export type RetryOutcome<T> =
  | { readonly ok: true; readonly value: T; readonly attempts: number }
  | { readonly ok: false; readonly failure: SendFailure; readonly attempts: number };

/** What `sendWithRetry` needs besides the request. */
export interface RetryOptions {
  readonly policy?: Partial<RetryPolicy>;
  /** Cancels the current attempt and every later one; the run rejects with its reason. */
  readonly signal?: AbortSignal;
  /** `[0, 1)`, as `Math.random`. */
  readonly random?: () => number;
  /** Waits between attempts. */
  readonly sleep?: Sleep;
  /** Waits out the per-attempt deadline; defaults to `sleep`. */
  readonly deadline?: Sleep;
  /**
   * Called before each attempt (1-based). Return `false` to stop without
   * sending (the outbox uses it to renew its lease and count attempts).
   */
  readonly beforeAttempt?: (attempt: number) => boolean | Promise<boolean>;
}

/** Resolves a partial policy against the defaults, rejecting values that make no sense. */
export function resolveRetryPolicy(policy: Partial<RetryPolicy> = {}): RetryPolicy {
  const resolved = { ...DEFAULT_RETRY_POLICY, ...policy };
  if (!Number.isInteger(resolved.maxAttempts) || resolved.maxAttempts < 1) {
    throw new RangeError('maxAttempts must be a whole number of at least 1');
  }
  for (const name of ['baseMs', 'maxMs', 'attemptTimeoutMs', 'maxRetryAfterMs'] as const) {
    const value = resolved[name];
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`${name} must be a finite number of milliseconds, not negative`);
    }
  }
  return resolved;
}

/**
 * Full-jitter backoff before retry number `retry` (0 for the first retry):
 * `random() * min(maxMs, baseMs * 2^retry)`, then at least `retryAfterMs`.
 */
export function backoffDelay(
  retry: number,
  policy: Pick<RetryPolicy, 'baseMs' | 'maxMs'>,
  random: () => number,
  retryAfterMs?: number,
): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** retry);
  const draw = random();
  const unit = Number.isFinite(draw) ? Math.min(Math.max(draw, 0), 1) : 0;
  return Math.max(unit * ceiling, retryAfterMs ?? 0);
}

type Classified =
  | { readonly final: true; readonly failure: SendFailure }
  | { readonly final: false; readonly kind: TransientFailure; readonly retryAfterMs?: number };

function named(error: unknown, name: string): boolean {
  return error instanceof Error && error.name === name;
}

/**
 * Sorts an attempt's error. Typed backend errors decide for themselves; an
 * unknown error (`TypeError: Failed to fetch`, a body cut short) may mean the
 * request never arrived or its answer was lost, and the idempotency key makes
 * sending again safe, so it counts as a network failure.
 */
function classify(error: unknown): Classified {
  if (error instanceof ValidationFailed || named(error, 'ValidationFailed')) {
    const errors = (error as Partial<ValidationFailed>).errors;
    return {
      final: true,
      failure: { kind: 'invalid', errors: Array.isArray(errors) ? errors : [] },
    };
  }
  if (error instanceof Unauthorised || named(error, 'Unauthorised')) {
    return { final: true, failure: { kind: 'unauthorised' } };
  }
  if (error instanceof Conflict || named(error, 'Conflict')) {
    return { final: true, failure: { kind: 'conflict' } };
  }
  if (error instanceof Unavailable || named(error, 'Unavailable')) {
    const after = (error as Partial<Unavailable>).retryAfterMs;
    const retryAfterMs =
      typeof after === 'number' && Number.isFinite(after) && after > 0 ? after : undefined;
    return { final: false, kind: 'unavailable', retryAfterMs };
  }
  if (error instanceof BackendError) {
    return error.retryable
      ? { final: false, kind: 'unavailable' }
      : { final: true, failure: { kind: 'refused' } };
  }
  return { final: false, kind: 'network' };
}

/** Thrown into an attempt's signal when its deadline passes. */
function timeoutError(): DOMException {
  return new DOMException('The attempt took too long', 'TimeoutError');
}

/**
 * Runs `send` until it succeeds, fails for good, or runs out of attempts.
 * Each attempt gets its own signal, aborted at the deadline or when the outer
 * signal aborts. Resolves with the outcome; rejects only with the outer
 * signal's reason, or with an error thrown by `beforeAttempt`.
 */
export async function sendWithRetry<T>(
  send: (signal: AbortSignal, attempt: number) => Promise<T>,
  options: RetryOptions = {},
): Promise<RetryOutcome<T>> {
  const policy = resolveRetryPolicy(options.policy);
  const random = options.random ?? Math.random;
  const wait = options.sleep ?? platformSleep;
  const deadline = options.deadline ?? wait;
  const outer = options.signal;

  for (let attempt = 1; ; attempt++) {
    if (outer?.aborted) throw abortReason(outer);
    if (options.beforeAttempt && !(await options.beforeAttempt(attempt))) {
      return { ok: false, failure: { kind: 'superseded' }, attempts: attempt - 1 };
    }
    if (outer?.aborted) throw abortReason(outer);

    const attemptControl = new AbortController();
    const deadlineControl = new AbortController();
    let timedOut = false;
    const onOuterAbort = (): void => attemptControl.abort(abortReason(outer));
    outer?.addEventListener('abort', onOuterAbort, { once: true });
    deadline(policy.attemptTimeoutMs, deadlineControl.signal).then(
      () => {
        timedOut = true;
        attemptControl.abort(timeoutError());
      },
      () => undefined,
    );

    let classified: Classified;
    try {
      const value = await raceAbort(send(attemptControl.signal, attempt), attemptControl.signal);
      return { ok: true, value, attempts: attempt };
    } catch (error) {
      if (outer?.aborted) throw abortReason(outer);
      classified = timedOut ? { final: false, kind: 'timeout' } : classify(error);
    } finally {
      deadlineControl.abort();
      outer?.removeEventListener('abort', onOuterAbort);
    }

    if (classified.final) return { ok: false, failure: classified.failure, attempts: attempt };
    const { kind, retryAfterMs } = classified;
    const exhausted = {
      ok: false,
      failure: { kind: 'exhausted', last: kind, retryAfterMs },
      attempts: attempt,
    } as const;
    if (attempt >= policy.maxAttempts) return exhausted;
    if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs) return exhausted;
    await wait(backoffDelay(attempt - 1, policy, random, retryAfterMs), outer);
  }
}
