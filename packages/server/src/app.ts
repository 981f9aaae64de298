/**
 * The Linkwork reference API on Hono: packages/core/openapi.json over a
 * directory and a store. `createApp` holds no global state: everything it
 * uses comes in through its options, so tests and hosts can run several.
 */
import { randomUUID } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import {
  checkWithdrawal,
  createReference,
  defaultTaxonomy,
  fullPostcode,
  hasForbiddenCharacters,
  NotFound,
  outwardCode,
  validateConsent,
  validateReferral,
  withdraw,
  type Consent,
  type GeoPoint,
  type Taxonomy,
} from '@linkwork/core';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { matchedRoutes } from 'hono/route';
import { bodySha256 } from './canonical.js';
import { filterServices, orukPage, servicesAtLocations, type Directory } from './directory.js';
import { problem, validationProblem, type FieldError } from './problem.js';
import {
  ActivityQueryBody,
  GeocodeBody,
  InboxQueryParams,
  parseBody,
  parseWithdrawal,
} from './request-schemas.js';
import {
  authenticate,
  createRateLimiter,
  SECURITY_HEADERS,
  type Authentication,
  type RateLimit,
} from './security.js';
import type { Store, WithdrawalRule } from './storage/store.js';

/** What the server logs about a request: never a body, a query string, an id or a header. */
export interface RequestLogEntry {
  readonly method: string;
  /** The route pattern (`/consents/:consentId/withdrawal`), not the path. */
  readonly route: string;
  readonly status: number;
  readonly durationMs: number;
  /** The class of an unexpected error (`TypeError`), never its message. */
  readonly error?: string;
}

/** Everything the API needs. */
export interface AppOptions {
  readonly store: Store;
  readonly directory: Directory;
  /** The bearer token of staff and link workers: needed for staff referrals and the inbox. */
  readonly staffToken: string;
  /** Origins allowed to call the API from a browser (`https://portal.example`); none by default. */
  readonly corsOrigins?: readonly string[];
  /** Public writes (self-referrals, consent) per client address. Default: a burst of 5, then 5 a minute. */
  readonly publicWriteLimit?: RateLimit;
  /** Default 65,536 bytes. */
  readonly bodyLimitBytes?: number;
  readonly now?: () => Date;
  /** One entry per request. Default: a JSON line on standard output. */
  readonly log?: (entry: RequestLogEntry) => void;
  /** The client's address for rate limiting. Default: the socket's remote address (see `trustProxy`). */
  readonly clientAddress?: (c: Context) => string | undefined;
  /**
   * Behind a reverse proxy, every request comes from the proxy: set this so
   * the default client address is the last `X-Forwarded-For` entry (the one
   * the proxy added). Leave it off when clients reach the server directly,
   * or they could choose their own address.
   */
  readonly trustProxy?: boolean;
  /** New referral references (default: random `LW-XXXX-XXXX`). */
  readonly newReference?: () => string;
  /** New consent record ids (default: random UUIDs). */
  readonly newId?: () => string;
  /** The needs taxonomy referral reasons must come from (default: core's). */
  readonly taxonomy?: Taxonomy;
}

/** The default body limit: 64 kB. */
export const BODY_LIMIT_BYTES = 65_536;

const DEFAULT_PUBLIC_WRITE_LIMIT: RateLimit = { burst: 5, perMinute: 5 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const MAX_ID_LENGTH = 200;
const ORUK_MAX_PAGE_SIZE = 100;
const WHOLE_NUMBER = /^[1-9][0-9]{0,8}$/;

type Env = { Variables: { auth: Authentication; errorName: string } };

type JsonRead =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly response: Response };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deeper than any request of the document (a referral is five levels deep). */
const MAX_JSON_DEPTH = 32;

/** Whether a parsed JSON value nests deeper than `max` (walked without recursion). */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Reads a JSON body: 400 unless the content type is JSON, the body parses
 * and it nests no deeper than any request can (hashing or validating a body
 * thousands of levels deep would overflow the stack).
 */
async function readJson(c: Context): Promise<JsonRead> {
  if (!JSON_TYPE.test(c.req.header('content-type') ?? ''))
    return {
      ok: false,
      response: problem(c, 400, {
        detail: 'Send a JSON body with Content-Type: application/json.',
      }),
    };
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, response: problem(c, 400, { detail: 'The body is not JSON.' }) };
  }
  if (nestedDeeperThan(value, MAX_JSON_DEPTH))
    return { ok: false, response: problem(c, 400, { detail: 'The body is nested too deeply.' }) };
  return { ok: true, value };
}

