/**
 * RFC 9457 problem documents, as the OpenAPI document describes them. Titles
 * and details are fixed texts: they never repeat the request.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One rejected field: a dotted path, a reason code and a message for developers. */
export interface FieldError {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** The problem kinds this server answers, by status. */
const KINDS = {
  400: ['bad-request', 'Bad request'],
  401: ['unauthorised', 'Unauthorised'],
  403: ['forbidden', 'Forbidden'],
  404: ['not-found', 'Not found'],
  408: ['request-timeout', 'Request timeout'],
  409: ['conflict', 'Conflict'],
  413: ['payload-too-large', 'Request body too large'],
  422: ['validation-failed', 'Validation failed'],
  429: ['rate-limited', 'Too many requests'],
  431: ['request-header-fields-too-large', 'Request headers too large'],
  500: ['internal', 'Internal server error'],
  503: ['unavailable', 'Service unavailable'],
} as const satisfies Record<number, readonly [string, string]>;

/** A status this server answers with a problem document. */
export type ProblemStatus = keyof typeof KINDS;

/** What a problem says beyond its status. */
export interface ProblemOptions {
  /** Overrides the type slug (`idempotency-key-reused`). */
  readonly type?: string;
  readonly title?: string;
  readonly detail?: string;
  readonly errors?: readonly FieldError[];
  readonly headers?: Readonly<Record<string, string>>;
}

/** The problem document for a status. */
export function problemBody(status: ProblemStatus, options: ProblemOptions = {}) {
  const [slug, title] = KINDS[status];
  return {
    type: `https://linkwork.example/problems/${options.type ?? slug}`,
    title: options.title ?? title,
    status,
    ...(options.detail === undefined ? {} : { detail: options.detail }),
    ...(options.errors === undefined ? {} : { errors: options.errors }),
  };
}

/** Answers a problem document (`application/problem+json`). */
export function problem(c: Context, status: ProblemStatus, options: ProblemOptions = {}): Response {
  for (const [name, value] of Object.entries(options.headers ?? {})) c.header(name, value);
  c.header('Content-Type', 'application/problem+json');
  return c.body(JSON.stringify(problemBody(status, options)), status as ContentfulStatusCode);
}

/** A 422 listing the fields rejected. */
export function validationProblem(c: Context, errors: readonly FieldError[]): Response {
  return problem(c, 422, {
    errors: errors.map(({ path, code, message }) => ({ path, code, message })),
  });
}
