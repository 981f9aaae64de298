/**
 * Validation of a consent on file: a new consent's rules (`consent.ts`) and
 * its withdrawals (`consent-withdrawals.ts`), each checked against what the
 * record agreed.
 */
import { DEFAULT_LOCALE } from '../locale.js';
import type { Consent } from '../model/referral.js';
import { readConsent, submittedAtMs, type ConsentValidationOptions } from './consent.js';
import { CONSENT_FIELDS } from './consent-withdrawal-fields.js';
import { readWithdrawals } from './consent-withdrawals.js';
import { fieldOrderOf } from './field-order.js';
import { Findings, type ValidationResult } from './read.js';

const consentFieldOrder = fieldOrderOf(CONSENT_FIELDS);

/**
 * Validates and normalises a consent record on its own (paths as in a
 * referral: `consent.at`, `consent.givenBy.name`). Rules that depend on the
 * referral apply when `options` gives what they need: `source`,
 * `submittedAt`. Messages are worded for the patient when `source` is `self`.
 *
 * With `allowWithdrawn`, withdrawals are checked against the record: each
 * part withdrawn must have been agreed and still stand, and no withdrawal
 * may come before consent was given or a part after the whole was withdrawn.
 * Without it this is `validateNewConsent`.
 */
export function validateConsent(
  input: unknown,
  options: ConsentValidationOptions = {},
): ValidationResult<Consent> {
  const findings = new Findings(consentFieldOrder);
  const { consent } = readConsent(findings, input, {
    source: options.source,
    submittedAtMs: submittedAtMs(options.submittedAt),
    ...(options.allowWithdrawn ? { withdrawals: readWithdrawals } : {}),
  });
  if (consent.ok && findings.empty) return { ok: true, value: consent.value };
  return {
    ok: false,
    errors: findings.errors(options.locale ?? DEFAULT_LOCALE, options.source ?? 'staff'),
  };
}
