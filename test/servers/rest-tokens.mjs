/**
 * Bearer tokens the REST test server knows. Shared by the server (Node) and
 * the tests (Node and Chromium), so this module imports nothing.
 */

/** A link worker: may read the referrals inbox. */
export const LINK_WORKER_TOKEN = 'test-link-worker-token';

/** Practice staff: may submit staff referrals, may not read the inbox. */
export const PRACTICE_TOKEN = 'test-practice-token';

/** Where the server is mounted, in both runners. */
export const REST_MOUNT = '/__test__/rest';

/** The request header that selects a fault (`500`, `503-seconds`, `slow`, `drop`…). */
export const FAULT_HEADER = 'x-test-fault';

/** The request header that groups exchanges in the contract log. */
export const SESSION_HEADER = 'x-test-session';

/** The HTTP date the `503-date` fault sends as `Retry-After`: two minutes after 2026-11-26T12:00:00Z. */
export const RETRY_AFTER_DATE = 'Thu, 26 Nov 2026 12:02:00 GMT';

/** Request bodies above this many bytes are refused with 413. */
export const BODY_LIMIT_BYTES = 65536;
