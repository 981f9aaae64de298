/**
 * Everything <lw-consent-capture> needs after its untouched first screen:
 * judging the answers (core's consent validation and its messages), the
 * second step (who is giving consent and how), the error summary, the
 * read-back, the saved record and the withdrawal form, with their words and
 * styles. One chunk, loaded with
 * `import()` as soon as the element has first rendered, so it is there before
 * the person can have answered; the element waits for it (in
 * `scheduleUpdate`) if it is asked to show anything past its first screen
 * before it arrives.
 */
// Exported, not added here: bundlers drop a side-effect-free module's own statements when it
// is only re-exports (this package's `sideEffects`), so the loader adds them (consent-capture.ts).
export { consentCaptureLaterEn, consentCaptureWithdrawalEn } from '@linkwork/core';
export { focusErrorSummary } from '../fields/index.js';
export { checkAnswers, controlIdOf, restoredAnswers } from './check.js';
export { consentCaptureLaterStyles } from './later.styles.js';
export { renderStep } from './steps.js';
