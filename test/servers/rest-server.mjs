/**
 * The REST test server: implements packages/core/openapi.json over the
 * Riverside fixtures, with fault switches, and checks every exchange against
 * the document (rest-contract.mjs). One handler, two mounts: node:http on
 * loopback for the Node runner (`startRestTestServer`), and web-test-runner
 * middleware for Chromium (`restTestMiddleware`), both under REST_MOUNT.
 *
 * Test-only endpoints, beside the API:
 * - `GET  _contract/log?session=…`   exchanges recorded for a session, with contract problems
 * - `GET  _contract/document`        the OpenAPI document itself
 * - `GET  _contract/components`      component schemas that fail to compile (`{}` when all compile)
 * - `GET  _contract/examples`        document examples that do not validate against their schema
 * - `POST _contract/validate/{Name}` validates the body against a component schema
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { createContract, readOpenApi } from './rest-contract.mjs';
import { loadRiverside, postcodeKey } from './rest-activities.mjs';
import {
  BODY_LIMIT_BYTES,
  FAULT_HEADER,
  LINK_WORKER_TOKEN,
  PRACTICE_TOKEN,
  REST_MOUNT,
  RETRY_AFTER_DATE,
  SESSION_HEADER,
} from './rest-tokens.mjs';

const PROBLEM = 'application/problem+json';
const JSON_TYPE = 'application/json';
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const problem = (status, title, type, extra = {}) => ({
  type: `https://linkwork.example/problems/${type}`,
  title,
  status,
  ...extra,
});

/** JSON with sorted keys, to compare bodies under one idempotency key. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** `LW-7K3P-9QX2`: Crockford base 32 from a hash of the key. */
function referenceFor(key) {
  const bytes = createHash('sha256').update(key).digest();
  const chars = [...bytes.subarray(0, 8)].map((b) => CROCKFORD[b % 32]);
  return `LW-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const slug = (text) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function milesBetween(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 3958.8 * Math.asin(Math.sqrt(h));
}

function timeOfDay(opensAt) {
  const hour = Number(opensAt.slice(0, 2));
  return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
}

/** Applies an ActivityQuery to the directory. */
function search(activities, query, origin) {
  let matches = activities.filter((a) => query.includeInactive || a.status === 'active');
  if (query.text) {
    const words = fold(query.text).split(/\s+/).filter(Boolean);
    matches = matches.filter((a) => {
      const haystack = fold(`${a.name} ${a.organisation.name} ${a.description}`);
      return words.every((word) => haystack.includes(word));
    });
  }
  if (query.taxonomy?.length)
    matches = matches.filter((a) => a.taxonomyTermIds.some((id) => query.taxonomy.includes(id)));
  if (query.days?.length)
    matches = matches.filter((a) =>
      a.schedules.some((s) => s.byDay.some((d) => query.days.includes(d.day))),
    );
  if (query.timesOfDay?.length) {
    matches = matches.filter((a) =>
      a.schedules.some((s) => s.opensAt && query.timesOfDay.includes(timeOfDay(s.opensAt))),
    );
  }
  if (query.freeOnly)
    matches = matches.filter((a) => a.costs.length > 0 && a.costs.every((c) => c.kind === 'free'));
  if (query.age !== undefined) {
    matches = matches.filter(
      (a) =>
        (a.eligibility.minimumAge ?? 0) <= query.age &&
        query.age <= (a.eligibility.maximumAge ?? Infinity),
    );
  }
  if (query.accessibility?.length) {
    matches = matches.filter((a) =>
      query.accessibility.every((wanted) =>
        a.locations.some((l) =>
          l.accessibility.some((f) => slug(f.feature).includes(slug(wanted))),
        ),
      ),
    );
  }
  if (query.modes?.length)
    matches = matches.filter((a) => a.modes.some((m) => query.modes.includes(m)));
  if (query.languages?.length)
    matches = matches.filter((a) => a.languages.some((l) => query.languages.includes(l)));
  let distances;
  if (origin) {
    const radius = query.radiusMiles ?? 5;
    distances = {};
    const near = [];
    for (const activity of matches) {
      const points = activity.locations.map((l) => l.point).filter(Boolean);
      if (points.length === 0) continue;
      const miles = Math.min(...points.map((p) => milesBetween(origin, p)));
      if (miles <= radius) {
        distances[activity.id] = Math.round(miles * 100) / 100;
        near.push(activity);
      }
    }
    matches = near;
  }
  if (query.sort === 'name')
    matches = [...matches].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  if (query.sort === 'distance' && distances)
    matches = [...matches].sort((a, b) => distances[a.id] - distances[b.id]);
  const page = query.page ?? 1;
  const size = query.size ?? 20;
  const items = matches.slice((page - 1) * size, page * size);
  const result = { items, total: matches.length, page, size };
  if (distances) result.distances = Object.fromEntries(items.map((a) => [a.id, distances[a.id]]));
  return result;
}

/** Reads the body up to the limit; `tooLarge` when it is over. */
async function readBody(req) {
  const chunks = [];
  let length = 0;
  for await (const chunk of req) {
    length += chunk.length;
    if (length <= BODY_LIMIT_BYTES) chunks.push(chunk);
  }
  return { text: Buffer.concat(chunks).toString('utf8'), tooLarge: length > BODY_LIMIT_BYTES };
}

/**
 * Creates the request handler. `handle(req, res, path)` answers one request;
 * `path` is the part of the URL after the mount (`/activities/search?…`).
 */
export function createRestTestHandler() {
  let ready;
  const state = {
    referralsByKey: new Map(),
    referrals: [],
    consentsByKey: new Map(),
    consents: new Map(),
    log: new Map(),
  };

  const load = () => {
    ready ??= (async () => {
      const [doc, riverside] = await Promise.all([readOpenApi(), loadRiverside()]);
      return { contract: createContract(doc), ...riverside };
    })();
    return ready;
  };

  function record(session, entry) {
    const entries = state.log.get(session) ?? [];
    entries.push(entry);
    state.log.set(session, entries);
  }

  function write(res, status, body, { contentType = JSON_TYPE, headers = {} } = {}) {
    res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', ...headers });
    res.end(
      body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    );
  }

  function examplesFailures(contract) {
    const failures = [];
    const check = (where, schema, value) => {
      const errors = contract.validateSchema(schema, value);
      if (errors.length > 0) failures.push({ where, errors });
    };
    const resolve = (node) => {
      while (
        node?.$ref?.startsWith('#/components/') &&
        !node.$ref.startsWith('#/components/schemas/')
      ) {
        node = node.$ref
          .slice(2)
          .split('/')
          .reduce((n, k) => n?.[k], contract.doc);
      }
      return node;
    };
    const media = (where, content) => {
      for (const [type, entry] of Object.entries(content ?? {})) {
        for (const [name, example] of Object.entries(entry.examples ?? {}))
          check(`${where} ${type} ${name}`, entry.schema, example.value);
      }
    };
    for (const [name, schema] of Object.entries(contract.doc.components.schemas)) {
      (schema.examples ?? []).forEach((example, i) =>
        check(`schema ${name} #${i}`, { $ref: `#/components/schemas/${name}` }, example),
      );
    }
    for (const op of contract.operations) {
      const where = `${op.method} ${op.template}`;
      for (const parameter of (op.operation.parameters ?? []).map(resolve)) {
        for (const [name, example] of Object.entries(parameter.examples ?? {}))
          check(`${where} ${parameter.name} ${name}`, parameter.schema, example.value);
      }
      media(`${where} request`, resolve(op.operation.requestBody)?.content);
      for (const [status, response] of Object.entries(op.operation.responses)) {
        const resolved = resolve(response);
        media(`${where} ${status}`, resolved.content);
        for (const [headerName, header] of Object.entries(resolved.headers ?? {})) {
          const spec = resolve(header);
          for (const [name, example] of Object.entries(spec.examples ?? {}))
            check(`${where} ${status} ${headerName} ${name}`, spec.schema, example.value);
        }
      }
    }
    return failures;
  }

  async function handleContract(req, res, url, loaded) {
    const route = url.pathname.slice('/_contract/'.length);
    if (req.method === 'GET' && route === 'log') {
      return write(res, 200, state.log.get(url.searchParams.get('session') ?? '') ?? []);
    }
    if (req.method === 'GET' && route === 'document') return write(res, 200, loaded.contract.doc);
    if (req.method === 'GET' && route === 'components')
      return write(res, 200, loaded.contract.compileComponents());
    if (req.method === 'GET' && route === 'examples')
      return write(res, 200, examplesFailures(loaded.contract));
    if (req.method === 'POST' && route.startsWith('validate/')) {
      const { text } = await readBody(req);
      const name = decodeURIComponent(route.slice('validate/'.length));
      if (!loaded.contract.doc.components.schemas[name])
        return write(res, 404, { error: `no schema ${name}` });
      return write(res, 200, { errors: loaded.contract.validateComponent(name, JSON.parse(text)) });
    }
    return write(res, 404, { error: 'no such contract endpoint' });
  }

  return async function handle(req, res, path) {
    const loaded = await load();
    const url = new URL(path || '/', 'http://test.invalid');
    if (url.pathname.startsWith('/_contract/')) return handleContract(req, res, url, loaded);

    const { contract, activities, postcodes } = loaded;
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [
        k.toLowerCase(),
        Array.isArray(v) ? v.join(', ') : v,
      ]),
    );
    const session = headers[SESSION_HEADER] ?? '';
    const fault = headers[FAULT_HEADER];
    const matched = contract.match(req.method, url.pathname);
    const { text, tooLarge } = await readBody(req);

    let body;
    let bodyMalformed = false;
    if (text.length > 0) {
      try {
        body = JSON.parse(text);
      } catch {
        bodyMalformed = true;
      }
    }
    const entry = {
      operationId: matched?.operation.operationId ?? null,
      method: req.method,
      path: matched?.template ?? null,
      fault: fault ?? null,
      requestProblems:
        matched && !tooLarge
          ? contract.checkRequest(matched, {
              headers,
              query: url.searchParams,
              body,
              contentType: headers['content-type'],
            })
          : [],
      status: 0,
      responseProblems: [],
    };

    const send = (status, payload, options = {}) => {
      const contentType = options.contentType ?? (status >= 400 ? PROBLEM : JSON_TYPE);
      entry.status = status;
      if (matched) {
        entry.responseProblems = contract.checkResponse(matched, {
          status,
          headers: Object.fromEntries(
            Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
          ),
          body: payload,
          contentType,
        });
      }
      record(session, entry);
      write(res, status, payload, { ...options, contentType });
    };

    // Faults first: they stand for a server or network in trouble.
    switch (fault) {
      case undefined:
        break;
      case '500':
        return send(500, problem(500, 'Internal server error', 'internal'));
      case '502':
        return send(502, problem(502, 'Bad gateway', 'bad-gateway'));
      case '503-seconds':
        return send(503, problem(503, 'Service unavailable', 'unavailable'), {
          headers: { 'retry-after': '120' },
        });
      case '503-date':
        return send(503, problem(503, 'Service unavailable', 'unavailable'), {
          headers: { 'retry-after': RETRY_AFTER_DATE },
        });
      case '503-bare':
        return send(503, problem(503, 'Service unavailable', 'unavailable'));
      case '429':
        return send(429, problem(429, 'Too many requests', 'rate-limited'), {
          headers: { 'retry-after': '7' },
        });
      case 'slow':
        entry.status = 'slow';
        record(session, entry);
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, 10_000);
          res.on('close', () => {
            clearTimeout(timer);
            resolve();
          });
        });
        if (!res.writableEnded && !res.destroyed)
          write(res, 503, problem(503, 'Too slow', 'unavailable'), { contentType: PROBLEM });
        return;
      case 'drop':
        entry.status = 'dropped';
        record(session, entry);
        req.socket.destroy();
        return;
      case 'malformed-json':
        entry.status = 200;
        record(session, entry);
        return write(res, 200, '{"items": [', { contentType: JSON_TYPE });
      case 'wrong-shape':
        entry.status = 200;
        record(session, entry);
        return write(res, 200, {
          items: 'none',
          total: 'many',
          reference: 42,
          id: 7,
          point: { lat: 'north' },
        });
      case '422-malformed':
        entry.status = 422;
        record(session, entry);
        return write(
          res,
          422,
          {
            title: 'Validation failed',
            status: 422,
            errors: [{ path: 7 }, 'x', { path: 'notes', code: 'too-long', message: 'Too long' }],
          },
          { contentType: PROBLEM },
        );
      default:
        return send(400, problem(400, 'Unknown fault', 'bad-request'));
    }

    if (!matched) return send(404, problem(404, 'Not found', 'not-found'));
    if (tooLarge)
      return send(
        413,
        problem(413, 'Request body too large', 'payload-too-large', {
          detail: `Request bodies are limited to ${BODY_LIMIT_BYTES} bytes.`,
        }),
      );

    // Authentication: optional everywhere except the inbox; a bad token is always 401.
    let role;
    const authorization = headers.authorization;
    if (authorization !== undefined) {
      const token = /^Bearer (\S+)$/.exec(authorization)?.[1];
      role =
        token === LINK_WORKER_TOKEN
          ? 'link-worker'
          : token === PRACTICE_TOKEN
            ? 'practice'
            : undefined;
      if (!role)
        return send(401, problem(401, 'Unauthorised', 'unauthorised'), {
          headers: { 'www-authenticate': 'Bearer' },
        });
    }

    if (bodyMalformed)
      return send(
        400,
        problem(400, 'Bad request', 'bad-request', { detail: 'The body is not JSON.' }),
      );
    const requestSchema = contract.requestSchema(matched);
    const invalid = requestSchema ? contract.validateSchema(requestSchema, body) : [];
    const rejectInvalid = (errors) =>
      send(422, problem(422, 'Validation failed', 'validation-failed', { errors }));
    const operation = matched.operation.operationId;
    const now = () =>
      new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace('.000Z', 'Z');

    const idempotent = (store, create) => {
      const key = headers['idempotency-key'];
      if (!key || !UUID.test(key))
        return send(
          400,
          problem(400, 'Bad request', 'bad-request', {
            detail: 'The Idempotency-Key header must be a UUID.',
          }),
        );
      if (invalid.length > 0) return rejectInvalid(invalid);
      const seen = store.get(key);
      const fingerprint = canonical(body);
      if (seen) {
        if (seen.fingerprint !== fingerprint)
          return send(409, problem(409, 'Idempotency key reused', 'idempotency-key-reused'));
        return send(200, seen.receipt, { headers: { 'cache-control': 'no-store' } });
      }
      const receipt = create(key);
      store.set(key, { fingerprint, receipt });
      return send(201, receipt, { headers: { 'cache-control': 'no-store' } });
    };

    switch (operation) {
      case 'searchActivities': {
        if (invalid.length > 0) return rejectInvalid(invalid);
        let origin = body.near?.point;
        if (body.near?.postcode !== undefined) {
          origin = postcodes.get(postcodeKey(body.near.postcode));
          if (!origin)
            return rejectInvalid([
              {
                path: 'near.postcode',
                code: 'unknown-postcode',
                message: 'We could not find that postcode',
              },
            ]);
        }
        return send(200, search(activities, body, origin));
      }
      case 'getActivity': {
        const activity = activities.find((a) => a.id === matched.params.activityId);
        return activity ? send(200, activity) : send(404, problem(404, 'Not found', 'not-found'));
      }
      case 'submitReferral':
        if (body?.source === 'staff' && !role)
          return send(
            401,
            problem(401, 'Unauthorised', 'unauthorised', {
              detail: 'Staff referrals need a bearer token.',
            }),
            { headers: { 'www-authenticate': 'Bearer' } },
          );
        return idempotent(state.referralsByKey, (key) => {
          const receipt = { reference: referenceFor(key), receivedAt: now() };
          state.referrals.unshift({ ...receipt, referral: body });
          return receipt;
        });
      case 'recordConsent':
        return idempotent(state.consentsByKey, () => {
          const receipt = { id: randomUUID(), recordedAt: now() };
          state.consents.set(receipt.id, { consent: body });
          return receipt;
        });
      case 'withdrawConsent': {
        const stored = state.consents.get(matched.params.consentId);
        if (!stored) return send(404, problem(404, 'Not found', 'not-found'));
        if (invalid.length > 0) return rejectInvalid(invalid);
        // Withdrawals are kept beside the record, never changing it: repeating one answers its receipt.
        stored.withdrawals ??= [];
        const repeat = stored.withdrawals.find((w) => canonical(w.request) === canonical(body));
        if (repeat) return send(200, repeat.receipt);
        const alreadyWithdrawn = () =>
          send(409, problem(409, 'Already withdrawn', 'already-withdrawn'));
        if (stored.withdrawals.some((w) => !w.request.items)) return alreadyWithdrawn();
        if (body.items) {
          const keyOf = (item) => `${item.type}:${item.name ?? item.channel ?? ''}`;
          const { consent } = stored;
          const agreed = new Set([
            ...(consent.shareWithProviders ? ['shareWithProviders:'] : []),
            ...(consent.partners ?? [])
              .filter((p) => consent.shareWithProviders && p.agreed)
              .map((p) => `partner:${p.name}`),
            ...consent.contactBy.map((channel) => `contactBy:${channel}`),
            ...(consent.followUp ? ['followUp:'] : []),
            ...(consent.shareOutcomeWithGp ? ['shareOutcomeWithGp:'] : []),
          ]);
          const gone = new Set(stored.withdrawals.flatMap((w) => w.request.items.map(keyOf)));
          const notAgreed = body.items.flatMap((item, i) =>
            agreed.has(keyOf(item))
              ? []
              : [
                  {
                    path: `items.${i}`,
                    code: 'not-agreed',
                    message: 'This part was not agreed to',
                  },
                ],
          );
          if (notAgreed.length > 0) return rejectInvalid(notAgreed);
          if (body.items.some((item) => gone.has(keyOf(item)))) return alreadyWithdrawn();
        }
        const receipt = { id: matched.params.consentId, recordedAt: now() };
        stored.withdrawals.push({ request: body, receipt });
        return send(200, receipt);
      }
      case 'geocodePostcode': {
        if (invalid.length > 0) return rejectInvalid(invalid);
        if (!/^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/.test(postcodeKey(body.postcode))) {
          return rejectInvalid([
            { path: 'postcode', code: 'format', message: 'Enter a full UK postcode' },
          ]);
        }
        const point = postcodes.get(postcodeKey(body.postcode));
        return point
          ? send(200, { point })
          : send(404, problem(404, 'Postcode not found', 'postcode-not-found'));
      }
      case 'listReferrals': {
        if (!role)
          return send(401, problem(401, 'Unauthorised', 'unauthorised'), {
            headers: { 'www-authenticate': 'Bearer' },
          });
        if (role !== 'link-worker') return send(403, problem(403, 'Forbidden', 'forbidden'));
        const queryErrors = entry.requestProblems
          .filter((p) => p.path.startsWith('query.'))
          .map((p) => ({ ...p, path: p.path.slice('query.'.length) }));
        if (queryErrors.length > 0) return rejectInvalid(queryErrors);
        const page = Number(url.searchParams.get('page') ?? 1);
        const size = Number(url.searchParams.get('size') ?? 20);
        const since = url.searchParams.get('since');
        const all = since
          ? state.referrals.filter((r) => Date.parse(r.receivedAt) >= Date.parse(since))
          : state.referrals;
        return send(
          200,
          { items: all.slice((page - 1) * size, page * size), total: all.length, page, size },
          { headers: { 'cache-control': 'no-store' } },
        );
      }
      default:
        return send(404, problem(404, 'Not found', 'not-found'));
    }
  };
}

/** web-test-runner (Koa) middleware serving the test server under `mount`. */
export function restTestMiddleware(mount = REST_MOUNT) {
  const handle = createRestTestHandler();
  return async function restTestServer(context, next) {
    if (context.path !== mount && !context.path.startsWith(`${mount}/`)) return next();
    context.respond = false;
    await handle(context.req, context.res, context.url.slice(mount.length));
  };
}

/** Starts the test server on a free loopback port, for the Node runner. */
export async function startRestTestServer() {
  const handle = createRestTestHandler();
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(`${REST_MOUNT}/`)) {
      res.writeHead(404).end();
      return;
    }
    handle(req, res, url.slice(REST_MOUNT.length)).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    baseUrl: `http://127.0.0.1:${port}${REST_MOUNT}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
