import type { ConsentFieldMessageKey } from '../../validation/consent-withdrawal-fields.js';
import type { FieldMessageKey } from '../../validation/fields.js';

/** A referral field's message key that is not the consent's. */
type ReferralOnlyKey = Exclude<FieldMessageKey, ConsentFieldMessageKey>;

/**
 * English messages of referral validation besides the consent's: every field
 * and reason `validateReferral` reports outside `consent`, and the
 * self-referral wording of those that mention the patient (`self.` keys).
 * They come into the catalogue with referral validation, which also brings
 * consent validation's.
 */
export const referralValidationEn = {
  'referral.required': 'Enter the details of the referral',
  'source.required': 'Select who is making the referral',
  'source.enum': 'Select whether a member of staff or the patient is making the referral',
  'submittedAt.required': 'Enter the date and time the referral was sent',
  'submittedAt.format': 'Enter the date and time the referral was sent in the correct format',
  'patient.required': "Enter the patient's details",
  'patient.givenName.required': "Enter the patient's first name",
  'patient.givenName.too-long': 'First name must be {max} characters or less',
  'patient.familyName.required': "Enter the patient's last name",
  'patient.familyName.too-long': 'Last name must be {max} characters or less',
  'patient.dateOfBirth.required': "Enter the patient's date of birth",
  'patient.dateOfBirth.format': 'Enter the date of birth in the correct format',
  'patient.dateOfBirth.invalid-date': 'Enter a real date of birth',
  'patient.dateOfBirth.future': 'Date of birth must be in the past',
  'patient.dateOfBirth.too-old': 'Date of birth must be within the last {maxAge} years',
  'patient.dateOfBirth.too-young': 'The patient must be {minimumAge} or older',
  'patient.nhsNumber.required': "Enter the patient's NHS number",
  'patient.nhsNumber.format': 'Enter an NHS number in the correct format',
  'patient.nhsNumber.length': 'NHS number must be 10 digits',
  'patient.nhsNumber.repeated-digits': 'NHS number cannot be the same digit repeated',
  'patient.nhsNumber.checksum': 'Check the NHS number: one or more digits are wrong',
  'patient.gender.enum': "Select the patient's gender",
  'patient.address.required': "Enter the patient's address",
  'patient.address.lines.too-long': 'Enter {max} address lines or fewer',
  'patient.address.lines.required-for-contact':
    "Enter the patient's address, or choose a way to contact them other than by letter",
  'patient.address.lines.N.required': 'Address line {line} cannot be blank',
  'patient.address.lines.N.too-long': 'Address line {line} must be {max} characters or less',
  'patient.address.postcode.required': "Enter the patient's postcode",
  'patient.address.postcode.format': 'Enter a real postcode',
  'patient.phone.format': 'Enter a UK phone number, like 01632 960 001 or 07700 900 982',
  'patient.phone.required-for-contact':
    "Enter the patient's phone number, or choose a way to contact them other than by phone or text message",
  'patient.phone.not-a-mobile': 'Enter a mobile phone number for text messages',
  'patient.email.format': 'Enter an email address in the correct format, like name@example.com',
  'patient.email.required-for-contact':
    "Enter the patient's email address, or choose a way to contact them other than by email",
  'patient.preferredContact.required': 'Select how the patient would like to be contacted',
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
  'referrer.required': 'Enter the details of the person making the referral',
  'referrer.not-allowed': "Remove the referrer's details: a self-referral has no referrer",
  'referrer.name.required': "Enter the referrer's name",
  'referrer.role.required': "Enter the referrer's role",
  'referrer.organisationOdsCode.required': "Enter the ODS code of the referrer's organisation",
  'referrer.organisationOdsCode.format': 'ODS code must be 3 to 6 letters or numbers',
  'referrer.email.required': "Enter the referrer's email address",
  'referrer.email.format': 'Enter an email address in the correct format, like name@example.com',
  'referrer.phone.format': 'Enter a UK phone number, like 01632 960 001 or 07700 900 982',
  'reasons.required': 'Select at least one reason for the referral',
  'reasons.N.unknown-term': 'Select a reason from the list',
  'activities.N.required': 'Activity {item} is blank: choose an activity or remove it',
  'notes.too-long': 'Notes must be {max} characters or less',
  'urgency.enum': 'Select whether the referral is routine or urgent',
  'risk.details.required-when-risk-flagged': 'Enter details of the risk',
  'self.patient.required': 'Enter your details',
  'self.patient.givenName.required': 'Enter your first name',
  'self.patient.familyName.required': 'Enter your last name',
  'self.patient.dateOfBirth.required': 'Enter your date of birth',
  'self.patient.dateOfBirth.too-young': 'You must be {minimumAge} or older',
  'self.patient.nhsNumber.required': 'Enter your NHS number',
  'self.patient.gender.enum': 'Select your gender',
  'self.patient.address.required': 'Enter your address',
  'self.patient.address.lines.required-for-contact':
    'Enter your address, or choose a way for us to contact you other than by letter',
  'self.patient.address.postcode.required': 'Enter your postcode',
  'self.patient.phone.required-for-contact':
    'Enter your phone number, or choose a way for us to contact you other than by phone or text message',
  'self.patient.email.required-for-contact':
    'Enter your email address, or choose a way for us to contact you other than by email',
  'self.patient.preferredContact.required': 'Select how you would like us to contact you',
  'self.patient.preferredContact.not-consented':
    'Select a way of contacting you that you have agreed to',
  'self.patient.contactTimes.N.not-consented':
    'Select only times you have agreed to us contacting you at',
  'self.patient.language.required-for-interpreter':
    'Select the language you need an interpreter for',
} as const satisfies Record<ReferralOnlyKey, string> &
  Partial<Record<`self.${ReferralOnlyKey}`, string>>;
