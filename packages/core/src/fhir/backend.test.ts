import { expect } from 'chai';
import { loadFixture } from '../../../../test/fixtures.js';
import {
  describeIssues,
  loadR4Definitions,
  r4Issues,
} from '../../../../test/helpers/fhir-r4-validator.js';
import {
  BackendError,
  Conflict,
  NotFound,
  Unauthorised,
  Unavailable,
  ValidationFailed,
} from '../backend/errors.js';
import type { Referral } from '../model/referral.js';
import type { Taxonomy } from '../model/taxonomy.js';
import { createFhirBackend, type FhirFetch } from './backend.js';
import { consentToFhir } from './consent.js';
import { CONSENT_WITHDRAWN_BY_EXTENSION, IDEMPOTENCY_KEY_SYSTEM } from './systems.js';
import { toFhirTransaction } from './transaction.js';
import type { FhirConsent, FhirTransactionBundle } from './types.js';

const BASE = 'https://fhir.example.org/R4';
const KEY = '0d7f6c1a-93b2-4e58-a1c4-6b2e9f8d3a70';
const NOW = new Date('2026-11-26T12:00:00Z');

type Hook = (fn: (this: { timeout?(ms: number): void }) => Promise<void>, timeout?: number) => void;
const beforeAllTests: Hook =
  (globalThis as { before?: Hook }).before ??
  (globalThis as unknown as { beforeAll: Hook }).beforeAll;

let referrals: Referral[];
let taxonomy: Taxonomy;

beforeAllTests(async function () {
  this?.timeout?.(60000);
  [referrals, taxonomy] = await Promise.all([
    loadFixture<Referral[]>('referrals.valid.json'),
    loadFixture<Taxonomy>('taxonomy.json'),
  ]);
  await loadR4Definitions();
}, 60000);

interface Call {
  readonly url: string;
  readonly init: RequestInit;
}

/** A fetch that records each call and answers with `respond`. */
function fakeFetch(respond: (call: Call, count: number) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch: FhirFetch = async (url, init) => {
    const call = { url, init };
    calls.push(call);
    return respond(call, calls.length);
  };
  return { fetch, calls };
}

function fhirJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/fhir+json', ...headers },
  });
}

/** What a server answers for a transaction: one entry per request entry, in order. */
function transactionResponse(
  bundle: FhirTransactionBundle,
  ids: (type: string) => string = () => '123',
) {
  return {
    resourceType: 'Bundle',
    type: 'transaction-response',
    entry: bundle.entry.map((entry) => ({
      response: {
        status: '201 Created',
        location: `${entry.request!.url}/${ids(entry.request!.url)}/_history/1`,
        lastModified: '2026-11-26T12:00:03.250+00:00',
      },
    })),
  };
}

