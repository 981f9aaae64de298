import { DEFAULT_LOCALE, type Locale } from '../locale.js';
import type { ReasonCode } from '../validation/check.js';
import { fieldOfPath } from '../validation/fields.js';
import { en, type MessageKey } from './en.js';
import { addMessages, message, type MessageAudience, type MessageParams } from './store.js';

export { addMessages, isLocaleLoaded, loadLocale, message } from './store.js';
export type { MessageAudience, MessageParams } from './store.js';

// Validation's English messages travel with the code that words validation's errors.
addMessages(en);

/**
 * The message for a validation error at `path` (`patient.nhsNumber`,
 * `reasons.1`) with reason `code`: the field's own message (worded for the
 * patient when `audience` is `self` and the message mentions them), the
 * general `type` message for wrong JSON types, or a general fallback for a
 * path or reason validation does not report.
 */
export function errorMessage(
  path: string,
  code: ReasonCode,
  params: MessageParams = {},
  locale: Locale = DEFAULT_LOCALE,
  audience: MessageAudience = 'staff',
): string {
  if (code === 'type') return message('error.type', params, locale);
  const field = fieldOfPath(path);
  if (field === undefined) return message('error.unknown', params, locale);
  const key = `${field === '' ? 'referral' : field}.${code}`;
  const selfKey = `self.${key}`;
  if (audience === 'self' && isMessageKey(selfKey)) return message(selfKey, params, locale);
  return isMessageKey(key)
    ? message(key, params, locale)
    : message('error.unknown', params, locale);
}

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
