import { expect } from 'chai';
import { loadFixture } from '../../../../test/fixtures.js';
import { openTestDirectory } from '../../../../test/servers/oruk-directory.js';
import { BackendError, NotFound, Unavailable } from '../backend/errors.js';
import type { Referral } from '../model/referral.js';
import type { Taxonomy } from '../model/taxonomy.js';
import { createActivityIndex, type IndexQuery } from '../search/activity-index.js';
import { haversineMiles } from '../search/geo.js';
import { createOrukBackend, type OrukBackendOptions } from './backend.js';
import type { FetchLike } from './http.js';
import type { InvalidRecordReport } from './records.js';
import { fromOrukV3Service } from './v3.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const directory = await openTestDirectory();
// Mocha (web-test-runner) calls it `after`, Vitest `afterAll`.
const afterAllTests = ((globalThis as { after?: (fn: () => unknown) => void }).after ??
  (globalThis as { afterAll?: (fn: () => unknown) => void }).afterAll) as (
  fn: () => unknown,
) => void;
afterAllTests(() => directory.close());

const v3Raw = await loadFixture<{ id: string }[]>('riverside.oruk3.json');
const taxonomy = await loadFixture<Taxonomy>('taxonomy.json');
const reference = createActivityIndex(v3Raw.map(fromOrukV3Service), { taxonomy, now: () => NOW });

interface Call {
  readonly url: URL;
  readonly signal: AbortSignal | undefined;
}

/** The real fetch, recording each call. */
function recordingFetch(
  calls: Call[],
  through: FetchLike = (input, init) => fetch(input, init),
): FetchLike {
  return (input, init) => {
    calls.push({ url: new URL(input), signal: init.signal ?? undefined });
    return through(input, init);
  };
}

function backend(
  dialect: 'v1' | 'v3',
  calls: Call[],
  options: Partial<OrukBackendOptions> & { faults?: string } = {},
) {
  const { faults = '', ...rest } = options;
  return createOrukBackend({
    baseUrl: `${directory.root}${faults}/${dialect}`,
    dialect,
    fetch: recordingFetch(calls),
    pageSize: 20,
    now: () => NOW,
    taxonomy,
    ...rest,
  });
}

const pages = (calls: Call[]): string[] =>
  calls.map(
    (c) =>
      `${c.url.pathname.replace(/^.*\/(v[13])/, '$1')}?${c.url.searchParams.get('page') ?? ''}`,
  );

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected a rejection');
}

