/**
 * The REST adapter against the REST test server (test/servers/rest-server.mjs),
 * over real HTTP in both runners: loopback in Node, the web-test-runner mount
 * in Chromium. Every exchange is also checked against the OpenAPI document by
 * the server; each test reads its session's log and asserts it is clean.
 */
import { expect } from 'chai';
import { loadFixture } from '../../../../test/fixtures.js';
import {
  contractLog,
  FAULT_HEADER,
  LINK_WORKER_TOKEN,
  newSession,
  PRACTICE_TOKEN,
  sessionHeaders,
  useRestTestServer,
  type ContractLogEntry,
} from '../../../../test/servers/rest-env.js';
import {
  Conflict,
  NotFound,
  Unauthorised,
  Unavailable,
  ValidationFailed,
} from '../backend/errors.js';
import type { Referral } from '../model/referral.js';
import { createRestBackend, type RestBackendOptions } from './rest-backend.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const WALK_ID = '6cb6805d-5937-5217-9184-61977f98d69d';
const REFERENCE = /^LW-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

type Invalid = Referral & { _expect: { path: string; reason: string } };
let fixtures: Promise<{ valid: Referral[]; invalid: Invalid[] }> | undefined;
const referrals = () =>
  (fixtures ??= Promise.all([
    loadFixture<Referral[]>('referrals.valid.json'),
    loadFixture<Invalid[]>('referrals.invalid.json'),
  ]).then(([valid, invalid]) => ({ valid, invalid })));

const withoutExpect = ({ _expect: _, ...rest }: Invalid): Referral => rest;
const key = (): string => crypto.randomUUID();
const rejection = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );

