/**
 * Gate: the reference server under load. 50 concurrent connections send a
 * fixed number of requests, half staff referrals (each with its own
 * Idempotency-Key, so each one is stored) and half activity searches, with
 * the server's real default options. Every answer must be 2xx, every
 * referral must be stored once, the heap must come back to where it was,
 * and the public self-referral rate limit must still answer 429.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import autocannon from 'autocannon';
import { STAFF_TOKEN, startGateServer, validReferrals } from './server.mjs';

const CONNECTIONS = 50;
/** Requests in the measured run (half referrals, half searches). */
const REQUESTS = 1000;
/** Requests in the warm-up run, after which the heap is measured the first time. */
const WARM_UP = 300;
/** A run that takes longer than this has failed (it normally takes a few seconds). */
const RUN_TIMEOUT_MS = 40_000;
/** How much the heap may grow across the measured run, after a full collection. */
const HEAP_TOLERANCE_BYTES = 8 * 1024 * 1024;

// A full collection without starting Node with --expose-gc.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

async function heapAfterGc() {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

let server;
let referral;
let selfReferral;

before(async () => {
  server = await startGateServer();
  const valid = await validReferrals();
  referral = JSON.stringify(valid.find((r) => r.source === 'staff'));
  selfReferral = JSON.stringify(valid.find((r) => r.source === 'self'));
});

after(async () => {
  await server?.close();
});

/** One autocannon run of `amount` requests over 50 connections, bounded in time. */
function run(amount) {
  const searches = [
    { text: 'walk' },
    { near: { postcode: 'LE7 1QT' }, radiusMiles: 5, sort: 'distance' },
    { days: ['MO', 'TU'], freeOnly: true },
  ];
  let search = 0;
  const instance = autocannon({
    url: server.url,
    connections: CONNECTIONS,
    amount,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: '/referrals',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${STAFF_TOKEN}` },
        body: referral,
        // Each referral is a new one: a key of its own.
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, 'idempotency-key': randomUUID() },
        }),
      },
      {
        method: 'POST',
        path: '/activities/search',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify(searches[search++ % searches.length]),
        }),
      },
    ],
  });
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      instance.stop();
      reject(new Error(`The load run did not finish in ${RUN_TIMEOUT_MS} ms`));
    }, RUN_TIMEOUT_MS);
  });
  return Promise.race([instance, timeout]).finally(() => clearTimeout(timer));
}

test('50 connections of referrals and searches: all 2xx, every referral stored, heap flat', async () => {
  const warm = await run(WARM_UP);
  assert.equal(warm.errors + warm.timeouts + warm.non2xx, 0, 'the warm-up run had failures');
  const heapBefore = await heapAfterGc();
  const rowsBefore = (await server.rows()).referrals;

  const result = await run(REQUESTS);
  const heapAfter = await heapAfterGc();
  const rowsAfter = (await server.rows()).referrals;

  const total = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  const failures = result.errors + result.timeouts + result.non2xx;
  console.log(
    `load: ${total} requests, ${CONNECTIONS} connections, p99 ${result.latency.p99} ms, ${failures} errors`,
  );
  const growth = heapAfter - heapBefore;
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
  console.log(
    `load: heap after GC ${mb(heapBefore)} MB before, ${mb(heapAfter)} MB after (${growth >= 0 ? '+' : ''}${mb(growth)} MB, tolerance ${mb(HEAP_TOLERANCE_BYTES)} MB)`,
  );

  assert.equal(total, REQUESTS, 'every request was answered');
  assert.equal(result.errors, 0, 'connection errors');
  assert.equal(result.timeouts, 0, 'timeouts');
  assert.equal(result.non2xx, 0, 'answers other than 2xx');
  assert.equal(rowsAfter - rowsBefore, REQUESTS / 2, 'each referral stored exactly once');
  assert.ok(growth < HEAP_TOLERANCE_BYTES, `the heap grew by ${mb(growth)} MB`);
});

test('the public self-referral rate limit still answers 429 after the load', async () => {
  const statuses = [];
  // The default limit: a burst of 5 per client address, then 5 a minute.
  for (let i = 0; i < 6; i++) {
    const response = await fetch(`${server.url}/referrals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: selfReferral,
    });
    statuses.push(response.status);
    if (response.status === 429) {
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.ok(Number(response.headers.get('retry-after')) >= 1);
    }
    await response.arrayBuffer();
  }
  console.log(`load: self-referrals from one address answered ${statuses.join(', ')}`);
  assert.deepEqual(statuses, [201, 201, 201, 201, 201, 429]);
});
