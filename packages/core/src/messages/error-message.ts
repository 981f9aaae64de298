import {
  addMessages,
  validationMessage,
  type MessageAudience,
  type MessageParams,
} from './catalogue.js';
import type { Locale } from '../locale.js';
import type { ReasonCode } from '../validation/check.js';
import { consentValidationEn } from './validation/consent.en.js';
import { referralValidationEn } from './validation/referral.en.js';

// A referral's messages (its consent's included), whichever validation is on the page.
addMessages(referralValidationEn);
addMessages(consentValidationEn);

/**
 * The message for a validation error at `path` (`patient.nhsNumber`,
 * `reasons.1`) with reason `code`: the field's own message (worded for the
 * patient when `audience` is `self` and the message mentions them), the
 * general `type` message for wrong JSON types, or a general fallback for a
 * path or reason validation does not report. Use it to word an error again
 * in another locale (`error.params` holds its parameters).
 *
 * Importing it brings a referral's English messages (its consent's included)
 * into the catalogue; the messages about a consent's withdrawals come with
 * `validateConsent` and `checkWithdrawal`, which are what report them.
 */
export function errorMessage(
  path: string,
  code: ReasonCode,
  params: MessageParams = {},
  locale?: Locale,
  audience: MessageAudience = 'staff',
): string {
  return validationMessage(path, code, params, locale, audience);
}