for (const dialect of ['v3', 'v1'] as const) {
  describe(`createOrukBackend (${dialect}) against the test directory`, () => {
    it('follows every page from 1 and stops at the last', async () => {
      const calls: Call[] = [];
      const result = await backend(dialect, calls).searchActivities({
        includeInactive: true,
        size: 100,
      });
      expect(result.total).to.equal(89);
      expect(result.items.map((a) => a.id)).to.deep.equal(v3Raw.map((r) => r.id));
      expect(pages(calls)).to.deep.equal([1, 2, 3, 4, 5].map((n) => `${dialect}/services?${n}`));
      expect(calls.every((c) => c.url.searchParams.get('per_page') === '20')).to.equal(true);
    });

    it('stops on the empty page when the server does not mark the last one', async () => {
      const calls: Call[] = [];
      const result = await backend(dialect, calls, { faults: '/unmarked' }).searchActivities({
        includeInactive: true,
      });
      expect(result.total).to.equal(89);
      expect(pages(calls)).to.deep.equal([1, 2, 3, 4, 5, 6].map((n) => `${dialect}/services?${n}`));
    });

    it('with pushText, pushes text and a single taxonomy term, and filters the rest on the client', async () => {
      const calls: Call[] = [];
      const physical = taxonomy.terms.find((t) => t.code === 'physical-activity')!.id;
      const query: IndexQuery = {
        text: 'walk',
        taxonomy: [physical],
        days: ['TU', 'SA'],
        freeOnly: true,
      };
      const result = await backend(dialect, calls, { pushText: true }).searchActivities(query);
      const params = calls[0]!.url.searchParams;
      expect(params.get('text')).to.equal('walk');
      expect(params.get(dialect === 'v3' ? 'taxonomy_term_id' : 'taxonomy_id')).to.equal(physical);
      expect(params.has('days')).to.equal(false);
      expect(result.items.map((a) => a.id)).to.deep.equal(
        reference.search(query).items.map((a) => a.id),
      );
      expect(result.total).to.be.greaterThan(0);
      expect(calls.length).to.equal(1);
    });

    it('does not push several terms or a group, and still matches them', async () => {
      const calls: Call[] = [];
      const group = taxonomy.terms.find((t) => !t.parent)!.id;
      const terms = taxonomy.terms
        .filter((t) => t.parent)
        .slice(0, 2)
        .map((t) => t.id);
      const api = backend(dialect, calls, { cacheMs: 0 });
      for (const query of [
        { taxonomy: [group] },
        { taxonomy: terms },
        { accessibility: ['wheelchair'], sort: 'name' as const },
      ]) {
        calls.length = 0;
        const result = await api.searchActivities({ ...query, size: 100 });
        expect([...calls[0]!.url.searchParams.keys()].sort()).to.deep.equal(['page', 'per_page']);
        expect(result.items.map((a) => a.id)).to.deep.equal(
          reference.search({ ...query, size: 100 }).items.map((a) => a.id),
        );
      }
    });

    it('by default matches text here: Welsh mutations and labels, and no request per keystroke', async () => {
      const calls: Call[] = [];
      const api = backend(dialect, calls);
      const mutated = await api.searchActivities({ text: 'gerddwyr' });
      expect(mutated.items.map((a) => a.name)).to.include('Cerddwyr Glan y Dŵr');
      expect(calls.every((call) => !call.url.searchParams.has('text'))).to.equal(true);
      const fetched = calls.length;
      for (const text of ['c', 'ca', 'caf', 'cafe']) await api.searchActivities({ text });
      expect(calls).to.have.length(fetched);
      const welshLabel = await api.searchActivities({ text: 'unigrwydd' });
      expect(welshLabel.total).to.equal(reference.search({ text: 'unigrwydd' }).total);
    });

    it('reuses fetched results for the same server request while fresh', async () => {
      const calls: Call[] = [];
      let now = NOW.getTime();
      const api = backend(dialect, calls, { now: () => new Date(now) });
      await api.searchActivities({ text: 'cafe' });
      const fetched = calls.length;
      expect(fetched).to.be.greaterThan(0);
      await api.searchActivities({ text: 'cafe', freeOnly: true, sort: 'name' });
      expect(calls).to.have.length(fetched);
      now += 61_000;
      await api.searchActivities({ text: 'cafe' });
      expect(calls).to.have.length(fetched * 2);
    });

    it('gets one activity, and NotFound for an unknown id', async () => {
      const calls: Call[] = [];
      const api = backend(dialect, calls);
      const activity = await api.getActivity(v3Raw[3]!.id);
      expect(activity.id).to.equal(v3Raw[3]!.id);
      expect(activity.name).to.equal(reference.get(v3Raw[3]!.id)!.name);
      expect(calls[0]!.url.pathname.endsWith(`/${dialect}/services/${v3Raw[3]!.id}`)).to.equal(
        true,
      );
      expect(await rejection(api.getActivity('no-such-service'))).to.be.instanceOf(NotFound);
    });

    it('maps 503 with Retry-After, 500 and 429 to Unavailable', async () => {
      const busy = await rejection(
        backend(dialect, [], { faults: '/status=503/retry-after=7' }).searchActivities({}),
      );
      expect(busy).to.be.instanceOf(Unavailable);
      expect((busy as Unavailable).retryAfterMs).to.equal(7000);
      expect((busy as Unavailable).retryable).to.equal(true);
      expect((busy as Error).message).not.to.include('http');
      const broken = await rejection(
        backend(dialect, [], { faults: '/status=500' }).getActivity(v3Raw[0]!.id),
      );
      expect(broken).to.be.instanceOf(Unavailable);
      expect((broken as Unavailable).retryAfterMs).to.equal(undefined);
      const limited = await rejection(
        backend(dialect, [], { faults: '/status=429/retry-after=2' }).searchActivities({}),
      );
      expect((limited as Unavailable).retryAfterMs).to.equal(2000);
      const calls: Call[] = [];
      const midway = await rejection(
        backend(dialect, calls, { faults: '/status=503/fail-page=3' }).searchActivities({}),
      );
      expect(midway).to.be.instanceOf(Unavailable);
      expect(pages(calls)).to.deep.equal([1, 2, 3].map((n) => `${dialect}/services?${n}`));
    });

    it('passes the signal to every fetch and rejects with its reason when aborted', async () => {
      const calls: Call[] = [];
      const controller = new AbortController();
      await backend(dialect, calls).searchActivities({}, { signal: controller.signal });
      expect(calls).to.have.length(5);
      expect(calls.every((c) => c.signal === controller.signal)).to.equal(true);

      const slow: Call[] = [];
      const reason = new Error('The person typed another letter');
      const pending = backend(dialect, slow, { faults: '/delay=5000' }).searchActivities(
        { text: 'walk' },
        { signal: controller.signal },
      );
      setTimeout(() => controller.abort(reason), 50);
      expect(await rejection(pending)).to.equal(reason);

      const already: Call[] = [];
      expect(
        await rejection(backend(dialect, already).getActivity('x', { signal: controller.signal })),
      ).to.equal(reason);
      expect(already).to.have.length(0);
    });

    it('is read-only', async () => {
      const api = backend(dialect, []);
      const options = { idempotencyKey: 'k' };
      for (const attempt of [
        api.submitReferral({} as Referral, options),
        api.recordConsent({} as Referral['consent'], options),
        api.withdrawConsent('c', { at: NOW.toISOString(), by: 'patient' }),
      ]) {
        const error = await rejection(attempt);
        expect(error).to.be.instanceOf(BackendError);
        expect((error as Error).message).to.match(/read-only/);
      }
    });

    it('searches near a postcode on the server without a geocoder', async () => {
      const calls: Call[] = [];
      const result = await backend(dialect, calls).searchActivities({
        near: { postcode: 'le7 2hr' },
        radiusMiles: 1,
        size: 100,
      });
      const url = calls[0]!.url;
      expect(
        url.pathname.endsWith(dialect === 'v3' ? '/v3/service_at_locations' : '/v1/services'),
      ).to.equal(true);
      expect(url.searchParams.get('postcode')).to.equal('LE7 2HR');
      expect(url.searchParams.get('proximity')).to.equal('1610');
      const centre = { lat: 52.5931, lng: -1.0897 };
      expect(result.total).to.be.greaterThan(0);
      for (const item of result.items)
        expect(
          item.locations.some((l) => l.point && haversineMiles(centre, l.point) <= 1.0001),
        ).to.equal(true);
      const expected = reference.search({
        near: { point: centre },
        radiusMiles: 1610 / 1609.344,
        size: 100,
      });
      expect(result.items.map((a) => a.id).sort()).to.deep.equal(
        expected.items.map((a) => a.id).sort(),
      );
    });

    it('keeps the postcode on the page when given a geocoder, and sorts by distance', async () => {
      const calls: Call[] = [];
      const asked: string[] = [];
      const api = backend(dialect, calls, {
        geocode: async (postcode) => {
          asked.push(postcode);
          return postcode === 'LE7 2HR' ? { lat: 52.5931, lng: -1.0897 } : undefined;
        },
      });
      const result = await api.searchActivities({
        near: { postcode: 'LE7 2HR' },
        radiusMiles: 2,
        sort: 'distance',
      });
      expect(asked).to.deep.equal(['LE7 2HR']);
      asked.length = 0;
      expect(
        calls.every((c) => !c.url.search.includes('LE7') && !c.url.searchParams.has('postcode')),
      ).to.equal(true);
      const distances = result.items.map((a) => result.distances![a.id]!);
      expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
      expect(distances[0]).to.be.below(0.1);
      expect(await api.geocode?.('LE7 2HR')).to.deep.equal({ lat: 52.5931, lng: -1.0897 });
      expect(backend(dialect, []).geocode).to.equal(undefined);
      const unknown = await api.searchActivities({ near: { postcode: 'ZZ9 9ZZ' }, radiusMiles: 2 });
      expect(unknown.total).to.equal(0);
    });
  });
}

