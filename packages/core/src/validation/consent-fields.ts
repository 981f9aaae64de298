import type { ReasonCode } from './check.js';

/**
 * Every field of a new consent that validation can report on, in the order a
 * form asks for them, each with the reasons it can be rejected for besides
 * `type`. Paths are as in a referral (`consent.givenBy.name`); array items are
 * written with `N`. The consent's part of `REFERRAL_FIELDS`, kept apart so
 * that validating a consent on its own carries no more than it needs.
 */
export const NEW_CONSENT_FIELDS = {
  consent: ['required'],
  'consent.referral': ['required', 'must-be-true'],
  'consent.shareWithProviders': ['required'],
  'consent.partners': [],
  'consent.partners.N': [],
  'consent.partners.N.name': ['required'],
  'consent.partners.N.agreed': ['required'],
  'consent.contactBy': ['required'],
  'consent.contactBy.N': ['enum'],
  'consent.contactTimes': [],
  'consent.contactTimes.N': ['enum'],
  'consent.followUp': [],
  'consent.shareOutcomeWithGp': [],
  'consent.givenBy': ['required'],
  'consent.givenBy.type': ['required', 'enum', 'not-allowed'],
  'consent.givenBy.name': ['required'],
  'consent.givenBy.relationship': ['required'],
  'consent.givenBy.authority': ['required', 'enum'],
  'consent.givenBy.decisionMaker': ['required'],
  'consent.givenBy.reason': ['required'],
  'consent.method': ['required', 'enum', 'not-allowed'],
  'consent.recordedBy': ['required', 'too-long'],
  'consent.at': ['required', 'format', 'after-submission'],
  'consent.textVersion': ['required'],
  'consent.textSha256': ['required', 'format'],
  'consent.withdrawn': ['not-allowed'],
  'consent.partialWithdrawals': ['not-allowed'],
} as const satisfies Record<string, readonly Exclude<ReasonCode, 'type' | 'characters'>[]>;

/** `field.reason` for every field and reason of a table, `type` excluded. */
export type MessageKeysOf<T extends Record<string, readonly string[]>> = {
  [F in keyof T & string]: `${F}.${T[F][number]}`;
}[keyof T & string];

/** The message keys of a new consent's fields. */
export type NewConsentFieldMessageKey = MessageKeysOf<typeof NEW_CONSENT_FIELDS>;
