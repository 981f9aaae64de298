/**
 * Test support: wraps a Backend and makes `submitReferral` fail the ways real
 * networks and servers do, call by call, as a plan decides. Every call is
 * logged with the fault it got, so tests can check what the client did next.
 */
import type { Backend, SubmitOptions } from '../../backend/backend.js';
import type { FieldError } from '../../backend/errors.js';
import { Conflict, Unauthorised, Unavailable, ValidationFailed } from '../../backend/errors.js';
import type { Receipt, Referral } from '../../model/referral.js';
import { abortReason } from '../timing.js';

/**
 * - `none`: passes the call through.
 * - `drop`: the connection drops before the server sees the request (`TypeError`).
 * - `hang`: no answer until the client aborts (past the per-attempt deadline).
 * - `hang-ignoring-signal`: no answer ever, even when aborted.
 * - `server-error`: HTTP 500. `unavailable`: 503 with Retry-After. `too-many-requests`: 429 with Retry-After.
 * - `conflict`: HTTP 409.
 * - `commit-then-drop`: the server stores it, then the response is lost.
 * - `commit-then-hang`: the server stores it, then answers after the client has given up.
 * - `duplicate-delivery`: the network delivers the request twice; the client sees the second answer.
 * - `invalid`: HTTP 422 with field errors. `unauthorised`: HTTP 401.
 */
export type Fault =
  | 'none'
  | 'drop'
  | 'hang'
  | 'hang-ignoring-signal'
  | 'server-error'
  | 'unavailable'
  | 'too-many-requests'
  | 'conflict'
  | 'commit-then-drop'
  | 'commit-then-hang'
  | 'duplicate-delivery'
  | 'invalid'
  | 'unauthorised';

/** A fault with its details. */
export interface FaultSpec {
  readonly fault: Fault;
  /** For `unavailable` and `too-many-requests`. */
  readonly retryAfterMs?: number;
  /** For `invalid`. */
  readonly errors?: readonly FieldError[];
}

/** What the plan is told about each call. */
export interface FaultCall {
  readonly key: string;
  /** 1-based count of calls with this key, this one included. */
  readonly callForKey: number;
  /** 1-based count of all calls. */
  readonly call: number;
}

/** Decides each call's fault. */
export type FaultPlan = (call: FaultCall) => Fault | FaultSpec;

/** One logged call. */
export interface FaultLogEntry extends FaultCall {
  readonly fault: Fault;
  readonly retryAfterMs?: number;
  readonly referral: Referral;
}

/** A Backend whose `submitReferral` misbehaves, plus its call log. */
export type FaultyBackend = Backend & { readonly log: readonly FaultLogEntry[] };

function never<T>(): Promise<T> {
  return new Promise<T>(() => undefined);
}

function waitForAbort<T>(signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return never<T>();
  return new Promise<T>((_resolve, reject) => {
    if (signal.aborted) reject(abortReason(signal));
    else signal.addEventListener('abort', () => reject(abortReason(signal)), { once: true });
  });
}

/** The 422 body used when a plan says `invalid` without errors. */
export const DEFAULT_FIELD_ERRORS: readonly FieldError[] = [
  { path: 'patient.nhsNumber', code: 'checksum', message: 'Enter a valid NHS number' },
];

/** Wraps `inner` so that `plan` decides how each `submitReferral` call fails. */
export function withFaults(inner: Backend, plan: FaultPlan): FaultyBackend {
  const log: FaultLogEntry[] = [];
  const perKey = new Map<string, number>();
  let calls = 0;

  const submitReferral = async (referral: Referral, options: SubmitOptions): Promise<Receipt> => {
    const key = options.idempotencyKey;
    const call: FaultCall = {
      key,
      callForKey: (perKey.get(key) ?? 0) + 1,
      call: ++calls,
    };
    perKey.set(key, call.callForKey);
    const decided = plan(call);
    const spec: FaultSpec = typeof decided === 'string' ? { fault: decided } : decided;
    log.push({ ...call, fault: spec.fault, retryAfterMs: spec.retryAfterMs, referral });
    const pass = (): Promise<Receipt> => inner.submitReferral(referral, options);

    switch (spec.fault) {
      case 'none':
        return pass();
      case 'drop':
        throw new TypeError('Failed to fetch');
      case 'hang':
        return waitForAbort(options.signal);
      case 'hang-ignoring-signal':
        return never();
      case 'server-error':
        throw new Unavailable('HTTP 500');
      case 'unavailable':
        throw new Unavailable('HTTP 503', spec.retryAfterMs);
      case 'too-many-requests':
        throw new Unavailable('HTTP 429', spec.retryAfterMs);
      case 'conflict':
        throw new Conflict('HTTP 409');
      case 'commit-then-drop':
        await pass();
        throw new TypeError('Network connection lost');
      case 'commit-then-hang':
        await pass();
        return waitForAbort(options.signal);
      case 'duplicate-delivery': {
        const first = pass();
        const second = pass();
        await first.catch(() => undefined);
        return second;
      }
      case 'invalid':
        throw new ValidationFailed(spec.errors ?? DEFAULT_FIELD_ERRORS);
      case 'unauthorised':
        throw new Unauthorised('HTTP 401');
    }
  };

  return {
    log,
    submitReferral,
    searchActivities: (query, options) => inner.searchActivities(query, options),
    getActivity: (id, options) => inner.getActivity(id, options),
    recordConsent: (consent, options) => inner.recordConsent(consent, options),
    withdrawConsent: (id, withdrawal, options) => inner.withdrawConsent(id, withdrawal, options),
  };
}
