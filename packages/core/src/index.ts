export { DEFAULT_LOCALE, SUPPORTED_LOCALES, isLocale, matchLocale } from './locale.js';
export type { Locale } from './locale.js';
