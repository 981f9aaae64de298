/**
 * `dist/linkwork-rest.js`: the REST backend for script-tag pages (see linkwork.ts), for
 * referrals, consents and a directory behind Linkwork's REST API.
 */
export { createRestBackend } from '@linkwork/core';
