import type { ConsentFieldMessageKey } from '../../validation/consent-withdrawal-fields.js';
import type { FieldMessageKey } from '../../validation/fields.js';
import { referralStartValidationEn } from './referral-start.en.js';

/** A referral field's message key that is not the consent's. */
type ReferralOnlyKey = Exclude<FieldMessageKey, ConsentFieldMessageKey>;

/**
 * English messages of referral validation after its start (see
 * `referral-start.en.ts`): the patient's contact details, access needs,
 * reasons, notes, urgency, risk and activities, with the self-referral
 * wording of those that mention the patient. They come into the catalogue
 * with `validateReferral`.
 */
export const referralLaterValidationEn = {
  'patient.address.lines.too-long': 'Enter {max} address lines or fewer',
  'patient.address.lines.required-for-contact':
    "Enter the patient's address, or choose a way to contact them other than by letter",
  'patient.address.lines.N.required': 'Address line {line} cannot be blank',
  'patient.address.lines.N.too-long': 'Address line {line} must be {max} characters or less',
  'patient.address.town.too-long': 'Town or city must be {max} characters or less',
  'patient.address.postcode.format': 'Enter a real postcode',
  'patient.phone.format': 'Enter a UK phone number, like 01632 960 001 or 07700 900 982',
  'patient.phone.required-for-contact':
    "Enter the patient's phone number, or choose a way to contact them other than by phone or text message",
  'patient.phone.not-a-mobile': 'Enter a mobile phone number for text messages',
  'patient.email.format': 'Enter an email address in the correct format, like name@example.com',
  'patient.email.required-for-contact':
    "Enter the patient's email address, or choose a way to contact them other than by email",
  'patient.preferredContact.enum': 'Select phone, text message, email or letter',
  'patient.preferredContact.not-consented':
    'Select a way of contacting the patient that they have agreed to',
  'patient.contactTimes.N.enum': 'Select morning, afternoon or evening',
  'patient.contactTimes.N.not-consented':
    'Select only times the patient has agreed to be contacted at',
  'patient.language.format':
    'Enter a language code, like cy for Welsh or bfi for British Sign Language',
  'patient.language.required-for-interpreter':
    'Select the language the patient needs an interpreter for',
  'patient.accessibilityNeeds.too-long': 'Accessibility needs must be {max} characters or less',
  'reasons.N.unknown-term': 'Select a reason from the list',
  'activities.N.required': 'Activity {item} is blank: choose an activity or remove it',
  'notes.too-long': 'Notes must be {max} characters or less',
  'urgency.enum': 'Select whether the referral is routine or urgent',
  'risk.details.required-when-risk-flagged': 'Enter details of the risk',
  'risk.details.too-long': 'Details of the risk must be {max} characters or less',
  'self.patient.address.lines.required-for-contact':
    'Enter your address, or choose a way for us to contact you other than by letter',
  'self.patient.phone.required-for-contact':
    'Enter your phone number, or choose a way for us to contact you other than by phone or text message',
  'self.patient.email.required-for-contact':
    'Enter your email address, or choose a way for us to contact you other than by email',
  'self.patient.preferredContact.not-consented':
    'Select a way of contacting you that you have agreed to',
  'self.patient.contactTimes.N.not-consented':
    'Select only times you have agreed to us contacting you at',
  'self.patient.language.required-for-interpreter':
    'Select the language you need an interpreter for',
} as const satisfies Partial<Record<ReferralOnlyKey | `self.${ReferralOnlyKey}`, string>>;

/**
 * English messages of referral validation besides the consent's: every field
 * and reason `validateReferral` reports outside `consent`, and the
 * self-referral wording of those that mention the patient (`self.` keys).
 * They come into the catalogue with referral validation, which also brings
 * consent validation's. Two sections, the start's and the rest.
 */
export const referralValidationEn = {
  ...referralStartValidationEn,
  ...referralLaterValidationEn,
} as const satisfies Record<ReferralOnlyKey, string> &
  Partial<Record<`self.${ReferralOnlyKey}`, string>>;
