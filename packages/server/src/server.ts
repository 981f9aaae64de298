/**
 * Runs the API on Node's HTTP server (through @hono/node-server), on
 * loopback by default, with a shutdown that lets requests in flight finish.
 */
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp, type AppOptions } from './app.js';
import { createDirectory, readOrukServices, type Directory } from './directory.js';
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
    const server = await new Promise<Server>((resolve, reject) => {
      const created = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () =>
        resolve(created as Server),
      ) as Server;
      created.once('error', reject);
    });
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
