/**
 * The whole Backend in memory: what stories, demos and tests use. Searches
 * go through the shared index (built once); referrals and consent records
 * are kept in arrays the host can inspect.
 */
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
  ValidationFailed,
  type FieldError,
} from '../backend/errors.js';
import type { Activity, GeoPoint } from '../model/activity.js';
import type { Consent, Receipt, Referral, WithdrawalRequest } from '../model/referral.js';
import type { Taxonomy } from '../model/taxonomy.js';
import { createActivityIndex, type NextSessionOf } from '../search/activity-index.js';
import {
  createPostcodeTable,
  lookupPostcode,
  postcodeTableFromActivities,
} from '../search/postcode.js';
import { withdraw } from '../consent/in-force.js';
import type { WithdrawalCheck } from '../consent/withdrawal.js';
import { canonicalJson } from './canonical-json.js';
import { createReference } from './reference.js';

/** Turns a postcode into a point (`undefined` when unknown). */
export type PostcodeGeocoder = (
  postcode: string,
  options?: CallOptions,
) => GeoPoint | undefined | Promise<GeoPoint | undefined>;

export interface MemoryBackendOptions {
  readonly activities: readonly Activity[];
  /** Needs taxonomy: labels become searchable and groups match their needs. */
  readonly taxonomy?: Taxonomy;
  /**
   * Postcodes for "near" searches and `geocode`: a table (full postcodes and
   * outward codes → points) or a function. Default: the venues' own postcodes,
   * a full postcode matching exactly and any other in the same outward code
   * matching that code's centroid.
   */
  readonly geocoder?: Readonly<Record<string, GeoPoint>> | PostcodeGeocoder;
  readonly now?: () => Date;
  /** Candidate references (default: random `LW-XXXX-XXXX`); a candidate already used is asked again. */
  readonly referenceFor?: () => string;
  /** For the `soonest` sort (from `src/schedule`). */
  readonly nextSession?: NextSessionOf;
  /** Checks a referral before it is stored; errors reject the submission with `ValidationFailed`. */
  readonly validateReferral?: (referral: Referral) => readonly FieldError[];
  /**
   * Checks a withdrawal against the stored consent before it is kept: pass
   * core's `checkWithdrawal` for the reference server's rules (a conflict
   * rejects with `Conflict`, errors with `ValidationFailed`). Without it any
   * withdrawal is kept, except after the whole consent was withdrawn.
   */
  readonly checkWithdrawal?: (consent: Consent, withdrawal: WithdrawalRequest) => WithdrawalCheck;
}

/** A referral as the memory backend stored it. */
export interface StoredReferral {
  readonly reference: string;
  readonly receivedAt: string;
  readonly idempotencyKey: string;
  readonly referral: Referral;
}

/** A consent record as the memory backend stored it, with its withdrawals added as they come. */
export interface StoredConsent {
  readonly id: string;
  readonly recordedAt: string;
  readonly idempotencyKey: string;
  readonly consent: Consent;
}

export interface MemoryBackend extends Backend {
  geocode(postcode: string, options?: CallOptions): Promise<GeoPoint | undefined>;
  /** Referrals stored so far, oldest first (each once, however often it was retried). */
  listReferrals(): readonly StoredReferral[];
  /** Consent records stored so far, oldest first. */
  listConsents(): readonly StoredConsent[];
}

/** Tries before giving up on a reference generator that keeps repeating itself. */
const REFERENCE_ATTEMPTS = 1000;

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/** A deep copy of plain JSON data, so callers cannot change what was stored. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function newId(): string {
  const crypto = globalThis.crypto as Crypto | undefined;
  if (crypto?.randomUUID) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function requireKey(key: string | undefined): string {
  if (typeof key !== 'string' || key.trim() === '')
    throw new BackendError('An idempotency key is required');
  return key;
}

/**
 * A Backend held in memory. Searching and `getActivity` use the index built
 * once from `activities`; `submitReferral` and `recordConsent` are
 * idempotent (the same key and body answer the same receipt and are stored
 * once; the same key with a different body rejects with `Conflict`); every
 * method rejects with the signal's reason once it is aborted.
 */
