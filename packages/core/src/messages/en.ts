import type { activityPickerEn } from './ui/activity-picker.en.js';
import type { commonEn } from './ui/common.en.js';
import type { consentCaptureEn } from './ui/consent-capture.en.js';
import type { referralFormEn } from './ui/referral-form.en.js';
import type { FieldMessageKey } from '../validation/fields.js';

/**
 * Messages for people referring themselves, who read "your NHS number"
 * rather than "the patient's NHS number": `self.` and the key of the
 * message they replace. Only messages that mention the patient have one.
 */
const selfReferral = {
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
  'self.patient.language.required-for-interpreter':
    'Select the language you need an interpreter for',
  'self.consent.required': 'Give your consent',
  'self.consent.referral.required': 'Select whether you agree to the referral',
  'self.consent.referral.must-be-true': 'You must agree to the referral before you can send it',
  'self.consent.shareWithProviders.required':
    'Select whether you agree to us sharing your details with partner organisations',
  'self.consent.partners.N.agreed.required':
    'Select whether you agree to us sharing your details with partner organisation {item}',
  'self.consent.contactBy.required': 'Select at least one way you agree to us contacting you',
  'self.consent.givenBy.name.required': 'Enter the name of the person who gave consent for you',
  'self.consent.givenBy.relationship.required': 'Enter their relationship to you',
  'self.consent.givenBy.authority.required': 'Select what gives them authority to consent for you',
  'self.consent.givenBy.authority.enum': 'Select what gives them authority to consent for you',
} as const satisfies Partial<Record<`self.${FieldMessageKey}`, string>>;

/**
 * English messages, in the GOV.UK error message style: say what to do,
 * plainly, about the field in question. `{name}` marks a parameter
 * (`{max}`, `{minimumAge}`, `{line}`, `{item}`); numbers are formatted for
 * the locale.
 *
 * This catalogue defines the keys: every field and reason validation can
 * report (`patient.nhsNumber.checksum`), the self-referral wording of those
 * that mention the patient (`self.patient.nhsNumber.required`), and a few
 * general messages. Every other language must have exactly these keys
 * ({@link Messages}).
 */
export const en = {
  'summary.title': 'There is a problem',
  'error.type': 'This answer could not be read: enter it again',
  'error.unknown': 'Check this answer',

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

  'consent.required': "Record the patient's consent",
  'consent.referral.required': 'Select whether the patient agrees to the referral',
  'consent.referral.must-be-true': 'The patient must agree to the referral before you can send it',
  'consent.shareWithProviders.required':
    'Select whether the patient agrees to share their details with partner organisations',
  'consent.partners.N.name.required': 'Enter the name of partner organisation {item}',
  'consent.partners.N.agreed.required':
    'Select whether the patient agrees to share their details with partner organisation {item}',
  'consent.contactBy.required': 'Select at least one way the patient agrees to be contacted',
  'consent.contactBy.N.enum': 'Select phone, text message, email or letter',
  'consent.givenBy.required': 'Select who gave consent',
  'consent.givenBy.type.required': 'Select who gave consent',
  'consent.givenBy.type.enum':
    'Select the patient, someone acting for them, or a best interests decision',
  'consent.givenBy.type.not-allowed': 'Only staff can record a best interests decision',
  'consent.givenBy.name.required': 'Enter the name of the person who gave consent for the patient',
  'consent.givenBy.relationship.required': 'Enter their relationship to the patient',
  'consent.givenBy.authority.required':
    'Select what gives them authority to consent for the patient',
  'consent.givenBy.authority.enum': 'Select what gives them authority to consent for the patient',
  'consent.givenBy.decisionMaker.required':
    'Enter the name of the person who made the best interests decision',
  'consent.givenBy.reason.required': "Enter why the referral is in the patient's best interests",
  'consent.method.required': 'Select how consent was given',
  'consent.method.enum': 'Select verbal, written or online',
  'consent.method.not-allowed':
    'Select online consent for a self-referral, or verbal or written consent for a referral by staff',
  'consent.recordedBy.required': 'Enter the name of the person who recorded consent',
  'consent.at.required': 'Enter the date and time consent was given',
  'consent.at.format': 'Enter the date and time consent was given in the correct format',
  'consent.at.after-submission': 'Consent must be given before the referral is sent',
  'consent.textVersion.required': 'Enter the version of the consent wording shown to the patient',
  'consent.textSha256.required': 'Enter the fingerprint (SHA-256) of the consent wording shown',
  'consent.textSha256.format':
    'The consent wording fingerprint must be 64 characters from 0 to 9 and a to f',
  'consent.withdrawn.not-allowed': 'A new referral cannot include withdrawn consent',
  'consent.withdrawn.at.required': 'Enter the date and time consent was withdrawn',
  'consent.withdrawn.at.format':
    'Enter the date and time consent was withdrawn in the correct format',
  'consent.withdrawn.by.required': 'Enter who withdrew consent',
  ...selfReferral,
} as const satisfies Record<FieldMessageKey, string> & Record<string, string>;

/**
 * A message key: validation's (this file) or a component's words
 * (`messages/ui/*.en.ts`). Components' English words travel with the
 * component (see `addMessages`), so validation alone does not carry them.
 */
export type MessageKey =
  | keyof typeof en
  | keyof typeof commonEn
  | keyof typeof referralFormEn
  | keyof typeof activityPickerEn
  | keyof typeof consentCaptureEn;

/** A message catalogue for one language: exactly the English keys, each a message. */
export type Messages = { readonly [K in MessageKey]: string };