/** The `Idempotency-Key` header when it is a UUID. */
function idempotencyKey(c: Context): string | undefined {
  const key = c.req.header('idempotency-key')?.trim();
  return key !== undefined && UUID.test(key) ? key.toLowerCase() : undefined;
}

const badKey = (c: Context) =>
  problem(c, 400, { detail: 'The Idempotency-Key header must be a UUID.' });

const keyReused = (c: Context) =>
  problem(c, 409, {
    type: 'idempotency-key-reused',
    title: 'Idempotency key reused',
    detail: 'This Idempotency-Key was first used with a different request body.',
  });

const unauthorised = (c: Context, detail?: string) =>
  problem(c, 401, { headers: { 'WWW-Authenticate': 'Bearer' }, ...(detail ? { detail } : {}) });

/** Core's validation errors as the document's field errors (without message parameters). */
function documentErrors(
  errors: readonly { path: string; code: string; message: string }[],
  stripPrefix = '',
): FieldError[] {
  return errors.map(({ path, code, message }) => ({
    path:
      stripPrefix && (path === stripPrefix || path.startsWith(`${stripPrefix}.`))
        ? path.slice(stripPrefix.length + 1)
        : path,
    code,
    message,
  }));
}

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // Not running on Node's HTTP server (for example `app.request()` in a test).
    return undefined;
  }
}

/** The address the nearest proxy saw: the last `X-Forwarded-For` entry. */
function forwardedAddress(c: Context): string | undefined {
  const entries = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.at(-1);
}

/** Seconds a client waits before retrying when the database is unavailable. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Errors that mean "try again soon": the connection to PostgreSQL failed or
 * the server is starting, shutting down or out of connections (SQLSTATE
 * classes 08 and 57P, and 53300).
 */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '53300']);

function isDatabaseUnavailable(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return false;
  return UNAVAILABLE_CODES.has(code) || code.startsWith('08') || code.startsWith('57P');
}

function writeLogLine(entry: RequestLogEntry): void {
  process.stdout.write(`${JSON.stringify(entry)}\n`);
}

/** The route pattern that answered, for the log (`(none)` when no route matched). */
function routeOf(c: Context): string {
  const routes = matchedRoutes(c).filter((route) => route.method !== 'ALL');
  return routes.at(-1)?.path ?? '(none)';
}

/**
 * Core's rule for a withdrawal: the stored record with the earlier
 * withdrawals applied, then `checkWithdrawal` (each part agreed and still
 * standing, nothing before consent was given, nothing after the whole).
 */
function withdrawalRule(request: Parameters<typeof checkWithdrawal>[1]): WithdrawalRule {
  return (stored, earlier) => {
    const record = earlier.reduce(
      (consent, withdrawal) => withdraw(consent, withdrawal),
      stored as Consent,
    );
    const checked = checkWithdrawal(record, request);
    if (checked.ok) return { ok: true };
    if (checked.conflict) return { ok: false, conflict: true };
    return { ok: false, conflict: false, errors: documentErrors(checked.errors) };
  };
}

