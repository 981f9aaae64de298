/**
 * The read side of the Backend port over an Open Referral UK API (v1 or v3).
 * Filters the API understands go to the server; the rest (and the ranking,
 * sorting and paging the picker needs) run on the client over every page the
 * server returns, through the shared search index.
 */
import type { ActivityQuery, Backend, CallOptions, Page } from '../backend/backend.js';
import { BackendError } from '../backend/errors.js';
import type { Activity, GeoPoint } from '../model/activity.js';
import type { Taxonomy } from '../model/taxonomy.js';
import {
  createActivityIndex,
  type ActivityIndex,
  type IndexQuery,
  type NextSessionOf,
} from '../search/activity-index.js';
import { fullPostcode } from '../search/postcode.js';
import { InvalidOrukRecord } from './fields.js';
import { getJson, throwIfAborted, type FetchLike } from './http.js';
import {
  mapOrukServices,
  serviceMapperFor,
  type InvalidRecordHandler,
  type OrukDialect,
} from './records.js';
import { orukV1PageSchema, orukV3PageSchema } from './schemas.js';

export interface OrukBackendOptions {
  /** The API root, absolute (`https://directory.example/api/v3`) or, in a browser, path-absolute. */
  readonly baseUrl: string;
  readonly dialect: OrukDialect;
  /** Defaults to the global `fetch`. */
  readonly fetch?: FetchLike;
  /** Told about each record left out of a result (invalid, or a repeated id). */
  readonly onInvalidRecord?: InvalidRecordHandler;
  /** `per_page` asked of the server (default 100). */
  readonly pageSize?: number;
  /** Safety stop for servers that never say which page is last (default 500). */
  readonly maxPages?: number;
  readonly now?: () => Date;
  /** Needs taxonomy: labels become searchable and groups match their needs. */
  readonly taxonomy?: Taxonomy;
  /** For the `soonest` sort (from `src/schedule`). */
  readonly nextSession?: NextSessionOf;
  /**
   * Turns a postcode into a point, so that "near a postcode" is filtered and
   * sorted by distance here and the postcode never leaves the page. Without
   * it, the postcode and radius go to the server (`postcode`, `proximity`).
   */
  readonly geocode?: (postcode: string, options?: CallOptions) => Promise<GeoPoint | undefined>;
  /** How long fetched results are reused for the same server request (default 60 s; 0 turns reuse off). */
  readonly cacheMs?: number;
  /**
   * Send the search text to the directory's own `text` search. Off by default:
   * the text is then matched here, over the directory fetched once (and reused
   * for `cacheMs`), so Welsh mutations, accents and taxonomy labels in both
   * languages match and each keystroke needs no request. Turn it on for
   * directories too large to fetch whole.
   */
  readonly pushText?: boolean;
}

/** Metres in a statute mile, for the APIs' `proximity` (metres). */
const METRES_PER_MILE = 1609.344;
const CACHE_ENTRIES = 8;

interface ServerRequest {
  readonly path: '/services' | '/service_at_locations';
  readonly params: URLSearchParams;
}