export function createMemoryBackend(options: MemoryBackendOptions): MemoryBackend {
  const now = options.now ?? (() => new Date());
  const index = createActivityIndex(options.activities, {
    ...(options.taxonomy ? { taxonomy: options.taxonomy } : {}),
    ...(options.nextSession ? { nextSession: options.nextSession } : {}),
    now,
  });
  const { geocoder } = options;
  const table =
    typeof geocoder === 'function'
      ? undefined
      : geocoder
        ? createPostcodeTable(Object.entries(geocoder))
        : postcodeTableFromActivities(index.activities);
  const nextReference = options.referenceFor ?? (() => createReference());

  const referrals: StoredReferral[] = [];
  const referralsByKey = new Map<string, { body: string; stored: StoredReferral }>();
  const references = new Set<string>();
  const consents: StoredConsent[] = [];
  const consentsByKey = new Map<string, { body: string; stored: StoredConsent }>();
  const consentsById = new Map<string, number>();
  const withdrawals = new Map<string, { body: string; receipt: ConsentReceipt }[]>();

  async function geocode(
    postcode: string,
    callOptions: CallOptions = {},
  ): Promise<GeoPoint | undefined> {
    throwIfAborted(callOptions.signal);
    const point =
      typeof geocoder === 'function'
        ? await geocoder(postcode, callOptions)
        : lookupPostcode(table as NonNullable<typeof table>, postcode);
    throwIfAborted(callOptions.signal);
    return point;
  }

  function uniqueReference(): string {
    for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
      const reference = nextReference();
      if (!references.has(reference)) return reference;
    }
    throw new BackendError('Could not find an unused reference');
  }

  return {
    geocode,

    async searchActivities(
      query: ActivityQuery,
      callOptions: CallOptions = {},
    ): Promise<Page<Activity>> {
      throwIfAborted(callOptions.signal);
      const near = query.near;
      let point: GeoPoint | undefined;
      if (near) {
        point = 'point' in near ? near.point : await geocode(near.postcode, callOptions);
        // An unknown postcode finds nothing near it.
        if (!point)
          return createActivityIndex([]).search({ ...query, near: { point: { lat: 0, lng: 0 } } });
      }
      return index.search({ ...query, near: point ? { point } : undefined });
    },

    async getActivity(id: string, callOptions: CallOptions = {}): Promise<Activity> {
      throwIfAborted(callOptions.signal);
      const activity = index.get(id);
      if (!activity) throw new NotFound('No activity has this id');
      return activity;
    },

    async submitReferral(referral: Referral, submitOptions: SubmitOptions): Promise<Receipt> {
      throwIfAborted(submitOptions.signal);
      const key = requireKey(submitOptions.idempotencyKey);
      const body = canonicalJson(referral);
      const earlier = referralsByKey.get(key);
      if (earlier) {
        if (earlier.body !== body)
          throw new Conflict('This idempotency key was already used for a different referral');
        return { reference: earlier.stored.reference, receivedAt: earlier.stored.receivedAt };
      }
      const errors = options.validateReferral?.(referral) ?? [];
      if (errors.length > 0) throw new ValidationFailed(errors);
      const stored: StoredReferral = {
        reference: uniqueReference(),
        receivedAt: now().toISOString(),
        idempotencyKey: key,
        referral: copy(referral),
      };
      references.add(stored.reference);
      referrals.push(stored);
      referralsByKey.set(key, { body, stored });
      return { reference: stored.reference, receivedAt: stored.receivedAt };
    },

    async recordConsent(consent: Consent, submitOptions: SubmitOptions): Promise<ConsentReceipt> {
      throwIfAborted(submitOptions.signal);
      const key = requireKey(submitOptions.idempotencyKey);
      const body = canonicalJson(consent);
      const earlier = consentsByKey.get(key);
      if (earlier) {
        if (earlier.body !== body)
          throw new Conflict(
            'This idempotency key was already used for a different consent record',
          );
        return { id: earlier.stored.id, recordedAt: earlier.stored.recordedAt };
      }
      const stored: StoredConsent = {
        id: newId(),
        recordedAt: now().toISOString(),
        idempotencyKey: key,
        consent: copy(consent),
      };
      consentsById.set(stored.id, consents.length);
      consents.push(stored);
      consentsByKey.set(key, { body, stored });
      return { id: stored.id, recordedAt: stored.recordedAt };
    },

    async withdrawConsent(
      consentId,
      withdrawal,
      callOptions: CallOptions = {},
    ): Promise<ConsentReceipt> {
      throwIfAborted(callOptions.signal);
      const at = consentsById.get(consentId);
      const stored = at === undefined ? undefined : consents[at];
      if (at === undefined || !stored) throw new NotFound('No consent record has this id');
      const body = canonicalJson(withdrawal);
      const earlier = withdrawals.get(consentId) ?? [];
      const repeat = earlier.find((candidate) => candidate.body === body);
      if (repeat) return repeat.receipt;
      if (stored.consent.withdrawn) throw new Conflict('This consent was already withdrawn');
      const checked: WithdrawalCheck = options.checkWithdrawal?.(stored.consent, withdrawal) ?? {
        ok: true,
        value: withdraw(stored.consent, withdrawal),
      };
      if (!checked.ok) {
        if (checked.conflict)
          throw new Conflict('This consent, or these parts of it, were already withdrawn');
        throw new ValidationFailed(
          checked.errors.map(({ path, code, message }) => ({ path, code, message })),
        );
      }
      const receipt: ConsentReceipt = { id: consentId, recordedAt: now().toISOString() };
      consents[at] = { ...stored, consent: copy(checked.value) };
      withdrawals.set(consentId, [...earlier, { body, receipt }]);
      return receipt;
    },

    listReferrals: () => [...referrals],
    listConsents: () => [...consents],
  };
}
