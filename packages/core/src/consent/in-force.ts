import type {
  Consent,
  ConsentItem,
  ContactChannel,
  ContactTime,
  WithdrawalRequest,
} from '../model/referral.js';
import { dateTimeToEpochMs } from '../validation/dates.js';
import { agreedItems, StandingItems } from './items.js';

/** What a consent permits at one moment: the record with the withdrawals made by then applied. */
export interface ConsentInForce {
  /** False once the whole consent is withdrawn: nothing below is permitted then. */
  readonly active: boolean;
  readonly referral: boolean;
  readonly shareWithProviders: boolean;
  /** Every named partner, `agreed` false for those refused or withdrawn. */
  readonly partners: readonly { readonly name: string; readonly agreed: boolean }[];
  readonly contactBy: readonly ContactChannel[];
  /** When contact is welcome; absent means at any time. */
  readonly contactTimes?: readonly ContactTime[];
  readonly followUp: boolean;
  readonly shareOutcomeWithGp: boolean;
}

function notAfter(at: string, limit: number | undefined): boolean {
  if (limit === undefined) return true;
  const when = dateTimeToEpochMs(at);
  return when !== undefined && when <= limit;
}

/**
 * What a valid consent record permits: now (after every withdrawal on it), or
 * as it stood at `at` (RFC 3339) — withdrawals made later are left out, so a
 * dispute can be settled against the record as it was then.
 *
 * @throws RangeError when `at` is not an RFC 3339 date-time.
 */
export function consentInForce(consent: Consent, at?: string): ConsentInForce {
  const limit = at === undefined ? undefined : dateTimeToEpochMs(at);
  if (at !== undefined && limit === undefined)
    throw new RangeError('at must be an RFC 3339 date-time');
  const standing = new StandingItems(consent);
  for (const withdrawal of consent.partialWithdrawals ?? []) {
    if (notAfter(withdrawal.at, limit)) withdrawal.items.forEach((item) => standing.withdraw(item));
  }
  const active = !(consent.withdrawn && notAfter(consent.withdrawn.at, limit));
  const stands = (item: ConsentItem) => active && standing.stands(item);
  return {
    active,
    referral: active && consent.referral,
    shareWithProviders: stands({ type: 'shareWithProviders' }),
    partners: (consent.partners ?? []).map((partner) => ({
      name: partner.name,
      agreed: stands({ type: 'partner', name: partner.name }),
    })),
    contactBy: consent.contactBy.filter((channel) => stands({ type: 'contactBy', channel })),
    ...(consent.contactTimes ? { contactTimes: consent.contactTimes } : {}),
    followUp: stands({ type: 'followUp' }),
    shareOutcomeWithGp: stands({ type: 'shareOutcomeWithGp' }),
  };
}

/**
 * The parts of a consent that can still be withdrawn one by one, in reading
 * order: agreed and not withdrawn. Empty once the whole consent is withdrawn.
 */
export function withdrawableItems(consent: Consent): ConsentItem[] {
  if (consent.withdrawn) return [];
  const standing = new StandingItems(consent);
  for (const withdrawal of consent.partialWithdrawals ?? []) {
    withdrawal.items.forEach((item) => standing.withdraw(item));
  }
  return agreedItems(consent).filter((item) => standing.stands(item));
}

/**
 * The record with a withdrawal added: the whole consent (`withdrawn`) when
 * the request names no items, else one more entry in `partialWithdrawals`.
 * Nothing already recorded changes. Check the result with
 * `validateConsent(…, { allowWithdrawn: true })`: it rejects parts that were
 * never agreed or already withdrawn.
 */
export function withdraw(consent: Consent, request: WithdrawalRequest): Consent {
  const { at, by, items } = request;
  if (items === undefined) return { ...consent, withdrawn: { at, by } };
  return {
    ...consent,
    partialWithdrawals: [...(consent.partialWithdrawals ?? []), { at, by, items: [...items] }],
  };
}