function joinUrl(baseUrl: string, path: string, params?: URLSearchParams): string {
  const query = params?.toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${query ? `?${query}` : ''}`;
}

/**
 * An ORUK directory as a (read-only) Backend. `searchActivities` pushes a
 * single taxonomy term, the text only with `pushText`, and, without a geocoder, postcode and proximity to
 * the server (v3 on `/service_at_locations`, v1 on `/services`), follows
 * every page (from 1, until `last_page`/`last`, the last of `total_pages`, or
 * an empty page) and leaves the rest to the shared search index. Every fetch
 * gets the call's AbortSignal. Writing methods reject with a `BackendError`.
 */
export function createOrukBackend(options: OrukBackendOptions): Backend {
  const { baseUrl, dialect, taxonomy, nextSession, onInvalidRecord, geocode } = options;
  const fetchImpl: FetchLike =
    options.fetch ?? ((input, init) => globalThis.fetch(input, init as RequestInit));
  const now = options.now ?? (() => new Date());
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? 100));
  const maxPages = Math.max(1, Math.floor(options.maxPages ?? 500));
  const cacheMs = options.cacheMs ?? 60_000;
  const cache = new Map<string, { readonly at: number; readonly index: ActivityIndex }>();
  const groups = new Set(
    (taxonomy?.terms ?? []).flatMap((term) => (term.parent ? [term.parent] : [])),
  );

  function serverRequestFor(query: ActivityQuery): ServerRequest {
    const params = new URLSearchParams();
    const text = query.text?.trim();
    if (text && options.pushText) params.set('text', text);
    // The APIs take one term; a group's needs are matched on the client.
    const term = query.taxonomy?.length === 1 ? query.taxonomy[0] : undefined;
    if (term && !groups.has(term))
      params.set(dialect === 'v3' ? 'taxonomy_term_id' : 'taxonomy_id', term);
    const near = query.near;
    if (near && 'postcode' in near && !geocode) {
      params.set('postcode', fullPostcode(near.postcode) ?? near.postcode.trim());
      if (query.radiusMiles !== undefined)
        params.set('proximity', String(Math.ceil(query.radiusMiles * METRES_PER_MILE)));
      return { path: dialect === 'v3' ? '/service_at_locations' : '/services', params };
    }
    return { path: '/services', params };
  }

  /** Every page of a list request, as raw items. */
  async function fetchAllPages(request: ServerRequest, signal?: AbortSignal): Promise<unknown[]> {
    const items: unknown[] = [];
    for (let page = 1; page <= maxPages; page++) {
      const params = new URLSearchParams(request.params);
      params.set('page', String(page));
      params.set('per_page', String(pageSize));
      const body = await getJson(fetchImpl, joinUrl(baseUrl, request.path, params), {
        ...(signal ? { signal } : {}),
        now,
      });
      // Some servers answer a bare array: one page, the whole list.
      if (Array.isArray(body)) {
        items.push(...body);
        break;
      }
      let contents: unknown[];
      let last: boolean | null | undefined;
      let totalPages: number | null | undefined;
      if (dialect === 'v3') {
        const parsed = orukV3PageSchema.safeParse(body);
        if (!parsed.success) throw new BackendError('The directory answered a page we cannot read');
        ({ contents, last_page: last, total_pages: totalPages } = parsed.data);
      } else {
        const parsed = orukV1PageSchema.safeParse(body);
        if (!parsed.success) throw new BackendError('The directory answered a page we cannot read');
        ({ content: contents, last, totalPages } = parsed.data);
      }
      if (contents.length === 0) break;
      items.push(...contents);
      if (last === true || (typeof totalPages === 'number' && page >= totalPages)) break;
    }
    return items;
  }

  /** Services from `/service_at_locations` items: embedded when given, else fetched by id. */
  async function servicesOfSals(items: unknown[], signal?: AbortSignal): Promise<unknown[]> {
    const services = new Map<string, unknown>();
    const missing: string[] = [];
    for (const item of items) {
      if (typeof item !== 'object' || item === null) continue;
      const { service, service_id: serviceId } = item as {
        service?: unknown;
        service_id?: unknown;
      };
      const embeddedId =
        typeof service === 'object' && service !== null
          ? (service as { id?: unknown }).id
          : undefined;
      const id = String(embeddedId ?? serviceId ?? '');
      if (!id || services.has(id)) continue;
      services.set(id, service);
      if (service === undefined || service === null) missing.push(id);
    }
    // A few at a time, so a large area does not flood the server.
    for (let at = 0; at < missing.length; at += 6) {
      const batch = missing.slice(at, at + 6);
      const fetched = await Promise.all(
        batch.map((id) =>
          getJson(fetchImpl, joinUrl(baseUrl, `/services/${encodeURIComponent(id)}`), {
            ...(signal ? { signal } : {}),
            now,
          }),
        ),
      );
      batch.forEach((id, i) => services.set(id, fetched[i]));
    }
    return [...services.values()];
  }

  /** The activities a server request returns, indexed once and reused for `cacheMs`. */
  async function indexFor(request: ServerRequest, signal?: AbortSignal): Promise<ActivityIndex> {
    const key = joinUrl(baseUrl, request.path, request.params);
    const cached = cache.get(key);
    const time = now().getTime();
    if (cached && cacheMs > 0 && time - cached.at < cacheMs) return cached.index;
    let raws = await fetchAllPages(request, signal);
    if (request.path === '/service_at_locations') raws = await servicesOfSals(raws, signal);
    const index = createActivityIndex(mapOrukServices(raws, dialect, onInvalidRecord), {
      ...(taxonomy ? { taxonomy } : {}),
      ...(nextSession ? { nextSession } : {}),
      now,
    });
    if (cacheMs > 0) {
      cache.delete(key);
      cache.set(key, { at: time, index });
      while (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
    }
    return index;
  }

  const readOnly = (): Promise<never> =>
    Promise.reject(
      new BackendError(
        'This Open Referral UK directory is read-only: it cannot store referrals or consent',
      ),
    );

  return {
    async searchActivities(query, callOptions = {}): Promise<Page<Activity>> {
      const { signal } = callOptions;
      throwIfAborted(signal);
      const request = serverRequestFor(query);
      let point: GeoPoint | undefined;
      if (query.near && 'point' in query.near) point = query.near.point;
      else if (query.near && geocode) {
        point = await geocode(query.near.postcode, callOptions);
        throwIfAborted(signal);
        // An unknown postcode finds nothing near it.
        if (!point) {
          return createActivityIndex([]).search({ ...query, near: { point: { lat: 0, lng: 0 } } });
        }
      }
      const index = await indexFor(request, signal);
      // Without a point the server has done the proximity search (or there was none).
      const local: IndexQuery = { ...query, near: point ? { point } : undefined };
      return index.search(local);
    },

    async getActivity(id, callOptions = {}): Promise<Activity> {
      const { signal } = callOptions;
      const raw = await getJson(
        fetchImpl,
        joinUrl(baseUrl, `/services/${encodeURIComponent(id)}`),
        {
          ...(signal ? { signal } : {}),
          now,
        },
      );
      try {
        return serviceMapperFor(dialect)(raw);
      } catch (error) {
        if (!(error instanceof InvalidOrukRecord)) throw error;
        onInvalidRecord?.({ ...(error.id ? { id: error.id } : {}), reason: error.reason });
        throw new BackendError('The directory record cannot be shown', { cause: error });
      }
    },

    // The host's geocoder, when there is one, answers for the picker too.
    ...(geocode ? { geocode } : {}),

    submitReferral: readOnly,
    recordConsent: readOnly,
    withdrawConsent: readOnly,
  };
}
