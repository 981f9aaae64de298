import type { activityPickerEn } from './ui/activity-picker.en.js';
import type { commonEn } from './ui/common.en.js';
import type { consentCaptureEn } from './ui/consent-capture.en.js';
import type { referralFormEn } from './ui/referral-form.en.js';
import type { FieldMessageKey } from '../validation/fields.js';
import { validationCommonEn } from './validation/common.en.js';
import { consentWithdrawalValidationEn } from './validation/consent-withdrawals.en.js';
import { consentValidationEn } from './validation/consent.en.js';
import { referralValidationEn } from './validation/referral.en.js';

/**
 * English messages of validation, in the GOV.UK error message style: say
 * what to do, plainly, about the field in question. `{name}` marks a
 * parameter (`{max}`, `{minimumAge}`, `{line}`, `{item}`); numbers are
 * formatted for the locale.
 *
 * This catalogue defines the keys: every field and reason validation can
 * report (`patient.nhsNumber.checksum`), the self-referral wording of those
 * that mention the patient (`self.patient.nhsNumber.required`: people
 * referring themselves read "your NHS number", not "the patient's"), and a
 * few general messages. Every other language must have exactly these keys
 * ({@link Messages}).
 *
 * It is made of sections, each in the catalogue only when what uses it is
 * loaded: the general words (always), a new consent's
 * (`validation/consent.en.ts`, with any consent or referral validation),
 * a consent's withdrawals (`validation/consent-withdrawals.en.ts`, with
 * `validateConsent`) and the rest of the referral's
 * (`validation/referral.en.ts`, with `validateReferral`). So a page that only
 * takes consent carries none of the referral's messages.
 */
export const en = {
  ...validationCommonEn,
  ...referralValidationEn,
  ...consentValidationEn,
  ...consentWithdrawalValidationEn,
} as const satisfies Record<FieldMessageKey, string> & Record<string, string>;

/**
 * A message key: validation's (this file) or a component's words
 * (`messages/ui/*.en.ts`). Components' English words travel with the
 * component (see `addMessages`), so validation alone does not carry them.
 */
export type MessageKey =
  | keyof typeof en
  | keyof typeof commonEn
  | keyof typeof referralFormEn
  | keyof typeof activityPickerEn
  | keyof typeof consentCaptureEn;

/** A message catalogue for one language: exactly the English keys, each a message. */
export type Messages = { readonly [K in MessageKey]: string };
