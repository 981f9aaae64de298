/**
 * The REST adapter: the Backend port over our own JSON API
 * (packages/core/openapi.json), with fetch.
 */
import type { Activity, GeoPoint } from '../model/activity.js';
import type { Consent, Receipt, Referral, WithdrawalRequest } from '../model/referral.js';
import type {
  ActivityQuery,
  Backend,
  CallOptions,
  ConsentReceipt,
  Page,
  SubmitOptions,
} from '../backend/backend.js';
import {
  BackendError,
  Conflict,
  NotFound,
  Unauthorised,
  Unavailable,
  ValidationFailed,
} from '../backend/errors.js';
import { anySignal } from './abort.js';
import { endpointUrl, parseBaseUrl, pathSegment, type QueryValues } from './base-url.js';
import { bearerToken, type TokenSource } from '../backend/auth.js';
import { parseRetryAfter } from '../backend/retry-after.js';
import {
  parseActivity,
  parseActivityPage,
  parseConsentReceipt,
  parseFieldErrors,
  parseGeocodeResult,
  parseReceipt,
  parseReferralPage,
  type ReferralRecord,
} from './schemas.js';

/** The part of `fetch` the adapter uses. */
import type { FetchLike } from '../backend/backend.js';

export type { FetchLike };

/** Timer functions, injectable so tests can fire the timeout themselves. */
export interface RestTimers {
  readonly setTimeout: (callback: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

/** How to reach the API. */
export interface RestBackendOptions {
  /** Absolute `http:` or `https:` URL of the API root (`https://api.example/v1`). */
  readonly baseUrl: string | URL;
  /** Bearer token for each request, when there is one: a string, or a function asked every time. */
  readonly token?: TokenSource;
  /** Per-request timeout, including reading the body. Default 15 000 ms. */
  readonly timeoutMs?: number;
  /** Default: the global `fetch`, looked up on each call. */
  readonly fetch?: FetchLike;
  /** Extra headers on every request (an API key, a tenant). Ours win on clashes. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The clock `Retry-After` dates are measured from. */
  readonly now?: () => Date;
  readonly timers?: RestTimers;
}

/** Which page of the referrals inbox. */
export interface ReferralInboxQuery {
  /** 1-based; default 1. */
  readonly page?: number;
  /** 1–100; default 20. */
  readonly size?: number;
  /** Only referrals received at or after this RFC 3339 time. */
  readonly since?: string;
}

/** The Backend port, plus what only our API offers: geocoding and the link worker's inbox. */
export interface RestBackend extends Backend {
  geocode(postcode: string, options?: CallOptions): Promise<GeoPoint | undefined>;
  /** The referrals inbox, newest first. Needs a link worker's token. */
  listReferrals(query?: ReferralInboxQuery, options?: CallOptions): Promise<Page<ReferralRecord>>;
}

/** Default per-request timeout. */
export const DEFAULT_TIMEOUT_MS = 15_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACCEPT = 'application/json, application/problem+json';

type Parse<T> = (
  value: unknown,
) =>
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly paths: readonly string[] };

interface Call<T> {
  /** The operationId: names the call in error messages instead of its URL or body. */
  readonly operation: string;
  readonly method: 'GET' | 'POST';
  readonly segments: readonly string[];
  readonly query?: QueryValues;
  readonly body?: unknown;
  readonly idempotencyKey?: string;
  readonly signal?: AbortSignal | undefined;
  readonly parse: Parse<T>;
  /** Statuses that answer with something other than the parsed body (404 → undefined for geocode). */
  readonly special?: Readonly<Record<number, () => T>>;
}

const defaultTimers: RestTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) =>
    globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * Creates the Backend for a Linkwork REST API. Throws a TypeError at once
 * for a base URL that is not absolute http(s), or for headers that are not
 * valid HTTP headers.
 *
 * Errors: 422 → ValidationFailed (the server's field errors, as given);
 * 413 → ValidationFailed (one error, path `''`, code `too-large`);
 * 401/403 → Unauthorised; 404 → NotFound; 409 → Conflict; 408, 429, 5xx,
 * network failures, timeouts and bodies that do not match the API →
 * Unavailable (with `retryAfterMs` from `Retry-After`). The caller's abort
 * rejects with the caller's abort reason. Messages name the operation and the
 * status only, never a body or a URL.
 */
export function createRestBackend(options: RestBackendOptions): RestBackend {
  const base = parseBaseUrl(options.baseUrl);
  const extraHeaders = new Headers(options.headers ?? {});
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs > 0) || !Number.isFinite(timeoutMs)) {
    throw new TypeError('timeoutMs must be a positive number of milliseconds');
  }
  const doFetch: FetchLike = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const now = options.now ?? (() => new Date());
  const timers = options.timers ?? defaultTimers;

  async function call<T>(request: Call<T>): Promise<T> {
    const { operation, signal: callerSignal } = request;
    callerSignal?.throwIfAborted();
    const token = await bearerToken(options.token, operation);
    callerSignal?.throwIfAborted();

    const headers = new Headers(extraHeaders);
    headers.set('accept', ACCEPT);
    if (request.body !== undefined) headers.set('content-type', 'application/json');
    if (token !== undefined) headers.set('authorization', `Bearer ${token}`);
    if (request.idempotencyKey !== undefined)
      headers.set('idempotency-key', request.idempotencyKey);
    const url = endpointUrl(base, request.segments, request.query);
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);

    const timeout = new AbortController();
    let timedOut = false;
    const timer = timers.setTimeout(() => {
      timedOut = true;
      timeout.abort(new Unavailable(`${operation}: no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const combined = anySignal([callerSignal, timeout.signal]);

    const failure = (cause: unknown): unknown => {
      if (timedOut) return new Unavailable(`${operation}: no answer within ${timeoutMs} ms`);
      if (callerSignal?.aborted) return callerSignal.reason;
      return new Unavailable(`${operation}: the backend could not be reached`, undefined, {
        cause,
      });
    };

    let response: Response;
    let text: string;
    try {
      response = await doFetch(url, {
        method: request.method,
        headers,
        ...(body === undefined ? {} : { body }),
        signal: combined.signal,
      });
      text = await response.text();
    } catch (cause) {
      throw failure(cause);
    } finally {
      timers.clearTimeout(timer);
      combined.dispose();
    }

    const status = response.status;
    const special = request.special?.[status];
    if (special) return special();

    let json: unknown;
    let jsonOk = false;
    if (text.trim() !== '') {
      try {
        json = JSON.parse(text);
        jsonOk = true;
      } catch {
        // Reported below when we needed it.
      }
    }

    if (status >= 200 && status < 300) {
      if (!jsonOk)
        throw new Unavailable(`${operation}: the backend answered ${status} without a JSON body`);
      const parsed = request.parse(json);
      if (!parsed.ok) {
        const where = parsed.paths.slice(0, 5).join(', ');
        throw new Unavailable(
          `${operation}: the backend's answer does not match the API (at ${where})`,
        );
      }
      return parsed.value;
    }
    throw errorFor(operation, status, json, response.headers.get('retry-after'));
  }

  function errorFor(
    operation: string,
    status: number,
    json: unknown,
    retryAfter: string | null,
  ): Error {
    const answered = `${operation}: the backend answered ${status}`;
    switch (status) {
      case 401:
      case 403:
        return new Unauthorised(answered);
      case 404:
      case 410:
        return new NotFound(answered);
      case 409:
        return new Conflict(answered);
      case 413:
        return new ValidationFailed(
          [
            {
              path: '',
              code: 'too-large',
              message: 'The request is larger than the backend accepts',
            },
          ],
          answered,
        );
      case 422:
        return new ValidationFailed(parseFieldErrors(json), answered);
    }
    if (status === 408 || status === 429 || status >= 500) {
      return new Unavailable(answered, parseRetryAfter(retryAfter, now()));
    }
    return new BackendError(answered);
  }

  function checkKey(operation: string, key: string): void {
    if (typeof key !== 'string' || !UUID.test(key)) {
      throw new TypeError(`${operation}: idempotencyKey must be a UUID`);
    }
  }

  return {
    searchActivities(query: ActivityQuery, callOptions?: CallOptions): Promise<Page<Activity>> {
      return call({
        operation: 'searchActivities',
        method: 'POST',
        segments: ['activities', 'search'],
        body: query,
        signal: callOptions?.signal,
        parse: parseActivityPage,
      });
    },

    async getActivity(id: string, callOptions?: CallOptions): Promise<Activity> {
      if (pathSegment(id) === undefined) throw new NotFound('getActivity: not a valid activity id');
      return call({
        operation: 'getActivity',
        method: 'GET',
        segments: ['activities', id],
        signal: callOptions?.signal,
        parse: parseActivity,
      });
    },

    async submitReferral(referral: Referral, submitOptions: SubmitOptions): Promise<Receipt> {
      checkKey('submitReferral', submitOptions.idempotencyKey);
      return call({
        operation: 'submitReferral',
        method: 'POST',
        segments: ['referrals'],
        body: referral,
        idempotencyKey: submitOptions.idempotencyKey,
        signal: submitOptions.signal,
        parse: parseReceipt,
      });
    },

    async recordConsent(consent: Consent, submitOptions: SubmitOptions): Promise<ConsentReceipt> {
      checkKey('recordConsent', submitOptions.idempotencyKey);
      return call({
        operation: 'recordConsent',
        method: 'POST',
        segments: ['consents'],
        body: consent,
        idempotencyKey: submitOptions.idempotencyKey,
        signal: submitOptions.signal,
        parse: parseConsentReceipt,
      });
    },

    async withdrawConsent(
      consentId: string,
      withdrawal: WithdrawalRequest,
      callOptions?: CallOptions,
    ): Promise<ConsentReceipt> {
      if (pathSegment(consentId) === undefined)
        throw new NotFound('withdrawConsent: not a valid consent id');
      return call({
        operation: 'withdrawConsent',
        method: 'POST',
        segments: ['consents', consentId, 'withdrawal'],
        // Only the fields the document defines: request bodies are strict.
        body: {
          at: withdrawal.at,
          by: withdrawal.by,
          ...(withdrawal.items ? { items: withdrawal.items } : {}),
        },
        signal: callOptions?.signal,
        parse: parseConsentReceipt,
      });
    },

    async geocode(postcode: string, callOptions?: CallOptions): Promise<GeoPoint | undefined> {
      const found = await call<{ point: GeoPoint } | undefined>({
        operation: 'geocodePostcode',
        method: 'POST',
        segments: ['geocode'],
        body: { postcode },
        signal: callOptions?.signal,
        parse: parseGeocodeResult,
        special: { 404: () => undefined },
      });
      return found?.point;
    },

    listReferrals(
      query: ReferralInboxQuery = {},
      callOptions?: CallOptions,
    ): Promise<Page<ReferralRecord>> {
      return call({
        operation: 'listReferrals',
        method: 'GET',
        segments: ['referrals'],
        query: { page: query.page, size: query.size, since: query.since },
        signal: callOptions?.signal,
        parse: parseReferralPage,
      });
    },
  };
}
