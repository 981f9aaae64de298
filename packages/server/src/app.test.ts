import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { afterAll, beforeAll } from 'vitest';
import { loadFixture } from '../../../test/fixtures.js';
import { createApp, type AppOptions, type RequestLogEntry } from './app.js';
import { createDirectory, type Directory } from './directory.js';
import { openStore, type Store } from './storage/index.js';
import { call, loadContract, type Call, type Contract } from './testing/contract.js';

const TOKEN = 'staff-token-for-tests-0123456789';
const NOW = new Date('2026-11-26T12:00:00Z');
/** Starting PGlite and compiling the contract can take a while on a busy machine. */
const STARTUP_MS = 60_000;
const RECEIPT = /^LW-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

type Referral = Record<string, unknown> & { source: string; consent: Record<string, unknown> };

describe('reference API', () => {
  let contract: Contract;
  let store: Store;
  let directory: Directory;
  let services: { id: string }[];
  let valid: Referral[];
  let invalid: (Referral & { _expect: { path: string; reason: string } })[];
  let logs: RequestLogEntry[];

  /** A fresh app over the shared store; each test gets its own rate limiter and log. */
  function app(options: Partial<AppOptions> = {}) {
    logs = [];
    const created = createApp({
      store,
      directory,
      staffToken: TOKEN,
      now: () => NOW,
      log: (entry) => logs.push(entry),
      // Behind no proxy in these in-process calls: the tests name the client.
      clientAddress: (c) => c.req.header('x-test-client') ?? 'client-a',
      publicWriteLimit: { burst: 1000, perMinute: 1000 },
      ...options,
    });
    return (method: string, path: string, init: Call = {}) =>
      call((request) => created.fetch(request), contract, method, path, init);
  }

  beforeAll(async () => {
    contract = await loadContract();
    services = await loadFixture('riverside.oruk3.json');
    valid = await loadFixture('referrals.valid.json');
    invalid = await loadFixture('referrals.invalid.json');
    directory = createDirectory(services, { now: () => NOW });
    store = await openStore();
  }, STARTUP_MS);
  afterAll(async () => {
    await store.close();
  }, STARTUP_MS);

  describe('POST /activities/search', () => {
    it('finds activities by text', async () => {
      const api = app();
      const { status, body } = await api('POST', '/activities/search', { body: { text: 'walk' } });
      expect(status).to.equal(200);
      const page = body as { items: { name: string }[]; total: number; page: number; size: number };
      expect(page.total).to.be.greaterThan(0);
      expect(page).to.include({ page: 1, size: 20 });
      expect(
        page.items.some((a) => a.name === 'Tuesday Health Walk at Kingfisher Meadows'),
      ).to.equal(true);
    });

    it('searches near a postcode, with distances, and pages', async () => {
      const api = app();
      const { body } = await api('POST', '/activities/search', {
        body: { near: { postcode: 'le7 2hr' }, radiusMiles: 3, sort: 'distance', size: 5, page: 1 },
      });
      const page = body as {
        items: { id: string }[];
        distances: Record<string, number>;
        size: number;
      };
      expect(page.size).to.equal(5);
      expect(page.items).to.have.length(5);
      const distances = page.items.map((a) => page.distances[a.id] as number);
      expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
      expect(distances.every((d) => d <= 3)).to.equal(true);
    });

    it('finds nothing near an unknown postcode', async () => {
      const { status, body } = await app()('POST', '/activities/search', {
        body: { near: { postcode: 'ZZ9 9ZZ' } },
      });
      expect(status).to.equal(200);
      expect(body).to.deep.include({ items: [], total: 0 });
    });

    it('rejects a query outside the schema with dotted field errors', async () => {
      const { status, body } = await app()('POST', '/activities/search', {
        body: { size: 101, days: ['XX'], near: { point: { lat: 95, lng: 0 } }, colour: 'red' },
      });
      expect(status).to.equal(422);
      const errors = (body as { errors: { path: string; code: string }[] }).errors;
      expect(errors.map((e) => [e.path, e.code]).sort()).to.deep.equal(
        [
          ['colour', 'not-allowed'],
          ['days.0', 'enum'],
          ['near.point.lat', 'out-of-range'],
          ['size', 'out-of-range'],
        ].sort(),
      );
    });

    it('answers 400 to a body that is not JSON, or not labelled JSON', async () => {
      const api = app();
      expect((await api('POST', '/activities/search', { raw: '{"text": ' })).status).to.equal(400);
      const plain = await api('POST', '/activities/search', {
        raw: '{}',
        headers: { 'content-type': 'text/plain' },
      });
      expect(plain.status).to.equal(400);
    });
  });

  describe('GET /activities/{activityId}', () => {
    it('answers the activity', async () => {
      const id = services[0]!.id;
      const { status, body } = await app()('GET', `/activities/${id}`);
      expect(status).to.equal(200);
      expect(body).to.deep.include({ id, name: 'Tuesday Health Walk at Kingfisher Meadows' });
    });

    it('answers 404 for an unknown or over-long id', async () => {
      const api = app();
      expect((await api('GET', `/activities/${randomUUID()}`)).status).to.equal(404);
      expect((await api('GET', `/activities/${'x'.repeat(201)}`)).status).to.equal(404);
    });
  });

  describe('POST /geocode', () => {
    it('answers the point of a known postcode', async () => {
      const { status, body } = await app()('POST', '/geocode', { body: { postcode: 'LE7 2HR' } });
      expect(status).to.equal(200);
      expect(body).to.deep.equal({ point: { lat: 52.5931, lng: -1.0897 } });
    });

    it('answers 404 for a well-formed unknown postcode, 422 for a malformed or missing one', async () => {
      const api = app();
      expect((await api('POST', '/geocode', { body: { postcode: 'ZZ9 9ZZ' } })).status).to.equal(
        404,
      );
      const malformed = await api('POST', '/geocode', { body: { postcode: 'not a postcode' } });
      expect(malformed.status).to.equal(422);
      expect((malformed.body as { errors: unknown[] }).errors).to.deep.equal([
        { path: 'postcode', code: 'format', message: 'Enter a UK postcode, like LE7 2HR' },
      ]);
      const missing = await api('POST', '/geocode', { body: {} });
      expect((missing.body as { errors: { path: string; code: string }[] }).errors[0]).to.include({
        path: 'postcode',
        code: 'required',
      });
    });
  });

  describe('Open Referral UK v3 under /oruk/v3', () => {
    it('pages /services exactly like the paged fixtures (per_page=20)', async () => {
      const api = app();
      for (let n = 1; n <= 6; n++) {
        const { status, body } = await api('GET', `/oruk/v3/services?page=${n}&per_page=20`);
        expect(status).to.equal(200);
        expect(body, `page ${n}`).to.deep.equal(await loadFixture(`paged/page-${n}.json`));
      }
    });

    it('serves one service by id, and 404 for an unknown one', async () => {
      const api = app();
      const one = await api('GET', `/oruk/v3/services/${services[3]!.id}`);
      expect(one.body).to.deep.equal(services[3]);
      expect((await api('GET', `/oruk/v3/services/${randomUUID()}`)).status).to.equal(404);
    });

    it('filters by text and taxonomy term, and refuses a bad page number', async () => {
      const api = app();
      const { body } = await api('GET', '/oruk/v3/services?text=walk&per_page=100');
      const page = body as {
        contents: { name: string; description: string }[];
        total_items: number;
      };
      expect(page.total_items).to.equal(page.contents.length);
      expect(page.total_items).to.be.greaterThan(0);
      expect(page.total_items).to.be.lessThan(services.length);
      const term = 'b196bb38-ff68-56a9-931b-338925c09ba4';
      const byTerm = (await api('GET', `/oruk/v3/services?taxonomy_term_id=${term}&per_page=100`))
        .body as { contents: { attributes: { taxonomy_term_id: string }[] }[] };
      expect(byTerm.contents.length).to.be.greaterThan(0);
      for (const service of byTerm.contents)
        expect(service.attributes.map((a) => a.taxonomy_term_id)).to.include(term);
      expect((await api('GET', '/oruk/v3/services?page=0')).status).to.equal(400);
    });
  });

  describe('ORUK /service_at_locations', () => {
    it('lists venues with their service, near a postcode within a proximity in metres', async () => {
      const api = app();
      const all = (await api('GET', '/oruk/v3/service_at_locations?per_page=100')).body as {
        total_items: number;
      };
      const venues = services.reduce(
        (n, s) =>
          n + (s as unknown as { service_at_locations: unknown[] }).service_at_locations.length,
        0,
      );
      expect(all.total_items).to.equal(venues);
      const { body } = await api(
        'GET',
        '/oruk/v3/service_at_locations?postcode=LE7%202HR&proximity=100&per_page=100',
      );
      const near = body as {
        contents: { service_id: string; location: { latitude: number }; service: { id: string } }[];
      };
      expect(near.contents.length).to.be.greaterThan(0);
      expect(near.contents.length).to.be.lessThan(venues);
      for (const item of near.contents) {
        expect(item.service.id).to.equal(item.service_id);
        expect(item.location.latitude).to.be.closeTo(52.5931, 0.001);
      }
      const unknown = await api('GET', '/oruk/v3/service_at_locations?postcode=ZZ9%209ZZ');
      expect(unknown.body).to.deep.include({ total_items: 0, empty: true });
    });
  });

  describe('POST /referrals', () => {
    it('stores a self-referral without a token once per key; a repeat answers the first receipt', async () => {
      const api = app();
      const key = randomUUID();
      const self = valid.find((r) => r.source === 'self')!;
      const first = await api('POST', '/referrals', { body: self, key });
      expect(first.status).to.equal(201);
      expect(first.headers.get('cache-control')).to.equal('no-store');
      const receipt = first.body as { reference: string; receivedAt: string };
      expect(receipt.reference).to.match(RECEIPT);
      expect(receipt.receivedAt).to.equal('2026-11-26T12:00:00.000Z');
      // The same body with its keys in another order is the same request.
      const reordered = Object.fromEntries(Object.entries(self).reverse());
      const again = await api('POST', '/referrals', { body: reordered, key });
      expect(again.status).to.equal(200);
      expect(again.body).to.deep.equal(receipt);
      const inbox = await api('GET', '/referrals?size=100', { token: TOKEN });
      const references = (inbox.body as { items: { reference: string }[] }).items.map(
        (r) => r.reference,
      );
      expect(references.filter((r) => r === receipt.reference)).to.have.length(1);
    });

    it('answers 409 when a key comes back with a different body', async () => {
      const api = app();
      const key = randomUUID();
      const self = valid.find((r) => r.source === 'self')!;
      expect((await api('POST', '/referrals', { body: self, key })).status).to.equal(201);
      const changed = { ...self, notes: 'Something else' };
      const conflict = await api('POST', '/referrals', { body: changed, key });
      expect(conflict.status).to.equal(409);
      expect(conflict.body).to.include({
        type: 'https://linkwork.example/problems/idempotency-key-reused',
      });
    });

    it('rejects each invalid fixture with 422 naming its field and reason, and keeps the key free', async () => {
      const api = app();
      for (const { _expect, ...referral } of invalid) {
        const key = randomUUID();
        const rejected = await api('POST', '/referrals', { body: referral, key, token: TOKEN });
        expect(rejected.status, _expect.path).to.equal(422);
        const errors = (rejected.body as { errors: { path: string; code: string }[] }).errors;
        expect(errors.map((e) => `${e.path}:${e.code}`)).to.include(
          `${_expect.path}:${_expect.reason}`,
        );
      }
      // A rejected body does not take its key: the corrected referral is stored under it.
      const key = randomUUID();
      const broken = { ...invalid[0]!, _expect: undefined };
      expect(
        (await api('POST', '/referrals', { body: broken, key, token: TOKEN })).status,
      ).to.equal(422);
      const fixed = await api('POST', '/referrals', { body: valid[0], key, token: TOKEN });
      expect(fixed.status).to.equal(201);
    });

    it('needs a bearer token for a staff referral, refuses a wrong token, and a missing key', async () => {
      const api = app();
      const staff = valid.find((r) => r.source === 'staff')!;
      const anonymous = await api('POST', '/referrals', { body: staff, key: randomUUID() });
      expect(anonymous.status).to.equal(401);
      expect(anonymous.headers.get('www-authenticate')).to.equal('Bearer');
      const wrong = await api('POST', '/referrals', {
        body: staff,
        key: randomUUID(),
        token: `${TOKEN}x`,
      });
      expect(wrong.status).to.equal(401);
      expect((await api('POST', '/referrals', { body: staff, token: TOKEN })).status).to.equal(400);
      const notUuid = await api('POST', '/referrals', { body: staff, token: TOKEN, key: 'abc' });
      expect(notUuid.status).to.equal(400);
      const ok = await api('POST', '/referrals', { body: staff, key: randomUUID(), token: TOKEN });
      expect(ok.status).to.equal(201);
    });

    it('stores 20 concurrent identical submissions as one row with one receipt', async () => {
      const api = app();
      const key = randomUUID();
      const referral = valid[2]!;
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          api('POST', '/referrals', { body: referral, key, token: TOKEN }),
        ),
      );
      expect(answers.map((a) => a.status).sort((a, b) => a - b)).to.deep.equal([
        ...Array(19).fill(200),
        201,
      ]);
      expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).to.equal(1);
      const reference = (answers[0]!.body as { reference: string }).reference;
      const inbox = await api('GET', '/referrals?size=100', { token: TOKEN });
      const items = (inbox.body as { items: { reference: string }[] }).items;
      expect(items.filter((r) => r.reference === reference)).to.have.length(1);
    });
  });

  describe('GET /referrals (inbox)', () => {
    it('needs the bearer token', async () => {
      const api = app();
      const none = await api('GET', '/referrals');
      expect(none.status).to.equal(401);
      expect((await api('GET', '/referrals', { token: 'not-the-token' })).status).to.equal(401);
    });

    it('lists referrals newest first, paged and from a time', async () => {
      let clock = new Date('2027-01-01T09:00:00Z');
      const api = app({ now: () => clock });
      const stored: string[] = [];
      for (const referral of valid.slice(3, 6)) {
        clock = new Date(clock.getTime() + 60_000);
        const { body } = await api('POST', '/referrals', {
          body: referral,
          key: randomUUID(),
          token: TOKEN,
        });
        stored.push((body as { reference: string }).reference);
      }
      const since = await api('GET', '/referrals?since=2027-01-01T09:00:00Z', { token: TOKEN });
      const page = since.body as {
        items: { reference: string; referral: { source: string } }[];
        total: number;
      };
      expect(since.headers.get('cache-control')).to.equal('no-store');
      expect(page.total).to.equal(3);
      expect(page.items.map((r) => r.reference)).to.deep.equal([...stored].reverse());
      const second = await api('GET', '/referrals?since=2027-01-01T09:00:00Z&page=2&size=2', {
        token: TOKEN,
      });
      expect(second.body).to.deep.include({ total: 3, page: 2, size: 2 });
      expect(
        (second.body as { items: { reference: string }[] }).items.map((r) => r.reference),
      ).to.deep.equal([stored[0]]);
    });

    it('answers 422 for a page size over 100 or a malformed time', async () => {
      const api = app();
      const big = await api('GET', '/referrals?size=101', { token: TOKEN });
      expect(big.status).to.equal(422);
      expect((big.body as { errors: { path: string }[] }).errors[0]!.path).to.equal('size');
      const since = await api('GET', '/referrals?since=yesterday', { token: TOKEN });
      expect((since.body as { errors: { path: string }[] }).errors[0]!.path).to.equal('since');
    });
  });

  describe('POST /consents and withdrawal', () => {
    it('records consent once per key, then withdraws it once', async () => {
      const api = app();
      const consent = valid[0]!.consent;
      const key = randomUUID();
      const first = await api('POST', '/consents', { body: consent, key });
      expect(first.status).to.equal(201);
      const receipt = first.body as { id: string; recordedAt: string };
      expect(receipt.recordedAt).to.equal('2026-11-26T12:00:00.000Z');
      expect((await api('POST', '/consents', { body: consent, key })).body).to.deep.equal(receipt);
      const other = await api('POST', '/consents', { body: { ...consent, followUp: false }, key });
      expect(other.status).to.equal(409);

      const withdrawal = { at: '2026-11-26T11:00:00Z', by: 'Dr Amira Haddad' };
      const path = `/consents/${receipt.id}/withdrawal`;
      const withdrawn = await api('POST', path, { body: withdrawal });
      expect(withdrawn.status).to.equal(200);
      expect(withdrawn.body).to.deep.equal({
        id: receipt.id,
        recordedAt: '2026-11-26T12:00:00.000Z',
      });
      expect((await api('POST', path, { body: withdrawal })).body).to.deep.equal(withdrawn.body);
      const different = await api('POST', path, { body: { ...withdrawal, by: 'Someone else' } });
      expect(different.status).to.equal(409);
    });

    it('withdraws parts one withdrawal at a time, keeping each beside the unchanged record', async () => {
      const api = app();
      const consent = valid[0]!.consent; // phone and letter; follow-up agreed; at 2026-11-02T10:09:00Z
      const created = await api('POST', '/consents', { body: consent, key: randomUUID() });
      const { id } = created.body as { id: string };
      const path = `/consents/${id}/withdrawal`;
      const letter = {
        at: '2026-11-20T09:00:00Z',
        by: 'Siân Prydderch',
        items: [{ type: 'contactBy', channel: 'letter' }, { type: 'followUp' }],
      };
      const first = await api('POST', path, { body: letter });
      expect([first.status, first.body]).to.deep.equal([
        200,
        { id, recordedAt: '2026-11-26T12:00:00.000Z' },
      ]);
      expect(await api('POST', path, { body: letter })).to.deep.include({ status: 200 });
      const twice = await api('POST', path, {
        body: { ...letter, at: '2026-11-21T09:00:00Z', items: [{ type: 'followUp' }] },
      });
      expect(twice.status).to.equal(409);
      expect(twice.body).to.include({
        type: 'https://linkwork.example/problems/already-withdrawn',
      });
      const never = await api('POST', path, {
        body: {
          at: '2026-11-01T09:00:00Z',
          by: 'Siân Prydderch',
          items: [
            { type: 'contactBy', channel: 'phone' },
            { type: 'contactBy', channel: 'email' },
          ],
        },
      });
      expect(never.status).to.equal(422);
      expect(
        (never.body as { errors: { path: string; code: string }[] }).errors.map(
          (e) => `${e.path}:${e.code}`,
        ),
      ).to.deep.equal(['at:before-consent', 'items.1:not-agreed']);
      const whole = { at: '2026-11-22T09:00:00Z', by: 'Siân Prydderch' };
      expect((await api('POST', path, { body: whole })).status).to.equal(200);
      const afterWhole = await api('POST', path, {
        body: { ...letter, at: '2026-11-23T09:00:00Z', items: [{ type: 'shareOutcomeWithGp' }] },
      });
      expect(afterWhole.status).to.equal(409);
      expect(await store.findConsentRecord(id)).to.deep.equal({
        consent,
        withdrawals: [letter, whole],
      });
    });

    it('rejects a withdrawal whose parts are malformed, naming each one', async () => {
      const api = app();
      const created = await api('POST', '/consents', {
        body: valid[0]!.consent,
        key: randomUUID(),
      });
      const { id } = created.body as { id: string };
      const answer = await api('POST', `/consents/${id}/withdrawal`, {
        body: {
          at: '2026-11-20T09:00:00Z',
          by: 'x',
          items: [
            { type: 'contactBy', channel: 'pigeon' },
            { type: 'followUp', extra: 1 },
          ],
        },
      });
      expect(answer.status).to.equal(422);
      expect(
        (answer.body as { errors: { path: string; code: string }[] }).errors.map(
          (e) => `${e.path}:${e.code}`,
        ),
      ).to.deep.equal(['items.0.channel:enum', 'items.1.extra:not-allowed']);
      const empty = await api('POST', `/consents/${id}/withdrawal`, {
        body: { at: '2026-11-20T09:00:00Z', by: 'x', items: [] },
      });
      expect(
        (empty.body as { errors: { path: string; code: string }[] }).errors.map(
          (e) => `${e.path}:${e.code}`,
        ),
      ).to.deep.equal(['items:required']);
    });

    it('rejects invalid consent (paths from the record) and unknown or invalid withdrawals', async () => {
      const api = app();
      const consent = { ...valid[0]!.consent, referral: false, method: 'telepathy' };
      const rejected = await api('POST', '/consents', { body: consent, key: randomUUID() });
      expect(rejected.status).to.equal(422);
      const paths = (rejected.body as { errors: { path: string; code: string }[] }).errors.map(
        (e) => `${e.path}:${e.code}`,
      );
      expect(paths).to.include.members(['referral:must-be-true', 'method:enum']);
      expect((await api('POST', '/consents', { body: valid[0]!.consent })).status).to.equal(400);
      const unknown = await api('POST', `/consents/${randomUUID()}/withdrawal`, {
        body: { at: '2026-11-26T11:00:00Z', by: 'Dr Amira Haddad' },
      });
      expect(unknown.status).to.equal(404);
      const invalidWithdrawal = await api('POST', `/consents/${randomUUID()}/withdrawal`, {
        body: { at: 'soon', by: ' ' },
      });
      expect(invalidWithdrawal.status).to.equal(422);
      const errors = (invalidWithdrawal.body as { errors: { path: string; code: string }[] })
        .errors;
      expect(errors.map((e) => `${e.path}:${e.code}`)).to.deep.equal(['at:format', 'by:required']);
    });
  });

  describe('security', () => {
    it('answers 413 to a body over 64 kB before reading it', async () => {
      const api = app();
      const big = { text: 'x'.repeat(70_000) };
      const { status, body } = await api('POST', '/activities/search', { body: big });
      expect(status).to.equal(413);
      expect(body).to.include({
        status: 413,
        detail: 'Request bodies are limited to 65536 bytes.',
      });
      const referral = await api('POST', '/referrals', {
        body: { ...valid[1], notes: 'x'.repeat(70_000) },
        key: randomUUID(),
      });
      expect(referral.status).to.equal(413);
    });

    it('closes the connection after a 413, whose body it never read', async () => {
      const api = app();
      const { status, headers } = await api('POST', '/activities/search', {
        body: { text: 'x'.repeat(70_000) },
      });
      expect([status, headers.get('connection')]).to.deep.equal([413, 'close']);
    });

    it('answers 400 to JSON nested deeper than any request, without overflowing the stack', async () => {
      const api = app();
      const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
      for (const path of ['/activities/search', '/referrals', '/consents']) {
        const { status, body } = await api('POST', path, { raw: deep, key: randomUUID() });
        expect([path, status], path).to.deep.equal([path, 400]);
        expect(body).to.include({ detail: 'The body is nested too deeply.' });
      }
      const nested = JSON.stringify({ ...valid[1], patient: 'deep' }).replace(
        '"deep"',
        `${'{"a":'.repeat(40)}1${'}'.repeat(40)}`,
      );
      const referral = await api('POST', '/referrals', { raw: nested, key: randomUUID() });
      expect(referral.status).to.equal(400);
    });

    it('refuses control characters and unpaired surrogates: 422, nothing stored', async () => {
      const api = app();
      const before = await store.listReferrals({ page: 1, size: 1 });
      for (const bad of ['Ann\u0000e', 'Zo\ud83d', 'esc\u001b[31m']) {
        const referral = await api('POST', '/referrals', {
          body: { ...valid[1], notes: bad },
          key: randomUUID(),
        });
        expect(referral.status).to.equal(422);
        expect(referral.body).to.deep.include({
          errors: [
            {
              path: 'notes',
              code: 'characters',
              message: 'This answer has characters that cannot be used: type it again',
            },
          ],
        });
        const consent = await api('POST', '/consents', {
          body: { ...valid[0]!.consent, recordedBy: bad },
          key: randomUUID(),
        });
        expect(consent.status).to.equal(422);
      }
      expect((await store.listReferrals({ page: 1, size: 1 })).total).to.equal(before.total);
    });

    it("checks a withdrawal's by as core checks free text, and refuses unstorable ids with 404", async () => {
      const api = app();
      const created = await api('POST', '/consents', {
        body: valid[0]!.consent,
        key: randomUUID(),
      });
      const { id } = created.body as { id: string };
      const path = `/consents/${id}/withdrawal`;
      const at = '2026-11-20T09:00:00Z';
      for (const [by, code] of [
        ['Dr\u0000Haddad', 'characters'],
        ['\udc00', 'characters'],
        ['a'.repeat(101), 'too-long'],
        ['   ', 'required'],
      ] as const) {
        const answer = await api('POST', path, { body: { at, by } });
        expect(answer.status, JSON.stringify(by)).to.equal(422);
        expect((answer.body as { errors: { path: string; code: string }[] }).errors).to.deep.equal([
          {
            path: 'by',
            code,
            message: (answer.body as { errors: { message: string }[] }).errors[0]!.message,
          },
        ]);
      }
      // 100 characters of an astral script are 200 UTF-16 units: still 100 characters.
      const astral = await api('POST', path, { body: { at, by: '𠀀'.repeat(100) } });
      expect(astral.status).to.equal(200);
      const unstorable = await api(
        'POST',
        `/consents/${encodeURIComponent('a\u0000b')}/withdrawal`,
        {
          body: { at, by: 'Dr Amira Haddad' },
        },
      );
      expect(unstorable.status).to.equal(404);
    });

    it('rate-limits public referrals per client address, with Retry-After, but not staff', async () => {
      const api = app({ publicWriteLimit: { burst: 2, perMinute: 1 } });
      const self = valid[1]!;
      const send = (client: string, token?: string) =>
        api('POST', '/referrals', {
          body: self,
          key: randomUUID(),
          headers: { 'x-test-client': client },
          ...(token ? { token } : {}),
        });
      expect((await send('a')).status).to.equal(201);
      expect((await send('a')).status).to.equal(201);
      const limited = await send('a');
      expect(limited.status).to.equal(429);
      expect(limited.headers.get('retry-after')).to.equal('60');
      expect((await send('b')).status).to.equal(201);
      expect((await send('a', TOKEN)).status).to.equal(201);
    });

    it('allows CORS only for configured origins', async () => {
      const api = app({ corsOrigins: ['https://portal.example'] });
      const allowed = await api('POST', '/activities/search', {
        body: {},
        headers: { origin: 'https://portal.example' },
      });
      expect(allowed.headers.get('access-control-allow-origin')).to.equal('https://portal.example');
      expect(allowed.headers.get('vary')).to.match(/origin/i);
      const other = await api('POST', '/activities/search', {
        body: {},
        headers: { origin: 'https://evil.example' },
      });
      expect(other.headers.get('access-control-allow-origin')).to.equal(null);
      const preflight = await api('OPTIONS', '/referrals', {
        headers: {
          origin: 'https://portal.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, idempotency-key, authorization',
        },
      });
      expect(preflight.status).to.equal(204);
      expect(preflight.headers.get('access-control-allow-origin')).to.equal(
        'https://portal.example',
      );
      expect(preflight.headers.get('access-control-allow-headers')).to.match(/idempotency-key/i);
      const refused = await api('OPTIONS', '/referrals', {
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(refused.headers.get('access-control-allow-origin')).to.equal(null);
    });

    it('sends the security headers on every answer, errors included', async () => {
      const api = app();
      for (const answer of [
        await api('GET', `/activities/${services[0]!.id}`),
        await api('GET', '/nowhere'),
        await api('GET', '/referrals'),
        await api('POST', '/activities/search', { body: { text: 'x'.repeat(70_000) } }),
      ]) {
        expect(answer.headers.get('content-security-policy')).to.equal(
          "default-src 'none'; frame-ancestors 'none'",
        );
        expect(answer.headers.get('x-content-type-options')).to.equal('nosniff');
        expect(answer.headers.get('referrer-policy')).to.equal('no-referrer');
        expect(answer.headers.get('x-frame-options')).to.equal('DENY');
      }
    });

    it('logs method, route pattern, status and duration only: no personal data', async () => {
      const api = app();
      const referral = valid[0]! as Referral & {
        patient: { givenName: string; nhsNumber: string };
      };
      const key = randomUUID();
      await api('POST', '/referrals', { body: referral, key, token: TOKEN });
      await api('POST', '/geocode', { body: { postcode: 'LE7 2HR' } });
      await api('POST', '/activities/search', { body: { near: { postcode: 'LE7 1QT' } } });
      const consent = await api('POST', '/consents', { body: referral.consent, key: randomUUID() });
      const consentId = (consent.body as { id: string }).id;
      await api('POST', `/consents/${consentId}/withdrawal`, {
        body: { at: '2026-11-26T11:00:00Z', by: 'Dr Amira Haddad' },
      });
      await api('GET', `/activities/${services[0]!.id}`);
      expect(logs.map(({ method, route, status }) => `${method} ${route} ${status}`)).to.deep.equal(
        [
          'POST /referrals 201',
          'POST /geocode 200',
          'POST /activities/search 200',
          'POST /consents 201',
          'POST /consents/:consentId/withdrawal 200',
          'GET /activities/:activityId 200',
        ],
      );
      for (const entry of logs) {
        expect(Object.keys(entry).sort()).to.deep.equal([
          'durationMs',
          'method',
          'route',
          'status',
        ]);
        expect(entry.durationMs).to.be.a('number');
      }
      const text = JSON.stringify(logs);
      for (const secret of [
        referral.patient.givenName,
        referral.patient.nhsNumber,
        'LE7',
        key,
        consentId,
        services[0]!.id,
        TOKEN,
        'Amira',
      ])
        expect(text).not.to.include(secret);
    });

    it('answers 503 with Retry-After while the database is unreachable', async () => {
      const unreachable = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), {
        code: 'ECONNREFUSED',
      });
      const api = app({ store: { ...store, findReferral: () => Promise.reject(unreachable) } });
      const answer = await api('POST', '/referrals', { body: valid[1], key: randomUUID() });
      expect(answer.status).to.equal(503);
      expect(answer.headers.get('retry-after')).to.equal('5');
      expect(answer.text).not.to.include('10.0.0.5');
      expect(logs[0]).to.include({ status: 503, error: 'Error' });
    });

    it('answers 500 as a problem, logging the error class only', async () => {
      const failing: Store = {
        ...store,
        findReferral: () => Promise.reject(new TypeError('patient Siân 999 100 0011')),
      };
      const api = app({ store: failing });
      const { status, body } = await api('POST', '/referrals', {
        body: valid[1],
        key: randomUUID(),
      });
      expect(status).to.equal(500);
      expect(JSON.stringify(body)).not.to.include('Siân');
      expect(logs).to.have.length(1);
      expect(logs[0]).to.include({ route: '/referrals', status: 500, error: 'TypeError' });
      expect(JSON.stringify(logs)).not.to.include('Siân');
    });
  });
});
