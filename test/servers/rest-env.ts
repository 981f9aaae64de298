/**
 * Where the REST test server is, in either runner: in Chromium it is mounted
 * in web-test-runner under REST_MOUNT (same origin); in Node we start it on a
 * loopback port. Either way tests get an absolute base URL and talk HTTP.
 */
import { REST_MOUNT, SESSION_HEADER } from './rest-tokens.mjs';

export {
  BODY_LIMIT_BYTES,
  FAULT_HEADER,
  LINK_WORKER_TOKEN,
  PRACTICE_TOKEN,
  RETRY_AFTER_DATE,
  SESSION_HEADER,
} from './rest-tokens.mjs';

/** A running test server. */
export interface RestTestServer {
  readonly baseUrl: string;
  readonly close: () => Promise<void>;
}

/** One exchange the server saw, with what broke the OpenAPI document. */
export interface ContractLogEntry {
  readonly operationId: string | null;
  readonly method: string;
  readonly path: string | null;
  readonly fault: string | null;
  readonly status: number | string;
  readonly requestProblems: readonly { path: string; code: string; message: string }[];
  readonly responseProblems: readonly { path: string; code: string; message: string }[];
}

/** Starts (Node) or finds (Chromium) the REST test server. */
export async function startRestTestServer(): Promise<RestTestServer> {
  if (typeof document !== 'undefined') {
    return { baseUrl: new URL(`${REST_MOUNT}/`, location.href).href, close: async () => undefined };
  }
  // A computed specifier, so that browser bundlers leave the Node server alone.
  const serverModule = new URL('./rest-server.mjs', import.meta.url).href;
  const { startRestTestServer: start } = (await import(/* @vite-ignore */ serverModule)) as {
    startRestTestServer: () => Promise<RestTestServer>;
  };
  return start();
}

/** A fresh id for grouping exchanges in the contract log. */
export const newSession = (): string => crypto.randomUUID();

/** Headers that put a backend's requests in a session of the contract log. */
export const sessionHeaders = (session: string): Record<string, string> => ({
  [SESSION_HEADER]: session,
});

/** The exchanges the server recorded for a session. */
export async function contractLog(baseUrl: string, session: string): Promise<ContractLogEntry[]> {
  const response = await fetch(
    new URL(`_contract/log?session=${encodeURIComponent(session)}`, baseUrl),
  );
  return (await response.json()) as ContractLogEntry[];
}

/** GET or POST one of the server's contract endpoints. */
export async function contractCheck<T>(baseUrl: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(
    new URL(`_contract/${path}`, baseUrl),
    body === undefined
      ? {}
      : {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        },
  );
  if (!response.ok) throw new Error(`contract ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

type Hook = (fn: () => unknown) => void;

/**
 * Starts the test server before a suite's first test and closes it after the
 * last, with whichever hooks the runner has (mocha: `before`/`after`,
 * Vitest: `beforeAll`/`afterAll`). Returns the base URL getter.
 */
export function useRestTestServer(): () => string {
  const hooks = globalThis as unknown as Record<string, Hook | undefined>;
  const before = hooks['before'] ?? hooks['beforeAll'];
  const after = hooks['after'] ?? hooks['afterAll'];
  if (!before || !after) throw new Error('No before/after hooks in this runner');
  let server: RestTestServer | undefined;
  before(async () => {
    server = await startRestTestServer();
  });
  after(() => server?.close());
  return () => {
    if (!server) throw new Error('The REST test server has not started');
    return server.baseUrl;
  };
}
