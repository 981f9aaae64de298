// A test double of an Open Referral UK directory (v3 and v1) serving test/fixtures, with paging,
// text, taxonomy and postcode/proximity filters, and fault switches. Plain Node (node:http), loopback
// only. Used by Node tests directly (startOrukTestServer) and by browser tests through the
// web-test-runner middleware (orukTestMiddleware), so both exercise the same handler.
//
// Paths, below the mount point:
//   /v3/services[?page&per_page&text&taxonomy_term_id]      v3 page wrapper of services
//   /v3/services/{id}                                        one v3 service, or 404
//   /v3/service_at_locations[?postcode&proximity&…]          v3 page wrapper of service-at-locations
//   /v1/services[?page&per_page&text&taxonomy_id&postcode&proximity]   v1 page wrapper
//   /v1/services/{id}                                        one v1 service, or 404
// Fault switches are path segments before the dialect, any combination:
//   /status=503/…      answer that HTTP status (JSON error body)
//   /retry-after=7/…   with that Retry-After header
//   /fail-page=3/…     apply the status only to that page (others answer normally)
//   /delay=500/…       answer after that many milliseconds (cancelled when the client goes away)
//   /unmarked/…        page wrappers without last_page/last and without total pages (clients must
//                      stop on the empty page)
//   /sal-ids-only/…    /service_at_locations items carry service_id but no embedded service
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const fixture = (name) =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

const V3 = fixture('riverside.oruk3.json');
const V1 = fixture('riverside.oruk1.json');
const V1_BY_ID = new Map(V1.map((service) => [service.id, service]));

const fold = (text) =>
  String(text ?? '')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** What the server's (deliberately plain) text search looks at: words anywhere, accents ignored. */
const SEARCH_TEXT = new Map(
  V3.map((service) => [
    service.id,
    fold(
      [
        service.name,
        service.description,
        service.organization?.name,
        ...service.attributes.map((attribute) => attribute.taxonomy_term?.name),
      ].join(' '),
    ),
  ]),
);

const compactPostcode = (text) =>
  String(text ?? '')
    .replace(/\s+/g, '')
    .toUpperCase();

/** Postcode → point from the fixture venues, and outward code → centroid. */
const POSTCODES = (() => {
  const full = new Map();
  const outward = new Map();
  for (const service of V3)
    for (const sal of service.service_at_locations) {
      const { latitude, longitude, addresses } = sal.location;
      const code = compactPostcode(addresses[0]?.postal_code);
      if (!code) continue;
      full.set(code, { lat: latitude, lng: longitude });
      const out = code.slice(0, -3);
      const points = outward.get(out) ?? new Map();
      points.set(code, { lat: latitude, lng: longitude });
      outward.set(out, points);
    }
  const centroids = new Map();
  for (const [out, points] of outward) {
    const list = [...points.values()];
    centroids.set(out, {
      lat: list.reduce((sum, p) => sum + p.lat, 0) / list.length,
      lng: list.reduce((sum, p) => sum + p.lng, 0) / list.length,
    });
  }
  return { full, centroids };
})();

function geocode(postcode) {
  const code = compactPostcode(postcode);
  return (
    POSTCODES.full.get(code) ??
    POSTCODES.centroids.get(code) ??
    POSTCODES.centroids.get(code.slice(0, -3))
  );
}

function metresBetween(a, b) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}

function pageOf(dialect, items, page, perPage, unmarked) {
  const total = items.length;
  const totalPages = Math.ceil(total / perPage);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const last = unmarked ? false : page >= totalPages;
  if (dialect === 'v3')
    return {
      total_items: total,
      total_pages: unmarked ? null : totalPages,
      page_number: page,
      size: perPage,
      first_page: page === 1,
      last_page: last,
      empty: slice.length === 0,
      contents: slice,
    };
  return {
    totalElements: total,
    totalPages: unmarked ? null : totalPages,
    number: page,
    size: perPage,
    first: page === 1,
    last,
    empty: slice.length === 0,
    content: slice,
  };
}

function json(status, body, headers = {}) {
  return {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
    body: JSON.stringify(body),
  };
}