describe('createRestBackend over HTTP', () => {
  const baseUrl = useRestTestServer();
  let session = '';

  /** A backend whose requests land in this test's contract log, with an optional fault. */
  const backend = (options: Partial<RestBackendOptions> & { fault?: string } = {}) => {
    const { fault, headers, ...rest } = options;
    return createRestBackend({
      baseUrl: baseUrl(),
      now: () => NOW,
      headers: {
        ...sessionHeaders(session),
        ...(fault ? { [FAULT_HEADER]: fault } : {}),
        ...headers,
      },
      ...rest,
    });
  };

  /** The session's exchanges; every response must match the document, and requests too unless told. */
  const cleanLog = async (allowRequestProblems = false): Promise<ContractLogEntry[]> => {
    const log = await contractLog(baseUrl(), session);
    for (const entry of log) {
      expect(entry.responseProblems, `${entry.operationId} ${entry.status}`).to.deep.equal([]);
      if (!allowRequestProblems)
        expect(entry.requestProblems, `${entry.operationId}`).to.deep.equal([]);
    }
    return log;
  };

  beforeEachTest(() => {
    session = newSession();
  });

  describe('activities', () => {
    it('searches by postcode with distances, by a POST body', async () => {
      const page = await backend().searchActivities({
        text: 'walk',
        near: { postcode: 'le7 2hr' },
        radiusMiles: 1,
        sort: 'distance',
      });
      expect(page.page).to.equal(1);
      expect(page.size).to.equal(20);
      expect(page.total).to.be.greaterThan(0);
      expect(page.items[0]!.id).to.equal(WALK_ID);
      expect(page.distances?.[WALK_ID]).to.equal(0);
      for (const item of page.items) {
        expect(
          `${item.name} ${item.organisation.name} ${item.description}`.toLowerCase(),
        ).to.include('walk');
        expect(page.distances?.[item.id]).to.be.at.most(1);
      }
      const log = await cleanLog();
      expect(log.map((e) => [e.operationId, e.status])).to.deep.equal([['searchActivities', 200]]);
    });

    it('pages through the whole directory', async () => {
      const api = backend();
      const first = await api.searchActivities({ includeInactive: true, size: 50 });
      const second = await api.searchActivities({ includeInactive: true, size: 50, page: 2 });
      const third = await api.searchActivities({ includeInactive: true, size: 50, page: 3 });
      expect([
        first.total,
        first.items.length,
        second.items.length,
        third.items.length,
      ]).to.deep.equal([89, 50, 39, 0]);
      expect(new Set([...first.items, ...second.items].map((a) => a.id)).size).to.equal(89);
      await cleanLog();
    });

    it('rejects an unknown postcode and a bad query with ValidationFailed', async () => {
      const unknown = await rejection(
        backend().searchActivities({ near: { postcode: 'LE7 9ZZ' } }),
      );
      expect(unknown).to.be.instanceOf(ValidationFailed);
      expect((unknown as ValidationFailed).errors).to.deep.equal([
        {
          path: 'near.postcode',
          code: 'unknown-postcode',
          message: 'We could not find that postcode',
        },
      ]);
      const tooBig = await rejection(backend().searchActivities({ size: 500 }));
      expect((tooBig as ValidationFailed).errors.map((e) => [e.path, e.code])).to.deep.equal([
        ['size', 'out-of-range'],
      ]);
      const log = await cleanLog(true);
      expect(log.map((e) => e.status)).to.deep.equal([422, 422]);
      expect(log[1]!.requestProblems.map((p) => p.path)).to.deep.equal(['body.size']);
    });

    it('gets one activity, and NotFound for an unknown id', async () => {
      const activity = await backend().getActivity(WALK_ID);
      expect(activity.name).to.equal('Tuesday Health Walk at Kingfisher Meadows');
      expect(activity.locations[0]!.postcode).to.equal('LE7 2HR');
      expect(await rejection(backend().getActivity('no-such-activity'))).to.be.instanceOf(NotFound);
      expect(await rejection(backend().getActivity('../referrals'))).to.be.instanceOf(NotFound);
      const log = await cleanLog();
      expect(log.map((e) => [e.operationId, e.status])).to.deep.equal([
        ['getActivity', 200],
        ['getActivity', 404],
        ['getActivity', 404],
      ]);
    });

    it('geocodes a postcode by a POST body, undefined when unknown, ValidationFailed when malformed', async () => {
      const api = backend();
      expect(await api.geocode('LE7 2HR')).to.deep.equal({ lat: 52.5931, lng: -1.0897 });
      expect(await api.geocode('le72hr')).to.deep.equal({ lat: 52.5931, lng: -1.0897 });
      expect(await api.geocode('LE7 9ZZ')).to.equal(undefined);
      const malformed = await rejection(api.geocode('not a postcode'));
      expect((malformed as ValidationFailed).errors.map((e) => [e.path, e.code])).to.deep.equal([
        ['postcode', 'format'],
      ]);
      const log = await cleanLog();
      expect(log.map((e) => e.status)).to.deep.equal([200, 200, 404, 422]);
    });
  });

  describe('referrals', () => {
    it('stores a staff referral once per idempotency key: 201, then 200 with the same receipt', async () => {
      const [referral] = (await referrals()).valid;
      const api = backend({ token: () => PRACTICE_TOKEN });
      const idempotencyKey = key();
      const first = await api.submitReferral(referral!, { idempotencyKey });
      const again = await api.submitReferral(referral!, { idempotencyKey });
      expect(first.reference).to.match(REFERENCE);
      expect(again).to.deep.equal(first);
      const other = await api.submitReferral(referral!, { idempotencyKey: key() });
      expect(other.reference).to.not.equal(first.reference);
      const log = await cleanLog();
      expect(log.map((e) => e.status)).to.deep.equal([201, 200, 201]);
    });

    it('answers Conflict when a key is reused with a different body', async () => {
      const { valid } = await referrals();
      const api = backend({ token: async () => PRACTICE_TOKEN });
      const idempotencyKey = key();
      await api.submitReferral(valid[0]!, { idempotencyKey });
      expect(await rejection(api.submitReferral(valid[2]!, { idempotencyKey }))).to.be.instanceOf(
        Conflict,
      );
      const log = await cleanLog();
      expect(log.map((e) => e.status)).to.deep.equal([201, 409]);
    });

    it('accepts every valid fixture referral (self-referrals need no token)', async () => {
      const { valid } = await referrals();
      const withToken = backend({ token: () => PRACTICE_TOKEN });
      const anonymous = backend();
      for (const referral of valid) {
        const api = referral.source === 'self' ? anonymous : withToken;
        expect((await api.submitReferral(referral, { idempotencyKey: key() })).reference).to.match(
          REFERENCE,
        );
      }
      const log = await cleanLog();
      expect(log).to.have.length(valid.length);
      expect(log.every((e) => e.status === 201)).to.equal(true);
    });

    it('maps the server’s 422 to ValidationFailed with its dotted paths', async () => {
      const { invalid } = await referrals();
      const api = backend({ token: () => PRACTICE_TOKEN });
      for (const path of [
        'notes',
        'source',
        'consent.referral',
        'patient.nhsNumber',
        'consent.givenBy.name',
      ]) {
        const fixture = invalid.find(
          (r) =>
            r._expect.path === path &&
            ['too-long', 'enum', 'must-be-true', 'required'].includes(r._expect.reason),
        )!;
        const error = await rejection(
          api.submitReferral(withoutExpect(fixture), { idempotencyKey: key() }),
        );
        expect(error, path).to.be.instanceOf(ValidationFailed);
        expect(
          (error as ValidationFailed).errors.map((e) => [e.path, e.code]),
          path,
        ).to.deep.equal([[path, fixture._expect.reason]]);
        expect((error as Error).message).to.equal('submitReferral: the backend answered 422');
      }
      const log = await cleanLog(true);
      expect(log.map((e) => e.status)).to.deep.equal([422, 422, 422, 422, 422]);
    });

    it('refuses bodies over 64 kB with ValidationFailed (413)', async () => {
      const [referral] = (await referrals()).valid;
      const huge = { ...referral!, notes: 'x'.repeat(70_000) };
      const error = await rejection(
        backend({ token: () => PRACTICE_TOKEN }).submitReferral(huge, { idempotencyKey: key() }),
      );
      expect(error).to.be.instanceOf(ValidationFailed);
      expect((error as ValidationFailed).errors.map((e) => e.code)).to.deep.equal(['too-large']);
      const log = await cleanLog();
      expect(log.map((e) => e.status)).to.deep.equal([413]);
    });

    it('answers Unauthorised for a staff referral without a token, or with a bad one', async () => {
      const [referral] = (await referrals()).valid;
      expect(
        await rejection(backend().submitReferral(referral!, { idempotencyKey: key() })),
      ).to.be.instanceOf(Unauthorised);
      expect(
        await rejection(
          backend({ token: () => 'forged' }).submitReferral(referral!, { idempotencyKey: key() }),
        ),
      ).to.be.instanceOf(Unauthorised);
      const log = await cleanLog();
      expect(log.map((e) => e.status)).to.deep.equal([401, 401]);
    });

    it('lists the inbox for link workers only', async () => {
      const [referral] = (await referrals()).valid;
      const receipt = await backend({ token: () => PRACTICE_TOKEN }).submitReferral(referral!, {
        idempotencyKey: key(),
      });
      const inbox = await backend({ token: async () => LINK_WORKER_TOKEN }).listReferrals({
        size: 100,
      });
      const record = inbox.items.find((r) => r.reference === receipt.reference);
      expect(record?.referral).to.deep.equal(referral);
      expect(record?.receivedAt).to.equal(receipt.receivedAt);
      expect(inbox.items[0]!.reference).to.equal(receipt.reference);
      const later = await backend({ token: () => LINK_WORKER_TOKEN }).listReferrals({
        since: '2999-01-01T00:00:00Z',
      });
      expect(later.items).to.deep.equal([]);
      expect(
        await rejection(backend({ token: () => PRACTICE_TOKEN }).listReferrals()),
      ).to.be.instanceOf(Unauthorised);
      expect(await rejection(backend().listReferrals())).to.be.instanceOf(Unauthorised);
      const badPage = await rejection(
        backend({ token: () => LINK_WORKER_TOKEN }).listReferrals({ page: 0 }),
      );
      expect((badPage as ValidationFailed).errors.map((e) => [e.path, e.code])).to.deep.equal([
        ['page', 'out-of-range'],
      ]);
      const log = await cleanLog(true);
      expect(log.map((e) => e.status)).to.deep.equal([201, 200, 200, 403, 401, 422]);
    });
  });

  describe('consent', () => {
    it('records consent once per key, withdraws it, and refuses a different second withdrawal', async () => {
      const [referral] = (await referrals()).valid;
      const api = backend();
      const idempotencyKey = key();
      const stored = await api.recordConsent(referral!.consent, { idempotencyKey });
      expect(await api.recordConsent(referral!.consent, { idempotencyKey })).to.deep.equal(stored);
      expect(
        await rejection(
          api.recordConsent({ ...referral!.consent, followUp: false }, { idempotencyKey }),
        ),
      ).to.be.instanceOf(Conflict);
      const withdrawal = { at: '2026-11-20T09:30:00Z', by: 'Dr Amira Haddad' };
      const withdrawn = await api.withdrawConsent(stored.id, withdrawal);
      expect(withdrawn.id).to.equal(stored.id);
      expect(await api.withdrawConsent(stored.id, withdrawal)).to.deep.equal(withdrawn);
      expect(
        await rejection(api.withdrawConsent(stored.id, { ...withdrawal, by: 'Someone else' })),
      ).to.be.instanceOf(Conflict);
      expect(
        await rejection(api.withdrawConsent(crypto.randomUUID(), withdrawal)),
      ).to.be.instanceOf(NotFound);
      const log = await cleanLog();
      expect(log.map((e) => [e.operationId, e.status])).to.deep.equal([
        ['recordConsent', 201],
        ['recordConsent', 200],
        ['recordConsent', 409],
        ['withdrawConsent', 200],
        ['withdrawConsent', 200],
        ['withdrawConsent', 409],
        ['withdrawConsent', 404],
      ]);
    });

    it('withdraws parts one withdrawal at a time, then the whole, and refuses a part twice', async () => {
      const [referral] = (await referrals()).valid;
      const api = backend();
      const stored = await api.recordConsent(referral!.consent, { idempotencyKey: key() });
      const phone = {
        at: '2026-11-19T09:00:00Z',
        by: 'Siân Prydderch',
        items: [{ type: 'contactBy', channel: 'phone' }] as const,
      };
      const first = await api.withdrawConsent(stored.id, phone);
      expect(first.id).to.equal(stored.id);
      expect(await api.withdrawConsent(stored.id, phone)).to.deep.equal(first);
      expect(
        await rejection(api.withdrawConsent(stored.id, { ...phone, at: '2026-11-19T10:00:00Z' })),
      ).to.be.instanceOf(Conflict);
      const notAgreed = await rejection(
        api.withdrawConsent(stored.id, {
          ...phone,
          items: [{ type: 'contactBy', channel: 'email' }],
        }),
      );
      expect((notAgreed as ValidationFailed).errors.map((e) => [e.path, e.code])).to.deep.equal([
        ['items.0', 'not-agreed'],
      ]);
      await api.withdrawConsent(stored.id, { at: '2026-11-20T09:00:00Z', by: 'Siân Prydderch' });
      expect(
        await rejection(
          api.withdrawConsent(stored.id, { ...phone, items: [{ type: 'followUp' }] }),
        ),
      ).to.be.instanceOf(Conflict);
      const log = await cleanLog();
      expect(log.map((e) => [e.operationId, e.status])).to.deep.equal([
        ['recordConsent', 201],
        ['withdrawConsent', 200],
        ['withdrawConsent', 200],
        ['withdrawConsent', 409],
        ['withdrawConsent', 422],
        ['withdrawConsent', 200],
        ['withdrawConsent', 409],
      ]);
    });

    it('refuses a consent record that is already withdrawn', async () => {
      const [referral] = (await referrals()).valid;
      const consent = {
        ...referral!.consent,
        withdrawn: { at: '2026-11-20T09:30:00Z', by: 'Dr Amira Haddad' },
      };
      const error = await rejection(backend().recordConsent(consent, { idempotencyKey: key() }));
      expect((error as ValidationFailed).errors.map((e) => [e.path, e.code])).to.deep.equal([
        ['withdrawn', 'not-allowed'],
      ]);
      await cleanLog(true);
    });
  });

  describe('faults', () => {
    it('500 → Unavailable without a wait', async () => {
      const error = await rejection(backend({ fault: '500' }).searchActivities({}));
      expect(error).to.be.instanceOf(Unavailable);
      expect((error as Unavailable).retryAfterMs).to.equal(undefined);
      expect((error as Error).message).to.equal('searchActivities: the backend answered 500');
      await cleanLog();
    });

    it('503 with Retry-After in seconds and as a date, 429 with seconds → Unavailable with retryAfterMs', async () => {
      const [referral] = (await referrals()).valid;
      const seconds = await rejection(backend({ fault: '503-seconds' }).getActivity(WALK_ID));
      const date = await rejection(
        backend({ fault: '503-date' }).submitReferral(referral!, { idempotencyKey: key() }),
      );
      const limited = await rejection(backend({ fault: '429' }).geocode('LE7 2HR'));
      expect([seconds, date, limited].map((e) => (e as Unavailable).retryAfterMs)).to.deep.equal([
        120_000, 120_000, 7_000,
      ]);
      expect([seconds, date, limited].every((e) => e instanceof Unavailable)).to.equal(true);
      const log = await cleanLog();
      expect(log.map((e) => e.status)).to.deep.equal([503, 503, 429]);
    });

    it('a slow server → Unavailable after the timeout', async () => {
      const error = await rejection(backend({ fault: 'slow', timeoutMs: 50 }).searchActivities({}));
      expect(error).to.be.instanceOf(Unavailable);
      expect((error as Error).message).to.equal('searchActivities: no answer within 50 ms');
    });

    it("a slow server and the caller's abort → the caller's reason, not Unavailable", async () => {
      const controller = new AbortController();
      const reason = new Error('navigated away');
      const pending = rejection(
        backend({ fault: 'slow', timeoutMs: 60_000 }).searchActivities(
          {},
          { signal: controller.signal },
        ),
      );
      // Abort once the server has the request.
      for (let i = 0; i < 100 && (await contractLog(baseUrl(), session)).length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      controller.abort(reason);
      expect(await pending).to.equal(reason);
    });

    it('a dropped connection → Unavailable', async () => {
      expect(await rejection(backend({ fault: 'drop' }).getActivity(WALK_ID))).to.be.instanceOf(
        Unavailable,
      );
    });

    it('malformed JSON and a wrong shape → Unavailable, not a crash', async () => {
      const malformed = await rejection(backend({ fault: 'malformed-json' }).searchActivities({}));
      expect(malformed).to.be.instanceOf(Unavailable);
      expect((malformed as Error).message).to.equal(
        'searchActivities: the backend answered 200 without a JSON body',
      );
      for (const call of [
        (api: ReturnType<typeof backend>) => api.searchActivities({}),
        (api: ReturnType<typeof backend>) => api.getActivity(WALK_ID),
        (api: ReturnType<typeof backend>) => api.geocode('LE7 2HR'),
        (api: ReturnType<typeof backend>) =>
          api.withdrawConsent('x', { at: '2026-11-20T09:30:00Z', by: 'x' }),
      ]) {
        const error = await rejection(call(backend({ fault: 'wrong-shape' })));
        expect(error).to.be.instanceOf(Unavailable);
        expect((error as Error).message).to.match(
          /the backend's answer does not match the API \(at /,
        );
      }
    });

    it('a malformed 422 → ValidationFailed with the entries that can be read', async () => {
      const [referral] = (await referrals()).valid;
      const error = await rejection(
        backend({ fault: '422-malformed' }).submitReferral(referral!, { idempotencyKey: key() }),
      );
      expect((error as ValidationFailed).errors).to.deep.equal([
        { path: 'notes', code: 'too-long', message: 'Too long' },
      ]);
    });
  });
});

/** `beforeEach` exists in both runners. */
function beforeEachTest(fn: () => void): void {
  beforeEach(fn);
}
