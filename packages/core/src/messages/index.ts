export { errorMessage, isLocaleLoaded, loadLocale, message } from './catalogue.js';
export type { MessageAudience, MessageParams } from './catalogue.js';
export { en } from './en.js';
export type { MessageKey, Messages } from './en.js';
