/**
 * `dist/linkwork-oruk.js`: the Open Referral UK directory backend for script-tag pages (see
 * linkwork.ts), with the default needs taxonomy its `taxonomy` option usually takes.
 */
export { createOrukBackend, defaultTaxonomy } from '@linkwork/core';
