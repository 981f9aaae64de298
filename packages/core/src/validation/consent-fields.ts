import type { ReasonCode } from './check.js';

/**
 * Every field of a consent record that validation can report on, in the order
 * a form asks for them, each with the reasons it can be rejected for besides
 * `type`. Paths are as in a referral (`consent.givenBy.name`); array items are
 * written with `N`. The consent's part of {@link REFERRAL_FIELDS}, kept apart
 * so that validating a consent on its own carries no more than it needs.
 */
export const CONSENT_FIELDS = {
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
  'consent.recordedBy': ['required'],
  'consent.at': ['required', 'format', 'after-submission'],
  'consent.textVersion': ['required'],
  'consent.textSha256': ['required', 'format'],
  'consent.withdrawn': ['not-allowed'],
  'consent.withdrawn.at': ['required', 'format', 'before-consent'],
  'consent.withdrawn.by': ['required'],
  'consent.partialWithdrawals': ['not-allowed'],
  'consent.partialWithdrawals.N': ['required'],
  'consent.partialWithdrawals.N.at': ['required', 'format', 'before-consent', 'after-withdrawal'],
  'consent.partialWithdrawals.N.by': ['required'],
  'consent.partialWithdrawals.N.items': ['required'],
  'consent.partialWithdrawals.N.items.N': ['required', 'not-agreed', 'already-withdrawn'],
  'consent.partialWithdrawals.N.items.N.type': ['required', 'enum'],
  'consent.partialWithdrawals.N.items.N.name': ['required'],
  'consent.partialWithdrawals.N.items.N.channel': ['required', 'enum'],
} as const satisfies Record<string, readonly Exclude<ReasonCode, 'type'>[]>;

/** A field of {@link CONSENT_FIELDS}. */
export type ConsentField = keyof typeof CONSENT_FIELDS;

/** `field.reason` for every field and reason of {@link CONSENT_FIELDS}, `type` excluded. */
export type ConsentFieldMessageKey = {
  [F in ConsentField]: `${F}.${(typeof CONSENT_FIELDS)[F][number]}`;
}[ConsentField];
