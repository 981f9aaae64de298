import type { Backend, CallOptions, ConsentReceipt, SubmitOptions } from '../backend/backend.js';
import type { FieldError } from '../backend/errors.js';
import {
  BackendError,
  Conflict,
  NotFound,
  Unauthorised,
  Unavailable,
  ValidationFailed,
} from '../backend/errors.js';
import type {
  Consent,
  PartialWithdrawal,
  Receipt,
  Referral,
  WithdrawalRequest,
} from '../model/referral.js';
import type { Taxonomy } from '../model/taxonomy.js';
import { consentToFhir, withdrawFromProvision } from './consent.js';
import { bearerToken, type TokenSource } from '../backend/auth.js';
import type { FetchLike } from '../backend/backend.js';
import { parseRetryAfter } from '../backend/retry-after.js';
import { normaliseText } from '../validation/text.js';
import { toFhirDateTime, tokenSearchValue } from './normalise.js';
import { CONSENT_WITHDRAWN_BY_EXTENSION, IDEMPOTENCY_KEY_SYSTEM } from './systems.js';
import { ReferralMappingError, toFhirTransaction } from './transaction.js';
import type {
  FhirConsent,
  FhirConsentProvision,
  FhirReference,
  FhirTransactionBundle,
} from './types.js';

/** The fetch the backend uses: the global one, or one the host supplies (a proxy, a test double). */
/** @deprecated Use `FetchLike`: the same type, shared by every HTTP adapter. */
export type FhirFetch = FetchLike;

export interface FhirBackendOptions {
  /** The FHIR R4 server's base URL (`https://fhir.example.nhs.uk/R4`). */
  readonly baseUrl: string;
  /** Default: `globalThis.fetch`. */
  readonly fetch?: FhirFetch;
  /** A bearer token, or a function that returns the current one (called for every request). */
  readonly token?: TokenSource;
  /** The needs taxonomy the referrals' reasons come from. */
  readonly taxonomy: Taxonomy;
  /** Code system URI for the taxonomy's codes (see {@link toFhirTransaction}). */
  readonly taxonomySystem?: string;
  /** The clock for `receivedAt` when the server does not say, and for `Retry-After` dates. */
  readonly now?: () => Date;
}

const FHIR_JSON = 'application/fhir+json';
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringAt(value: unknown, ...path: string[]): string | undefined {
  let current = value;
  for (const name of path) current = isRecord(current) ? current[name] : undefined;
  return typeof current === 'string' ? current : undefined;
}

