import type { Activity, AttendanceMode, GeoPoint, Weekday } from '../model/activity.js';
import type { Consent, Receipt, Referral, WithdrawalRequest } from '../model/referral.js';

export type TimeOfDay = 'morning' | 'afternoon' | 'evening';
export type ActivitySort = 'relevance' | 'distance' | 'soonest' | 'name';

/** What the picker asks for. Every filter is optional; absent means "any". */
export interface ActivityQuery {
  /** Free text over name, organisation, description and taxonomy labels. */
  readonly text?: string;
  /** Needs taxonomy term ids: an activity matches when it has any of them. */
  readonly taxonomy?: readonly string[];
  readonly days?: readonly Weekday[];
  readonly timesOfDay?: readonly TimeOfDay[];
  readonly freeOnly?: boolean;
  /** Near a postcode (geocoded by the backend) or a point, within `radiusMiles`. */
  readonly near?: { readonly postcode: string } | { readonly point: GeoPoint };
  readonly radiusMiles?: number;
  /** The person's age: only activities whose eligibility includes it. */
  readonly age?: number;
  /** Accessibility features that must all be present (`wheelchair`, `hearing-loop`…). */
  readonly accessibility?: readonly string[];
  readonly modes?: readonly AttendanceMode[];
  /** ISO 639 codes: an activity matches when it is offered in any of them. */
  readonly languages?: readonly string[];
  /** Include inactive, temporarily closed and defunct services (default: active only). */
  readonly includeInactive?: boolean;
  readonly sort?: ActivitySort;
  /** 1-based. */
  readonly page?: number;
  readonly size?: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  /** 1-based. */
  readonly page: number;
  readonly size: number;
  /** Distance in miles from the query's `near`, by item id, when the query had one. */
  readonly distances?: Readonly<Record<string, number>>;
}

/** The `fetch` an HTTP adapter calls: `globalThis.fetch` by default, injectable for tests and hosts. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface CallOptions {
  readonly signal?: AbortSignal;
}

export interface SubmitOptions extends CallOptions {
  /** The same key on every retry of one referral: the backend stores it once. */
  readonly idempotencyKey: string;
}

/** What a backend answers when it has stored a consent record or its withdrawal. */
export interface ConsentReceipt {
  readonly id: string;
  readonly recordedAt: string;
}

/**
 * The one interface every component talks to. Adapters: memory, REST (our
 * OpenAPI document), Open Referral UK (read side), FHIR R4 (write side).
 * Methods a backend cannot do reject with a BackendError.
 */
export interface Backend {
  searchActivities(query: ActivityQuery, options?: CallOptions): Promise<Page<Activity>>;
  getActivity(id: string, options?: CallOptions): Promise<Activity>;
  submitReferral(referral: Referral, options: SubmitOptions): Promise<Receipt>;
  recordConsent(consent: Consent, options: SubmitOptions): Promise<ConsentReceipt>;
  /**
   * Withdraws the whole of a recorded consent, or only the parts in
   * `withdrawal.items`. The record is never changed: the withdrawal is kept
   * beside it. Repeating a withdrawal answers its first receipt; withdrawing
   * what is already withdrawn rejects with `Conflict`, and a part that was
   * never agreed to with `ValidationFailed`.
   */
  withdrawConsent(
    consentId: string,
    withdrawal: WithdrawalRequest,
    options?: CallOptions,
  ): Promise<ConsentReceipt>;
  /** Optional: the centre of a postcode, for "near me" searches. */
  geocode?(postcode: string, options?: CallOptions): Promise<GeoPoint | undefined>;
}
