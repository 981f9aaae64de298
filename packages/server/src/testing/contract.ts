/**
 * Test support: calls the API in process and checks every answer against
 * packages/core/openapi.json with the repository's Ajv contract checker
 * (test/servers/rest-contract.mjs).
 */
import { expect } from 'chai';

/** The checker's problems: dotted path, code, message. */
interface ContractProblem {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

interface MatchedOperation {
  readonly operation: { readonly operationId: string };
}

/** The part of rest-contract.mjs the tests use. */
export interface Contract {
  match(method: string, path: string): MatchedOperation | undefined;
  checkResponse(
    matched: MatchedOperation,
    response: {
      status: number;
      headers: Record<string, string>;
      body: unknown;
      contentType: string;
    },
  ): ContractProblem[];
  validateComponent(name: string, value: unknown): ContractProblem[];
}

/** Loads the contract checker over the OpenAPI document. */
export async function loadContract(): Promise<Contract> {
  // A computed specifier: the checker is plain JavaScript without type declarations.
  const href = new URL('../../../../test/servers/rest-contract.mjs', import.meta.url).href;
  const module = (await import(/* @vite-ignore */ href)) as {
    readOpenApi(): Promise<unknown>;
    createContract(doc: unknown): Contract;
  };
  return module.createContract(await module.readOpenApi());
}

/** One exchange, read. */
export interface Exchange {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
  readonly text: string;
}

/** What to send. */
export interface Call {
  readonly body?: unknown;
  /** Sent as is (instead of `body` as JSON). */
  readonly raw?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly token?: string;
  readonly key?: string;
}

/** Anything that answers a Request (a Hono app, or fetch against a running server). */
export type Fetcher = (request: Request) => Response | Promise<Response>;

/**
 * Sends a request and, when the path is one of the document's operations,
 * asserts that the answer (status, headers, body) matches the document.
 */
export async function call(
  fetcher: Fetcher,
  contract: Contract,
  method: string,
  path: string,
  options: Call = {},
  base = 'http://api.test',
): Promise<Exchange> {
  const headers = new Headers(options.headers);
  if (options.body !== undefined || options.raw !== undefined) {
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  if (options.token) headers.set('authorization', `Bearer ${options.token}`);
  if (options.key) headers.set('idempotency-key', options.key);
  const init: RequestInit = { method, headers };
  if (options.raw !== undefined) init.body = options.raw;
  else if (options.body !== undefined) init.body = JSON.stringify(options.body);
  const response = await fetcher(new Request(new URL(path, base), init));
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  let body: unknown = text;
  if (/json/.test(contentType) && text) body = JSON.parse(text) as unknown;
  const pathname = new URL(path, base).pathname;
  const matched = contract.match(method, pathname);
  if (matched) {
    const problems = contract.checkResponse(matched, {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body,
      contentType,
    });
    expect(
      problems,
      `${method} ${pathname} → ${response.status} against the OpenAPI document`,
    ).to.deep.equal([]);
  }
  return { status: response.status, headers: response.headers, body, text };
}
