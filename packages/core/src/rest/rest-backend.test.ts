import { expect } from 'chai';
import { loadFixture } from '../../../../test/fixtures.js';
import {
  BackendError,
  Conflict,
  NotFound,
  Unauthorised,
  Unavailable,
  ValidationFailed,
} from '../backend/errors.js';
import type { Referral } from '../model/referral.js';
import {
  createRestBackend,
  type FetchLike,
  type RestBackendOptions,
  type RestTimers,
} from './rest-backend.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const KEY = '5d0f3d0e-8a6c-4f4e-9b7e-1c2d3e4f5a6b';
const RECEIPT = { reference: 'LW-7K3P-9QX2', receivedAt: '2026-11-26T12:00:01Z' };

interface Sent {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: unknown;
}

/** A fetch that records each request and answers from a script. */
function scriptedFetch(answer: (sent: Sent) => Response | Promise<Response>): {
  fetch: FetchLike;
  sent: Sent[];
} {
  const sent: Sent[] = [];
  const fetch: FetchLike = async (url, init) => {
    const request: Sent = {
      url,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    sent.push(request);
    return answer(request);
  };
  return { fetch, sent };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
      ...headers,
    },
  });

const problem = (status: number, extra: Record<string, unknown> = {}): Response =>
  json(status, { title: 'Problem', status, ...extra });

/** Timers the test fires by hand. */
function manualTimers(): RestTimers & { fire(): void; readonly pending: number } {
  const callbacks = new Map<number, () => void>();
  let next = 1;
  return {
    setTimeout: (callback) => {
      callbacks.set(next, callback);
      return next++;
    },
    clearTimeout: (handle) => {
      callbacks.delete(handle as number);
    },
    fire() {
      for (const [id, callback] of [...callbacks]) {
        callbacks.delete(id);
        callback();
      }
    },
    get pending() {
      return callbacks.size;
    },
  };
}

/** Lets pending promise callbacks run. */
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A fetch that only ever ends by its signal aborting. */
const hangingFetch: FetchLike = (_url, init) =>
  new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
  });

const backendWith = (fetch: FetchLike, options: Partial<RestBackendOptions> = {}) =>
  createRestBackend({ baseUrl: 'https://api.example/v1/', fetch, now: () => NOW, ...options });

/** The first valid fixture referral (Siân Prydderch, a staff referral). Loaded once; works in both runners. */
let fixtureReferral: Promise<Referral> | undefined;
const firstReferral = (): Promise<Referral> =>
  (fixtureReferral ??= loadFixture<Referral[]>('referrals.valid.json').then((all) => all[0]!));

