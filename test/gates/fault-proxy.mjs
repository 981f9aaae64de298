/**
 * A fault-injecting HTTP proxy on loopback, for the "nothing lost, nothing
 * doubled" gate: it stands between clients (Chromium, or core in Node) and
 * the reference server and, on a seeded schedule, does to the requests it
 * chooses what real networks and gateways do:
 *
 * - `drop`: closes the connection before forwarding (the server never sees it);
 * - `delay`: forwards at once (so the server commits) but holds the answer
 *   until after the client has given up waiting;
 * - `error500`: forwards (the server commits), then answers 500 with `Retry-After`
 *   in place of the server's answer, as a gateway that lost it would;
 * - `unavailable503`: answers 503 with `Retry-After` without forwarding;
 * - `cut`: forwards, waits for the server's answer (committed), sends its
 *   headers and part of its body, then destroys the socket mid-response;
 * - `offline`: once, for a while, every new connection is reset and every
 *   request on a kept-alive one is dropped, as if the service were unreachable.
 *
 * The schedule is a sequence indexed by the order in which faultable requests
 * arrive: in every block of `blockSize` requests each fault kind appears once,
 * at places a seeded PRNG picks, so every kind happens in any run that sends
 * a block's worth. Only requests `faultable` selects are faulted (by default
 * `POST …/referrals`); everything else (pages, scripts) passes through, except
 * during the offline window. `counts` says what was done, per kind.
 *
 * No dependencies: node:http and node:net only.
 */
import http from 'node:http';

/** The kinds of fault, in the order counts are reported. */
export const FAULT_KINDS = Object.freeze([
  'drop',
  'delay',
  'error500',
  'unavailable503',
  'cut',
  'offline',
]);

/** Faults placed by the per-request schedule (the offline window is a time window, not a slot). */
const SLOTTED = FAULT_KINDS.filter((kind) => kind !== 'offline');

/** mulberry32: a small seeded PRNG, the same sequence on every platform. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The fault for each faultable request, in order of arrival (`pass` for none):
 * blocks of `blockSize`, each holding every slotted kind once, shuffled.
 */
export function faultSchedule({ seed, blockSize }) {
  if (blockSize < SLOTTED.length) throw new RangeError(`blockSize must be ≥ ${SLOTTED.length}`);
  const random = seededRandom(seed);
  const slots = [];
  return (index) => {
    while (slots.length <= index) {
      const block = [...SLOTTED, ...Array(blockSize - SLOTTED.length).fill('pass')];
      for (let i = block.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [block[i], block[j]] = [block[j], block[i]];
      }
      slots.push(...block);
    }
    return slots[index];
  };
}

const isReferralPost = (request) =>
  request.method === 'POST' && /\/referrals\/?(?:\?|$)/.test(request.url ?? '');

/** Headers that belong to one connection, not to the message (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
]);

function endToEnd(headers) {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())),
  );
}

/**
 * Starts the proxy on 127.0.0.1 in front of `target` (`http://127.0.0.1:1234`).
 *
 * Options: `seed`; `blockSize` (default 12: 5 faults in 12); `delayMs` (how long
 * `delay` holds an answer: more than the client's timeout); `retryAfterSeconds`
 * (default 1); `offline: { afterRequests, durationMs }` (the window opens when
 * that many faultable requests have arrived); `faultable(request)`.
 * Faults start only once `arm()` is called, so pages can load first.
 */