function backend(fetch: FhirFetch, token?: string | (() => string)) {
  return createFhirBackend({
    baseUrl: `${BASE}/`,
    fetch,
    taxonomy,
    now: () => NOW,
    ...(token ? { token } : {}),
  });
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

function headerOf(call: Call, name: string): string | undefined {
  return (call.init.headers as Record<string, string>)[name];
}

describe('createFhirBackend: submitReferral', () => {
  it('posts the transaction Bundle to the base URL and returns the ServiceRequest id', async () => {
    const referral = referrals[0]!;
    const expected = toFhirTransaction(referral, { idempotencyKey: KEY, taxonomy });
    const { fetch, calls } = fakeFetch(() =>
      fhirJson(
        transactionResponse(expected, (type) => (type === 'ServiceRequest' ? 'sr-88' : 'x1')),
      ),
    );
    const receipt = await backend(fetch, 'secret-token').submitReferral(referral, {
      idempotencyKey: KEY,
    });
    expect(receipt).to.deep.equal({ reference: 'sr-88', receivedAt: '2026-11-26T12:00:03.250Z' });
    expect(calls).to.have.length(1);
    const [call] = calls;
    expect(call!.url).to.equal(BASE);
    expect(call!.init.method).to.equal('POST');
    expect(headerOf(call!, 'Content-Type')).to.equal('application/fhir+json');
    expect(headerOf(call!, 'Accept')).to.equal('application/fhir+json');
    expect(headerOf(call!, 'Authorization')).to.equal('Bearer secret-token');
    expect(call!.init.body).to.equal(JSON.stringify(expected));
  });

  it('sends byte-identical bodies on a retry, and never puts personal data in a URL', async () => {
    const { fetch, calls } = fakeFetch((call) =>
      fhirJson(transactionResponse(JSON.parse(String(call.init.body)) as FhirTransactionBundle)),
    );
    const fhir = backend(fetch);
    for (const referral of referrals) {
      await fhir.submitReferral(referral, { idempotencyKey: KEY });
      await fhir.submitReferral(structuredClone(referral), { idempotencyKey: KEY });
      const [first, retry] = calls.splice(0);
      expect(retry!.init.body).to.equal(first!.init.body);
      expect(first!.url).to.equal(BASE);
      const body = JSON.parse(String(first!.init.body)) as FhirTransactionBundle;
      for (const entry of body.entry)
        expect(entry.request!.url).to.equal(entry.resource!.resourceType);
    }
  });

  it('falls back to the resource id, then the idempotency key, and to the Date header, then the clock', async () => {
    const referral = referrals[1]!;
    const bundle = toFhirTransaction(referral, { idempotencyKey: KEY, taxonomy });
    const index = bundle.entry.findIndex(
      (entry) => entry.resource!.resourceType === 'ServiceRequest',
    );
    const answer = (entry: unknown) => ({
      resourceType: 'Bundle',
      type: 'transaction-response',
      entry: bundle.entry.map((_, i) => (i === index ? entry : { response: { status: '200 OK' } })),
    });
    let fake = fakeFetch(() =>
      fhirJson(
        answer({
          response: { status: '200 OK' },
          resource: {
            resourceType: 'ServiceRequest',
            id: 'from-body',
            meta: { lastUpdated: '2026-11-20T08:00:00Z' },
          },
        }),
      ),
    );
    expect(
      await backend(fake.fetch).submitReferral(referral, { idempotencyKey: KEY }),
    ).to.deep.equal({
      reference: 'from-body',
      receivedAt: '2026-11-20T08:00:00.000Z',
    });
    fake = fakeFetch(() =>
      fhirJson(answer({ response: { status: '200 OK' } }), 200, {
        Date: 'Thu, 26 Nov 2026 11:59:58 GMT',
      }),
    );
    expect(
      await backend(fake.fetch).submitReferral(referral, { idempotencyKey: KEY }),
    ).to.deep.equal({
      reference: KEY,
      receivedAt: '2026-11-26T11:59:58.000Z',
    });
    fake = fakeFetch(() =>
      fhirJson(answer({ response: { status: '200 OK', location: 'ServiceRequest/bad id!' } })),
    );
    expect(
      await backend(fake.fetch).submitReferral(referral, { idempotencyKey: KEY }),
    ).to.deep.equal({
      reference: KEY,
      receivedAt: NOW.toISOString(),
    });
  });

  it('asks for the token on every request', async () => {
    let issued = 0;
    const { fetch, calls } = fakeFetch((call) =>
      fhirJson(transactionResponse(JSON.parse(String(call.init.body)) as FhirTransactionBundle)),
    );
    const fhir = backend(fetch, () => `token-${++issued}`);
    await fhir.submitReferral(referrals[0]!, { idempotencyKey: KEY });
    await fhir.submitReferral(referrals[0]!, { idempotencyKey: KEY });
    expect(calls.map((call) => headerOf(call, 'Authorization'))).to.deep.equal([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  it('reports a referral it cannot write as ValidationFailed, without calling the server', async () => {
    const { fetch, calls } = fakeFetch(() => fhirJson({}));
    const error = await rejection(
      backend(fetch).submitReferral(
        { ...referrals[0]!, reasons: ['nope'] },
        { idempotencyKey: KEY },
      ),
    );
    expect(error).to.be.instanceOf(ValidationFailed);
    expect((error as ValidationFailed).errors).to.deep.equal([
      {
        path: 'reasons.0',
        code: 'unknown-term',
        message: 'Reason 1 is not a term of the Linkwork needs taxonomy',
      },
    ]);
    expect(calls).to.have.length(0);
  });
});

describe('createFhirBackend: failures', () => {
  const submit = (response: () => Response) =>
    rejection(
      backend(fakeFetch(response).fetch).submitReferral(referrals[0]!, { idempotencyKey: KEY }),
    );

  it('maps a rejected submission to ValidationFailed, keeping the server text out', async () => {
    const echoed = 'Invalid birthDate 1946-03-09 for Siân Prydderch (NHS 9991000011)';
    const error = await submit(() =>
      fhirJson(
        {
          resourceType: 'OperationOutcome',
          issue: [
            {
              severity: 'error',
              code: 'invalid',
              diagnostics: echoed,
              details: { text: echoed },
              expression: ['Bundle.entry[3].resource.birthDate'],
            },
            { severity: 'warning', code: 'informational', diagnostics: 'ignored' },
          ],
        },
        422,
      ),
    );
    expect(error).to.be.instanceOf(ValidationFailed);
    expect((error as ValidationFailed).errors).to.deep.equal([
      {
        path: 'Patient.birthDate',
        code: 'invalid',
        message: 'The FHIR server rejected this value',
      },
    ]);
    expect(
      JSON.stringify({ message: error.message, errors: (error as ValidationFailed).errors }),
    ).to.not.match(/Siân|1946|9991000011/);
    expect(error.message).to.equal('The FHIR server rejected the submission (HTTP 422)');
  });

  it('maps 401 and 403 to Unauthorised, 409 and 412 to Conflict, other 4xx to BackendError', async () => {
    for (const status of [401, 403])
      expect(await submit(() => fhirJson({}, status))).to.be.instanceOf(Unauthorised);
    for (const status of [409, 412])
      expect(await submit(() => fhirJson({}, status))).to.be.instanceOf(Conflict);
    const notFound = await submit(() => fhirJson({}, 404));
    expect(notFound.constructor).to.equal(BackendError);
    expect((notFound as BackendError).retryable).to.equal(false);
    expect(notFound.message).to.equal('The FHIR server answered HTTP 404');
  });

  it('maps 5xx and 429 to Unavailable with Retry-After in seconds or as a date', async () => {
    const seconds = await submit(() => fhirJson({}, 503, { 'Retry-After': '120' }));
    expect(seconds).to.be.instanceOf(Unavailable);
    expect(seconds).to.include({ retryable: true, retryAfterMs: 120000 });
    expect(seconds.message).to.equal('The FHIR server could not take the request now (HTTP 503)');
    const date = await submit(() =>
      fhirJson({}, 429, { 'Retry-After': 'Thu, 26 Nov 2026 12:00:30 GMT' }),
    );
    expect(date).to.be.instanceOf(Unavailable);
    expect((date as Unavailable).retryAfterMs).to.equal(30000);
    const bare = await submit(() => fhirJson({}, 500));
    expect((bare as Unavailable).retryAfterMs).to.equal(undefined);
  });

  it('maps a network failure and an unreadable answer to Unavailable', async () => {
    const cause = new TypeError('fetch failed');
    const network = await rejection(
      backend(async () => Promise.reject(cause)).submitReferral(referrals[0]!, {
        idempotencyKey: KEY,
      }),
    );
    expect(network).to.be.instanceOf(Unavailable);
    expect(network.cause).to.equal(cause);
    const garbled = await submit(() => new Response('<html>proxy error</html>', { status: 200 }));
    expect(garbled).to.be.instanceOf(Unavailable);
    const wrongType = await submit(() =>
      fhirJson({ resourceType: 'Bundle', type: 'batch-response', entry: [] }),
    );
    expect(wrongType).to.be.instanceOf(Unavailable);
  });

  it('rejects with the abort reason, before the request or while it is in flight', async () => {
    const { fetch, calls } = fakeFetch(() => fhirJson({}));
    const aborted = new AbortController();
    aborted.abort();
    const before = await rejection(
      backend(fetch).submitReferral(referrals[0]!, { idempotencyKey: KEY, signal: aborted.signal }),
    );
    expect(before.name).to.equal('AbortError');
    expect(calls).to.have.length(0);

    const controller = new AbortController();
    const inFlight: FhirFetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        init.signal!.addEventListener('abort', () =>
          reject(new DOMException('The operation was aborted', 'AbortError')),
        );
      });
    const pending = backend(inFlight).submitReferral(referrals[0]!, {
      idempotencyKey: KEY,
      signal: controller.signal,
    });
    const reason = new DOMException('Navigated away', 'AbortError');
    controller.abort(reason);
    expect(await rejection(pending)).to.equal(reason);
  });

  it('is write-only: reads reject with a BackendError that says so', async () => {
    const { fetch, calls } = fakeFetch(() => fhirJson({}));
    const fhir = backend(fetch);
    for (const read of [fhir.searchActivities({}), fhir.getActivity('abc')]) {
      const error = await rejection(read);
      expect(error).to.be.instanceOf(BackendError);
      expect(error.message).to.contain('write-only');
    }
    expect(calls).to.have.length(0);
  });

  it('refuses a base URL that is not http or https', () => {
    expect(() => createFhirBackend({ baseUrl: 'javascript:alert(1)', taxonomy })).to.throw(
      TypeError,
    );
  });
});

/** Applies the JSON Patch operations withdrawConsent sends (replace, add, add to array end). */
function applyPatch(
  resource: unknown,
  patch: { op: string; path: string; value: unknown }[],
): unknown {
  const copy = structuredClone(resource) as Record<string, unknown>;
  for (const { op, path, value } of patch) {
    const names = path.split('/').slice(1);
    const last = names.pop()!;
    let parent: Record<string, unknown> | unknown[] = copy;
    for (const name of names) {
      const next: unknown = (parent as Record<string, unknown>)[name];
      if (next === undefined) throw new Error(`JSON Patch: ${path} has no parent`);
      parent = next as Record<string, unknown>;
    }
    if (op === 'replace' && !(last in parent))
      throw new Error(`JSON Patch: nothing to replace at ${path}`);
    if (Array.isArray(parent) && last === '-') parent.push(value);
    else (parent as Record<string, unknown>)[last] = value;
  }
  return copy;
}

describe('createFhirBackend: consent', () => {
  it('posts a valid R4 Consent as a conditional create and returns the stored id', async () => {
    const consent = referrals.find(
      (referral) => referral.consent.givenBy.type === 'proxy',
    )!.consent;
    const { fetch, calls } = fakeFetch((call) =>
      fhirJson(
        {
          ...JSON.parse(String(call.init.body)),
          id: 'c-41',
          meta: { lastUpdated: '2026-11-26T12:00:01Z' },
        },
        201,
        {
          Location: `${BASE}/Consent/c-41/_history/1`,
        },
      ),
    );
    const receipt = await backend(fetch).recordConsent(consent, { idempotencyKey: KEY });
    expect(receipt).to.deep.equal({ id: 'c-41', recordedAt: '2026-11-26T12:00:01.000Z' });
    const [call] = calls;
    expect(call!.url).to.equal(`${BASE}/Consent`);
    expect(call!.init.method).to.equal('POST');
    expect(headerOf(call!, 'If-None-Exist')).to.equal(
      `identifier=${IDEMPOTENCY_KEY_SYSTEM}|${KEY}:consent`,
    );
    const body = JSON.parse(String(call!.init.body)) as FhirConsent;
    expect(describeIssues(r4Issues(body))).to.deep.equal([]);
    expect(body.performer).to.deep.equal([
      { type: 'RelatedPerson', display: 'Caroline Fotheringham-Smythe' },
    ]);
    expect(body).to.not.have.property('patient');
  });

  it('withdraws a consent it recorded with a JSON Patch that fits what it wrote', async () => {
    const consent = referrals[0]!.consent;
    const recorded = fakeFetch((call) =>
      fhirJson({ ...JSON.parse(String(call.init.body)), id: 'c-7' }, 201),
    );
    await backend(recorded.fetch).recordConsent(consent, { idempotencyKey: KEY });
    const stored = {
      ...(JSON.parse(String(recorded.calls[0]!.init.body)) as FhirConsent),
      id: 'c-7',
    };

    const { fetch, calls } = fakeFetch((call) =>
      fhirJson(applyPatch(stored, JSON.parse(String(call.init.body)) as never), 200),
    );
    const receipt = await backend(fetch).withdrawConsent('c-7', {
      at: '2026-11-26T11:00:00Z',
      by: 'Siân Prydderch',
    });
    expect(receipt).to.deep.equal({ id: 'c-7', recordedAt: NOW.toISOString() });
    const [call] = calls;
    expect(call!.url).to.equal(`${BASE}/Consent/c-7`);
    expect(call!.init.method).to.equal('PATCH');
    expect(headerOf(call!, 'Content-Type')).to.equal('application/json-patch+json');
    const withdrawn = applyPatch(
      stored,
      JSON.parse(String(call!.init.body)) as never,
    ) as FhirConsent;
    expect(describeIssues(r4Issues(withdrawn))).to.deep.equal([]);
    expect(withdrawn.status).to.equal('inactive');
    expect(withdrawn.provision!.period).to.deep.equal({
      start: consent.at,
      end: '2026-11-26T11:00:00Z',
    });
    expect(withdrawn.extension).to.deep.include({
      url: CONSENT_WITHDRAWN_BY_EXTENSION,
      valueString: 'Siân Prydderch',
    });
  });

  /** A Consent as recordConsent writes it, stored by the server as `c-7`, version 3. */
  function storedConsent(consent = referrals[0]!.consent): FhirConsent {
    const identifier = { system: IDEMPOTENCY_KEY_SYSTEM, value: `${KEY}:consent` };
    return {
      ...consentToFhir(consent, { identifier }),
      id: 'c-7',
      meta: { versionId: '3', lastUpdated: '2026-11-26T10:00:00Z' },
    };
  }

  it('withdraws parts by reading the Consent and writing it back only if unchanged', async () => {
    const stored = storedConsent();
    const { fetch, calls } = fakeFetch((call) =>
      call.init.method === 'GET'
        ? fhirJson(stored, 200, { ETag: 'W/"3"' })
        : fhirJson(
            {
              ...(JSON.parse(String(call.init.body)) as FhirConsent),
              meta: { versionId: '4', lastUpdated: '2026-11-26T11:00:01Z' },
            },
            200,
          ),
    );
    const receipt = await backend(fetch).withdrawConsent('c-7', {
      at: '2026-11-26T11:00:00Z',
      by: 'Siân Prydderch',
      items: [{ type: 'contactBy', channel: 'letter' }, { type: 'followUp' }],
    });
    expect(receipt).to.deep.equal({ id: 'c-7', recordedAt: '2026-11-26T11:00:01.000Z' });
    expect(calls.map((call) => `${call.init.method} ${call.url}`)).to.deep.equal([
      `GET ${BASE}/Consent/c-7`,
      `PUT ${BASE}/Consent/c-7`,
    ]);
    expect(headerOf(calls[1]!, 'If-Match')).to.equal('W/"3"');
    const written = JSON.parse(String(calls[1]!.init.body)) as FhirConsent;
    expect(describeIssues(r4Issues(written))).to.deep.equal([]);
    expect(written.status).to.equal('active');
    const letter = written.provision!.provision!.filter(
      (rule) => rule.code![0]!.coding![0]!.code === 'contact-by-letter',
    );
    expect(letter.map((rule) => [rule.type, rule.period])).to.deep.equal([
      ['permit', { end: '2026-11-26T11:00:00Z' }],
      ['deny', { start: '2026-11-26T11:00:00Z' }],
    ]);
    expect(letter[1]!.extension).to.deep.equal([
      { url: CONSENT_WITHDRAWN_BY_EXTENSION, valueString: 'Siân Prydderch' },
    ]);
  });

  it('refuses parts never agreed or already withdrawn without writing, and a withdrawn Consent', async () => {
    const stored = storedConsent();
    const { fetch, calls } = fakeFetch(() => fhirJson(stored, 200));
    const refused = await rejection(
      backend(fetch).withdrawConsent('c-7', {
        at: '2026-11-26T11:00:00Z',
        by: 'x',
        items: [{ type: 'contactBy', channel: 'email' }, { type: 'followUp' }],
      }),
    );
    expect(refused).to.be.instanceOf(ValidationFailed);
    expect((refused as ValidationFailed).errors.map((e) => [e.path, e.code])).to.deep.equal([
      ['items.0', 'not-agreed'],
    ]);
    expect(calls.map((call) => call.init.method)).to.deep.equal(['GET']);

    const inactive = fakeFetch(() => fhirJson({ ...stored, status: 'inactive' }, 200));
    const conflict = await rejection(
      backend(inactive.fetch).withdrawConsent('c-7', {
        at: '2026-11-26T11:00:00Z',
        by: 'x',
        items: [{ type: 'followUp' }],
      }),
    );
    expect(conflict).to.be.instanceOf(Conflict);
    expect(inactive.calls).to.have.length(1);
  });

  it('reports a Consent changed in between (412) as a Conflict', async () => {
    const stored = storedConsent();
    const { fetch } = fakeFetch((call) =>
      call.init.method === 'GET' ? fhirJson(stored, 200) : fhirJson({}, 412),
    );
    const error = await rejection(
      backend(fetch).withdrawConsent('c-7', {
        at: '2026-11-26T11:00:00Z',
        by: 'x',
        items: [{ type: 'followUp' }],
      }),
    );
    expect(error).to.be.instanceOf(Conflict);
  });

  it('refuses an id that is not a FHIR id without calling the server, and maps 404 to NotFound', async () => {
    const { fetch, calls } = fakeFetch(() => fhirJson({}, 404));
    const invalid = await rejection(
      backend(fetch).withdrawConsent('../Patient/1', { at: '2026-11-26T11:00:00Z', by: 'x' }),
    );
    expect(invalid).to.be.instanceOf(ValidationFailed);
    expect(calls).to.have.length(0);
    const missing = await rejection(
      backend(fetch).withdrawConsent('c-404', { at: '2026-11-26T11:00:00Z', by: 'x' }),
    );
    expect(missing).to.be.instanceOf(NotFound);
  });
});