function sleep(ms, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Services (v3 objects) that pass the text and taxonomy filters. */
function filtered(query, dialect) {
  const words = fold(query.get('text') ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const term = query.get(dialect === 'v3' ? 'taxonomy_term_id' : 'taxonomy_id');
  return V3.filter((service) => {
    const haystack = SEARCH_TEXT.get(service.id);
    if (!words.every((word) => haystack.includes(word))) return false;
    if (term && !service.attributes.some((attribute) => attribute.taxonomy_term_id === term))
      return false;
    return true;
  });
}

/** The point and radius (metres) of a proximity search, `null` when there is none, `undefined` for an unknown postcode. */
function proximityOf(query) {
  const postcode = query.get('postcode');
  if (!postcode) return null;
  const point = geocode(postcode);
  if (!point) return undefined;
  const proximity = Number(query.get('proximity'));
  return { point, radius: Number.isFinite(proximity) && proximity > 0 ? proximity : Infinity };
}

const within = (location, near) =>
  typeof location.latitude === 'number' &&
  metresBetween(near.point, { lat: location.latitude, lng: location.longitude }) <= near.radius;

/**
 * Answers one request: `{ status, headers, body }`. `path` is below the mount point and may carry a
 * query string. `signal` aborts a delayed answer when the client goes away.
 */
export async function answerOruk(method, path, signal) {
  const url = new URL(path, 'http://directory.test');
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const options = {};
  while (segments.length > 0 && segments[0] !== 'v1' && segments[0] !== 'v3') {
    const [key, value] = segments.shift().split('=');
    options[key] = value ?? true;
  }
  const [dialect, resource, id, extra] = segments;
  if (options.delay) await sleep(Number(options.delay), signal);
  if (signal?.aborted) return undefined;
  if (method !== 'GET' && method !== 'HEAD')
    return json(405, { error: 'Method not allowed' }, { Allow: 'GET, HEAD' });

  const query = url.searchParams;
  const page = Math.max(1, Number.parseInt(query.get('page') ?? '1', 10) || 1);
  const perPage = Math.min(
    500,
    Math.max(1, Number.parseInt(query.get('per_page') ?? '20', 10) || 20),
  );
  if (options.status && (!options['fail-page'] || Number(options['fail-page']) === page)) {
    const headers = options['retry-after'] ? { 'Retry-After': String(options['retry-after']) } : {};
    return json(Number(options.status), { error: 'Fault switched on for this test' }, headers);
  }
  if (!dialect || extra !== undefined) return json(404, { error: 'Not found' });

  if (resource === 'services' && id !== undefined) {
    const service = dialect === 'v3' ? V3.find((s) => s.id === id) : V1_BY_ID.get(id);
    return service ? json(200, service) : json(404, { error: 'No such service' });
  }
  if (id !== undefined) return json(404, { error: 'Not found' });

  const near = proximityOf(query);
  let services = near === undefined ? [] : filtered(query, dialect);
  if (resource === 'services') {
    if (near)
      services = services.filter((s) =>
        s.service_at_locations.some((sal) => within(sal.location, near)),
      );
    const items = dialect === 'v3' ? services : services.map((s) => V1_BY_ID.get(s.id));
    return json(200, pageOf(dialect, items, page, perPage, Boolean(options.unmarked)));
  }
  if (resource === 'service_at_locations' && dialect === 'v3') {
    const items = services.flatMap((service) =>
      service.service_at_locations
        .filter((sal) => !near || within(sal.location, near))
        .map((sal) => ({
          id: sal.id,
          service_id: service.id,
          location_id: sal.location_id,
          location: sal.location,
          ...(options['sal-ids-only'] ? {} : { service }),
        })),
    );
    return json(200, pageOf(dialect, items, page, perPage, Boolean(options.unmarked)));
  }
  return json(404, { error: 'Not found' });
}

/** A node:http request listener for a server mounted at its root. */
export function orukRequestListener() {
  return (request, response) => {
    const controller = new AbortController();
    response.on('close', () => controller.abort());
    answerOruk(request.method ?? 'GET', request.url ?? '/', controller.signal).then(
      (answer) => {
        if (!answer || response.destroyed) return;
        response.writeHead(answer.status, answer.headers);
        response.end(request.method === 'HEAD' ? undefined : answer.body);
      },
      () => {
        if (!response.headersSent) response.writeHead(500);
        response.end();
      },
    );
  };
}

/** Starts the directory on 127.0.0.1 (a free port unless one is given). */
export function startOrukTestServer({ port = 0 } = {}) {
  const server = createServer(orukRequestListener());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://127.0.0.1:${actual}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Path the browser tests reach the directory at, through the web-test-runner middleware. */
export const ORUK_TEST_MOUNT = '/__test__/oruk';

/** Koa-style middleware (web-test-runner's dev server) serving the directory under `mount`. */
export function orukTestMiddleware(mount = ORUK_TEST_MOUNT) {
  return async (ctx, next) => {
    if (ctx.path !== mount && !ctx.path.startsWith(`${mount}/`)) return next();
    const controller = new AbortController();
    ctx.req.on('close', () => {
      if (!ctx.res.writableEnded) controller.abort();
    });
    const answer = await answerOruk(
      ctx.method,
      ctx.url.slice(mount.length) || '/',
      controller.signal,
    );
    if (!answer) return undefined;
    ctx.status = answer.status;
    ctx.set(answer.headers);
    ctx.body = answer.body;
    return undefined;
  };
}
