import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import {
  Conflict,
  createOrukBackend,
  createRestBackend,
  NotFound,
  ValidationFailed,
} from '@linkwork/core';
import { expect } from 'chai';
import { afterAll, beforeAll } from 'vitest';
import { loadFixture } from '../../../test/fixtures.js';
import { configFromEnvironment } from './config.js';
import { createDirectory, type Directory } from './directory.js';
import { startServer, type ServerHandle } from './server.js';
import { openStore, type Store } from './storage/index.js';

const TOKEN = 'staff-token-for-tests-0123456789';
const STARTUP_MS = 60_000;

const first = (directory: Directory) => directory.activities[0]!;

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Sends a body in chunks without a Content-Length (`Transfer-Encoding: chunked`). */
function postChunked(url: string, chunks: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    // The server may answer and close before the whole body is sent.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    );
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('startServer', () => {
  let store: Store;
  let directory: Directory;
  let referral: Record<string, unknown>;
  const running: ServerHandle[] = [];

  const start = async (options: Partial<Parameters<typeof startServer>[0]> = {}) => {
    const handle = await startServer({
      store,
      directory,
      staffToken: TOKEN,
      log: () => {},
      ...options,
    });
    running.push(handle);
    return handle;
  };

  beforeAll(async () => {
    store = await openStore();
    directory = createDirectory(await loadFixture('riverside.oruk3.json'));
    const valid = await loadFixture<Record<string, unknown>[]>('referrals.valid.json');
    referral = valid.find((r) => r.source === 'self')!;
  }, STARTUP_MS);
  afterAll(async () => {
    await Promise.all(running.map((handle) => handle.close()));
    await store.close();
  }, STARTUP_MS);

  it('listens on 127.0.0.1 by default and serves the API', async () => {
    const server = await start();
    expect(server.url).to.equal(`http://127.0.0.1:${server.port}`);
    const response = await fetch(`${server.url}/geocode`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ postcode: 'LE7 2HR' }),
    });
    expect(response.status).to.equal(200);
    expect(await response.json()).to.deep.equal({ point: { lat: 52.5931, lng: -1.0897 } });
  });

  it('works with core’s REST adapter end to end', async () => {
    const server = await start();
    const staff = createRestBackend({ baseUrl: server.url, token: () => TOKEN });
    const page = await staff.searchActivities({ text: 'walk', size: 3 });
    expect(page.items).to.have.length(3);
    const first = page.items[0]!;
    expect((await staff.getActivity(first.id)).name).to.equal(first.name);
    await staff.getActivity(randomUUID()).then(
      () => expect.fail('an unknown id must be NotFound'),
      (error: unknown) => expect(error).to.be.instanceOf(NotFound),
    );
    expect(await staff.geocode('LE7 2HR')).to.deep.equal({ lat: 52.5931, lng: -1.0897 });
    const key = randomUUID();
    const receipt = await staff.submitReferral(referral as never, { idempotencyKey: key });
    expect(await staff.submitReferral(referral as never, { idempotencyKey: key })).to.deep.equal(
      receipt,
    );
    const inbox = await staff.listReferrals({ size: 100 });
    expect(inbox.items.filter((r) => r.reference === receipt.reference)).to.have.length(1);
    await staff
      .submitReferral({ ...referral, reasons: [] } as never, { idempotencyKey: randomUUID() })
      .then(
        () => expect.fail('an invalid referral must be rejected'),
        (error: unknown) => expect(error).to.be.instanceOf(ValidationFailed),
      );
    const consent = await staff.recordConsent((referral as { consent: never }).consent, {
      idempotencyKey: randomUUID(),
    });
    const partly = await staff.withdrawConsent(consent.id, {
      at: '2026-11-25T11:00:00Z',
      by: 'Link worker',
      items: [{ type: 'followUp' }],
    });
    expect(partly.id).to.equal(consent.id);
    await staff
      .withdrawConsent(consent.id, {
        at: '2026-11-25T12:00:00Z',
        by: 'Link worker',
        items: [{ type: 'followUp' }],
      })
      .then(
        () => expect.fail('a part withdrawn twice must be a Conflict'),
        (error: unknown) => expect(error).to.be.instanceOf(Conflict),
      );
    const withdrawn = await staff.withdrawConsent(consent.id, {
      at: '2026-11-26T11:00:00Z',
      by: 'Link worker',
    });
    expect(withdrawn.id).to.equal(consent.id);
  });

  it('serves the directory to core’s ORUK v3 adapter, as the picker reads it', async () => {
    const server = await start();
    const oruk = createOrukBackend({ baseUrl: `${server.url}/oruk/v3`, dialect: 'v3' });
    const all = await oruk.searchActivities({ size: 100, includeInactive: true });
    expect(all.total).to.equal(directory.activities.length);
    const walks = await oruk.searchActivities({ text: 'walk' });
    expect(walks.total).to.be.greaterThan(0);
    expect(walks.total).to.be.lessThan(all.total);
    // Without a geocoder the adapter sends the postcode to /service_at_locations.
    const near = await oruk.searchActivities({ near: { postcode: 'LE7 2HR' }, radiusMiles: 1 });
    const direct = await directory.backend.searchActivities({
      near: { postcode: 'LE7 2HR' },
      radiusMiles: 1,
    });
    expect(near.items.map((a) => a.id).sort()).to.deep.equal(direct.items.map((a) => a.id).sort());
    expect(near.total).to.be.greaterThan(0);
    expect((await oruk.getActivity(first(directory).id)).id).to.equal(first(directory).id);
  });

  it('finishes a slow request in flight on close, and takes no new connections', async () => {
    const entered = deferred();
    const gate = deferred();
    const slowStore: Store = {
      ...store,
      async findReferral(key) {
        entered.resolve();
        await gate.promise;
        return store.findReferral(key);
      },
    };
    const server = await start({ store: slowStore });
    const inFlight = fetch(`${server.url}/referrals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(referral),
    });
    await entered.promise;
    let closed = false;
    const closing = server.close().then(() => {
      closed = true;
    });
    const refused = await fetch(`${server.url}/activities/x`).then(
      () => 'answered',
      () => 'refused',
    );
    expect(refused).to.equal('refused');
    expect(closed).to.equal(false);
    gate.resolve();
    const response = await inFlight;
    expect(response.status).to.equal(201);
    expect(response.headers.get('connection')).to.equal('close');
    await closing;
    expect(closed).to.equal(true);
  });

  it('answers 413 to a streamed body over 64 kB without a Content-Length', async () => {
    const server = await start();
    const chunk = `"${'x'.repeat(8_000)}",`;
    const status = await postChunked(`${server.url}/activities/search`, [
      '{"text": [',
      ...Array(10).fill(chunk),
      '"x"]}',
    ]);
    expect(status).to.equal(413);
  });

  it('answers requests Node or the adapter refuse with a JSON problem, not a bare 400', async () => {
    const server = await start();
    const raw = (bytes: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(server.port, '127.0.0.1');
        const chunks: Buffer[] = [];
        socket.on('data', (chunk: Buffer) => chunks.push(chunk));
        socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
        socket.on('error', reject);
        socket.end(bytes);
      });
    const cases = [
      ['GET /referrals HTTP/1.1\r\nHost: x\r\nX-Evil: a\u0001b\r\n\r\n', 400],
      [`GET /referrals HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
      ['GET /referrals HTTP/1.1\r\n\r\n', 400],
      ['GET /oruk\\v3/services HTTP/1.1\r\nHost: x\r\n\r\n', 400],
      ['<script>\r\n\r\n', 400],
    ] as const;
    for (const [bytes, status] of cases) {
      const answer = await raw(bytes);
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      expect(head, bytes.slice(0, 40)).to.match(new RegExp(`^HTTP/1\\.1 ${status} `));
      expect(head).to.match(/\r\ncontent-type: application\/problem\+json/i);
      expect(head).to.match(/\r\nx-content-type-options: nosniff/i);
      expect(JSON.parse(body)).to.include({ status });
    }
  });

  it('rate-limits public writes by the socket’s address', async () => {
    const server = await start({ publicWriteLimit: { burst: 1, perMinute: 1 } });
    const send = () =>
      fetch(`${server.url}/referrals`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify(referral),
      });
    expect((await send()).status).to.equal(201);
    const limited = await send();
    expect(limited.status).to.equal(429);
    expect(limited.headers.get('retry-after')).to.equal('60');
  });

  it('uses X-Forwarded-For for the client address only when told to trust a proxy', async () => {
    const send = (server: ServerHandle, forwardedFor: string) =>
      fetch(`${server.url}/referrals`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
          'x-forwarded-for': forwardedFor,
        },
        body: JSON.stringify(referral),
      }).then((response) => response.status);
    const limit = { burst: 1, perMinute: 1 };
    const direct = await start({ publicWriteLimit: limit });
    expect([await send(direct, '203.0.113.1'), await send(direct, '203.0.113.2')]).to.deep.equal([
      201, 429,
    ]);
    const proxied = await start({ publicWriteLimit: limit, trustProxy: true });
    expect([
      await send(proxied, '203.0.113.1'),
      await send(proxied, '198.51.100.7, 203.0.113.1'),
      await send(proxied, '203.0.113.2'),
    ]).to.deep.equal([201, 429, 201]);
  });
});

