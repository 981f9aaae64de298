/** One answer of the test directory. */
export interface OrukAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}
/** Answers one request below the mount point (`/v3/services?page=2`). */
export function answerOruk(
  method: string,
  path: string,
  signal?: AbortSignal,
): Promise<OrukAnswer | undefined>;
/** Starts the test directory on 127.0.0.1. */
export function startOrukTestServer(options?: {
  port?: number;
}): Promise<{ url: string; close(): Promise<void> }>;
/** Where browser tests reach the directory (web-test-runner middleware). */
export const ORUK_TEST_MOUNT: string;
/** Koa-style middleware for web-test-runner's dev server. */
export function orukTestMiddleware(
  mount?: string,
): (ctx: unknown, next: () => Promise<unknown>) => Promise<unknown>;
/** A node:http request listener. */
export function orukRequestListener(): (request: unknown, response: unknown) => void;