describe('createOrukBackend (v3) details', () => {
  it('fetches services that /service_at_locations only names by id', async () => {
    const calls: Call[] = [];
    const result = await backend('v3', calls, { faults: '/sal-ids-only' }).searchActivities({
      near: { postcode: 'LE7 2HR' },
      radiusMiles: 0.5,
    });
    const fetchedById = calls.filter((c) => /\/services\/[^/]+$/.test(c.url.pathname));
    expect(fetchedById.length).to.equal(result.total);
    expect(result.total).to.be.greaterThan(0);
  });

  it('skips and reports invalid records in a page, keeping the rest', async () => {
    const reports: InvalidRecordReport[] = [];
    const corrupting: FetchLike = async (input, init) => {
      const response = await fetch(input, init);
      const page = (await response.json()) as { contents: Record<string, unknown>[] };
      if (page.contents[0]) page.contents[0]['status'] = 'paused';
      if (page.contents[1]) page.contents[1]['name'] = 42;
      return new Response(JSON.stringify(page), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    };
    const api = backend('v3', [], { fetch: corrupting, onInvalidRecord: (r) => reports.push(r) });
    const result = await api.searchActivities({ includeInactive: true });
    expect(result.total).to.equal(79);
    expect(reports).to.have.length(10);
    expect(reports[0]).to.deep.equal({ id: v3Raw[0]!.id, reason: 'status: unknown value' });
    expect(reports[1]).to.deep.equal({ id: v3Raw[1]!.id, reason: 'name: wrong type' });
  });

  it('reads the paged fixture files, stopping on page 6 when page 5 is not marked last', async () => {
    const requested: number[] = [];
    const files: FetchLike = async (input) => {
      const page = Number(new URL(input).searchParams.get('page'));
      requested.push(page);
      const body = await loadFixture<Record<string, unknown>>(`paged/page-${page}.json`);
      body['last_page'] = false;
      body['total_pages'] = null;
      return new Response(JSON.stringify(body), { status: 200 });
    };
    const api = createOrukBackend({
      baseUrl: 'https://directory.example/api/v3/',
      dialect: 'v3',
      fetch: files,
      pageSize: 20,
    });
    const result = await api.searchActivities({ includeInactive: true, size: 100 });
    expect(requested).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(result.items.map((a) => a.id)).to.deep.equal(v3Raw.map((r) => r.id));
  });

  it('maps network failures to Unavailable and unreadable pages to BackendError', async () => {
    const offline = createOrukBackend({
      baseUrl: 'https://directory.example/api/v3',
      dialect: 'v3',
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    const error = await rejection(offline.searchActivities({}));
    expect(error).to.be.instanceOf(Unavailable);
    expect((error as Unavailable).cause).to.be.instanceOf(TypeError);
    const odd = createOrukBackend({
      baseUrl: 'https://directory.example/api/v3',
      dialect: 'v3',
      fetch: async () => new Response('{"items": "none"}', { status: 200 }),
    });
    const unreadable = await rejection(odd.searchActivities({}));
    expect(unreadable).to.be.instanceOf(BackendError);
    expect(unreadable).not.to.be.instanceOf(Unavailable);
    const html = createOrukBackend({
      baseUrl: 'https://directory.example/api/v3',
      dialect: 'v3',
      fetch: async () => new Response('<html>Gateway</html>', { status: 200 }),
    });
    expect(((await rejection(html.searchActivities({}))) as Error).message).to.match(/not JSON/);
  });
});