/** Creates the API. */
export function createApp(options: AppOptions): Hono<Env> {
  if (options.staffToken.length < 16)
    throw new RangeError('The staff token must be at least 16 characters');
  const { store, directory, staffToken } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? writeLogLine;
  const clientAddress =
    options.clientAddress ??
    (options.trustProxy ? (c: Context) => forwardedAddress(c) ?? socketAddress(c) : socketAddress);
  const newReference = options.newReference ?? (() => createReference());
  const newId = options.newId ?? (() => randomUUID());
  const taxonomy = options.taxonomy ?? defaultTaxonomy;
  const origins = new Set(options.corsOrigins ?? []);
  const limiter = createRateLimiter(options.publicWriteLimit ?? DEFAULT_PUBLIC_WRITE_LIMIT);
  const maxBody = options.bodyLimitBytes ?? BODY_LIMIT_BYTES;

  const app = new Hono<Env>();

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    const errorName = c.get('errorName');
    log({
      method: c.req.method,
      route: routeOf(c),
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      ...(errorName ? { error: errorName } : {}),
    });
  });

  app.use(async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });

  app.use(
    cors({
      origin: (origin) => (origins.has(origin) ? origin : null),
      allowMethods: ['GET', 'POST'],
      allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key', 'Accept'],
      exposeHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  );

  // A token that is present but not valid is refused everywhere.
  app.use(async (c, next) => {
    const auth = authenticate(c.req.header('authorization'), staffToken);
    if (auth === 'invalid') return unauthorised(c);
    c.set('auth', auth);
    await next();
  });

  app.use('*', async (c, next) => {
    if (c.req.method !== 'POST') return next();
    return bodyLimit({
      maxSize: maxBody,
      // The rest of the body is never read: close the connection so no client reuses it.
      onError: (ctx) =>
        problem(ctx, 413, {
          detail: `Request bodies are limited to ${maxBody} bytes.`,
          headers: { Connection: 'close' },
        }),
    })(c, next);
  });

  /** Writes without a token are public: a token bucket per client address. */
  const publicWriteLimit: MiddlewareHandler<Env> = async (c, next) => {
    if (c.get('auth') === 'staff') return next();
    const decision = limiter.take(clientAddress(c) ?? 'unknown');
    if (!decision.allowed)
      return problem(c, 429, { headers: { 'Retry-After': String(decision.retryAfterSeconds) } });
    await next();
  };

  app.post('/activities/search', async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const query = parseBody(ActivityQueryBody, body.value);
    if (!query.ok) return validationProblem(c, query.errors);
    return c.json(await directory.backend.searchActivities(query.value));
  });

  app.get('/activities/:activityId', async (c) => {
    const id = c.req.param('activityId');
    try {
      if (id.length > MAX_ID_LENGTH) throw new NotFound('No activity has this id');
      return c.json(await directory.backend.getActivity(id));
    } catch (error) {
      if (error instanceof NotFound) return problem(c, 404);
      throw error;
    }
  });

  app.post('/geocode', async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const request = parseBody(GeocodeBody, body.value);
    if (!request.ok) return validationProblem(c, request.errors);
    const { postcode } = request.value;
    if (fullPostcode(postcode) === undefined && outwardCode(postcode) === undefined)
      return validationProblem(c, [
        { path: 'postcode', code: 'format', message: 'Enter a UK postcode, like LE7 2HR' },
      ]);
    const point = await directory.backend.geocode(postcode);
    if (!point) return problem(c, 404, { type: 'postcode-not-found', title: 'Postcode not found' });
    return c.json({ point });
  });

  app.post('/referrals', publicWriteLimit, async (c) => {
    const key = idempotencyKey(c);
    if (!key) return badKey(c);
    const body = await readJson(c);
    if (!body.ok) return body.response;
    if (isRecord(body.value) && body.value.source === 'staff' && c.get('auth') !== 'staff')
      return unauthorised(c, 'Staff referrals need a bearer token.');
    c.header('Cache-Control', 'no-store');
    const sha = bodySha256(body.value);
    const earlier = await store.findReferral(key);
    if (earlier) return earlier.bodySha256 === sha ? c.json(earlier.receipt, 200) : keyReused(c);
    // Only valid referrals are stored: a rejected one does not take the key.
    const result = validateReferral(body.value, { taxonomy, now });
    if (!result.ok) return validationProblem(c, documentErrors(result.errors));
    const saved = await store.saveReferral(
      { idempotencyKey: key, bodySha256: sha, referral: result.value, receivedAt: now() },
      newReference,
    );
    if (saved.outcome === 'conflict') return keyReused(c);
    return c.json(saved.receipt, saved.outcome === 'created' ? 201 : 200);
  });

  app.get('/referrals', async (c) => {
    if (c.get('auth') !== 'staff')
      return unauthorised(c, 'The referrals inbox needs a bearer token.');
    const query = parseBody(InboxQueryParams, c.req.query());
    if (!query.ok) return validationProblem(c, query.errors);
    const page = Number(query.value.page ?? 1);
    const size = Number(query.value.size ?? 20);
    const since = query.value.since;
    const result = await store.listReferrals({ page, size, ...(since ? { since } : {}) });
    c.header('Cache-Control', 'no-store');
    return c.json({ items: result.items, total: result.total, page, size });
  });

  app.post('/consents', publicWriteLimit, async (c) => {
    const key = idempotencyKey(c);
    if (!key) return badKey(c);
    const body = await readJson(c);
    if (!body.ok) return body.response;
    c.header('Cache-Control', 'no-store');
    const sha = bodySha256(body.value);
    const earlier = await store.findConsent(key);
    if (earlier) return earlier.bodySha256 === sha ? c.json(earlier.receipt, 200) : keyReused(c);
    const result = validateConsent(body.value);
    if (!result.ok) return validationProblem(c, documentErrors(result.errors, 'consent'));
    const saved = await store.saveConsent({
      id: newId(),
      idempotencyKey: key,
      bodySha256: sha,
      consent: result.value,
      recordedAt: now(),
    });
    if (saved.outcome === 'conflict') return keyReused(c);
    return c.json(saved.receipt, saved.outcome === 'created' ? 201 : 200);
  });

  app.post('/consents/:consentId/withdrawal', publicWriteLimit, async (c) => {
    const consentId = c.req.param('consentId');
    // No record has such an id, and PostgreSQL cannot even compare with one holding U+0000.
    if (consentId.length > MAX_ID_LENGTH || hasForbiddenCharacters(consentId))
      return problem(c, 404);
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const withdrawal = parseWithdrawal(body.value);
    if (!withdrawal.ok) return validationProblem(c, withdrawal.errors);
    c.header('Cache-Control', 'no-store');
    const saved = await store.withdrawConsent(
      consentId,
      {
        withdrawal: withdrawal.value,
        bodySha256: bodySha256(withdrawal.value),
        recordedAt: now(),
      },
      withdrawalRule(withdrawal.value),
    );
    switch (saved.outcome) {
      case 'not-found':
        return problem(c, 404);
      case 'conflict':
        return problem(c, 409, {
          type: 'already-withdrawn',
          title: 'Already withdrawn',
          detail: 'This consent, or these parts of it, were already withdrawn.',
        });
      case 'invalid':
        return validationProblem(c, saved.errors);
      default:
        return c.json(saved.receipt, 200);
    }
  });

  /** ORUK list paging and filters from the query string; `undefined` when paging is malformed. */
  const orukList = (c: Context) => {
    const page = c.req.query('page') ?? '1';
    const perPage = c.req.query('per_page') ?? '20';
    if (!WHOLE_NUMBER.test(page) || !WHOLE_NUMBER.test(perPage)) return undefined;
    const text = c.req.query('text');
    const taxonomyTermId = c.req.query('taxonomy_term_id');
    return {
      page: Number(page),
      size: Math.min(ORUK_MAX_PAGE_SIZE, Number(perPage)),
      services: filterServices(directory.services, {
        ...(text ? { text } : {}),
        ...(taxonomyTermId ? { taxonomyTermId } : {}),
      }),
    };
  };
  const badPaging = (c: Context) =>
    problem(c, 400, { detail: 'page and per_page must be whole numbers from 1.' });

  app.get('/oruk/v3/services', (c) => {
    const list = orukList(c);
    if (!list) return badPaging(c);
    return c.json(orukPage(list.services, list.size, list.page));
  });

  // The ORUK way to search near a postcode. Browsers should prefer POST /activities/search,
  // which keeps the postcode out of the URL.
  app.get('/oruk/v3/service_at_locations', async (c) => {
    const list = orukList(c);
    if (!list) return badPaging(c);
    const postcode = c.req.query('postcode');
    const proximity = c.req.query('proximity');
    if (proximity !== undefined && !WHOLE_NUMBER.test(proximity))
      return problem(c, 400, { detail: 'proximity must be a whole number of metres.' });
    let near: { point: GeoPoint; radiusMetres: number } | undefined;
    if (postcode) {
      const point = await directory.backend.geocode(postcode);
      // An unknown postcode has nothing near it.
      if (!point) return c.json(orukPage([], list.size, list.page));
      near = { point, radiusMetres: proximity === undefined ? Infinity : Number(proximity) };
    }
    return c.json(orukPage(servicesAtLocations(list.services, near), list.size, list.page));
  });

  app.get('/oruk/v3/services/:serviceId', (c) => {
    const service = directory.serviceById(c.req.param('serviceId'));
    return service ? c.json(service) : problem(c, 404);
  });

  app.notFound((c) => problem(c, 404));

  app.onError((error, c) => {
    // An over-long streamed body is answered 413 by the body limit, not logged as a failure.
    if (error.name === 'BodyLimitError') return problem(c, 500);
    c.set('errorName', error.name);
    // The database is away for a moment: clients (core's outbox) retry after a 503.
    if (isDatabaseUnavailable(error))
      return problem(c, 503, { headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } });
    return problem(c, 500);
  });

  return app;
}
