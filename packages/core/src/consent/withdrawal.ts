import { DEFAULT_LOCALE, type Locale } from '../locale.js';
import type { Consent, WithdrawalRequest } from '../model/referral.js';
import { CONSENT_WITHDRAWAL_FIELDS } from '../validation/consent-withdrawal-fields.js';
import { readWithdrawals } from '../validation/consent-withdrawals.js';
import { dateTimeToEpochMs } from '../validation/dates.js';
import { fieldOrderOf } from '../validation/field-order.js';
import { Findings, found, type ValidationError } from '../validation/read.js';
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

const withdrawalOrder = fieldOrderOf(CONSENT_WITHDRAWAL_FIELDS);

/**
 * Checks a withdrawal against a consent on file (trusted: it was validated
 * when stored) and gives the record with it added (see `withdraw`). The rules
 * are `validateConsent`'s for withdrawals: each part must have been agreed
 * and still stand, nothing may be withdrawn before consent was given, and
 * nothing after the whole consent was. Backends use it before they store a
 * withdrawal. Messages are in `options.locale`.
 */
export function checkWithdrawal(
  consent: Consent,
  request: WithdrawalRequest,
  options: { readonly locale?: Locale } = {},
): WithdrawalCheck {
  if (consent.withdrawn) return { ok: false, conflict: true, errors: [] };
  const next = withdraw(consent, request);
  const findings = new Findings(withdrawalOrder);
  const read = readWithdrawals(
    findings,
    { withdrawn: next.withdrawn, partialWithdrawals: next.partialWithdrawals },
    { parts: found(consent), atMs: dateTimeToEpochMs(consent.at) },
  );
  if (findings.empty && read.withdrawn.ok && read.partialWithdrawals.ok) {
    const { withdrawn, partialWithdrawals } = {
      withdrawn: read.withdrawn.value,
      partialWithdrawals: read.partialWithdrawals.value,
    };
    return {
      ok: true,
      value: {
        ...consent,
        ...(partialWithdrawals ? { partialWithdrawals } : {}),
        ...(withdrawn ? { withdrawn } : {}),
      },
    };
  }
  const prefix =
    request.items === undefined
      ? 'consent.withdrawn'
      : `consent.partialWithdrawals.${consent.partialWithdrawals?.length ?? 0}`;
  const errors = findings
    .errors(options.locale ?? DEFAULT_LOCALE)
    .flatMap((error) =>
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