describe('createRestBackend: requests', () => {
  it('sends JSON bodies to the documented endpoints, with no personal data in URLs', async () => {
    const referral = await firstReferral();
    const { fetch, sent } = scriptedFetch(({ url }) => {
      if (url.endsWith('/geocode')) return json(200, { point: { lat: 52.6, lng: -1.1 } });
      if (url.endsWith('/referrals')) return json(201, RECEIPT);
      if (url.endsWith('/consents') || url.endsWith('/withdrawal'))
        return json(201, { id: 'c-1', recordedAt: RECEIPT.receivedAt });
      return json(200, { items: [], total: 0, page: 1, size: 20 });
    });
    const backend = backendWith(fetch);
    await backend.searchActivities({ text: 'walk', near: { postcode: 'LE7 2HR' } });
    await backend.geocode('LE7 1QT');
    await backend.submitReferral(referral, { idempotencyKey: KEY });
    await backend.recordConsent(referral.consent, { idempotencyKey: KEY });
    await backend.withdrawConsent('c-1', { at: '2026-11-20T09:30:00Z', by: 'Dr Amira Haddad' });
    await backend.withdrawConsent('c-1', {
      at: '2026-11-19T09:30:00Z',
      by: 'Siân Prydderch',
      items: [{ type: 'followUp' }, { type: 'contactBy', channel: 'letter' }],
    });
    expect(sent.map((s) => `${s.method} ${s.url}`)).to.deep.equal([
      'POST https://api.example/v1/activities/search',
      'POST https://api.example/v1/geocode',
      'POST https://api.example/v1/referrals',
      'POST https://api.example/v1/consents',
      'POST https://api.example/v1/consents/c-1/withdrawal',
      'POST https://api.example/v1/consents/c-1/withdrawal',
    ]);
    expect(sent[0]!.body).to.deep.equal({ text: 'walk', near: { postcode: 'LE7 2HR' } });
    expect(sent[1]!.body).to.deep.equal({ postcode: 'LE7 1QT' });
    expect(sent[2]!.body).to.deep.equal(referral);
    expect(sent[3]!.body).to.deep.equal(referral.consent);
    expect(sent[4]!.body).to.deep.equal({ at: '2026-11-20T09:30:00Z', by: 'Dr Amira Haddad' });
    expect(sent[5]!.body).to.deep.equal({
      at: '2026-11-19T09:30:00Z',
      by: 'Siân Prydderch',
      items: [{ type: 'followUp' }, { type: 'contactBy', channel: 'letter' }],
    });
    for (const s of sent) {
      expect(s.headers.get('content-type')).to.equal('application/json');
      expect(s.headers.get('accept')).to.equal('application/json, application/problem+json');
      expect(s.url).to.not.match(/LE7|Prydderch|999/i);
    }
  });

  it('sends the Idempotency-Key on referral and consent submissions only', async () => {
    const referral = await firstReferral();
    const { fetch, sent } = scriptedFetch(({ url }) =>
      url.endsWith('/referrals')
        ? json(201, RECEIPT)
        : json(201, { id: 'c-1', recordedAt: RECEIPT.receivedAt }),
    );
    const backend = backendWith(fetch);
    await backend.submitReferral(referral, { idempotencyKey: KEY });
    await backend.recordConsent(referral.consent, { idempotencyKey: KEY });
    await backend.withdrawConsent('c-1', { at: '2026-11-20T09:30:00Z', by: 'Dr Amira Haddad' });
    expect(sent.map((s) => s.headers.get('idempotency-key'))).to.deep.equal([KEY, KEY, null]);
  });

  it('refuses an idempotency key that is not a UUID, before sending', async () => {
    const referral = await firstReferral();
    const { fetch, sent } = scriptedFetch(() => json(201, RECEIPT));
    const error = await backendWith(fetch)
      .submitReferral(referral, { idempotencyKey: 'retry-1' })
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(TypeError);
    expect(sent).to.have.length(0);
  });

  it('gets an activity and the inbox by GET, with the id as one encoded segment', async () => {
    const { fetch, sent } = scriptedFetch(() => json(404, { title: 'Not found', status: 404 }));
    const backend = backendWith(fetch);
    await backend.getActivity('a/../b?c').catch(() => undefined);
    await backend
      .listReferrals({ page: 2, size: 50, since: '2026-11-01T00:00:00Z' })
      .catch(() => undefined);
    await backend.listReferrals().catch(() => undefined);
    expect(sent.map((s) => `${s.method} ${s.url}`)).to.deep.equal([
      'GET https://api.example/v1/activities/a%2F..%2Fb%3Fc',
      'GET https://api.example/v1/referrals?page=2&size=50&since=2026-11-01T00%3A00%3A00Z',
      'GET https://api.example/v1/referrals',
    ]);
    expect(sent.every((s) => s.body === undefined && !s.headers.has('content-type'))).to.equal(
      true,
    );
  });

  it('answers NotFound for ids that cannot name a resource, without a request', async () => {
    const { fetch, sent } = scriptedFetch(() => json(200, {}));
    const backend = backendWith(fetch);
    for (const id of ['', '.', '..']) {
      expect(await backend.getActivity(id).catch((e: unknown) => e)).to.be.instanceOf(NotFound);
      expect(
        await backend
          .withdrawConsent(id, { at: '2026-11-20T09:30:00Z', by: 'x' })
          .catch((e: unknown) => e),
      ).to.be.instanceOf(NotFound);
    }
    expect(sent).to.have.length(0);
  });

  it('adds the configured headers, but its own win', async () => {
    const referral = await firstReferral();
    const { fetch, sent } = scriptedFetch(() => json(201, RECEIPT));
    const backend = backendWith(fetch, {
      headers: { 'x-api-key': 'k-123', accept: 'text/html', 'idempotency-key': 'nope' },
      token: () => 'abc',
    });
    await backend.submitReferral(referral, { idempotencyKey: KEY });
    expect(sent[0]!.headers.get('x-api-key')).to.equal('k-123');
    expect(sent[0]!.headers.get('accept')).to.equal('application/json, application/problem+json');
    expect(sent[0]!.headers.get('idempotency-key')).to.equal(KEY);
    expect(sent[0]!.headers.get('authorization')).to.equal('Bearer abc');
  });

  it('refuses bad configuration at once', () => {
    expect(() => createRestBackend({ baseUrl: 'ftp://api.example' })).to.throw(TypeError);
    expect(() => createRestBackend({ baseUrl: '/api' })).to.throw(TypeError);
    expect(() => createRestBackend({ baseUrl: 'https://api.example', timeoutMs: 0 })).to.throw(
      TypeError,
    );
    expect(() =>
      createRestBackend({ baseUrl: 'https://api.example', timeoutMs: Number.NaN }),
    ).to.throw(TypeError);
    expect(() =>
      createRestBackend({ baseUrl: 'https://api.example', headers: { 'bad header': 'x' } }),
    ).to.throw(TypeError);
  });
});