/** `ServiceRequest/123/_history/2` or an absolute URL ending so → `123`, when of `type`. */
function idFromLocation(location: string | undefined | null, type: string): string | undefined {
  if (!location) return undefined;
  const path = location.split(/[?#]/, 1)[0] ?? '';
  const segments = path.split('/');
  const index = segments.lastIndexOf(type);
  const id = index >= 0 ? segments[index + 1] : undefined;
  return id && FHIR_ID.test(id) ? id : undefined;
}

/** A server timestamp as RFC 3339, or undefined when it is not one. */
function timestamp(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The field errors in an OperationOutcome: FHIRPath locations and issue codes
 * only. Its human text is left out on purpose: servers often quote the value
 * they rejected, which may be personal data.
 */
function fieldErrors(outcome: unknown, bundle?: FhirTransactionBundle): FieldError[] {
  const issues = isRecord(outcome) && Array.isArray(outcome.issue) ? outcome.issue : [];
  return issues.flatMap((issue: unknown): FieldError[] => {
    if (!isRecord(issue) || (issue.severity !== 'error' && issue.severity !== 'fatal')) return [];
    const code = typeof issue.code === 'string' ? issue.code : 'invalid';
    const expressions = Array.isArray(issue.expression) ? issue.expression : [];
    const paths = expressions.filter(
      (expression): expression is string => typeof expression === 'string',
    );
    return (paths.length > 0 ? paths : ['']).map((path) => ({
      // `Bundle.entry[3].resource.birthDate` → `Patient.birthDate`.
      path: path.replace(/^Bundle\.entry\[(\d+)\]\.resource/, (whole, index: string) => {
        const type = bundle?.entry[Number(index)]?.resource?.resourceType;
        return type ?? whole;
      }),
      code,
      message: 'The FHIR server rejected this value',
    }));
  });
}

/** The typed error for a failed HTTP exchange. Messages carry the status, never the server's text. */
async function failure(
  response: Response,
  now: () => Date,
  bundle?: FhirTransactionBundle,
  resource?: string,
): Promise<BackendError> {
  const status = response.status;
  if (status === 429 || status >= 500) {
    return new Unavailable(
      `The FHIR server could not take the request now (HTTP ${status})`,
      parseRetryAfter(response.headers.get('Retry-After'), now()),
    );
  }
  if (status === 401 || status === 403) {
    return new Unauthorised(`The FHIR server refused the credentials (HTTP ${status})`);
  }
  if (status === 409 || status === 412) {
    return new Conflict(`The FHIR server reported a conflict (HTTP ${status})`);
  }
  if (status === 400 || status === 422) {
    return new ValidationFailed(
      fieldErrors(await readJson(response), bundle),
      `The FHIR server rejected the submission (HTTP ${status})`,
    );
  }
  if ((status === 404 || status === 410) && resource) {
    return new NotFound(`The FHIR server has no such ${resource} (HTTP ${status})`);
  }
  return new BackendError(`The FHIR server answered HTTP ${status}`);
}

/** A FHIR version id as the weak ETag `If-Match` expects (`W/"3"`). */
function versionTag(versionId: string | undefined): string | undefined {
  return versionId && /^[A-Za-z0-9\-.]{1,64}$/.test(versionId) ? `W/"${versionId}"` : undefined;
}

function writeOnly(): Promise<never> {
  return Promise.reject(
    new BackendError('The FHIR backend is write-only: read activities from a directory backend'),
  );
}

/**
 * The write side of the {@link Backend} port over a FHIR R4 server:
 * `submitReferral` posts the referral as one transaction Bundle
 * ({@link toFhirTransaction}), `recordConsent` posts a Consent on its own,
 * `withdrawConsent` patches one this backend recorded (all of it), or reads
 * it and writes it back with the withdrawn parts denied from then on. Reads reject with a
 * BackendError: pair it with a directory backend for activities.
 *
 * HTTP failures become the typed errors of `backend/errors.ts` (5xx and 429
 * are Unavailable with `Retry-After`), and no message repeats what the server
 * said, which may quote personal data. An aborted signal rejects with the
 * signal's reason.
 */
export function createFhirBackend(options: FhirBackendOptions): Backend {
  const base = options.baseUrl.replace(/\/+$/, '');
  if (!/^https?:\/\//i.test(base)) throw new TypeError('The FHIR base URL must be http: or https:');
  const now = options.now ?? (() => new Date());
  const fetchImpl: FetchLike =
    options.fetch ??
    ((input, init) => {
      if (typeof globalThis.fetch !== 'function')
        throw new TypeError('No fetch in this environment');
      return globalThis.fetch(input, init);
    });

  async function headers(extra: Record<string, string>): Promise<Record<string, string>> {
    const token = await bearerToken(options.token, 'FHIR request');
    return { Accept: FHIR_JSON, ...extra, ...(token ? { Authorization: `Bearer ${token}` } : {}) };
  }

  async function send(
    url: string,
    init: RequestInit,
    signal: AbortSignal | undefined,
  ): Promise<Response> {
    signal?.throwIfAborted();
    try {
      return await fetchImpl(url, { ...init, ...(signal ? { signal } : {}) });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw new Unavailable('The FHIR server could not be reached', undefined, { cause: error });
    }
  }

  async function submitReferral(referral: Referral, call: SubmitOptions): Promise<Receipt> {
    let bundle: FhirTransactionBundle;
    try {
      bundle = toFhirTransaction(referral, {
        idempotencyKey: call.idempotencyKey,
        taxonomy: options.taxonomy,
        ...(options.taxonomySystem ? { taxonomySystem: options.taxonomySystem } : {}),
      });
    } catch (error) {
      if (error instanceof ReferralMappingError) {
        throw new ValidationFailed([
          { path: error.path, code: error.code, message: error.message },
        ]);
      }
      throw error;
    }
    const response = await send(
      base,
      {
        method: 'POST',
        headers: await headers({ 'Content-Type': FHIR_JSON }),
        body: JSON.stringify(bundle),
      },
      call.signal,
    );
    if (!response.ok) throw await failure(response, now, bundle);
    const answer = await readJson(response);
    call.signal?.throwIfAborted();
    const entries =
      isRecord(answer) && answer.resourceType === 'Bundle' && Array.isArray(answer.entry)
        ? answer.entry
        : undefined;
    const index = bundle.entry.findIndex(
      (entry) => entry.resource?.resourceType === 'ServiceRequest',
    );
    const entry: unknown = entries?.[index];
    if (!isRecord(answer) || answer.type !== 'transaction-response' || !isRecord(entry)) {
      // The transaction may well have been stored: a retry with the same key finds it again.
      throw new Unavailable(
        'The FHIR server answered with something other than a transaction response',
      );
    }
    const id =
      idFromLocation(stringAt(entry, 'response', 'location'), 'ServiceRequest') ??
      (stringAt(entry, 'resource', 'resourceType') === 'ServiceRequest'
        ? stringAt(entry, 'resource', 'id')
        : undefined);
    const receivedAt =
      timestamp(stringAt(entry, 'response', 'lastModified')) ??
      timestamp(stringAt(entry, 'resource', 'meta', 'lastUpdated')) ??
      timestamp(response.headers.get('Date')) ??
      now().toISOString();
    return {
      reference: id !== undefined && FHIR_ID.test(id) ? id : call.idempotencyKey,
      receivedAt,
    };
  }

  async function consentReceipt(
    response: Response,
    signal: AbortSignal | undefined,
    knownId?: string,
  ): Promise<ConsentReceipt> {
    const body = await readJson(response);
    signal?.throwIfAborted();
    const id =
      knownId ??
      idFromLocation(
        response.headers.get('Location') ?? response.headers.get('Content-Location'),
        'Consent',
      ) ??
      (stringAt(body, 'resourceType') === 'Consent' ? stringAt(body, 'id') : undefined);
    if (id === undefined || !FHIR_ID.test(id)) {
      throw new Unavailable('The FHIR server did not say which Consent it stored');
    }
    const recordedAt =
      timestamp(stringAt(body, 'meta', 'lastUpdated')) ??
      timestamp(response.headers.get('Date')) ??
      now().toISOString();
    return { id, recordedAt };
  }

  async function recordConsent(consent: Consent, call: SubmitOptions): Promise<ConsentReceipt> {
    if (!call.idempotencyKey.trim()) {
      throw new ValidationFailed([
        { path: 'idempotencyKey', code: 'required', message: 'An idempotency key is required' },
      ]);
    }
    const identifier = { system: IDEMPOTENCY_KEY_SYSTEM, value: `${call.idempotencyKey}:consent` };
    const givenBy = consent.givenBy;
    // On its own a consent has no Patient to point at: who gave it is named, not referenced.
    const performer: FhirReference | undefined =
      givenBy.type === 'proxy'
        ? { type: 'RelatedPerson', display: normaliseText(givenBy.name) }
        : givenBy.type === 'best-interests'
          ? { type: 'Practitioner', display: normaliseText(givenBy.decisionMaker) }
          : undefined;
    let resource;
    try {
      resource = consentToFhir(consent, { identifier, ...(performer ? { performer } : {}) });
    } catch (error) {
      if (error instanceof TypeError) {
        throw new ValidationFailed([
          { path: 'at', code: 'format', message: 'Not an RFC 3339 date-time' },
        ]);
      }
      throw error;
    }
    const response = await send(
      `${base}/Consent`,
      {
        method: 'POST',
        headers: await headers({
          'Content-Type': FHIR_JSON,
          'If-None-Exist': `identifier=${IDEMPOTENCY_KEY_SYSTEM}|${tokenSearchValue(identifier.value)}`,
          Prefer: 'return=representation',
        }),
        body: JSON.stringify(resource),
      },
      call.signal,
    );
    if (!response.ok) throw await failure(response, now);
    return consentReceipt(response, call.signal);
  }

  async function withdrawConsent(
    consentId: string,
    withdrawal: WithdrawalRequest,
    call?: CallOptions,
  ): Promise<ConsentReceipt> {
    if (!FHIR_ID.test(consentId)) {
      throw new ValidationFailed([
        { path: 'consentId', code: 'format', message: 'Not a FHIR resource id' },
      ]);
    }
    let end: string;
    try {
      end = toFhirDateTime(withdrawal.at);
    } catch {
      throw new ValidationFailed([
        { path: 'at', code: 'format', message: 'Not an RFC 3339 date-time' },
      ]);
    }
    const { items } = withdrawal;
    if (items !== undefined) {
      if (items.length === 0) {
        throw new ValidationFailed([
          { path: 'items', code: 'required', message: 'Name at least one part to withdraw' },
        ]);
      }
      return withdrawParts(consentId, { at: end, by: withdrawal.by, items }, call);
    }
    // JSON Patch against the shape recordConsent and submitReferral write (provision.period, extension).
    const patch = [
      { op: 'replace', path: '/status', value: 'inactive' },
      { op: 'add', path: '/provision/period/end', value: end },
      {
        op: 'add',
        path: '/extension/-',
        value: { url: CONSENT_WITHDRAWN_BY_EXTENSION, valueString: normaliseText(withdrawal.by) },
      },
    ];
    const response = await send(
      `${base}/Consent/${consentId}`,
      {
        method: 'PATCH',
        headers: await headers({
          'Content-Type': 'application/json-patch+json',
          Prefer: 'return=representation',
        }),
        body: JSON.stringify(patch),
      },
      call?.signal,
    );
    if (!response.ok) throw await failure(response, now, undefined, 'Consent');
    return consentReceipt(response, call?.signal, consentId);
  }

  /**
   * Part of a consent: read the stored Consent, end each part's permit and
   * add its deny (`withdrawFromProvision`), and write it back only if nobody
   * changed it in between (`If-Match` on the version read; 412 is a Conflict).
   */
  async function withdrawParts(
    consentId: string,
    withdrawal: PartialWithdrawal,
    call: CallOptions | undefined,
  ): Promise<ConsentReceipt> {
    const url = `${base}/Consent/${consentId}`;
    const read = await send(url, { method: 'GET', headers: await headers({}) }, call?.signal);
    if (!read.ok) throw await failure(read, now, undefined, 'Consent');
    const stored = await readJson(read);
    call?.signal?.throwIfAborted();
    if (!isRecord(stored) || stored.resourceType !== 'Consent' || !isRecord(stored.provision)) {
      throw new Unavailable('The FHIR server answered with something other than a Consent');
    }
    const consent = stored as unknown as FhirConsent & { provision: FhirConsentProvision };
    if (consent.status !== 'active') throw new Conflict('This consent is no longer active');
    const { provision, results } = withdrawFromProvision(consent.provision, withdrawal);
    const refused = results.flatMap((result, index) =>
      result === 'withdrawn'
        ? []
        : [
            {
              path: `items.${index}`,
              code: result,
              message:
                result === 'not-agreed'
                  ? 'This part was not agreed to'
                  : 'This part was already withdrawn',
            },
          ],
    );
    if (refused.length > 0) throw new ValidationFailed(refused);
    const version = read.headers.get('ETag') ?? versionTag(consent.meta?.versionId);
    const response = await send(
      url,
      {
        method: 'PUT',
        headers: await headers({
          'Content-Type': FHIR_JSON,
          Prefer: 'return=representation',
          ...(version ? { 'If-Match': version } : {}),
        }),
        body: JSON.stringify({ ...consent, provision }),
      },
      call?.signal,
    );
    if (!response.ok) throw await failure(response, now, undefined, 'Consent');
    return consentReceipt(response, call?.signal, consentId);
  }

  return {
    searchActivities: writeOnly,
    getActivity: writeOnly,
    submitReferral,
    recordConsent,
    withdrawConsent,
  };
}
