export { addMessages, isLocaleLoaded, loadLocale, message } from './store.js';
export { errorMessage } from './catalogue.js';
export { activityPickerEn } from './ui/activity-picker.en.js';
export { commonEn } from './ui/common.en.js';
export { consentCaptureEn } from './ui/consent-capture.en.js';
export { referralFormEn } from './ui/referral-form.en.js';
export type { MessageAudience, MessageParams } from './store.js';
export { en } from './en.js';
export type { MessageKey, Messages } from './en.js';
