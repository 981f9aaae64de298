/**
 * English messages of the one problem an untouched consent form has: the
 * referral is not yet agreed (as `validateNewConsent` words it, for staff and
 * for a patient). A component that shows its questions before it loads
 * consent validation carries only these to set its validity (see
 * <lw-consent-capture>); `consent.en.ts` includes them.
 */
export const consentStartValidationEn = {
  'consent.referral.required': 'Select whether the patient agrees to the referral',
  'self.consent.referral.required': 'Select whether you agree to the referral',
} as const;
