/** The REST adapter for the Linkwork API (packages/core/openapi.json). */
export { createRestBackend, DEFAULT_TIMEOUT_MS } from './rest-backend.js';
export type {
  FetchLike,
  ReferralInboxQuery,
  RestBackend,
  RestBackendOptions,
  RestTimers,
} from './rest-backend.js';
export type { ReferralRecord } from './schemas.js';
export { parseRetryAfter } from '../backend/retry-after.js';
export { parseBaseUrl } from './base-url.js';
