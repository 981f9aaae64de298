/** JSON over HTTP for the directory adapters, with failures mapped to the typed backend errors. */
import { BackendError, NotFound, Unauthorised, Unavailable } from '../backend/errors.js';
import { parseRetryAfter } from '../backend/retry-after.js';

/** The subset of `fetch` the adapters use, so hosts and tests can pass their own. */
import type { FetchLike } from '../backend/backend.js';

export type { FetchLike };

/** Rejects with the signal's reason when it is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/**
 * GETs JSON. Network failures, 429 and 5xx reject with `Unavailable` (with
 * `Retry-After`), 404 with `NotFound`, 401/403 with `Unauthorised`, other
 * statuses and unreadable bodies with `BackendError`; an aborted signal
 * rejects with its reason. Messages carry the status, never the URL (it may
 * hold a postcode or search words).
 */
export async function getJson(
  fetchImpl: FetchLike,
  url: string,
  options: { readonly signal?: AbortSignal; readonly now: () => Date },
): Promise<unknown> {
  const { signal } = options;
  throwIfAborted(signal);
  let response: Response;
  try {
    response = await fetchImpl(url, {
      ...(signal ? { signal } : {}),
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    throwIfAborted(signal);
    throw new Unavailable('The directory could not be reached', undefined, { cause: error });
  }
  if (!response.ok) {
    const status = response.status;
    // Free the connection; the body of an error is not needed.
    response.body?.cancel().catch(() => undefined);
    if (status === 404) throw new NotFound('The directory has no such record');
    if (status === 401 || status === 403)
      throw new Unauthorised(`The directory refused the request (HTTP ${status})`);
    if (status === 429 || status >= 500)
      throw new Unavailable(
        `The directory is unavailable (HTTP ${status})`,
        parseRetryAfter(response.headers.get('Retry-After'), options.now()),
      );
    throw new BackendError(`The directory answered HTTP ${status}`);
  }
  try {
    return await response.json();
  } catch (error) {
    throwIfAborted(signal);
    throw new BackendError('The directory answered with something that is not JSON', {
      cause: error,
    });
  }
}
