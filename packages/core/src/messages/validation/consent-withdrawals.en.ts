import type { ConsentWithdrawalFieldMessageKey } from '../../validation/consent-withdrawal-fields.js';

/**
 * English messages about the withdrawals of a consent on file
 * (`validateConsent` with `allowWithdrawn`): every field and reason of
 * `CONSENT_WITHDRAWAL_FIELDS`. They come into the catalogue with
 * `validateConsent`, so validating a new consent does not carry them.
 */
export const consentWithdrawalValidationEn = {
  'consent.withdrawn.at.required': 'Enter the date and time consent was withdrawn',
  'consent.withdrawn.at.format':
    'Enter the date and time consent was withdrawn in the correct format',
  'consent.withdrawn.at.before-consent': 'Consent cannot be withdrawn before it was given',
  'consent.withdrawn.by.required': 'Enter who withdrew consent',
  'consent.partialWithdrawals.N.required': 'Enter the details of withdrawal {withdrawal}',
  'consent.partialWithdrawals.N.at.required': 'Enter the date and time of withdrawal {withdrawal}',
  'consent.partialWithdrawals.N.at.format':
    'Enter the date and time of withdrawal {withdrawal} in the correct format',
  'consent.partialWithdrawals.N.at.before-consent':
    'Withdrawal {withdrawal} must be after consent was given',
  'consent.partialWithdrawals.N.at.after-withdrawal':
    'Withdrawal {withdrawal} must be before all consent was withdrawn',
  'consent.partialWithdrawals.N.by.required': 'Enter who made withdrawal {withdrawal}',
  'consent.partialWithdrawals.N.items.required':
    'Select what was withdrawn in withdrawal {withdrawal}',
  'consent.partialWithdrawals.N.items.N.required':
    'Part {item} of withdrawal {withdrawal} is blank: choose what was withdrawn or remove it',
  'consent.partialWithdrawals.N.items.N.not-agreed':
    'Remove part {item} of withdrawal {withdrawal}: the patient did not agree to it',
  'consent.partialWithdrawals.N.items.N.already-withdrawn':
    'Remove part {item} of withdrawal {withdrawal}: it was already withdrawn',
  'consent.partialWithdrawals.N.items.N.type.required':
    'Select what part {item} of withdrawal {withdrawal} withdraws',
  'consent.partialWithdrawals.N.items.N.type.enum':
    'Select sharing, a partner organisation, a way of contacting, follow-up or the outcome to the GP practice',
  'consent.partialWithdrawals.N.items.N.name.required':
    'Enter the name of the partner organisation in part {item} of withdrawal {withdrawal}',
  'consent.partialWithdrawals.N.items.N.channel.required':
    'Select the way of contacting in part {item} of withdrawal {withdrawal}',
  'consent.partialWithdrawals.N.items.N.channel.enum':
    'Select phone, text message, email or letter',
  'self.consent.partialWithdrawals.N.items.N.not-agreed':
    'Remove part {item} of withdrawal {withdrawal}: you did not agree to it',
} as const satisfies Record<ConsentWithdrawalFieldMessageKey, string> &
  Partial<Record<`self.${ConsentWithdrawalFieldMessageKey}`, string>>;
