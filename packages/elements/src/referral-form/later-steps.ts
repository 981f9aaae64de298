/**
 * Everything the referral form shows after its first steps (referrer, patient):
 * the later steps, check your answers and the confirmation. One chunk, loaded
 * with `import()` as soon as the form has first rendered, so it is there before
 * the person can have answered the first step; the form waits for it (in
 * `scheduleUpdate`) if it is asked to show one of these before it arrives.
 * The default needs taxonomy comes here too: only the needs step, check your
 * answers and the embedded picker show it. So do the rules (and English
 * messages) of the whole referral: until they are here the form judges only
 * the first steps (`validateReferralStart`), and it waits for them before
 * judging any later answer it was given (see `referral-form.ts`).
 */
// Exported, not added here: bundlers drop a side-effect-free module's own statements when it
// is only re-exports (this package's `sideEffects`), so the loader adds them (referral-form.ts).
export { defaultTaxonomy, referralFormLaterEn, validateReferralAgainst } from '@linkwork/core';
export { summaryStyles } from '../base/summary.styles.js';
export { choiceStyles, selectStyles, textareaStyles } from '../fields/index.js';
export { outcomeView } from './confirmation.js';
export { referralFormLaterStyles } from './later.styles.js';
export { Embeds } from './embeds.js';
export { accessStep } from './steps/access-step.js';
export { checkStep } from './steps/check-step.js';
export { contactStep } from './steps/contact-step.js';
export { activitiesStep, consentStep } from './steps/embedded-steps.js';
export { needsStep } from './steps/needs-step.js';
export { riskStep } from './steps/risk-step.js';
