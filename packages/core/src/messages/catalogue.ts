import { DEFAULT_LOCALE, type Locale } from '../locale.js';
import type { ReasonCode } from '../validation/check.js';
import { loadedWordings } from '../schedule/wording-registry.js';
import type { MessageKey, Messages } from './en.js';
import { validationCommonEn } from './validation/common.en.js';

/**
 * Who reads a message: practice `staff` ("Enter the patient's NHS number")
 * or a patient referring themselves, `self` ("Enter your NHS number").
 */
export type MessageAudience = 'staff' | 'self';

/** Values for a message's `{name}` parameters. */
export type MessageParams = Readonly<Record<string, string | number>>;

const catalogues = new Map<Locale, Messages>();
/**
 * English: the general words of validation, then each section added when the
 * module that uses it loads (`addMessages`): validation's (consent, referral)
 * and each component's.
 */
const english: Partial<Record<MessageKey, string>> = { ...validationCommonEn };

/**
 * Adds a section of English words to the catalogue (`addMessages(consentCaptureEn)`).
 * Components call it when their module loads, and so do the validation
 * modules with their messages, so a page carries only the words of what it
 * uses. Welsh needs no such call: `loadLocale('cy')` loads every section's
 * Welsh at once, in the one lazily loaded chunk.
 */
export function addMessages(section: Partial<Record<MessageKey, string>>): void {
  Object.assign(english, section);
}
const pending = new Map<Locale, Promise<void>>();

/**
 * Loads the message catalogue of `locale`, once; later calls return at once.
 * English is built in. Welsh is a separate module fetched by a dynamic
 * `import()` the first time it is asked for, so pages that only speak
 * English never download it.
 *
 * Validation, {@link message} and schedule wording (`describeSchedule`,
 * `formatNextSession`…) are synchronous: they never wait for a catalogue.
 * Until `loadLocale('cy')` has resolved, Welsh messages and schedules come out
 * in English; {@link isLocaleLoaded} says which you will get. Call
 * `await loadLocale(locale)` when the page's language is known, before
 * showing errors.
 */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en' || catalogues.has(locale)) return Promise.resolve();
  let loading = pending.get(locale);
  if (!loading) {
    loading = importCatalogue(locale).then(
      (messages) => {
        catalogues.set(locale, messages);
        pending.delete(locale);
      },
      (error: unknown) => {
        pending.delete(locale);
        throw error;
      },
    );
    pending.set(locale, loading);
  }
  return loading;
}

async function importCatalogue(locale: Exclude<Locale, 'en'>): Promise<Messages> {
  switch (locale) {
    case 'cy': {
      // One Welsh chunk: messages and schedule wording arrive together.
      const welsh = await import('./cy.js');
      loadedWordings.set('cy', welsh.cyScheduleWording);
      return welsh.cy;
    }
  }
}

/** Whether messages in `locale` are ready; if not, they fall back to English. English always is. */
export function isLocaleLoaded(locale: Locale): boolean {
  return locale === 'en' || catalogues.has(locale);
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

function formatParam(value: string | number, locale: Locale): string {
  if (typeof value === 'string') return value;
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(`${locale}-GB`);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/**
 * The message `key` in `locale` (English when that catalogue is not loaded
 * yet: see {@link loadLocale}), with `{name}` parameters filled from
 * `params`. Numbers are formatted for the locale (`2,000`). Parameters the
 * message does not use are ignored; a missing one is left as `{name}`.
 */
export function message(
  key: MessageKey,
  params: MessageParams = {},
  locale: Locale = DEFAULT_LOCALE,
): string {
  const template = catalogues.get(locale)?.[key] ?? english[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? whole : formatParam(value, locale);
  });
}

/**
 * The message for a validation error at `path` with reason `code`, from the
 * sections in the catalogue (see `errorMessage`, which brings all of
 * validation's). Validation itself uses this, so that validating consent
 * carries only consent's messages.
 */
export function validationMessage(
  path: string,
  code: ReasonCode,
  params: MessageParams = {},
  locale: Locale = DEFAULT_LOCALE,
  audience: MessageAudience = 'staff',
): string {
  if (code === 'type') return message('error.type', params, locale);
  if (code === 'characters') return message('error.characters', params, locale);
  const field = path
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? 'N' : part))
    .join('.');
  const key = `${field === '' ? 'referral' : field}.${code}`;
  const selfKey = `self.${key}`;
  if (audience === 'self' && isMessageKey(selfKey)) return message(selfKey, params, locale);
  return isMessageKey(key)
    ? message(key, params, locale)
    : message('error.unknown', params, locale);
}

/** A key of a validation message in the catalogue (component words never look like `field.reason`). */
function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(english, key);
}
