export {
  addMessages,
  isLocaleLoaded,
  loadLocale,
  message,
  validationMessage,
} from './catalogue.js';
export { errorMessage } from './error-message.js';
export {
  activityPickerEn,
  activityPickerFiltersEn,
  activityPickerResultsEn,
  activityPickerStartEn,
} from './ui/activity-picker.en.js';
export { commonEn } from './ui/common.en.js';
export {
  consentCaptureEn,
  consentCaptureFormEn,
  consentCaptureLaterEn,
  consentCaptureStartEn,
  consentCaptureWithdrawalEn,
} from './ui/consent-capture.en.js';
export { referralFormEn, referralFormLaterEn, referralFormStartEn } from './ui/referral-form.en.js';
export type { MessageAudience, MessageParams } from './catalogue.js';
export { en } from './en.js';
export { consentStartValidationEn } from './validation/consent-start.en.js';
export { consentValidationEn } from './validation/consent.en.js';
export { consentWithdrawalValidationEn } from './validation/consent-withdrawals.en.js';
export { referralLaterValidationEn, referralValidationEn } from './validation/referral.en.js';
export { referralStartValidationEn } from './validation/referral-start.en.js';
export { validationCommonEn } from './validation/common.en.js';
export type { MessageKey, Messages } from './en.js';