export async function startFaultProxy(options) {
  const target = new URL(options.target);
  const next = faultSchedule({ seed: options.seed ?? 1, blockSize: options.blockSize ?? 12 });
  const delayMs = options.delayMs ?? 1500;
  const retryAfter = String(options.retryAfterSeconds ?? 1);
  const faultable = options.faultable ?? isReferralPost;
  const counts = Object.fromEntries([...FAULT_KINDS, 'pass'].map((kind) => [kind, 0]));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const sockets = new Set();
  const timers = new Set();
  let armed = false;
  let seen = 0;
  let offlineUntil = 0;
  let offlineStarted = false;
  const offlineListeners = [];

  const later = (ms, work) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      work();
    }, ms);
    timers.add(timer);
  };
  const isOffline = () => Date.now() < offlineUntil;
  const goOffline = (durationMs) => {
    offlineUntil = Date.now() + durationMs;
    for (const listener of offlineListeners) listener({ durationMs });
  };

  /** Forwards the request upstream; calls back with the upstream response (body unread). */
  const forward = (request, body, onResponse) => {
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        headers: { ...endToEnd(request.headers), host: target.host },
        agent,
      },
      onResponse,
    );
    upstream.on('error', () => request.socket.destroy());
    upstream.end(body);
  };

  /** Reads a whole upstream body. */
  const readAll = (response) =>
    new Promise((resolve, reject) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve(Buffer.concat(chunks)));
      response.on('error', reject);
    });

  const answer = (response, status, headers, body) => {
    if (response.destroyed || response.socket?.destroyed) return;
    response.writeHead(status, { ...endToEnd(headers), 'content-length': body.length });
    response.end(body);
  };
  /** A problem document with `Retry-After`, as a server that wants the client back later sends. */
  const retryLater = (response, status, title) =>
    answer(
      response,
      status,
      { 'content-type': 'application/problem+json', 'retry-after': retryAfter },
      Buffer.from(JSON.stringify({ title, status })),
    );

  const server = http.createServer(async (request, response) => {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const body = Buffer.concat(chunks);

    if (isOffline()) {
      counts.offline++;
      request.socket.resetAndDestroy();
      return;
    }
    let kind = 'pass';
    if (armed && faultable(request)) {
      const index = seen++;
      if (
        options.offline &&
        !offlineStarted &&
        index >= (options.offline.afterRequests ?? Number.POSITIVE_INFINITY)
      ) {
        offlineStarted = true;
        goOffline(options.offline.durationMs);
        counts.offline++;
        request.socket.resetAndDestroy();
        return;
      }
      kind = next(index);
    }
    counts[kind]++;

    switch (kind) {
      case 'drop':
        request.socket.destroy();
        return;
      case 'unavailable503':
        retryLater(response, 503, 'Service Unavailable');
        return;
      default:
        break;
    }
    forward(request, body, async (upstream) => {
      let upstreamBody;
      try {
        upstreamBody = await readAll(upstream);
      } catch {
        request.socket.destroy();
        return;
      }
      switch (kind) {
        case 'delay':
          // The client gave up long ago; by now its socket is usually gone.
          later(delayMs, () =>
            answer(response, upstream.statusCode, upstream.headers, upstreamBody),
          );
          return;
        case 'error500':
          retryLater(response, 500, 'Internal Server Error');
          return;
        case 'cut': {
          // Headers and half the body, then the connection goes.
          response.writeHead(upstream.statusCode, {
            ...endToEnd(upstream.headers),
            'content-length': upstreamBody.length,
          });
          response.write(upstreamBody.subarray(0, Math.floor(upstreamBody.length / 2)));
          later(20, () => request.socket.destroy());
          return;
        }
        default:
          answer(response, upstream.statusCode, upstream.headers, upstreamBody);
      }
    });
  });
  server.keepAliveTimeout = 5000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    if (isOffline()) {
      counts.offline++;
      socket.resetAndDestroy();
    }
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    /** What the proxy did, per kind (`pass`: forwarded untouched). */
    counts,
    /** Faults start from now. */
    arm() {
      armed = true;
    },
    /** Stops faulting (everything passes), for reading results afterwards. */
    disarm() {
      armed = false;
      offlineUntil = 0;
    },
    /** Called when the offline window opens, with `{ durationMs }`. */
    onOffline(listener) {
      offlineListeners.push(listener);
    },
    isOffline,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      agent.destroy();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