describe('configFromEnvironment', () => {
  it('reads the port, database, token and CORS origins', () => {
    expect(
      configFromEnvironment({
        PORT: '9000',
        DATABASE_URL: 'postgresql://db.internal/linkwork',
        LINKWORK_STAFF_TOKEN: ' abcdefghijklmnopqrstuvwxyz ',
        LINKWORK_CORS_ORIGINS: 'https://portal.example, http://localhost:5173',
      }),
    ).to.deep.equal({
      port: 9000,
      host: '127.0.0.1',
      databaseUrl: 'postgresql://db.internal/linkwork',
      staffToken: 'abcdefghijklmnopqrstuvwxyz',
      corsOrigins: ['https://portal.example', 'http://localhost:5173'],
      trustProxy: false,
    });
  });

  it('defaults to port 8787, PGlite, no token and no origins', () => {
    expect(configFromEnvironment({})).to.deep.equal({
      port: 8787,
      host: '127.0.0.1',
      staffToken: undefined,
      corsOrigins: [],
      trustProxy: false,
    });
    expect(configFromEnvironment({ LINKWORK_TRUST_PROXY: 'true' }).trustProxy).to.equal(true);
  });

  it('refuses a bad port or an origin with a path', () => {
    expect(() => configFromEnvironment({ PORT: '70000' })).to.throw(RangeError);
    expect(() =>
      configFromEnvironment({ LINKWORK_CORS_ORIGINS: 'https://a.example/path' }),
    ).to.throw(RangeError);
  });
});
