/**
 * Everything <lw-consent-capture> shows after its first screen: the fields of
 * someone consenting for the patient (or of a best interests decision), the
 * error summary, the saved record and the withdrawal form, with their words. One chunk, loaded with
 * `import()` as soon as the element has first rendered, so it is there before
 * the person can have answered; the element waits for it (in `scheduleUpdate`)
 * if it is asked to show one of these before it arrives.
 */
// Exported, not added here: bundlers drop a side-effect-free module's own statements when it
// is only re-exports (this package's `sideEffects`), so the loader adds them (consent-capture.ts).
export { consentCaptureLaterEn, consentCaptureWithdrawalEn } from '@linkwork/core';
export { errorSummary, focusErrorSummary } from '../fields/index.js';
export { givenByFields } from './given-by.js';
export { recordView } from './record-view.js';
export { withdrawalView, withdrawnDetail } from './withdrawal-view.js';
