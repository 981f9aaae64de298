import type { ReasonCode } from './check.js';
import { CONSENT_FIELDS } from './consent-withdrawal-fields.js';
import { fieldOrderOf, fieldPattern } from './field-order.js';

/**
 * Every field of a referral that validation can report on, in the order a
 * referral form asks for them (errors are listed in this order), each with
 * the reasons it can be rejected for besides `type` (wrong JSON type) and
 * `characters` (a control character or an unpaired surrogate), which any
 * field can give. Array items are written with `N` (`reasons.N`).
 *
 * The message catalogues are typed from this table: a field and reason that
 * validation can report has a message in every language, or `tsc` fails.
 */
export const REFERRAL_FIELDS = {
  '': ['required'],
  source: ['required', 'enum'],
  submittedAt: ['required', 'format'],
  patient: ['required'],
  'patient.givenName': ['required', 'too-long'],
  'patient.familyName': ['required', 'too-long'],
  'patient.dateOfBirth': ['required', 'format', 'invalid-date', 'future', 'too-old', 'too-young'],
  'patient.nhsNumber': ['required', 'format', 'length', 'repeated-digits', 'checksum'],
  'patient.gender': ['enum'],
  'patient.address': ['required'],
  'patient.address.lines': ['too-long', 'required-for-contact'],
  'patient.address.lines.N': ['required', 'too-long'],
  'patient.address.town': ['too-long'],
  'patient.address.postcode': ['required', 'format'],
  'patient.phone': ['format', 'required-for-contact', 'not-a-mobile'],
  'patient.email': ['format', 'required-for-contact'],
  'patient.preferredContact': ['required', 'enum', 'not-consented'],
  'patient.contactTimes': [],
  'patient.contactTimes.N': ['enum', 'not-consented'],
  'patient.language': ['format', 'required-for-interpreter'],
  'patient.interpreterNeeded': [],
  'patient.accessibilityNeeds': ['too-long'],
  referrer: ['required', 'not-allowed'],
  'referrer.name': ['required', 'too-long'],
  'referrer.role': ['required', 'too-long'],
  'referrer.organisationOdsCode': ['required', 'format'],
  'referrer.email': ['required', 'format'],
  'referrer.phone': ['format'],
  reasons: ['required'],
  'reasons.N': ['unknown-term'],
  activities: [],
  'activities.N': ['required'],
  notes: ['too-long'],
  urgency: ['enum'],
  risk: [],
  'risk.safeguardingConcern': [],
  'risk.loneWorkingRisk': [],
  'risk.details': ['required-when-risk-flagged', 'too-long'],
  ...CONSENT_FIELDS,
} as const satisfies Record<string, readonly Exclude<ReasonCode, 'type' | 'characters'>[]>;

/** A field of {@link REFERRAL_FIELDS}, array indexes written as `N`. */
export type ReferralField = keyof typeof REFERRAL_FIELDS;

/** The reasons a field can be rejected for, `type` included. */
export type FieldReason<F extends ReferralField> =
  (typeof REFERRAL_FIELDS)[F][number] | 'type' | 'characters';

/** `field.reason` for every field and reason of {@link REFERRAL_FIELDS}, `type` excluded. */
export type FieldMessageKey = {
  [F in ReferralField]: `${F extends '' ? 'referral' : F}.${(typeof REFERRAL_FIELDS)[F][number]}`;
}[ReferralField];

const FIELD_ORDER = fieldOrderOf(REFERRAL_FIELDS);

/**
 * The field of a dotted error path (`reasons.1` → `reasons.N`), or
 * `undefined` when the path is not one validation reports on.
 */
export function fieldOfPath(path: string): ReferralField | undefined {
  const field = fieldPattern(path);
  return Object.hasOwn(REFERRAL_FIELDS, field) ? (field as ReferralField) : undefined;
}

/** Where a path comes in form order, for sorting errors. */
export function fieldOrder(path: string): number {
  return FIELD_ORDER(path);
}