describe('createRestBackend: token provider', () => {
  const page = () => json(200, { items: [], total: 0, page: 1, size: 20 });

  it('sends a synchronous token as a bearer credential', async () => {
    const { fetch, sent } = scriptedFetch(page);
    await backendWith(fetch, { token: () => 'sync-token' }).searchActivities({});
    expect(sent[0]!.headers.get('authorization')).to.equal('Bearer sync-token');
  });

  it('awaits an asynchronous token, asking for it on every request', async () => {
    const { fetch, sent } = scriptedFetch(page);
    let n = 0;
    const backend = backendWith(fetch, { token: async () => `async-${++n}` });
    await backend.searchActivities({});
    await backend.searchActivities({});
    expect(sent.map((s) => s.headers.get('authorization'))).to.deep.equal([
      'Bearer async-1',
      'Bearer async-2',
    ]);
  });

  it('sends no Authorization when there is no provider, or it gives nothing', async () => {
    for (const token of [undefined, () => undefined, async () => undefined, () => '']) {
      const { fetch, sent } = scriptedFetch(page);
      await backendWith(fetch, token ? { token } : {}).searchActivities({});
      expect(sent[0]!.headers.has('authorization')).to.equal(false);
    }
  });

  it('rejects with Unauthorised when the provider fails or gives a value that is not a token', async () => {
    for (const token of [
      () => {
        throw new Error('session expired');
      },
      () => Promise.reject(new Error('refresh failed')),
      () => 'two words',
      () => 'line\nbreak',
    ]) {
      const { fetch, sent } = scriptedFetch(page);
      const error = await backendWith(fetch, { token })
        .searchActivities({})
        .catch((e: unknown) => e);
      expect(error).to.be.instanceOf(Unauthorised);
      expect(sent).to.have.length(0);
    }
  });
});

