/**
 * What a referral form can start from besides nothing: a portal's prefill, or
 * a draft kept on this device. A chunk of its own, loaded only when the form
 * has a `prefill` or keeps drafts (`draft`); the form holds its update until
 * it is here (in `scheduleUpdate`), so what it starts from is there at its
 * first render, as before.
 */
export { createDraftStore, newIdempotencyKey } from '@linkwork/core';
export { DRAFT_PATHS, draftKeysAt, readPrefill } from './prefill.js';
