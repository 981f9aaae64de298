/** Validation runs on every field a person leaves and on every step: it must be cheap. */
import { readFileSync } from 'node:fs';
import { validateReferral, validateReferralField } from '@linkwork/core';
import { bench, describe } from 'vitest';

const NOW = new Date('2026-11-26T12:00:00Z');
const referrals = JSON.parse(
  readFileSync(new URL('../test/fixtures/referrals.valid.json', import.meta.url), 'utf8'),
) as unknown[];
// Each invalid fixture without its `_expect` note, as a form would submit it.
const invalid = (
  JSON.parse(
    readFileSync(new URL('../test/fixtures/referrals.invalid.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>[]
).map((entry) => Object.fromEntries(Object.entries(entry).filter(([key]) => key !== '_expect')));

describe('validation', () => {
  bench('validateReferral: the 16 valid fixture referrals', () => {
    for (const referral of referrals) validateReferral(referral, { now: () => NOW });
  });
  bench('validateReferral: the 40 invalid fixture referrals, with messages', () => {
    for (const referral of invalid) validateReferral(referral, { now: () => NOW });
  });
  bench('validateReferralField: the NHS number of one referral', () => {
    validateReferralField(referrals[0], 'patient.nhsNumber', { now: () => NOW });
  });
});
