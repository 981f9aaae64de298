import type { ReasonCode } from './check.js';
import { NEW_CONSENT_FIELDS, type MessageKeysOf } from './consent-fields.js';

/**
 * The fields of a consent's withdrawals, which only a record on file has
 * (`validateConsent` with `allowWithdrawn`). Kept apart from a new consent's,
 * so that validating a new consent carries none of this.
 */
export const CONSENT_WITHDRAWAL_FIELDS = {
  'consent.withdrawn.at': ['required', 'format', 'before-consent'],
  'consent.withdrawn.by': ['required'],
  'consent.partialWithdrawals.N': ['required'],
  'consent.partialWithdrawals.N.at': ['required', 'format', 'before-consent', 'after-withdrawal'],
  'consent.partialWithdrawals.N.by': ['required'],
  'consent.partialWithdrawals.N.items': ['required'],
  'consent.partialWithdrawals.N.items.N': ['required', 'not-agreed', 'already-withdrawn'],
  'consent.partialWithdrawals.N.items.N.type': ['required', 'enum'],
  'consent.partialWithdrawals.N.items.N.name': ['required'],
  'consent.partialWithdrawals.N.items.N.channel': ['required', 'enum'],
} as const satisfies Record<string, readonly Exclude<ReasonCode, 'type' | 'characters'>[]>;

/**
 * Every field of a consent record that validation can report on, in form
 * order: a new consent's, then its withdrawals'. The consent's part of
 * `REFERRAL_FIELDS`.
 */
export const CONSENT_FIELDS = { ...NEW_CONSENT_FIELDS, ...CONSENT_WITHDRAWAL_FIELDS } as const;

/** A field of {@link CONSENT_FIELDS}. */
export type ConsentField = keyof typeof CONSENT_FIELDS;

/** `field.reason` for every field and reason of {@link CONSENT_FIELDS}, `type` excluded. */
export type ConsentFieldMessageKey = MessageKeysOf<typeof CONSENT_FIELDS>;

/** The message keys of a consent's withdrawals. */
export type ConsentWithdrawalFieldMessageKey = MessageKeysOf<typeof CONSENT_WITHDRAWAL_FIELDS>;
