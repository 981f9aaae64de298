/**
 * Runs the API on Node's HTTP server (through @hono/node-server), on
 * loopback by default, with a shutdown that lets requests in flight finish.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createApp, type AppOptions } from './app.js';
import { createDirectory, readOrukServices, type Directory } from './directory.js';
import { problemBody, type ProblemStatus } from './problem.js';
import { SECURITY_HEADERS } from './security.js';
import { createSite, type SiteOptions } from './site.js';
import { openStore, type StorageOptions } from './storage/index.js';
import type { Store } from './storage/store.js';

/** How to start the server. */
export interface ServerOptions extends Omit<AppOptions, 'store' | 'directory'>, StorageOptions {
  /** Default 0: any free port. */
  readonly port?: number;
  /** Default `127.0.0.1`. */
  readonly host?: string;
  /** A store to use (the caller closes it); without it one is opened from the storage options and closed with the server. */
  readonly store?: Store;
  /** The directory; without it, the Riverside fixture. */
  readonly directory?: Directory;
  /** How long `close()` waits for requests in flight before cutting connections. Default 10 s. */
  readonly shutdownTimeoutMs?: number;
  /** Serve static pages too (the demo): the API moves under `site.apiPrefix` (default `/api`). */
  readonly site?: SiteOptions;
}

/** A running server. */
export interface ServerHandle {
  /** `http://127.0.0.1:8787` */
  readonly url: string;
  readonly port: number;
  readonly store: Store;
  /** Stops accepting connections, waits for requests in flight, then closes the store it opened. */
  close(): Promise<void>;
}

/** The status Node itself would give a request its HTTP parser refuses. */
function clientErrorStatus(code: string | undefined): ProblemStatus {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') return 413;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

/**
 * Answers a request Node's HTTP parser refused (a malformed request line or
 * header, headers over the size limit) with a problem document, as the API
 * answers everything, instead of Node's bare `400 Bad Request` without a
 * body or a content type. Then closes the connection: after a parse error
 * nothing more on it can be read.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = clientErrorStatus(error.code);
  const body = JSON.stringify(problemBody(status));
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/problem+json',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    Connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  const reason = problemBody(status).title;
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${head}\r\n\r\n${body}`);
}

/** A problem document as a whole response, for answers given outside the app. */
function problemResponse(status: ProblemStatus): Response {
  return new Response(JSON.stringify(problemBody(status)), {
    status,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/problem+json',
      'Cache-Control': 'no-store',
    },
  });
}

/** Starts the API and resolves once it listens. */
export async function startServer(options: ServerOptions): Promise<ServerHandle> {
  const host = options.host ?? '127.0.0.1';
  const ownsStore = options.store === undefined;
  const store =
    options.store ??
    (await openStore({
      ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.schema ? { schema: options.schema } : {}),
    }));
  try {
    const directory =
      options.directory ??
      createDirectory(await readOrukServices(), options.now ? { now: options.now } : {});
    const api = createApp({ ...options, store, directory });
    const app = options.site ? createSite(api, options.site) : api;

    let closing = false;
    // A request the adapter cannot make a URL of (no Host header, a backslash in the path)
    // gets a problem document, not the adapter's empty 400.
    const listener = getRequestListener(app.fetch, { errorHandler: () => problemResponse(400) });
    const server = await new Promise<Server>((resolve, reject) => {
      // Without Host, Node itself would answer an empty 400: let the listener answer it.
      const created = createServer({ requireHostHeader: false }, listener);
      created.once('error', reject);
      created.listen(options.port ?? 0, host, () => resolve(created));
    });
    server.on('clientError', answerClientError);
    // While shutting down, each answer closes its connection so keep-alive clients move on.
    const unanswered = new Set<ServerResponse>();
    server.on('request', (_request, response: ServerResponse) => {
      if (closing) {
        response.setHeader('Connection', 'close');
        return;
      }
      unanswered.add(response);
      response.on('close', () => unanswered.delete(response));
    });

    const { port } = server.address() as AddressInfo;
    const urlHost = host.includes(':') ? `[${host}]` : host;
    let closed: Promise<void> | undefined;

    return {
      url: `http://${urlHost}:${port}`,
      port,
      store,
      close() {
        closed ??= (async () => {
          closing = true;
          for (const response of unanswered)
            if (!response.headersSent) response.setHeader('Connection', 'close');
          await new Promise<void>((resolve) => {
            const timer = setTimeout(
              () => server.closeAllConnections(),
              options.shutdownTimeoutMs ?? 10_000,
            );
            server.close(() => {
              clearTimeout(timer);
              resolve();
            });
            server.closeIdleConnections();
          });
          if (ownsStore) await store.close();
        })();
        return closed;
      },
    };
  } catch (error) {
    if (ownsStore) await store.close();
    throw error;
  }
}
