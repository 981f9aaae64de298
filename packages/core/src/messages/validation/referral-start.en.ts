import type { FieldMessageKey } from '../../validation/fields.js';

/**
 * English messages of the start of a referral (`validateReferralStart`):
 * who sends it, the referrer, who the patient is, and `required` for the
 * rest's required fields (address, postcode, preferred contact, reasons),
 * with the self-referral wording of those that mention the patient. A form
 * that asks these first carries only these until it loads the rest
 * (`referral.en.ts`, which includes this section).
 */
export const referralStartValidationEn = {
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
  'patient.address.postcode.required': "Enter the patient's postcode",
  'patient.preferredContact.required': 'Select how the patient would like to be contacted',
  'referrer.required': 'Enter the details of the person making the referral',
  'referrer.not-allowed': "Remove the referrer's details: a self-referral has no referrer",
  'referrer.name.required': "Enter the referrer's name",
  'referrer.name.too-long': "The referrer's name must be {max} characters or less",
  'referrer.role.required': "Enter the referrer's role",
  'referrer.role.too-long': "The referrer's role must be {max} characters or less",
  'referrer.organisationOdsCode.required': "Enter the ODS code of the referrer's organisation",
  'referrer.organisationOdsCode.format': 'ODS code must be 3 to 6 letters or numbers',
  'referrer.email.required': "Enter the referrer's email address",
  'referrer.email.format': 'Enter an email address in the correct format, like name@example.com',
  'referrer.phone.format': 'Enter a UK phone number, like 01632 960 001 or 07700 900 982',
  'reasons.required': 'Select at least one reason for the referral',
  'self.patient.required': 'Enter your details',
  'self.patient.givenName.required': 'Enter your first name',
  'self.patient.familyName.required': 'Enter your last name',
  'self.patient.dateOfBirth.required': 'Enter your date of birth',
  'self.patient.dateOfBirth.too-young': 'You must be {minimumAge} or older',
  'self.patient.nhsNumber.required': 'Enter your NHS number',
  'self.patient.gender.enum': 'Select your gender',
  'self.patient.address.required': 'Enter your address',
  'self.patient.address.postcode.required': 'Enter your postcode',
  'self.patient.preferredContact.required': 'Select how you would like us to contact you',
} as const satisfies Partial<Record<FieldMessageKey | `self.${FieldMessageKey}`, string>>;