describe('createRestBackend: error mapping', () => {
  const submitAnswering = async (response: () => Response) =>
    backendWith(scriptedFetch(response).fetch)
      .submitReferral(await firstReferral(), { idempotencyKey: KEY })
      .then(
        () => {
          throw new Error('expected a rejection');
        },
        (error: unknown) => error,
      );

  it('maps 422 to ValidationFailed with the field errors as given', async () => {
    const error = await submitAnswering(() =>
      problem(422, {
        errors: [
          { path: 'patient.nhsNumber', code: 'checksum', message: 'This NHS number is not valid' },
          { path: 'reasons.1', code: 'unknown-term', message: '<b>Unknown</b> need' },
          { path: 'notes', code: 'too-long' },
        ],
      }),
    );
    expect(error).to.be.instanceOf(ValidationFailed);
    expect((error as ValidationFailed).retryable).to.equal(false);
    expect((error as ValidationFailed).errors).to.deep.equal([
      { path: 'patient.nhsNumber', code: 'checksum', message: 'This NHS number is not valid' },
      { path: 'reasons.1', code: 'unknown-term', message: '<b>Unknown</b> need' },
      { path: 'notes', code: 'too-long', message: 'too-long' },
    ]);
  });

  it('keeps the well-formed entries of a malformed 422', async () => {
    const error = await submitAnswering(() =>
      problem(422, {
        errors: [{ path: 7 }, 'x', null, { path: 'notes', code: 'too-long', message: 'Too long' }],
      }),
    );
    expect((error as ValidationFailed).errors).to.deep.equal([
      { path: 'notes', code: 'too-long', message: 'Too long' },
    ]);
    const bare = await submitAnswering(() => new Response('not json', { status: 422 }));
    expect(bare).to.be.instanceOf(ValidationFailed);
    expect((bare as ValidationFailed).errors).to.deep.equal([]);
  });

  it('maps 413 to ValidationFailed for the whole body', async () => {
    const error = await submitAnswering(() => problem(413));
    expect(error).to.be.instanceOf(ValidationFailed);
    expect((error as ValidationFailed).errors).to.deep.equal([
      { path: '', code: 'too-large', message: 'The request is larger than the backend accepts' },
    ]);
  });

  const cases: [number, new (...args: never[]) => BackendError, boolean][] = [
    [400, BackendError, false],
    [401, Unauthorised, false],
    [403, Unauthorised, false],
    [404, NotFound, false],
    [405, BackendError, false],
    [408, Unavailable, true],
    [409, Conflict, false],
    [410, NotFound, false],
    [429, Unavailable, true],
    [500, Unavailable, true],
    [502, Unavailable, true],
    [503, Unavailable, true],
    [504, Unavailable, true],
  ];
  for (const [status, type, retryable] of cases) {
    it(`maps ${status} to ${type.name}`, async () => {
      const error = await submitAnswering(() =>
        problem(status, { detail: 'Siân Prydderch, 999 100 0011' }),
      );
      expect(error).to.be.instanceOf(type);
      expect((error as BackendError).retryable).to.equal(retryable);
      expect((error as Error).message).to.equal(`submitReferral: the backend answered ${status}`);
      if (type === BackendError) {
        for (const specific of [ValidationFailed, Unauthorised, NotFound, Conflict, Unavailable]) {
          expect(error).to.not.be.instanceOf(specific);
        }
      }
    });
  }

  it('reads Retry-After in seconds and as an HTTP date', async () => {
    const seconds = await submitAnswering(() => json(503, {}, { 'retry-after': '120' }));
    expect((seconds as Unavailable).retryAfterMs).to.equal(120_000);
    const date = await submitAnswering(() =>
      json(429, {}, { 'retry-after': 'Thu, 26 Nov 2026 12:02:00 GMT' }),
    );
    expect((date as Unavailable).retryAfterMs).to.equal(120_000);
    const none = await submitAnswering(() => json(503, {}));
    expect((none as Unavailable).retryAfterMs).to.equal(undefined);
    const garbage = await submitAnswering(() => json(503, {}, { 'retry-after': 'later' }));
    expect((garbage as Unavailable).retryAfterMs).to.equal(undefined);
  });

  it('maps network failures to Unavailable, keeping the cause', async () => {
    const cause = new TypeError('Failed to fetch');
    const error = await backendWith(() => Promise.reject(cause))
      .searchActivities({})
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(Unavailable);
    expect((error as Unavailable).cause).to.equal(cause);
  });

  it('maps answers that are not JSON, or not the documented shape, to Unavailable', async () => {
    for (const response of [
      () => new Response('{"reference": ', { status: 201 }),
      () => new Response('', { status: 201 }),
      () =>
        new Response('<html>hello</html>', {
          status: 200,
          headers: { 'content-type': 'text/html' },
        }),
      () => json(201, { reference: 42 }),
      () => json(201, ['LW-7K3P-9QX2']),
      () => json(201, null),
    ]) {
      const error = await submitAnswering(response);
      expect(error).to.be.instanceOf(Unavailable);
    }
  });

  it('names the paths of a wrong shape, not the values', async () => {
    const error = await backendWith(
      scriptedFetch(() =>
        json(200, { items: [{ id: 'a', name: 'Siân Prydderch' }], total: 1, page: 1, size: 20 }),
      ).fetch,
    )
      .searchActivities({})
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(Unavailable);
    expect((error as Error).message).to.match(
      /^searchActivities: the backend's answer does not match the API \(at items\.0\./,
    );
    expect((error as Error).message).to.not.include('Siân');
  });

  it('ignores fields it does not know in answers', async () => {
    const referral = await firstReferral();
    const receipt = await backendWith(
      scriptedFetch(() => json(201, { ...RECEIPT, extra: { nested: true } })).fetch,
    ).submitReferral(referral, { idempotencyKey: KEY });
    expect(receipt).to.deep.equal(RECEIPT);
  });

  it('answers undefined for a postcode the backend does not know', async () => {
    const backend = backendWith(scriptedFetch(() => problem(404)).fetch);
    expect(await backend.geocode('LE7 9ZZ')).to.equal(undefined);
  });

  it('never puts the request body into error messages', async () => {
    for (const status of [400, 401, 409, 413, 422, 429, 500]) {
      const error = (await submitAnswering(() => problem(status))) as Error;
      for (const secret of ['Siân', 'Prydderch', '999 100 0011', 'LE7 1QT', 'Afon Court']) {
        expect(error.message).to.not.include(secret);
      }
    }
  });
});

