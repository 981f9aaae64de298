import type { Locale } from '../locale.js';
import type { Consent, WithdrawalRequest } from '../model/referral.js';
import { validateConsent } from '../validation/consent-record.js';
import type { ValidationError } from '../validation/read.js';
import { withdraw } from './in-force.js';

/** The outcome of checking a withdrawal against the consent it withdraws from. */
export type WithdrawalCheck =
  | { readonly ok: true; readonly value: Consent }
  | {
      readonly ok: false;
      /**
       * True when the request could once have been recorded but no longer
       * can (the parts, or the whole, were already withdrawn): a conflict
       * with the record's state rather than a malformed request.
       */
      readonly conflict: boolean;
      /** Paths relative to the request (`at`, `items.1`). */
      readonly errors: readonly ValidationError[];
    };

/**
 * Checks a withdrawal against a stored consent and gives the record with it
 * added (see `withdraw`): the rules are `validateConsent`'s, so each part
 * must have been agreed and still stand, and no withdrawal may come before
 * consent was given. Backends use it before they store a withdrawal.
 */
export function checkWithdrawal(
  consent: Consent,
  request: WithdrawalRequest,
  options: { readonly locale?: Locale } = {},
): WithdrawalCheck {
  if (consent.withdrawn) {
    return { ok: false, conflict: true, errors: [] };
  }
  const result = validateConsent(withdraw(consent, request), {
    allowWithdrawn: true,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  if (result.ok) return result;
  const prefix =
    request.items === undefined
      ? 'consent.withdrawn'
      : `consent.partialWithdrawals.${consent.partialWithdrawals?.length ?? 0}`;
  const errors = result.errors.flatMap((error) =>
    error.path === prefix
      ? [{ ...error, path: '' }]
      : error.path.startsWith(`${prefix}.`)
        ? [{ ...error, path: error.path.slice(prefix.length + 1) }]
        : [],
  );
  if (errors.length === 0) throw new TypeError('The stored consent is not a valid record');
  const conflict = errors.every(
    (error) => error.code === 'already-withdrawn' || error.code === 'after-withdrawal',
  );
  return { ok: false, conflict, errors };
}
