import type { NewConsentFieldMessageKey } from '../../validation/consent-fields.js';
import { consentStartValidationEn } from './consent-start.en.js';

/**
 * English messages of consent validation (`validateNewConsent`,
 * `validateConsent`, and the consent of a referral): every field and reason
 * of a new consent, and the self-referral wording of those that mention the
 * patient (`self.` keys). They come into the catalogue with consent
 * validation.
 */
export const consentValidationEn = {
  'consent.required': "Record the patient's consent",
  ...consentStartValidationEn,
  'consent.referral.must-be-true': 'The patient must agree to the referral before you can send it',
  'consent.shareWithProviders.required':
    'Select whether the patient agrees to share their details with partner organisations',
  'consent.partners.N.name.required': 'Enter the name of partner organisation {item}',
  'consent.partners.N.agreed.required':
    'Select whether the patient agrees to share their details with partner organisation {item}',
  'consent.contactBy.required': 'Select at least one way the patient agrees to be contacted',
  'consent.contactBy.N.enum': 'Select phone, text message, email or letter',
  'consent.contactTimes.N.enum': 'Select morning, afternoon or evening',
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
  'consent.recordedBy.too-long':
    'The name of the person who recorded consent must be {max} characters or less',
  'consent.at.required': 'Enter the date and time consent was given',
  'consent.at.format': 'Enter the date and time consent was given in the correct format',
  'consent.at.after-submission': 'Consent must be given before the referral is sent',
  'consent.textVersion.required': 'Enter the version of the consent wording shown to the patient',
  'consent.textSha256.required': 'Enter the fingerprint (SHA-256) of the consent wording shown',
  'consent.textSha256.format':
    'The consent wording fingerprint must be 64 characters from 0 to 9 and a to f',
  'self.consent.required': 'Give your consent',
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
  'consent.withdrawn.not-allowed': 'A new referral cannot include withdrawn consent',
  'consent.partialWithdrawals.not-allowed': 'A new consent cannot include withdrawn parts',
} as const satisfies Record<NewConsentFieldMessageKey, string> &
  Partial<Record<`self.${NewConsentFieldMessageKey}`, string>>;