describe('createRestBackend: timeout and abort', () => {
  it('rejects with Unavailable when the timeout fires', async () => {
    const timers = manualTimers();
    const pending = backendWith(hangingFetch, { timers, timeoutMs: 50 }).searchActivities({});
    await tick();
    expect(timers.pending).to.equal(1);
    timers.fire();
    const error = await pending.catch((e: unknown) => e);
    expect(error).to.be.instanceOf(Unavailable);
    expect((error as Error).message).to.equal('searchActivities: no answer within 50 ms');
  });

  it("rejects with the caller's abort reason when the caller aborts", async () => {
    const timers = manualTimers();
    const controller = new AbortController();
    const pending = backendWith(hangingFetch, { timers }).searchActivities(
      {},
      { signal: controller.signal },
    );
    await tick();
    expect(timers.pending).to.equal(1);
    const reason = new Error('user left the page');
    controller.abort(reason);
    expect(await pending.catch((e: unknown) => e)).to.equal(reason);
    expect(timers.pending).to.equal(0);
  });

  it('rejects at once, without a request, when the caller has already aborted', async () => {
    const { fetch, sent } = scriptedFetch(() => json(200, {}));
    const reason = new DOMException('gone', 'AbortError');
    const error = await backendWith(fetch)
      .getActivity('a', { signal: AbortSignal.abort(reason) })
      .catch((e: unknown) => e);
    expect(error).to.equal(reason);
    expect(sent).to.have.length(0);
  });

  it('also times out while reading a slow body', async () => {
    const timers = manualTimers();
    const fetch: FetchLike = async (_url, init) =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"items": ['));
            init.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
          },
        }),
        { status: 200 },
      );
    const pending = backendWith(fetch, { timers }).searchActivities({});
    await tick();
    timers.fire();
    expect(await pending.catch((e: unknown) => e)).to.be.instanceOf(Unavailable);
  });

  it('clears its timer once answered', async () => {
    const timers = manualTimers();
    await backendWith(
      scriptedFetch(() => json(200, { items: [], total: 0, page: 1, size: 20 })).fetch,
      { timers },
    ).searchActivities({});
    expect(timers.pending).to.equal(0);
  });
});
