/**
 * Typed failures every adapter reports, so that components and the submission
 * pipeline can decide what to do without knowing the transport.
 */

/** One field's problem, with its dotted path (`patient.nhsNumber`) and reason code. */
export interface FieldError {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export class BackendError extends Error {
  /** True when sending the same request again later may succeed. */
  readonly retryable: boolean = false;
}

/** The backend rejected the content: never retried; fix the fields and submit again. */
export class ValidationFailed extends BackendError {
  override readonly name = 'ValidationFailed';
  constructor(
    readonly errors: readonly FieldError[],
    message = 'The backend rejected the submission',
  ) {
    super(message);
  }
}

/** Missing or refused credentials: the host must sign in again. */
export class Unauthorised extends BackendError {
  override readonly name = 'Unauthorised';
}

/** The same idempotency key was used with a different body, or the record changed meanwhile. */
export class Conflict extends BackendError {
  override readonly name = 'Conflict';
}

/** Not found (an activity id that no longer exists). */
export class NotFound extends BackendError {
  override readonly name = 'NotFound';
}

/**
 * The backend could not be reached or could not answer now: network errors,
 * timeouts, 5xx and 429. Retryable; `retryAfterMs` carries `Retry-After`.
 */
export class Unavailable extends BackendError {
  override readonly name = 'Unavailable';
  override readonly retryable = true;
  constructor(
    message: string,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
